from pkg_circ.gamma import GAMMA
DELTA = "delta"
