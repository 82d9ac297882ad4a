def source():
    yield 1
    yield 2
    raise RuntimeError("source dried up")

def doubled(it):
    for x in it:
        yield x * 2

def main():
    for v in doubled(source()):
        print("got", v)

main()
