"""Runs on every interpreter of the build: the same output interpreted and compiled."""
import sys


class Account:
    def __init__(self, owner):
        self.owner = owner
        self.entries = []

    def add(self, amount, *, note=''):
        self.entries.append((amount, note))
        return self

    @property
    def balance(self):
        return sum(a for a, _ in self.entries)


def classify(value):
    match value:
        case int(n) if n < 0:
            return 'negative'
        case 0:
            return 'zero'
        case [x, *rest]:
            return f'list of {1 + len(rest)} from {x}'
        case {'k': v}:
            return f'dict with {v}'
        case _:
            return type(value).__name__


def counter():
    n = 0

    def bump(by=1):
        nonlocal n
        n += by
        return n
    return bump


def run():
    a = Account('ann').add(10).add(-3, note='fee').add(5)
    bump = counter()
    bump(), bump(5)
    try:
        {}['missing']
    except KeyError as e:
        error = repr(e)
    kinds = [classify(v) for v in (-1, 0, [1, 2, 3], {'k': 'v'}, 2.5)]
    return '%d.%d %s %d %d %s %s' % (sys.version_info[:2] + (a.owner, a.balance, bump(0), error, kinds))
