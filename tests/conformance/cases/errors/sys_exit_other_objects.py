import sys
try:
    sys.exit(True)
except SystemExit as e:
    print(repr(e.code))
sys.stdout.flush()
sys.exit(["not", "an", "int"])
