# An instruction spanning many lines: the first and last lines and the lines around the anchors are
# shown, the others collapsed into "...<N lines>...".
def compute(values):
    return sum(
        v * 2
        for v in values
    ) / len(
        values
    )


def build():
    return dict(
        a=1,
        b=2,
        c=3,
        d=4,
        e=compute([]),
    )


build()
