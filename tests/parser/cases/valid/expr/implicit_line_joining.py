x = [
    1,

    2,  # c
    # only comment
    3
]
f(a,
  b)
{
'a':
1}
