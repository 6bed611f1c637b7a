"""A package whose __init__ runs code and imports its submodules relatively."""
from .core import add
from . import util

VERSION = "1.2"
LOADED = [__name__]
