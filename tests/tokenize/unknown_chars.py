x = $a ? `b` !c
