#!/usr/bin/env bash
# Show the first differences between our and CPython 3.13's `-m ast -a` for one file.
P=$(pyenv root)/versions/3.13.0/bin/python3
f=$1
node "$(dirname "$0")/../bin/tpython.js" -m ast -a "$f" > /tmp/astdiff.ours 2>&1
$P -m ast -a "$f" > /tmp/astdiff.theirs 2>&1
diff /tmp/astdiff.ours /tmp/astdiff.theirs | head -${2:-20}
