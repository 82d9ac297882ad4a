# conformance: args=["script_exit_code.py", "7"]
import sys
code = int(sys.argv[1])
print("exiting with", code)
sys.exit(code)
