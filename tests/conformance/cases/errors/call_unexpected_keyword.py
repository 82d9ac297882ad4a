def connect(host, port=80):
    return f"{host}:{port}"

print(connect("example", port=8080))
connect("example", prot=8080)
