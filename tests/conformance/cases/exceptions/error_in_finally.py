def f():
    try:
        raise ValueError("original")
    finally:
        print("cleanup starts")
        {}["cleanup key"]

f()
