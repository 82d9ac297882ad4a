# Messages that name a native type use its full name in CPython ("itertools.count", "functools.partial"):
# CPython's tp_name. Known failure: the VM's messages use the type's __name__ (see the report).
import functools
import itertools
import operator


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


t("hash KeyWrapper", lambda: hash(functools.cmp_to_key(lambda a, b: 0)(1)))
t("count subscript", lambda: itertools.count()[0])
t("partial attr", lambda: functools.partial(len).nope)
t("itemgetter len", lambda: len(operator.itemgetter(1)))
t("chain call", lambda: itertools.chain()())
t("struct_time attr", lambda: __import__("time").gmtime(0).nope)
