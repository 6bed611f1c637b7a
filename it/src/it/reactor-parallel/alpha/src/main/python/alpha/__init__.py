NAME = "alpha"


def square(x):
    return x * x
