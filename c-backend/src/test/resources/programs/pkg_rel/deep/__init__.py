"""Nested subpackage: imports from the parent package with '..'."""
from .. import sub_b as parent_sub_b
from ..sub_a import greet

DEEP_INFO = (__name__, __package__, parent_sub_b.VALUE, greet("deep"))
