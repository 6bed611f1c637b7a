"""Package used by p_import_rel: relative imports of every form."""
print("pkg_rel/__init__ executing, __name__=%s __package__=%s" % (__name__, __package__))
from . import sub_b
from .sub_a import greet as pkg_greet
from .sub_b import VALUE, compute as _compute

INIT_VALUE = VALUE * 2
__all__ = ["INIT_VALUE", "pkg_greet", "sub_b"]


def lazy_leaf():
    from .deep import leaf
    return leaf.LEAF_INFO
