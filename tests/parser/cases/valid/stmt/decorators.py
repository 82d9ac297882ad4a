@dec
@dec.attr
@dec(arg)
@x[0].y
@(lambda f: f)
@a if b else c
@a := b
def f(): pass

@dec
class C: pass

@ dec  # comment
async def g(): pass
