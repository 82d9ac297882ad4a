import os, sys as system
import os.path
import xml.etree.ElementTree as ET
from collections import OrderedDict, defaultdict as dd
from os.path import *
from . import sibling
from ..pkg import thing
def lazy():
    import json
    from json import loads
    return json, loads
