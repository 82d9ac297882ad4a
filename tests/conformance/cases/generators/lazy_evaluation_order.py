log = []

def numbers():
    for i in range(3):
        log.append(f"produce {i}")
        yield i

def double(it):
    for x in it:
        log.append(f"double {x}")
        yield x * 2

result = double(numbers())
log.append("pipeline built")
for v in result:
    log.append(f"consume {v}")
print("\n".join(log))
m = map(lambda x: log.append("map called") or x, [1])
print(len(log))
list(m)
print(log[-1])
