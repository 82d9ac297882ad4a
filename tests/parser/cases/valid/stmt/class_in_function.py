def outer():
    class Inner:
        def method(self):
            def inner():
                return self
            return inner
    return Inner
