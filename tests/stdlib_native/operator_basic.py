# operator: functions, in-place forms, sequence helpers, attrgetter/itemgetter/methodcaller.
import operator
import _operator


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


print(operator.__name__, _operator.__name__, operator.add is _operator.add, operator.__add__ is operator.add)
print(operator.__all__)
print(sorted(n for n in dir(operator) if n.startswith("__") and n.endswith("__") and n not in ("__doc__", "__name__", "__package__", "__loader__", "__spec__", "__file__", "__cached__", "__builtins__", "__all__")))
print(repr(operator.add), operator.add.__name__, operator.add.__module__, operator.itemgetter.__module__, operator.itemgetter.__name__)

for name in ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and_", "or_", "xor"]:
    f = getattr(operator, name)
    print(name, f(13, 3), f(-7, 2), f(True, 3))
print(operator.add("ab", "cd"), operator.add([1], [2]), operator.mul("ab", 3), operator.mod("%s-%d", ("x", 4)), operator.truediv(7, 2), operator.floordiv(7.5, 2))
print(operator.and_({1, 2}, {2, 3}), operator.or_({1}, {2}), operator.xor({1, 2}, {2, 3}), operator.sub({1, 2}, {2}))
for name in ["lt", "le", "eq", "ne", "ge", "gt"]:
    f = getattr(operator, name)
    print(name, f(1, 2), f(2, 2), f("b", "a"), f([1, 2], [1, 3]), f(1.5, 1))
print(operator.eq(1, "1"), operator.ne(None, None), operator.eq([1], [1.0]))
t("lt mixed", lambda: operator.lt(1, "a"))
t("add mixed", lambda: operator.add(1, "a"))
t("matmul ints", lambda: operator.matmul(1, 2))
t("pow 3 args", lambda: operator.pow(2, 3, 5))
t("add 1 arg", lambda: operator.add(1))
t("add kw", lambda: operator.add(a=1, b=2))

print(operator.neg(5), operator.neg(-2.5), operator.pos(-3), operator.abs(-4), operator.abs(-2.5), operator.inv(5), operator.invert(-1), operator.neg(True))
print(operator.not_(0), operator.not_([1]), operator.truth(""), operator.truth("x"), operator.is_(None, None), operator.is_not(1, None), operator.index(7), operator.index(True))
t("neg str", lambda: operator.neg("a"))
t("abs str", lambda: operator.abs("a"))
t("inv float", lambda: operator.inv(1.5))
t("index float", lambda: operator.index(1.5))
t("truth 2 args", lambda: operator.truth(1, 2))
t("not_ kw", lambda: operator.not_(a=1))

x = [1, 2]
y = operator.iadd(x, [3])
print(x, y, y is x)
s = "ab"
print(operator.iadd(s, "c"), s)
n = 5
for name in ["iadd", "isub", "imul", "itruediv", "ifloordiv", "imod", "ipow", "ilshift", "irshift", "iand", "ior", "ixor"]:
    print(name, getattr(operator, name)(n, 2))
st = {1, 2}
print(operator.iand(st, {2}), st, operator.ior(st, {5}), st)
t("ipow str", lambda: operator.ipow(2, "a"))
t("imatmul", lambda: operator.imatmul(1, 2))

print(operator.concat([1], [2]), operator.concat("a", "b"), operator.concat((1,), (2,)), operator.concat(b"a", b"b"))
t("concat int", lambda: operator.concat(1, 2))
t("concat list int", lambda: operator.concat([1], 2))
t("concat list tuple", lambda: operator.concat([1], (2,)))
t("concat str int", lambda: operator.concat("a", 1))
t("concat dict", lambda: operator.concat({}, {}))
lst = [1]
print(operator.iconcat(lst, (2, 3)), lst)
t("iconcat int", lambda: operator.iconcat(1, [2]))

print(operator.contains([1, 2], 2), operator.contains("abc", "bc"), operator.contains({1: 2}, 2), operator.contains(range(5), 4), operator.contains(iter([1, 2]), 2))
t("contains int", lambda: operator.contains(1, 1))
print(operator.countOf([1, 2, 1, 1.0, True], 1), operator.countOf("banana", "a"), operator.countOf(iter([None, None]), None), operator.countOf([], 1))
print(operator.indexOf([5, 6, 7], 7), operator.indexOf("abc", "b"), operator.indexOf(iter([3, 4]), 4))
t("indexOf missing", lambda: operator.indexOf([1, 2], 3))
t("indexOf int", lambda: operator.indexOf(1, 1))
t("countOf int", lambda: operator.countOf(1, 1))

d = {"a": 1}
print(operator.getitem(d, "a"), operator.getitem([1, 2, 3], 1), operator.getitem("hello", slice(1, 3)), operator.setitem(d, "b", 2), d, operator.delitem(d, "a"), d)
lst = [0, 1, 2, 3]
operator.setitem(lst, slice(1, 3), ["x"])
operator.delitem(lst, 0)
print(lst)
t("getitem out of range", lambda: operator.getitem([1], 5))
t("getitem key", lambda: operator.getitem({}, "k"))
t("delitem missing", lambda: operator.delitem({}, 1))
t("setitem tuple", lambda: operator.setitem((), 0, 1))
t("getitem int", lambda: operator.getitem(1, 0))
t("setitem 2 args", lambda: operator.setitem([], 0))


class LH:
    def __init__(self, v):
        self.v = v

    def __length_hint__(self):
        return self.v


print(operator.length_hint([1, 2, 3]), operator.length_hint(iter([1, 2, 3])), operator.length_hint(iter(range(10))), operator.length_hint(5), operator.length_hint(5, 9))
print(operator.length_hint(LH(4)), operator.length_hint(LH(NotImplemented), 3), operator.length_hint("abcd"), operator.length_hint({1: 2}))
t("length_hint neg", lambda: operator.length_hint(LH(-1)))
t("length_hint str", lambda: operator.length_hint(LH("x")))
t("length_hint default str", lambda: operator.length_hint([], "a"))
t("length_hint 0 args", lambda: operator.length_hint())

print(operator.call(len, [1, 2]), operator.call(dict, a=1), operator.call(lambda *a, **k: (a, k), 1, 2, x=3))
t("call nothing", lambda: operator.call())
t("call int", lambda: operator.call(1))

# attrgetter / itemgetter / methodcaller


class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"


p = P("outer", P("inner", P("deep")))
g = operator.attrgetter("name")
print(g(p), operator.attrgetter("child.name")(p), operator.attrgetter("child.child.name", "name")(p))
print(repr(g), repr(operator.attrgetter("a.b", "c")), type(g).__name__, type(g).__qualname__, type(g).__module__)
print(g.__reduce__() == (operator.attrgetter, ("name",)))
t("attrgetter missing", lambda: operator.attrgetter("nope")(p))
t("attrgetter nested missing", lambda: operator.attrgetter("child.nope")(p))
t("attrgetter int name", lambda: operator.attrgetter(1))
t("attrgetter no names", lambda: operator.attrgetter())
t("attrgetter call 0", lambda: g())
t("attrgetter call 2", lambda: g(1, 2))
t("attrgetter call kw", lambda: g(obj=p))
t("attrgetter kw", lambda: operator.attrgetter("a", default=1))
t("attrgetter subclass", lambda: type("X", (operator.attrgetter,), {}))

ig = operator.itemgetter(1)
print(ig([10, 20, 30]), ig("abc"), ig({1: "one"}), operator.itemgetter(0, -1)("hello"), operator.itemgetter(slice(1, 3))([1, 2, 3, 4]))
print(repr(ig), repr(operator.itemgetter("a", 1)), repr(operator.itemgetter((1, 2))))
print(sorted([(1, "b"), (0, "c"), (2, "a")], key=operator.itemgetter(1)), list(map(operator.itemgetter(0), ["ab", "cd"])))
print(ig.__reduce__() == (operator.itemgetter, (1,)))
t("itemgetter missing", lambda: ig([1]))
t("itemgetter key", lambda: operator.itemgetter("x")({}))
t("itemgetter none", lambda: operator.itemgetter())
t("itemgetter call kw", lambda: ig(a=1))
t("itemgetter call 2", lambda: ig(1, 2))

mc = operator.methodcaller("greet", "Hello")
print(mc(p), operator.methodcaller("greet", "Hi", punct="?")(p), operator.methodcaller("upper")("abc"), operator.methodcaller("split", ",", 1)("a,b,c"))
print(repr(mc), repr(operator.methodcaller("f", 1, "x", k=2, j=[1])), repr(operator.methodcaller("g")))
print(operator.methodcaller("upper").__reduce__() == (operator.methodcaller, ("upper",)))
t("methodcaller missing", lambda: operator.methodcaller("nope")(p))
t("methodcaller none", lambda: operator.methodcaller())
t("methodcaller int", lambda: operator.methodcaller(1))
t("methodcaller call 0", lambda: mc())
t("methodcaller call 2", lambda: mc(1, 2))
t("methodcaller call kw", lambda: mc(x=1))
t("methodcaller name kw", lambda: operator.methodcaller(name="x"))
