import sys

def shutdown():
    try:
        print("working")
        sys.exit(4)
    finally:
        print("finally runs during sys.exit")

try:
    shutdown()
except SystemExit as e:
    print("caught SystemExit, code =", e.code, "args =", e.args)

try:
    sys.exit()
except SystemExit as e:
    print("no argument ->", e.code)

try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("two arguments ->", e.code)

class Resource:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("__exit__ sees", exc[0].__name__)
        return False

with Resource():
    sys.exit(5)
