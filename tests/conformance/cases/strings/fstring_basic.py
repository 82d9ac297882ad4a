name = "World"
n = 42
pi = 3.14159265
items = ["a", "b"]
print(f"Hello, {name}!")
print(f"{n} + 1 = {n + 1}")
print(f"{name.upper()} has {len(name)} letters")
print(f"{items[0]}{items[-1]} {items!r} {'nested quotes'}")
print(f"{{literal braces}} {{{n}}}")
print(f"{n:5}|{n:<5}|{n:^5}|{n:>5}|")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:.0f}")
print(f"{n:b} {n:o} {n:x} {n:X} {n:#x} {n:#o} {n:#b}")
print(f"{1234567:,} {1234567:_} {0.25:.1%}")
print(f"{-5:+} {5:+} {5: } {-5:05}")
print(f"{'text':*^12}")
d = {"key": "value"}
print(f"{d['key']} {d["key"]}")
print(f"""triple {
    n * 2
} quoted""")
print(f"{'a' if n > 0 else 'b'}")
print(f"{(lambda x: x * 2)(n)}")
print(F"capital F", rf"raw \n {n}", fr"\t{name}")
