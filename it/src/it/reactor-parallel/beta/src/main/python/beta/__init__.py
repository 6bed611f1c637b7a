NAME = "beta"


def square(x):
    return x * x
