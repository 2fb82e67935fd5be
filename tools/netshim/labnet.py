"""The network primitive of Loopscope's ``aiohttp``/``httpx`` subsets, on the recorder's
virtual clock: the same simulated network as the Rust engine (``src/python/net/``).

The client libraries themselves are not copied here: ``aiohttp.py`` and ``httpx.py`` beside
this file load the dialect's own sources (``src/python/net/common.py`` plus the library's
file) with this module's ``_start``, ``_abort`` and ``_json_loads``, compiled under their own
file names so that tracebacks hide them like the rest of the recorder.

A request to ``https://lab.invalid/delay?ms=..&id=..&fail=..&status=..`` resolves its future
from a loop timer ``ms`` after it was made (rules in ``src/python/net/lab.rs``); any other
URL fails in the next loop iteration. A timeout is a second timer. Both timers are cancelled
when the request ends or is aborted.
"""

import asyncio
import http
import json
import pathlib

SOURCES = pathlib.Path(__file__).resolve().parents[2] / 'src' / 'python' / 'net'
LAB_HOST = 'lab.invalid'
VIRTUAL_ONLY = 'the virtual network serves only lab.invalid'

_in_flight = {}  # future -> its timer handles


def lab_path(url):
    """The path and query after ``lab.invalid/`` when ``url`` addresses it, else None."""
    for scheme in ('https://', 'http://'):
        if url.startswith(scheme + LAB_HOST):
            rest = url[len(scheme + LAB_HOST):]
            if rest == '':
                return ''
            if rest[0] == '/':
                return rest[1:]
            if rest[0] == '?':
                return rest
    return None


def fails(request_id, rate):
    """Whether request ``request_id`` fails at failure ``rate`` (lab.rs's ``fails``)."""
    return ((request_id + 1) * 2654435761) % 2**32 / 2**32 < rate


def answer(path):
    """(delay in ms, status, body) of the lab endpoint for ``path`` (lab.rs's ``answer``)."""
    route, _, query = path.partition('?')
    if route != 'delay':
        return error(404, "no such lab endpoint (try delay?ms=100)")
    ms, request_id, rate, status = 0, None, 0.0, 200
    for pair in query.split('&'):
        key, sep, value = pair.partition('=')
        if not sep:
            continue
        if key == 'ms':
            if not value.isdigit() or int(value) > 600_000:
                return error(400, "ms must be a whole number of milliseconds up to 600000")
            ms = int(value)
        elif key == 'id':
            try:
                request_id = int(value)
            except ValueError:
                return error(400, "id must be a whole number")
        elif key == 'fail':
            try:
                rate = float(value)
            except ValueError:
                rate = -1.0
            if not 0.0 <= rate <= 1.0:
                return error(400, "fail must be a rate between 0 and 1")
        elif key == 'status':
            if not value.isdigit() or not 200 <= int(value) <= 599:
                return error(400, "status must be between 200 and 599")
            status = int(value)
    id_text = 'null' if request_id is None else str(request_id)
    if fails(request_id or 0, rate):
        return ms, 500, f'{{"id":{id_text},"ms":{ms},"error":"simulated failure"}}'
    return ms, status, f'{{"id":{id_text},"ms":{ms}}}'


def error(status, message):
    return 0, status, f'{{"error":"{message}"}}'


def reason(status):
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return ''


def _start(method, url, headers, body, timeout):
    """Start a request; its future resolves to the outcome tuple ``common.py`` describes."""
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    handles = []
    path = lab_path(url)
    if path is None:
        loop.call_soon(_finish, fut, ('failed', VIRTUAL_ONLY))
    else:
        ms, status, text = answer(path)
        reply = ('ok', status, reason(status), [('Content-Type', 'application/json')], text)
        handles.append(loop.call_later(ms / 1000, _finish, fut, reply))
    if timeout is not None:
        handles.append(loop.call_later(timeout, _finish, fut, ('timeout',)))
    _in_flight[fut] = handles
    return fut


def _finish(fut, outcome):
    """A timer or the loop ends the request: resolve its future unless it was aborted."""
    if not _abort(fut):
        return
    if not fut.done():
        fut.set_result(outcome)


def _abort(fut):
    """End the request behind ``fut``: cancel its timers. False if it had already ended."""
    handles = _in_flight.pop(fut, None)
    for handle in handles or ():
        handle.cancel()
    return handles is not None


def _json_loads(text):
    return json.loads(text)


def load(namespace, library):
    """Run ``common.py`` and ``<library>.py`` into ``namespace`` (a shim module's globals)."""
    namespace.update(_start=_start, _abort=_abort, _json_loads=_json_loads)
    for name in ('common.py', f'{library}.py'):
        source = (SOURCES / name).read_text(encoding='utf-8')
        exec(compile(source, namespace['__file__'], 'exec'), namespace)
