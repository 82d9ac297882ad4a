print("{} and {}".format("a", "b"))
print("{1} then {0} then {1}".format("x", "y"))
print("{name} is {age}".format(name="Bo", age=4))
print("{0[1]} {0[key]} {1.real}".format({1: "one", "key": "K"}, 3 + 4j))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:08.3f} {:,} {:x}".format(3.14159, 9876543, 48879))
print("{!r} {!s} {!a}".format("s", "s", "ü"))
print("{0:{1}}|".format("dyn", 6))
print("{{}} {}".format("escaped"))
print("{:%Y}".format(type("D", (), {"__format__": lambda s, spec: "custom:" + spec})()))
print(format(3.5), format(1e16), format(1e-5), format(0.1 + 0.2), format(-0.0))
print("{:.3}".format("truncate"), "{:.3}".format(3.14159), "{:g}".format(100000.0), "{:g}".format(1e6))
print("{:n}".format(1234), "{:=+8}".format(-3), "{:c}".format(9731))
print("{0}{0}".format_map({}) if False else "{a}".format_map({"a": "format_map"}))
for bad in ["{", "}", "{0} {}", "{2}", "{missing}", "{0!x}", "{:q}"]:
    try:
        print(bad.format("only"))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(bad), "->", type(e).__name__, e)
