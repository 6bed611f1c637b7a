"""Uncaught ZeroDivisionError raised inside a list comprehension inside a
function called from a nested dict comprehension at module level. In 3.11
comprehensions have their own frames (<listcomp>/<dictcomp>); 3.12+
inlines list/dict comprehensions (PEP 709) so the traceback entries differ
by version."""


def ratios(row):
    return [10 / x for x in row]


data = {"a": [1, 2], "b": [5, 10]}
print({k: ratios(v) for k, v in data.items()})
data["c"] = [4, 0]
result = {k: ratios(v) for k, v in data.items()}
print("not reached", result)
