import _err_helper
print(_err_helper.compute_total([1, 2]))
print(_err_helper.compute_totl([1, 2]))
