# conformance: env={"FORCE_COLOR": "1"}
# With colors (a terminal, or FORCE_COLOR): file/line/name in magenta, the marked source in red.
def ratio(values, key):
    return values[key] / (len(values) - 1)


print(ratio({"k": 2, "wide 幅": 1}, "k"))
