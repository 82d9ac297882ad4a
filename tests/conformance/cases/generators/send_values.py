def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

acc = accumulator()
print(acc.send(None))
print(acc.send(5))
print(acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)

def echo():
    received = []
    while len(received) < 3:
        x = yield len(received)
        received.append(x)
    return received
g = echo()
next(g)
g.send("a")
g.send("b")
try:
    g.send("c")
except StopIteration as e:
    print(e.value)

fresh = echo()
try:
    fresh.send("not None")
except TypeError as e:
    print(type(e).__name__, e)
