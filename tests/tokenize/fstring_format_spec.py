a = f"{x:%Y-%m-%d}" f"{x:{{}}>10}" f"{x:{y}{z}}" f"{x:a{y}b{z}c}"
