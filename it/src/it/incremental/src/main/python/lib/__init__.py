from .calc import total
