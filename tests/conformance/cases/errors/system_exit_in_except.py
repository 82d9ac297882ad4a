try:
    raise ValueError("original problem")
except ValueError:
    print("handling, then exiting with code 7")
    raise SystemExit(7)
