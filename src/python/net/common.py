# What aiohttp.py and httpx.py share: sending one request through the native primitive,
# response headers, URLs and JSON bodies. Runs in the dialect (over the natives _start, _abort,
# _json_loads) and, unchanged, on CPython in the recorder (tools/netshim/labnet.py).
#
# The request's future resolves to ("ok", status, reason, headers, text), ("failed", why)
# or ("timeout",).


async def _send(method, url, headers, body, timeout):
    fut = _start(method, url, headers, body, timeout)
    try:
        return await fut
    except BaseException:
        # Cancelled (by a timeout around us, or task.cancel()): the request is aborted.
        _abort(fut)
        raise


class _Headers:
    """Response headers: a read-only mapping with case-insensitive names."""

    def __init__(self, pairs):
        self._pairs = list(pairs)

    def get(self, name, default=None):
        wanted = name.lower()
        for key, value in self._pairs:
            if key.lower() == wanted:
                return value
        return default

    def __getitem__(self, name):
        value = self.get(name)
        if value is None:
            raise KeyError(name)
        return value

    def __contains__(self, name):
        return self.get(name) is not None

    def __len__(self):
        return len(self._pairs)

    def items(self):
        return list(self._pairs)

    def keys(self):
        return [key for key, _ in self._pairs]

    def __repr__(self):
        inner = ", ".join(f"{key!r}: {value!r}" for key, value in self._pairs)
        return "{" + inner + "}"


def _host_port(url):
    """(host, port) of an absolute http(s) URL."""
    scheme, _, rest = url.partition("://")
    authority = rest.split("/", 1)[0].split("?", 1)[0]
    host, _, port = authority.partition(":")
    if port:
        return host, int(port)
    return host, 443 if scheme == "https" else 80


def _join(base, url):
    """``url`` resolved against a client's base URL (only absolute bases, as both clients)."""
    if not base or "://" in url:
        return url
    return base.rstrip("/") + "/" + url.lstrip("/")


def _with_params(url, params):
    """``url`` with ``params`` (a dict or pairs) appended to its query."""
    if not params:
        return url
    pairs = params.items() if isinstance(params, dict) else params
    query = "&".join(f"{key}={value}" for key, value in pairs)
    return url + ("&" if "?" in url else "?") + query


def _dumps(value):
    """JSON text of ``value``, as json.dumps writes it."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(value, dict):
        return "{" + ", ".join(_dumps(str(k)) + ": " + _dumps(v) for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_dumps(v) for v in value) + "]"
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _body(data, json, headers):
    """The request body text, adding a content type for JSON."""
    if json is not None:
        headers.append(("Content-Type", "application/json"))
        return _dumps(json)
    if data is None or isinstance(data, str):
        return data
    if isinstance(data, dict):
        return "&".join(f"{key}={value}" for key, value in data.items())
    return str(data)
