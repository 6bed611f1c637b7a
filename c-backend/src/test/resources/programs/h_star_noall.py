"""Helper for p_star_import: star-import without __all__ (underscore names skipped)."""
import math as _math
import string

public_b = "B"
_private_b = "private"
shared = "from h_star_noall"


def func_b():
    return "func_b " + str(_math.floor(2.5))


class ClassB:
    pass
