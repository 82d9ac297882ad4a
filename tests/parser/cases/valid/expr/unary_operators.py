-x
+x
~x
not x
--x
-~+x
not -x
- 1
