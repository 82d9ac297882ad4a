class Stack:
    def __init__(self):
        self.items = []

    def push(self, v):
        self.items.append(v)

    def pop(self):
        return self.items.pop()

    def peek(self):
        return self.items[-1]

s = Stack()
s.push(1)
print(s.pop())
try:
    s.pop()
except IndexError as e:
    print(type(e).__name__, e)
s.peek()
