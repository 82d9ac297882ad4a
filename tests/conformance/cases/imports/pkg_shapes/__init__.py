"""Shapes package."""
print("init pkg_shapes, __name__ =", __name__, "__package__ =", __package__)
from . import circle
DEFAULT_UNIT = "cm"
