import sys
print(sys.flags.optimize, sys.argv)
raise SystemExit(-1)
