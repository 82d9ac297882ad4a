# conformance: env={"FORCE_COLOR": "1", "NO_COLOR": "1"}
x = {}
x["missing"]
