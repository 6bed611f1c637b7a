"""Uncaught AttributeError raised inside a lambda passed to sorted(key=...)
(frames: module, <lambda>; sorted is a builtin without a frame), after a
successful sort."""


class Item:
    def __init__(self, name, price=None):
        self.name = name
        if price is not None:
            self.price = price


items = [Item("b", 2), Item("a", 1)]
print([i.name for i in sorted(items, key=lambda i: i.price)])
items.append(Item("c"))
print(sorted(items, key=lambda i: i.price))
