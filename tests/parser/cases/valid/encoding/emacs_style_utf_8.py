# -*- coding: utf_8 -*-
y = 'ü'
