# More than 15 sub-exceptions: "and N more exceptions".
excs = [ValueError(i) for i in range(18)]
raise ExceptionGroup("many", excs)
