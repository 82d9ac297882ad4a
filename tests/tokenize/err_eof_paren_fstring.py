x = (
  f"{a
