from . import square


def cubes(n):
    return [square(i) * i for i in range(n)]
