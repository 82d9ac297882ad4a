import _tb_helper

_tb_helper.compute_totl([1])
