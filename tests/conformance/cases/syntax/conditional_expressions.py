def sign(n):
    return "negative" if n < 0 else "zero" if n == 0 else "positive"

print([sign(n) for n in (-2, 0, 5)])
x = 7
print("odd" if x % 2 else "even")
print((lambda: "a")() if True else (lambda: "b")())
log = []
def t(v):
    log.append(v)
    return v
r = t("then") if t(False) else t("else")
print(r, log)
print([a if a > 1 else -a for a in range(4)])
print(1 if [] else 2 if {} else 3 if "" else 4)
val = None
print(val if val is not None else "default", val or "or-default")
print(0 or None or "" or "last truthy?" or "no")
print(1 and "x" and [] and "never")
