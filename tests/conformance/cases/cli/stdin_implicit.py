# conformance: args=[]
# conformance: stdin="import sys\nprint('no arguments: the program is read from stdin')\nprint(sys.argv)\n"
