"""Submodule importing its sibling relatively (several forms)."""
from . import sub_b
from .sub_b import VALUE as V, compute
from .sub_b import *  # noqa: F401,F403  (sub_b defines __all__)

A_INFO = (__name__, __package__, V, compute(2), sub_b.__name__, exported_b)


def greet(name):
    return "hello %s from %s" % (name, __name__)


def try_beyond():
    try:
        from ... import something  # noqa: F401
    except ImportError as e:
        return "%s: %s" % (type(e).__name__, e)


def try_missing():
    try:
        from .does_not_exist import thing  # noqa: F401
    except ImportError as e:
        return "%s: %s (name=%s)" % (type(e).__name__, e, e.name)


def try_missing_name():
    try:
        from .sub_b import not_there  # noqa: F401
    except ImportError as e:
        msg = str(e)
        cut = msg.rfind(" (/")
        return "%s: %s (name=%s)" % (type(e).__name__, msg[:cut] if cut >= 0 else msg, e.name)
