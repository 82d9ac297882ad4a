# time: clocks, sleep, struct_time, gmtime/localtime/mktime, strftime/asctime/ctime (TZ=UTC).
import time


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


print(time.timezone, time.altzone, time.daylight, time.tzname)
print(sorted(n for n in dir(time) if not n.startswith("__") and n not in ("strptime", "clock_settime", "clock_settime_ns", "pthread_getcpuclockid")))

# clocks
for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    a = getattr(time, name)()
    b = getattr(time, name + "_ns")()
    print(name, type(a).__name__, type(b).__name__, a >= 0, b >= 0)
t1 = time.monotonic()
t2 = time.monotonic()
print(t2 >= t1, time.time() > 1.6e9, time.time_ns() > 1.6e18, abs(time.time() - time.time_ns() / 1e9) < 1)
p1 = time.perf_counter_ns()
time.sleep(0.05)
p2 = time.perf_counter_ns()
print("slept", 40_000_000 <= p2 - p1 < 2_000_000_000)
time.sleep(0)
time.sleep(True)
t("sleep -1", lambda: time.sleep(-1))
t("sleep -0.5", lambda: time.sleep(-0.5))
t("sleep str", lambda: time.sleep("x"))
t("sleep nan", lambda: time.sleep(float("nan")))
t("sleep none", lambda: time.sleep(None))
t("sleep huge", lambda: time.sleep(2**70))
t("sleep inf", lambda: time.sleep(float("inf")))
t("sleep 0 args", lambda: time.sleep())
t("time arg", lambda: time.time(1))
t("monotonic kw", lambda: time.monotonic(x=1))
print(time.clock_gettime(time.CLOCK_REALTIME) > 1.6e9, type(time.clock_gettime_ns(time.CLOCK_MONOTONIC)).__name__, time.clock_getres(time.CLOCK_MONOTONIC))
gi = time.get_clock_info("monotonic")
print(gi.implementation, gi.monotonic, gi.adjustable, gi.resolution)
t("clock info bad", lambda: time.get_clock_info("x"))

# struct_time / gmtime
g = time.gmtime(0)
print(g, len(g), g[:3], g.tm_year, g.tm_zone, g.tm_gmtoff, g == (1970, 1, 1, 0, 0, 0, 3, 1, 0), type(g).__name__, type(g).__module__)
print(time.gmtime(1700000000.7), time.gmtime(-1.5), time.gmtime(True), time.gmtime(86400 * 365 * 30 + 12345))
print(time.gmtime(-62135596800), time.gmtime(-62135596801), time.gmtime(253402300800), time.gmtime(951782400), time.gmtime(4107542400))
print(time.gmtime(6.7e16))
t("gmtime big", lambda: time.gmtime(1e17))
t("gmtime 2**62", lambda: time.gmtime(2**62))
t("gmtime 1e20", lambda: time.gmtime(1e20))
t("gmtime 2**64", lambda: time.gmtime(2**64))
t("gmtime nan", lambda: time.gmtime(float("nan")))
t("gmtime str", lambda: time.gmtime("x"))
t("gmtime 2 args", lambda: time.gmtime(1, 2))
print(type(time.gmtime()).__name__, type(time.gmtime(None)).__name__, time.localtime(0), time.localtime(1700000000))
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
st = time.struct_time((2024, 2, 29, 13, 5, 9, 3, 60, 0))
print(st, st.tm_zone, st.tm_gmtoff, st.tm_yday, st[-1], list(st)[:2], tuple(st) == (2024, 2, 29, 13, 5, 9, 3, 60, 0))
print(time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9, "ZZ", 3600)).tm_zone, time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9), {"tm_zone": "X"}).tm_zone)
print(time.struct_time("abcdefghi"), g.__reduce__())
t("struct short", lambda: time.struct_time((1, 2, 3)))
t("struct long", lambda: time.struct_time(tuple(range(12))))
t("struct int", lambda: time.struct_time(5))
t("struct none", lambda: time.struct_time())
t("struct setattr", lambda: setattr(g, "tm_year", 5))

# mktime
print(time.mktime((2024, 1, 1, 0, 0, 0, 0, 1, 0)), time.mktime(time.gmtime(1700000000)), time.mktime((2024, 13, 40, 25, 61, 61, 9, 400, 5)))
print(time.mktime((1969, 12, 31, 23, 59, 59, 0, 0, -1)), time.mktime((2000, 2, 30, 0, 0, 0, 0, 0, 0)), time.mktime((2024, 0, 0, 0, 0, 0, 0, 0, 0)))
t("mktime short", lambda: time.mktime((2024, 1, 1, 0, 0, 0, 0, 1)))
t("mktime int", lambda: time.mktime(1))
t("mktime float item", lambda: time.mktime((2024, 1, 1.5, 0, 0, 0, 0, 1, 0)))
t("mktime big", lambda: time.mktime((10**10, 1, 1, 0, 0, 0, 0, 1, 0)))

# strftime
g = time.gmtime(1700000000)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %c %d %j %p %U %w %W %x %X %y %Z %z %%", g))
print(repr(time.strftime("%e %C %D %F %T %R %G %g %V %u %h %k %l %s %P %r %n|%t|", g)))
for f in ["%-d", "%_d", "%05d", "%^a", "%#b", "%10Y", "%Ey", "%Od", "%-j", "%5%", "%E", "%O", "%-", "%_5m", "%^p", "%#p", "%#Z", "%3S", "%-y", "%+", "%L", "%Ec", "%Ex", "%EX", "%OH", "%Q %", "abc", "", "%%%d%%", "%^B %^A", "%#a"]:
    print(repr(f), repr(time.strftime(f, g)))
for y in [1, 9, 99, 999, 1000, -1, -999, 0, 12345]:
    print(y, repr(time.strftime("%Y|%C|%y|%G|%g|%F|%c", (y, 1, 1, 0, 0, 0, 0, 1, 0))))
for d in [(2024, 1, 1), (2023, 1, 1), (2021, 1, 3), (2020, 12, 31), (2024, 12, 30), (2027, 1, 1), (2010, 1, 3)]:
    tt = time.gmtime(time.mktime(d + (12, 0, 0, 0, 0, -1)))
    print(d, time.strftime("%U %W %V %G %g %u %w %j %a %A", tt))
for hh in [0, 1, 11, 12, 13, 23]:
    print(hh, time.strftime("%I %l %p %P %r", (2024, 1, 1, hh, 5, 0, 0, 1, 0)))
print(time.strftime("%Y", (2024, 0, 0, 0, 0, 0, 0, 0, 0)), time.strftime("%j %a", (2024, 1, 1, 0, 0, 0, 7, 0, 0)), time.strftime("%Z|%z", (2024, 1, 1, 0, 0, 0, 0, 1, -1)))
print(repr(time.strftime("%Z|%z", (2024, 1, 1, 0, 0, 0, 0, 1, 0))), repr(time.strftime("%Z|%z", (2024, 1, 1, 0, 0, 0, 0, 1, 5))), repr(time.strftime("%Z %z", time.localtime(0))))
print(time.strftime("%Y %m %d", st), time.strftime("%s", (2024, 1, 1, 0, 0, 0, 0, 1, 0)), type(time.strftime("%Y")).__name__)
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 60, 0, 0, 1, 0),
            (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, -2, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 367, 0), (2024, -1, 1, 0, 0, 0, 0, 1, 0)]:
    t("strftime " + str(bad), lambda: time.strftime("%Y", bad))
t("strftime short", lambda: time.strftime("%Y", (2024,)))
t("strftime int fmt", lambda: time.strftime(1))
t("strftime int tuple", lambda: time.strftime("%Y", 1))
t("strftime null", lambda: time.strftime("a\x00b"))
t("strftime float item", lambda: time.strftime("%Y", (2024, 1, 1, 0, 0, 0, 0, 1.5, 0)))
t("strftime big year", lambda: time.strftime("%Y", (2**40, 1, 1, 0, 0, 0, 0, 1, 0)))
t("strftime no args", lambda: time.strftime())
t("strftime kw", lambda: time.strftime("%Y", t=g))

# asctime / ctime
print(time.asctime(time.gmtime(0)), time.asctime((2024, 1, 1, 0, 0, 0, 0, 1, 0)), time.asctime((2024, 1, 1, 0, 0, 0, 7, 1, 0)), time.asctime((12345, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.asctime((2024, 1, 1, 0, 0, 0, -1, 1, 0)), time.asctime((2024, 12, 25, 9, 5, 3, 2, 360, 0)), time.ctime(0), time.ctime(1700000000), time.ctime(-1e16))
print(type(time.asctime()).__name__, type(time.ctime()).__name__, len(time.ctime()))
t("asctime 13", lambda: time.asctime((2024, 13, 1, 0, 0, 0, 0, 1, 0)))
t("asctime 10 items", lambda: time.asctime((2024, 1, 1, 0, 0, 0, 0, 1, 0, "x")))
t("asctime int", lambda: time.asctime(1))
t("ctime str", lambda: time.ctime("x"))
t("ctime big", lambda: time.ctime(1e20))
