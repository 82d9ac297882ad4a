import sys
sys.counted_executions = getattr(sys, "counted_executions", 0) + 1
print("executing _counted_mod, count =", sys.counted_executions)
