FOUND = "found through PYTHONPATH"
