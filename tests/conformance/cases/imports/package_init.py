import pkg_shapes
print(pkg_shapes.circle.area(2), pkg_shapes.DEFAULT_UNIT)
print(hasattr(pkg_shapes, "square"))
from pkg_shapes.square import area
print(area(3), hasattr(pkg_shapes, "square"))
import pkg_shapes.square as sq
print(sq is pkg_shapes.square, sq.__name__)
print(pkg_shapes.__doc__, pkg_shapes.__package__, pkg_shapes.__name__)
print(pkg_shapes.__file__)
print(list(pkg_shapes.__path__))
print(pkg_shapes.circle.__file__)
print(sorted(k for k in vars(pkg_shapes) if not k.startswith("__")))
