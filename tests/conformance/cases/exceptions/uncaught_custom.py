class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail

    def __str__(self):
        return f"[{self.code}] {self.detail}"

class NoMessage(Exception):
    pass

try:
    raise NoMessage
except NoMessage as e:
    print(repr(e), str(e) == "")

err = AppError(404, "not found")
print(err.args, repr(err))
raise err
