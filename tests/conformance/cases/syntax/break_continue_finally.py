for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop")

def nested():
    out = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    continue
                out.append(f"inner {i}")
            finally:
                out.append(f"inner-finally {i}")
        finally:
            out.append(f"outer-finally {i}")
    return out
print(nested())

count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    finally:
        print("while finally", count)

def ret_in_loop():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print("ret finally", i)
print(ret_in_loop())
for i in range(2):
    with open(__file__) as fh:
        if i == 0:
            continue
        print("with closed after continue:", fh.closed)
print(fh.closed)
