x = 1  # type: ignore
import foo  # type: ignore[import]
y = 2  # type: ignore[assignment, misc]
z = 3  #type:ignore
w = 4  # type: ignore  # other
