def make_counters():
    result = {}
    for name in ["a", "b"]:
        count = 0
        def bump(step=1, name=name):
            nonlocal count
            count += step
            return name, count
        result[name] = bump
    return result

c = make_counters()
print(c["a"](), c["b"](), c["a"](5))

class Acc:
    def __init__(self):
        self.total = 0
    def adder(self):
        def add(v):
            self.total += v
            return self.total
        return add

acc = Acc()
add = acc.adder()
add(2); add(3)
print(acc.total)

def gen_closure():
    x = 1
    def g():
        yield x
        yield x + 1
    x = 10
    return g
print(list(gen_closure()()))
