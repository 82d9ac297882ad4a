// The Python version tpython implements.
export const PYTHON_VERSION = "3.13.0";
