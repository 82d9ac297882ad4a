# conformance: args=["-m", "_climod", "x", "--y"]
# `-m MODULE` runs the module as __main__; sys.argv[0] is its full path.
