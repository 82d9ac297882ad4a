# stdlib_native: env={"TZ": "<+0530>-5:30"}
# time: local time in a non-UTC zone (zoneinfo file or POSIX TZ rule), as glibc computes it.
import time

print(time.timezone, time.altzone, time.daylight, time.tzname)
for ts in [0, 1700000000, 1690000000, 1710037800, 1710052200, 1730593800, 1730597400, -2**31, 2**31, 4102444800, 951782400, 1e9]:
    lt = time.localtime(ts)
    print(ts, lt, lt.tm_zone, lt.tm_gmtoff, time.strftime("%Y-%m-%d %H:%M:%S %Z %z %s", lt), time.ctime(ts), time.mktime(lt))
for tup in [(2024, 1, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 1, 1), (2024, 1, 1, 0, 0, 0, 0, 1, -1), (2024, 7, 1, 0, 0, 0, 0, 1, 0),
            (2024, 7, 1, 0, 0, 0, 0, 1, 1), (2024, 7, 1, 0, 0, 0, 0, 1, -1), (2024, 3, 10, 2, 30, 0, 0, 1, -1), (2024, 3, 10, 2, 30, 0, 0, 1, 0),
            (2024, 3, 10, 2, 30, 0, 0, 1, 1), (2024, 11, 3, 1, 30, 0, 0, 1, -1), (2024, 11, 3, 1, 30, 0, 0, 1, 0), (2024, 11, 3, 1, 30, 0, 0, 1, 1),
            (2024, 3, 31, 2, 30, 0, 0, 1, -1), (2024, 10, 27, 2, 30, 0, 0, 1, -1), (2024, 4, 7, 2, 30, 0, 0, 1, -1), (2024, 10, 6, 2, 30, 0, 0, 1, -1),
            (1900, 1, 1, 0, 0, 0, 0, 1, -1), (2100, 7, 1, 0, 0, 0, 0, 1, -1), (2024, 14, 35, 30, 70, 70, 0, 1, -1)]:
    print(tup, time.mktime(tup), time.strftime("%Z|%z", tup))
print(time.strftime("%Z %z", time.gmtime(0)), time.asctime(time.localtime(86400 * 200)))
