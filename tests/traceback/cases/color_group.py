# conformance: env={"FORCE_COLOR": "1"}
# Only the top level of a group is colored in 3.13; the nested exceptions are not.
def fail(x):
    return [][x]


excs = []
for i in range(2):
    try:
        fail(i)
    except IndexError as e:
        excs.append(e)
try:
    raise ValueError("context")
except ValueError:
    raise ExceptionGroup("colored", excs)
