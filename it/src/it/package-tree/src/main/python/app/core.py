from .util import twice


def add(a, b):
    return twice(a) + b
