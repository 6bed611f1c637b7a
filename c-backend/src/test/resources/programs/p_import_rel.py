"""Absolute imports of the pkg_rel package, whose modules use every
relative import form (from . import x, from .mod import y as z, from .. ,
from .mod import *), checking __name__/__package__/__spec__.parent seen
inside them, lazy relative imports inside functions, relative import
errors (beyond top-level package, missing module, missing name), and that
a top-level module (this one) cannot use relative imports."""
import pkg_rel
from pkg_rel import sub_a, INIT_VALUE
import pkg_rel.deep.leaf
import pkg_rel.sub_b as psb
from pkg_rel.deep import DEEP_INFO
from pkg_rel import *  # noqa: F403

print("INIT_VALUE", INIT_VALUE, pkg_rel.INIT_VALUE, pkg_rel.VALUE)
print("A_INFO", sub_a.A_INFO)
print("DEEP_INFO", DEEP_INFO)
print("LEAF_INFO", pkg_rel.deep.leaf.LEAF_INFO)
print("lazy", pkg_rel.lazy_leaf() == pkg_rel.deep.leaf.LEAF_INFO)
print("greet", pkg_rel.pkg_greet("you"), pkg_greet is sub_a.greet)
print("psb", psb.__name__, psb is pkg_rel.sub_b, psb.compute(1), psb.hidden_b)
print("star from package __all__:", sorted(n for n in ("INIT_VALUE", "pkg_greet", "sub_b", "VALUE") if n in globals()))
print(sub_a.try_beyond())
print(sub_a.try_missing())
print(sub_a.try_missing_name())
print(pkg_rel.__package__, pkg_rel.sub_a.__package__, pkg_rel.deep.__package__, pkg_rel.deep.leaf.__package__)
print(pkg_rel.__spec__.name, pkg_rel.__spec__.parent, pkg_rel.deep.leaf.__spec__.parent, hasattr(pkg_rel, "__path__"))
print(repr(__package__), __spec__.parent == "", __name__)


def relative_in_top_level():
    try:
        from . import anything  # noqa: F401
    except ImportError as e:
        return "%s: %s" % (type(e).__name__, e)


print(relative_in_top_level())
print(sorted(k for k in vars(pkg_rel) if not k.startswith("__")))
