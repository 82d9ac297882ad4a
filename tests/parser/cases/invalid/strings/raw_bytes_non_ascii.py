x = br'日本'
