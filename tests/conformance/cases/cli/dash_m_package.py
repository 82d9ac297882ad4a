# conformance: args=["-m", "clipkg", "arg"]
# `-m PACKAGE` imports the package, then runs PACKAGE/__main__.py.
