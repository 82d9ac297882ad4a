import sys
if __name__ == "__main__":
    print(sys.argv)
try:
    import missing
except ImportError:
    missing = None
for name in dir():
    if name.startswith("_"):
        continue
x = [i for i in range(3)]
with open(__file__) as fh:
    pass
class C: pass
