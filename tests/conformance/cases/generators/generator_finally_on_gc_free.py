def managed():
    print("acquire")
    try:
        yield "resource"
    finally:
        print("release")

g = managed()
print(next(g))
g.close()

def loop_break():
    for item in managed():
        print("using", item)
        break
    print("after break")
loop_break_gen = managed()
for item in loop_break_gen:
    print("using", item)
    break
loop_break_gen.close()
print("end")
