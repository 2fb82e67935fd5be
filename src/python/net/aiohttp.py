# An aiohttp subset: ClientSession (an async context manager) with get/post/put/delete/
# request, each usable as `async with` or awaited; ClientResponse; ClientTimeout; the client
# exceptions, whose messages are formatted as aiohttp 3.9 formats them. Built on common.py.

import asyncio


class ClientError(Exception):
    pass


class ClientConnectionError(ClientError):
    pass


class ClientOSError(ClientConnectionError, OSError):
    pass


class ConnectionKey:
    def __init__(self, host, port, ssl):
        self.host = host
        self.port = port
        self.ssl = ssl


class ClientConnectorError(ClientOSError):
    def __init__(self, connection_key, os_error):
        self._conn_key = connection_key
        self._os_error = os_error
        self._strerror = os_error.args[1]
        super().__init__(*os_error.args)
        self.args = (connection_key, os_error)

    @property
    def os_error(self):
        return self._os_error

    @property
    def host(self):
        return self._conn_key.host

    @property
    def port(self):
        return self._conn_key.port

    @property
    def ssl(self):
        return self._conn_key.ssl

    def __str__(self):
        return "Cannot connect to host {0.host}:{0.port} ssl:{1} [{2}]".format(
            self, "default" if self.ssl is True else self.ssl, self._strerror
        )


class ServerTimeoutError(ClientConnectionError, asyncio.TimeoutError):
    pass


class RequestInfo:
    def __init__(self, url, method, headers, real_url):
        self.url = url
        self.method = method
        self.headers = headers
        self.real_url = real_url

    def __repr__(self):
        return f"RequestInfo(url=URL({self.url!r}), method={self.method!r}, real_url=URL({self.real_url!r}))"


class ClientResponseError(ClientError):
    def __init__(self, request_info, history, *, status=None, message="", headers=None):
        self.request_info = request_info
        self.status = status if status is not None else 0
        self.message = message
        self.headers = headers
        self.history = history
        self.args = (request_info, history)

    def __str__(self):
        return "{}, message={!r}, url={!r}".format(self.status, self.message, str(self.request_info.real_url))

    def __repr__(self):
        args = f"{self.request_info!r}, {self.history!r}"
        if self.status != 0:
            args += f", status={self.status!r}"
        if self.message != "":
            args += f", message={self.message!r}"
        return f"{type(self).__name__}({args})"


class ContentTypeError(ClientResponseError):
    pass


class ClientTimeout:
    def __init__(self, total=None, connect=None, sock_read=None, sock_connect=None, ceil_threshold=5):
        self.total = total
        self.connect = connect
        self.sock_read = sock_read
        self.sock_connect = sock_connect
        self.ceil_threshold = ceil_threshold

    def __repr__(self):
        return (
            f"ClientTimeout(total={self.total!r}, connect={self.connect!r}, sock_read={self.sock_read!r}, "
            f"sock_connect={self.sock_connect!r}, ceil_threshold={self.ceil_threshold!r})"
        )


DEFAULT_TIMEOUT = ClientTimeout(total=5 * 60, sock_connect=30)


class ClientResponse:
    def __init__(self, method, url, status, reason, headers, body):
        self.method = method
        self.url = url
        self.status = status
        self.reason = reason
        self.headers = _Headers(headers)
        self._body = body
        self.closed = False

    @property
    def ok(self):
        return self.status < 400

    @property
    def request_info(self):
        return RequestInfo(self.url, self.method, {}, self.url)

    @property
    def content_type(self):
        return self.headers.get("Content-Type", "application/octet-stream").split(";")[0].strip()

    async def text(self, encoding=None, errors="strict"):
        return self._body

    async def read(self):
        return self._body.encode()

    async def json(self, *, content_type="application/json", loads=None):
        if content_type and content_type not in self.content_type:
            raise ContentTypeError(
                self.request_info,
                (),
                status=self.status,
                message=f"Attempt to decode JSON with unexpected mimetype: {self.content_type}",
                headers=self.headers,
            )
        return (loads or _json_loads)(self._body)

    def raise_for_status(self):
        if self.status >= 400:
            self.release()
            raise ClientResponseError(
                self.request_info, (), status=self.status, message=self.reason, headers=self.headers
            )

    def release(self):
        self.closed = True

    def close(self):
        self.closed = True

    def __repr__(self):
        return f"<ClientResponse({self.url}) [{self.status} {self.reason}]>"


class _RequestContextManager:
    """What session.get() returns: awaitable, and an async context manager releasing the
    response on exit."""

    def __init__(self, coro):
        self._coro = coro
        self._resp = None

    def __await__(self):
        return self._coro.__await__()

    async def __aenter__(self):
        self._resp = await self._coro
        return self._resp

    async def __aexit__(self, exc_type, exc, tb):
        self._resp.release()


class ClientSession:
    def __init__(self, base_url=None, *, timeout=None, headers=None, raise_for_status=False, **ignored):
        self._base_url = base_url
        self._timeout = DEFAULT_TIMEOUT if timeout is None else timeout
        self._headers = list((headers or {}).items())
        self._raise_for_status = raise_for_status
        self._closed = False

    @property
    def closed(self):
        return self._closed

    @property
    def timeout(self):
        return self._timeout

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()

    async def close(self):
        self._closed = True

    def request(self, method, url, **kwargs):
        return _RequestContextManager(self._request(method, url, **kwargs))

    def get(self, url, **kwargs):
        return self.request("GET", url, **kwargs)

    def post(self, url, **kwargs):
        return self.request("POST", url, **kwargs)

    def put(self, url, **kwargs):
        return self.request("PUT", url, **kwargs)

    def delete(self, url, **kwargs):
        return self.request("DELETE", url, **kwargs)

    async def _request(self, method, url, *, params=None, data=None, json=None, headers=None, timeout=None,
                       raise_for_status=None, **ignored):
        if self._closed:
            raise RuntimeError("Session is closed")
        url = _with_params(_join(self._base_url, url), params)
        sent = self._headers + list((headers or {}).items())
        body = _body(data, json, sent)
        timeout = self._timeout if timeout is None else timeout
        outcome = await _send(method, url, sent, body, timeout.total)
        if outcome[0] == "timeout":
            raise asyncio.TimeoutError() from None
        if outcome[0] == "failed":
            host, port = _host_port(url)
            raise ClientConnectorError(ConnectionKey(host, port, True), OSError(None, outcome[1]))
        resp = ClientResponse(method, url, outcome[1], outcome[2], outcome[3], outcome[4])
        check = self._raise_for_status if raise_for_status is None else raise_for_status
        if check:
            resp.raise_for_status()
        return resp
