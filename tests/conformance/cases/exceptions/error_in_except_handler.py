def risky():
    try:
        return [1, 2][5]
    except IndexError:
        fallback = undefined_fallback_name
        return fallback

risky()
