n = 2000
squares = [i * i for i in range(n)]
print(len(squares), squares[-1], sum(squares))
evens = {i for i in range(n) if i % 2 == 0}
print(len(evens), max(evens))
index = {i: str(i) for i in range(n)}
print(len(index), index[1999])
pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
