x.if_
x.match
x.case
x.type
x._
import_ = 1
None_ = 2
