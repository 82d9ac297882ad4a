OK = 1

def compute():
    return {}["missing"]

RESULT = compute()
