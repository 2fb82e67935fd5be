"""CPython twin of Loopscope's ``loopscope`` challenge harness (src/python/modules/loopscope.py
and loopscope.rs): the same ``seed``, ``Service`` and ``check`` API, so a challenge's reference
solution with its demo or its checks runs under CPython 3.11 (on the virtual clock of
``run_program.py``; ``challenge_record.py`` copies this file beside the program) and prints what it prints
under Loopscope. ``tools/challenge_record.py`` records those runs.

Differences, all invisible to a passing run:
- the seed comes from the environment variable ``LOOPSCOPE_SEED`` (default 0, as a program
  run by Loopscope's command line sees);
- a failing ``check.expect`` prints ``loopscope check failed: ...`` on stderr (Loopscope
  records the verdict instead), so a recording shows any check CPython would fail;
- ``check.waits`` sees only ``sleep(`` and ``Queue.put`` (recorded by wrapping
  ``asyncio.sleep`` and ``asyncio.Queue.put``), not every suspension.
"""

import asyncio
import os
import sys

_spans = []
_waits = []
_lines = []


def _now():
    try:
        return asyncio.get_running_loop().time()
    except RuntimeError:
        return 0.0


_real_sleep = asyncio.sleep


async def _sleep(delay, result=None):
    if delay > 0:
        _waits.append((_now(), f"sleep({delay})"))
    return await _real_sleep(delay, result)


asyncio.sleep = _sleep
_real_put = asyncio.Queue.put


async def _put(self, item):
    if self.full():
        _waits.append((_now(), "Queue.put"))
    return await _real_put(self, item)


asyncio.Queue.put = _put


class _LineRecorder:
    """Forwards writes to the real stdout and keeps each complete line with its loop time."""

    def __init__(self, stream):
        self._stream = stream
        self._partial = ""

    def write(self, text):
        self._partial += text
        *done, self._partial = self._partial.split("\n")
        _lines.extend((_now(), line) for line in done)
        return self._stream.write(text)

    def __getattr__(self, name):
        return getattr(self._stream, name)


sys.stdout = _LineRecorder(sys.stdout)


def seed():
    return int(os.environ.get("LOOPSCOPE_SEED", "0"))


def _wake(future):
    if not future.done():
        future.set_result(None)


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
        span = [self.kind, str(key), _now(), None]
        _spans.append(span)
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
            span[3] = _now()


def _short(value):
    text = repr(value)
    if len(text) > 160:
        return text[:157] + "..."
    return text


class _Check:
    def expect(self, name, passed, measured, expected, hint, at=None):
        if not passed:
            print(f"loopscope check failed: {name}: measured {measured}, expected {expected}", file=sys.stderr)
        return bool(passed)

    def equal(self, name, got, want, hint, at=None):
        return self.expect(name, got == want, _short(got), _short(want), hint, at)

    def sleeps(self):
        return [(t, float(on[6:-1])) for t, on in _waits if on.startswith("sleep(")]

    def waits(self, prefix):
        return [(t, on) for t, on in _waits if on.startswith(prefix)]

    def output(self):
        return list(_lines)

    def spans(self, kind):
        return [(start, end, label) for k, label, start, end in _spans if k == kind and end is not None]


check = _Check()
