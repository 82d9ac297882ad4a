import sys
print("module run with -m:", __name__)
print("argv[1:]:", sys.argv[1:])
print("argv[0]:", sys.argv[0])
print("path[0]:", sys.path[0])
