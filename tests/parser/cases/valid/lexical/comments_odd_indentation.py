if x:
    a
# col 0
        # deep
  # mid
    b
