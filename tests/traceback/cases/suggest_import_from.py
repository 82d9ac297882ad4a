from _tb_helper import DEFAULT_VALEU
