from .. import helpers
from ..helpers import NAME
from . import sibling
from .sibling import sib_value

def report():
    return f"{__name__}: {NAME} {helpers.shout('deep')} {sib_value} pkg={__package__}"
