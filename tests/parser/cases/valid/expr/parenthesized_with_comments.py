x = (  # comment
    1 +  # another
    2
)
