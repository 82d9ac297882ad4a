# conformance: args=["-V"]
