# conformance: args=["-X", "myopt=value", "-X", "flag", "-X", "dup=1", "-X", "dup=2", "xoptions.py"]
import sys
print(sorted(sys._xoptions.items()))
print(sys.argv)
