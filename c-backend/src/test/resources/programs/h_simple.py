"""Helper for p_imports: counts how often its body runs."""
import sys

LOADS = getattr(sys, "_h_simple_loads", 0) + 1
sys._h_simple_loads = LOADS
VALUE = "h_simple value"


def double(x):
    return 2 * x
