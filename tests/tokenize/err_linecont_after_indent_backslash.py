if x:
    \
    y \ z
