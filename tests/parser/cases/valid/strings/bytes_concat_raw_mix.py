b'a' rb'\n' Rb'x'
