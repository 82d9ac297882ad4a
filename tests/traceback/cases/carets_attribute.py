# Attribute access markers (plain carets) and full-line expressions.
class Node:
    def __init__(self, nxt=None):
        self.next = nxt


head = Node(Node())
print(head.next.next.next.value)
