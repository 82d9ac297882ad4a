f'{f"x}'
