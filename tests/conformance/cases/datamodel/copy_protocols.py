class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Pt({self.x}, {self.y})"
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)

pts = [Pt(2, 1), Pt(1, 5), Pt(1, 2)]
print(sorted(pts), min(pts), max(pts))
print(len({Pt(1, 1), Pt(1, 1)}), Pt(1, 2) in pts)
print(pts.index(Pt(1, 5)), pts.count(Pt(2, 1)))
d = {Pt(0, 0): "origin"}
print(d[Pt(0, 0)])
print(Pt(1, 1) > Pt(0, 9))
print(sorted(pts, reverse=True))
