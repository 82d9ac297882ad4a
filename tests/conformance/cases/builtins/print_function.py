import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=", ", end=".\n")
print("no newline", end="")
print(" <- continued")
print(1, 2.5, None, True, [1], {"k": "v"}, (1,), sep=" | ")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*range(5), sep="-")
print("", end="")
print("sep None", "uses space", sep=None)
print("end None", end=None)
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", file=5)
except AttributeError as e:
    print(type(e).__name__, e)
sys.stdout.write("direct write\n")
print(sys.stdout.write("abc\n"))
sys.stderr.write("direct stderr\n")
