# conformance: args=["-c", "def f():\n    return 1 +  'x'\nf()"]
