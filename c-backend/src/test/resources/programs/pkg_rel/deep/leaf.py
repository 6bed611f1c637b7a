"""Leaf module two levels down: '.', '..' relative imports and __spec__."""
from . import DEEP_INFO
from .. import sub_a
from ..sub_b import compute as parent_compute

LEAF_INFO = (__name__, __package__, __spec__.parent, DEEP_INFO[0], sub_a.V, parent_compute(3))
