from a import b
from a.b import c as d, e
from . import x
from .. import y
from ...a import b
from .... import z
from a import (b, c,)
from a import (b as c)
from a import *
from .a.b import *
