"""doc"""
def add(a, b):
    return a + b

def loop(n):
    total = 0
    i = 0
    while i < n:
        total += i * 2
        i += 1
    return total

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y

def fails(x):
    try:
        return 1 / x
    except ZeroDivisionError as e:
        return str(e)
    finally:
        pass

result = [add(1, 2), loop(10), Point(3, 4).norm2(), fails(0), fails(2)]
print(result)
