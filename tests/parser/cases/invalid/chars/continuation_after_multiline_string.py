x = """a
b
""" \ y
