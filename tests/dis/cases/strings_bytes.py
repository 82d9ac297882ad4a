s = "line1\nline2\ttab\\back"
r = r"raw\n"
t = """triple
quoted"""
b = b"\x00\x01\x7f\x80"
bb = b'single"double'
u = "\x07\x1b\x7f\x80\xa0\xad"
long = "x" * 5000
e = ""
