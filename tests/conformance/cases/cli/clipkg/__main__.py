import sys
print("clipkg/__main__ running as", __name__, "package", __package__)
print(sys.argv)
raise SystemExit(3)
