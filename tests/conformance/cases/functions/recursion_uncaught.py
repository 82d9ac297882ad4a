def walk(node):
    return walk(node + 1)

def start():
    return walk(0)

print("starting")
start()
