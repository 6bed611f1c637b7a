"""Leaf sibling module with an __all__."""
__all__ = ["exported_b", "VALUE"]
VALUE = 21
exported_b = "exported from sub_b"
hidden_b = "not in __all__"


def compute(x):
    return VALUE * x
