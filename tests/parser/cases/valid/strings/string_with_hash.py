x = '# not a comment'  # a comment
