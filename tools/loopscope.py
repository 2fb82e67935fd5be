"""CPython twin of Loopscope's ``loopscope`` challenge harness module: the natives of
``src/python/modules/loopscope.rs`` written in Python, under Loopscope's own prelude
(``src/python/modules/loopscope.py``, which ``challenge_record.py`` copies beside this file as
``loopscope_prelude.py`` together with the program). So ``seed``, ``Service`` and ``check`` are
the same code on both, and a challenge's reference solution with its demo or its checks runs
under CPython 3.11 (on ``run_program.py``'s virtual clock) and prints what it prints on
Loopscope.

Differences, all invisible to a passing run:
- the seed comes from the environment variable ``LOOPSCOPE_SEED`` (default 0, as a program
  run by Loopscope's command line sees);
- a failing verdict prints ``loopscope check failed: ...`` on stderr (Loopscope records it
  instead), so a recording shows any check CPython would fail;
- waits are seen only for ``asyncio.sleep`` and ``asyncio.Queue.put`` (recorded by wrapping
  them), not for every suspension.
"""

import asyncio
import os
import sys

_span_log = []
_wait_log = []
_lines = []


def _now():
    try:
        return asyncio.get_running_loop().time()
    except RuntimeError:
        return 0.0


_real_sleep = asyncio.sleep


async def _sleep(delay, result=None):
    if delay > 0:
        _wait_log.append((_now(), f"sleep({delay})"))
    return await _real_sleep(delay, result)


asyncio.sleep = _sleep
_real_put = asyncio.Queue.put


async def _put(self, item):
    if self.full():
        _wait_log.append((_now(), "Queue.put"))
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

# The natives the prelude calls (see loopscope.rs).
_recorder = None


def _seed(recorder):
    return int(os.environ.get("LOOPSCOPE_SEED", "0"))


def _op_start(recorder, kind, label):
    _span_log.append([kind, label, _now(), None])
    return len(_span_log) - 1


def _op_end(recorder, op):
    _span_log[op][3] = _now()


def _expect(recorder, name, passed, measured, expected, hint, at):
    if not passed:
        print(f"loopscope check failed: {name}: measured {measured}, expected {expected}", file=sys.stderr)


def _waits(prefix):
    return [(t, on) for t, on in _wait_log if on.startswith(prefix)]


def _output():
    return list(_lines)


def _spans(recorder, kind):
    return [(start, end, label) for k, label, start, end in _span_log if k == kind and end is not None]


_PRELUDE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "loopscope_prelude.py")
with open(_PRELUDE, encoding="utf-8") as _file:
    exec(compile(_file.read(), _PRELUDE, "exec"), globals())
