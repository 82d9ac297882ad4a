class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt

head = Node(1, Node(2))
print(head.value, head.next.value)
print(head.next.next.value)
