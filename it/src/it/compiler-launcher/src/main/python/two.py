from one import f


def g():
    return f() + 1
