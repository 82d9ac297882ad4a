poem = """Roses are red,
  Violets are blue,
Tabs\tand spaces
    are tricky too."""
lines = poem.splitlines()
print(len(lines), [len(l) for l in lines])
for i, line in enumerate(lines, start=1):
    print(f"{i:>2}: {line.strip()!r}")
words = poem.split()
print(len(words), words[-1])
big = "".join(str(i % 10) for i in range(1000))
print(len(big), big[:15], big.count("7"))
print(",".join(["x"] * 5))
import sys
print(sys.maxsize > 2**31)
