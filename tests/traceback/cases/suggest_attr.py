class Config:
    def __init__(self):
        self.timeout = 3
        self._secret = 1


errors = []
cfg = Config()
for name in ["timout", "_secrt", "tmeout_value_that_is_far_too_long_for_any_suggestion_x"]:
    try:
        getattr(cfg, name)
    except AttributeError as e:
        errors.append(e)
try:
    [].apend(1)
except AttributeError as e:
    errors.append(e)
raise ExceptionGroup("attributes", errors)
