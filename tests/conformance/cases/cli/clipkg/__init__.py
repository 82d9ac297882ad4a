print("clipkg/__init__ imported as", __name__)
