def outer():
    [inner := i for i in range(3)]
    return inner
print(outer())

def lambdas():
    fs = [lambda: (w := 5) for _ in range(1)]
    return fs[0]()
print(lambdas())

if (m := {"k": 1}.get("k")):
    print("walrus at module level:", m)

def in_while():
    data = [1, 2, 3]
    out = []
    while (item := data.pop() if data else None) is not None:
        out.append(item)
    return out
print(in_while())
def gen():
    yield (g := "yielded")
    yield g
print(list(gen()))
