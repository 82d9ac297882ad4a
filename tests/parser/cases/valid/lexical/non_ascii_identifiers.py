café = 1
名前 = '値'
x = café + 名前
π = 3.14
Σ = sum
