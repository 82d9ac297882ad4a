print("%s is %d years" % ("Ann", 30))
print("%5s|%-5s|%05d|%+d|% d" % ("ab", "cd", 42, 7, 7))
print("%.2f %10.3f %-8.1f| %e %g %G" % (3.14159, 2.5, 1.25, 12345.678, 0.00001234, 1e20))
print("%x %X %o %#x %#o %c %c" % (255, 255, 8, 255, 8, 65, "z"))
print("%r %s %a" % ("q", "q", "é"))
print("%(name)s=%(value)03d" % {"name": "width", "value": 7})
print("%%literal percent %s" % "ok")
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s" % (1, ) , "%s" % [1, 2], "%s" % ((1, 2),))
print("%i %u" % (3.9, -2))
print(b"%s and %d" % (b"bytes", 5))
for fmt, args in [("%d", "x"), ("%s %s", ("one",)), ("%s", (1, 2)), ("%z", 1), ("%(k)s", 5), ("%c", 1.5)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(fmt, "->", type(e).__name__, e)
