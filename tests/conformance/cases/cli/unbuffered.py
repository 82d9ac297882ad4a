# conformance: args=["-u", "unbuffered.py", "after-script"]
import sys
print("stdout line")
print("stderr line", file=sys.stderr)
print(sys.stdout.write_through, sys.argv)
