names = ["ann", "bob"]
print(f"{", ".join(f"<{n}>" for n in names)}")
print(f"{f"{f"{1 + 1}"}"}")
print(f"{'\n'.join(['line1', 'line2'])}")
print(f"{names # a comment inside the braces
}")
data = {"a": {"b": "deep"}}
print(f"{data["a"]["b"]}")
print(f"{"quote"!r:>10}")
value = 12.5
print(f"{value:{"^" if value > 10 else "<"}{8}.{1}f}|")
print(f"{'{'}{'}'}")
print(f"multi{
    'line'
}expression")
