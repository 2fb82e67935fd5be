# loopscope: the challenge harness. `Service` simulates a remote service on the loop's clock
# and records each call as an operation span; `check` records verdicts and reads measurements.
# The CPython twin (tools/loopscope.py) runs this same file on Python versions of the natives.

import asyncio


def _wake(future):
    if not future.done():
        future.set_result(None)


def seed():
    return _seed(_recorder)


class Service:
    def __init__(self, kind, latency, reply=None, failures=None):
        self.kind = kind
        self._latency = latency
        self._reply = reply
        self._failures = dict(failures or {})
        self.calls = []

    def latency(self, key):
        if isinstance(self._latency, dict):
            return self._latency[key]
        return self._latency

    async def call(self, key):
        self.calls.append(key)
        op = _op_start(_recorder, self.kind, str(key))
        try:
            loop = asyncio.get_running_loop()
            future = loop.create_future()
            handle = loop.call_later(self.latency(key), _wake, future)
            try:
                await future
            finally:
                handle.cancel()
            left = self._failures.get(key, 0)
            if left:
                self._failures[key] = left - 1
                raise ConnectionError(f"{self.kind} {key} failed")
            if self._reply is None:
                return f"{self.kind}:{key}"
            return self._reply[key]
        finally:
            _op_end(_recorder, op)


def _short(value):
    text = repr(value)
    if len(text) > 160:
        return text[:157] + "..."
    return text


class _Check:
    def expect(self, name, passed, measured, expected, hint, at=None):
        _expect(_recorder, name, bool(passed), measured, expected, hint, None if passed else at)
        return bool(passed)

    def equal(self, name, got, want, hint, at=None):
        return self.expect(name, got == want, _short(got), _short(want), hint, at)

    def sleeps(self):
        return [(t, float(on[6:-1])) for t, on in _waits("sleep(")]

    def waits(self, prefix):
        return _waits(prefix)

    def output(self):
        return _output()

    def spans(self, kind):
        return _spans(_recorder, kind)


check = _Check()
