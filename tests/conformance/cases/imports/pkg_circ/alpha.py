print("alpha: start")
from pkg_circ import beta
ALPHA = "alpha value"
def use_beta():
    return beta.BETA
print("alpha: end")
