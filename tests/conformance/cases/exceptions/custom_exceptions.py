class ValidationError(ValueError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field

class NegativeError(ValidationError):
    pass

def validate(age):
    if not isinstance(age, int):
        raise ValidationError("age", "must be int")
    if age < 0:
        raise NegativeError("age", f"{age} is negative")
    return age

for v in (5, "x", -1):
    try:
        print("valid", validate(v))
    except NegativeError as e:
        print("negative:", e, e.field)
    except ValidationError as e:
        print("invalid:", e, e.field, isinstance(e, ValueError))

class WithDefaults(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
try:
    raise WithDefaults
except WithDefaults as e:
    print(e)

class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.total = a + b
e = NoSuperInit(1, 2)
print(e.args, e.total, repr(e), str(e))
