"""Uncaught KeyError from a dict lookup inside a method called through a
property and a bound-method reference; KeyError's str() is the repr of the
key."""


class Inventory:
    def __init__(self):
        self.stock = {"apple": 3, "pear": 0}

    def count(self, item):
        return self.stock[item]

    @property
    def apples(self):
        return self.count("apple")

    def report(self, items):
        counter = self.count
        for item in items:
            print(item, counter(item))


inv = Inventory()
print("apples:", inv.apples)
inv.report(["pear", "banana", "apple"])
