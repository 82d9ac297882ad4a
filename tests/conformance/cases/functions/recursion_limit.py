import sys

def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)

def measure(n=0):
    try:
        return measure(n + 1)
    except RecursionError:
        return n
print(measure() > 100)

old = sys.getrecursionlimit()
print(old)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def count(n):
    return count(n + 1)
try:
    count(0)
except RecursionError as e:
    print("limited:", e)
sys.setrecursionlimit(old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
print(issubclass(RecursionError, RuntimeError))
