# conformance: args=["--version"]
