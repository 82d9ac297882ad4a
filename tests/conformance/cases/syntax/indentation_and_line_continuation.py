total = (1 +
         2 +
         3)
items = [
    "a",
    "b",   # trailing comma next
]
mapping = {
    "k": "v",
}
long_condition = 1 < 2 and \
    2 < 3
print(total, items, mapping, long_condition)

def f(
    a,
    b=2,
):
    return a + b
print(f(
    1,
))
if True:
        print("deeper indentation is fine inside a block")
x = """a
multi-line string
    keeps indentation"""
print(x)
print("implicit" " concatenation"
      " across lines")
