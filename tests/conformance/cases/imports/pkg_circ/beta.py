print("beta: start")
import pkg_circ.alpha
BETA = "beta value"
def late_alpha():
    return pkg_circ.alpha.ALPHA
print("beta: end")
