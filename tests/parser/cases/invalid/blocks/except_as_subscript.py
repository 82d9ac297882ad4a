try:
    pass
except A as a[0]:
    pass
