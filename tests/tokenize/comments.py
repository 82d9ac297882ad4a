#!/usr/bin/env python
# -*- coding: utf-8 -*-
"""Doc."""

x = 1  # trailing
    # indented comment line
y = 2

if x:
    pass
    # comment at deeper level
# comment at lower level
    
z = 3
