pairs = [
    (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError),
    (KeyError, LookupError),
    (IndexError, LookupError),
    (FileNotFoundError, OSError),
    (UnicodeDecodeError, ValueError),
    (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError),
    (ModuleNotFoundError, ImportError),
    (StopIteration, Exception),
    (KeyboardInterrupt, Exception),
    (SystemExit, BaseException),
    (GeneratorExit, Exception),
    (ExceptionGroup, BaseExceptionGroup),
    (ExceptionGroup, Exception),
    (TimeoutError, OSError),
    (UnboundLocalError, NameError),
    (IndentationError, SyntaxError),
    (TabError, IndentationError),
    (BaseException, object),
]
for sub, base in pairs:
    print(f"{sub.__name__:20} {base.__name__:20} {issubclass(sub, base)}")
print([c.__name__ for c in KeyError.__mro__])
print(IOError is OSError, EnvironmentError is OSError)
