def shout(s):
    return s.upper()

def whisper(s):
    return s.lower()

table = {"loud": shout, "soft": whisper}
for key in sorted(table):
    print(key, table[key]("MiXeD"))

funcs = [shout, whisper, len, str.title]
print([f("ab cd") for f in funcs])
print(shout in funcs, shout == shout, shout != whisper)
alias = shout
del shout
print(alias("still works"), alias.__name__)
print(callable(alias), callable(3), callable(type), callable(lambda: 0))
x = alias
print(x("q"))
