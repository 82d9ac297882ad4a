# Exception classes defined in a module print as module.QualName.
import _tb_helper

errors = []
for exc in [_tb_helper.HelperError("helper"), _tb_helper.Outer.Inner("nested")]:
    try:
        raise exc
    except Exception as e:
        errors.append(e)


class Local(Exception):
    pass


errors.append(Local("in __main__"))
raise ExceptionGroup("modules", errors)
