# conformance: args=["-c", "import sys\nprint('exiting 42')\nsys.exit(42)"]
