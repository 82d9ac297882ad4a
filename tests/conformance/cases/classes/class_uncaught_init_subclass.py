class Registry:
    names = set()
    def __init_subclass__(cls, key, **kw):
        super().__init_subclass__(**kw)
        if key in Registry.names:
            raise KeyError(f"duplicate key {key!r}")
        Registry.names.add(key)

class One(Registry, key="one"):
    pass
print(sorted(Registry.names))
class Two(Registry, key="one"):
    pass
