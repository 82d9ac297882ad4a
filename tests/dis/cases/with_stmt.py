import threading
lock = threading.Lock()
with lock:
    x = 1
with open("a") as f, open("b") as g:
    data = f.read() + g.read()
def w(a, b):
    with a as (x, y), b:
        return x + y
