# conformance: args=["script_args.py", "one", "two words", "--flag", "-x", ""]
import sys
for i, a in enumerate(sys.argv):
    print(i, repr(a))
print(sys.argv[0] == "script_args.py", __file__.endswith("/script_args.py"))
