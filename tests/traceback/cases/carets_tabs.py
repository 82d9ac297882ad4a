# Tab-indented source: the line is dedented and the carets stay aligned.
def f(a, b):
	if a:
		return a[b]


f([1], 3)
