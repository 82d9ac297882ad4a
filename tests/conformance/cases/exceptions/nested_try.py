def level(n):
    log = []
    try:
        log.append("outer try")
        try:
            log.append("inner try")
            if n == 1:
                raise ValueError("one")
            if n == 2:
                raise TypeError("two")
            if n == 3:
                raise KeyError("three")
        except ValueError:
            log.append("inner except ValueError")
            raise IndexError("converted")
        except TypeError:
            log.append("inner except TypeError")
        else:
            log.append("inner else")
        finally:
            log.append("inner finally")
        log.append("after inner")
    except IndexError as e:
        log.append(f"outer except IndexError ({e}, ctx={e.__context__!r})")
    except KeyError:
        log.append("outer except KeyError")
    finally:
        log.append("outer finally")
    return log

for n in range(4):
    print(n, level(n))
