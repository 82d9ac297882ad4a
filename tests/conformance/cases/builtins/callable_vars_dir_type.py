class Sample:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
    def method(self):
        pass

s = Sample()
print(callable(s), callable(Sample), callable(s.method), callable(print), callable(None))
print(vars(s), sorted(k for k in vars(Sample) if not k.startswith("__")))
print([n for n in dir(s) if not n.startswith("_")])
print(type(s).__name__, type(Sample).__name__, type(print).__name__, type(s.method).__name__, type(len).__name__)
print(type(Sample.method).__name__, type(type).__name__, type(42) is int)
print(sorted(n for n in dir([]) if not n.startswith("_")))
import sys
print(sorted(n for n in dir(sys) if n in ("argv", "path", "modules", "exit", "version_info")))
print(sys.version_info[:2] >= (3, 13), sys.version_info.major, type(sys.version_info).__name__)
