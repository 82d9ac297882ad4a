# coding: Latin_1
x = 'é'
