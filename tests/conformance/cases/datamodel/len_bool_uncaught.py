class Weird:
    def __len__(self):
        return "five"

w = Weird()
print("len test")
if w:
    print("unreachable")
