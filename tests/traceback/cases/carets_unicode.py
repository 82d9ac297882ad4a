# Source lines with wide (East Asian) characters, astral characters and combining marks: columns are
# UTF-8 byte offsets in the line table and carets are placed by display width.
errors = []


def run(f):
    try:
        f()
    except Exception as e:
        errors.append(e)


def wide():
    名前 = {"鍵": [1]}
    return 名前["鍵"][3] + 1


def emoji():
    s = "😀😀😀"; return s + 1


def combining():
    é = "é"; return é * "x"


def fullwidth():
    ｘ = 1; return ｘ / 0


def mixed():
    return ["日本語", "😀"][5]


run(wide)
run(emoji)
run(combining)
run(fullwidth)
run(mixed)
run(lambda: {"キー": 1}["キー"] + "値")
raise ExceptionGroup("unicode", errors)
