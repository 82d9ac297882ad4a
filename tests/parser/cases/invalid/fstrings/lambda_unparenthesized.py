f'{lambda x: x}'
