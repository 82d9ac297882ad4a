# conformance: args=["-c", "import sys; print(sys.argv[1:]); print(len(sys.argv))", "a", "-b", "--c", "two words"]
# Arguments after -c CODE (even ones that look like options) go to sys.argv[1:].
