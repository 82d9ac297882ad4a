configuration = {}


def read():
    return configuraton["key"]


read()
