break
continue
