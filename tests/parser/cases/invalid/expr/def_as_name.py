def def(): pass
