assert True
assert 1 == 1, "never shown"
x = 5
try:
    assert x < 0, f"x is {x}"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert x < 0
except AssertionError as e:
    print(repr(e))
calls = []
def msg():
    calls.append("msg evaluated")
    return "lazy message"
assert True, msg()
print(calls)
try:
    assert False, msg()
except AssertionError as e:
    print(e, calls)
print(__debug__)
def check(items):
    assert isinstance(items, list), type(items).__name__
    return len(items)
print(check([1]))
check((1,))
