def read_lines(text):
    for line in text.splitlines():
        yield line

def strip_comments(lines):
    for line in lines:
        code = line.split("#", 1)[0].rstrip()
        if code:
            yield code

def number(lines):
    for i, line in enumerate(lines, 1):
        yield f"{i:03}: {line}"

source = """x = 1  # set x
# full comment line

y = x + 2
print(y)  # show"""

for out in number(strip_comments(read_lines(source))):
    print(out)

def tee_count(it, counter):
    for x in it:
        counter[0] += 1
        yield x
c = [0]
print(sum(tee_count(range(10), c)), c)
