import pkg_circ.alpha as alpha
print(alpha.use_beta())
import pkg_circ.beta as beta
print(beta.late_alpha())
try:
    import pkg_circ.gamma
except ImportError as e:
    print(type(e).__name__, e)
    print(e.name)
