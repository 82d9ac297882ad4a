import _guarded_mod

def main():
    print("main_guard main(), __name__ =", __name__)
    _guarded_mod.main()

if __name__ == "__main__":
    main()
else:
    print("not reached when run as a script")
import sys
print(sys.modules["__main__"].__name__, sys.modules["__main__"] is sys.modules[__name__])
