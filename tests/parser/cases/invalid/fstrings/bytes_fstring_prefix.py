bf'{x}'
