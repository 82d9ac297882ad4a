def f[T]():
return
