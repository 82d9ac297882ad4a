class Config:
    name = "app"
    values = {"a": 1}
    size = len(values)
    broken = values["b"]
