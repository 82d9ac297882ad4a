from .helpers import shout
from . import helpers
