f'''
{x}
  {y!r:>{w}}
'''
f"""{
    x  # comment
    + 1
}"""
