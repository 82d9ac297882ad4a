from pkg_circ.delta import DELTA
GAMMA = "gamma"
