class Recorder:
    def __getitem__(self, key):
        print("get", key)
        return 0
    def __setitem__(self, key, value):
        print("set", key, value)
    def __delitem__(self, key):
        print("del", key)

r = Recorder()
r[1]
r[1:5] = "x"
del r[::2]
r[1, 2] += 5
r[-1:] 
r[0:1, ...]
x = r["k"]
r["a"] = r["b"] = 3
del r[:]
