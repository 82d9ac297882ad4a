f'héllo {név} 日本{語!r}'
f'{"😀"}'
