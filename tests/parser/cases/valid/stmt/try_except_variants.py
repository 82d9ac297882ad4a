try:
    pass
except E as e: pass
except a.b.C: pass
except f(): pass
except (A): pass
except A if x else B: pass
