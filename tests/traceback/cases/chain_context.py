def cleanup():
    raise OSError("cleanup failed")


def work():
    try:
        {}["key"]
    except KeyError:
        cleanup()


work()
