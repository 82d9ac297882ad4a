# conformance: stdin="alice\n3\nfirst line\nsecond line\n"
name = input()
count = int(input("How many? "))
print()
print(f"Hello {name}, count={count}")
import sys
rest = sys.stdin.read()
print(repr(rest))
print(rest.splitlines())
