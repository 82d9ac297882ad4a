from _err_helper import DEFAULT_VALUE
print(DEFAULT_VALUE)
from _err_helper import DEFAULT_VALEU
