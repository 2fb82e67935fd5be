# The contextlib prelude: `contextmanager`, `asynccontextmanager`, `suppress` and
# `nullcontext`, shaped like CPython 3.11's contextlib so enter/exit run in the same order.
# `_tb_save` / `_tb_restore` are native: they stand in for `exc.__traceback__ = traceback`,
# which drops the frames the exception picked up while thrown into the generator.


class _GeneratorContextManager:
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            else:
                raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        saved = _tb_save(value)
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                _tb_restore(exc, saved)
                return False
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                _tb_restore(value, saved)
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            _tb_restore(exc, saved)
            return False
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager:
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)

    async def __aenter__(self):
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await self.gen.__anext__()
            except StopAsyncIteration:
                return False
            else:
                raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        saved = _tb_save(value)
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                _tb_restore(exc, saved)
                return False
            if isinstance(value, (StopIteration, StopAsyncIteration)) and exc.__cause__ is value:
                _tb_restore(value, saved)
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            _tb_restore(exc, saved)
            return False
        raise RuntimeError("generator didn't stop after athrow()")


def _wrap(func, helper):
    for name in ('__name__', '__qualname__', '__doc__'):
        setattr(helper, name, getattr(func, name))
    helper.__wrapped__ = func
    return helper


def contextmanager(func):
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return _wrap(func, helper)


def asynccontextmanager(func):
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return _wrap(func, helper)


class suppress:
    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        if issubclass(exctype, self._exceptions):
            return True
        return False


class nullcontext:
    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass
