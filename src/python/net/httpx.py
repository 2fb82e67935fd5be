# An httpx subset: AsyncClient (an async context manager) with get/post/put/delete/request,
# Response, Timeout and the exceptions, with messages as httpx 0.27 formats them. The
# client's default timeout is httpx's: 5 seconds. Built on common.py.


class HTTPError(Exception):
    def __init__(self, message):
        super().__init__(message)


class RequestError(HTTPError):
    def __init__(self, message, *, request=None):
        super().__init__(message)
        self.request = request


class TransportError(RequestError):
    pass


class TimeoutException(TransportError):
    pass


class ConnectTimeout(TimeoutException):
    pass


class ReadTimeout(TimeoutException):
    pass


class NetworkError(TransportError):
    pass


class ConnectError(NetworkError):
    pass


class HTTPStatusError(HTTPError):
    def __init__(self, message, *, request, response):
        super().__init__(message)
        self.request = request
        self.response = response


class Timeout:
    def __init__(self, timeout=5.0, *, connect=None, read=None, write=None, pool=None):
        if isinstance(timeout, Timeout):
            connect, read, write, pool = timeout.connect, timeout.read, timeout.write, timeout.pool
        else:
            connect = timeout if connect is None else connect
            read = timeout if read is None else read
            write = timeout if write is None else write
            pool = timeout if pool is None else pool
        self.connect = connect
        self.read = read
        self.write = write
        self.pool = pool

    def __repr__(self):
        if self.connect == self.read == self.write == self.pool:
            return f"Timeout(timeout={self.connect})"
        return f"Timeout(connect={self.connect}, read={self.read}, write={self.write}, pool={self.pool})"


class _Unset:
    pass


USE_CLIENT_DEFAULT = _Unset()


class Request:
    def __init__(self, method, url):
        self.method = method
        self.url = url

    def __repr__(self):
        return f"<Request({self.method!r}, {self.url!r})>"


_ERROR_TYPES = {1: "Informational response", 3: "Redirect response", 4: "Client error", 5: "Server error"}


class Response:
    def __init__(self, request, status_code, reason_phrase, headers, text):
        self.request = request
        self.url = request.url
        self.status_code = status_code
        self.reason_phrase = reason_phrase
        self.headers = _Headers(headers)
        self.text = text

    @property
    def content(self):
        return self.text.encode()

    @property
    def is_success(self):
        return 200 <= self.status_code <= 299

    @property
    def is_error(self):
        return 400 <= self.status_code <= 599

    def json(self, **kwargs):
        return _json_loads(self.text)

    def raise_for_status(self):
        if self.is_success:
            return self
        message = (
            "{0} '{1.status_code} {1.reason_phrase}' for url '{1.url}'\n"
            "For more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/{1.status_code}"
        ).format(_ERROR_TYPES.get(self.status_code // 100, "Invalid status code"), self)
        raise HTTPStatusError(message, request=self.request, response=self)

    def __repr__(self):
        return f"<Response [{self.status_code} {self.reason_phrase}]>"


class AsyncClient:
    def __init__(self, *, base_url="", headers=None, timeout=5.0, **ignored):
        self._base_url = base_url
        self._headers = list((headers or {}).items())
        self.timeout = timeout if isinstance(timeout, Timeout) else Timeout(timeout)
        self.is_closed = False

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.aclose()

    async def aclose(self):
        self.is_closed = True

    async def get(self, url, **kwargs):
        return await self.request("GET", url, **kwargs)

    async def post(self, url, **kwargs):
        return await self.request("POST", url, **kwargs)

    async def put(self, url, **kwargs):
        return await self.request("PUT", url, **kwargs)

    async def delete(self, url, **kwargs):
        return await self.request("DELETE", url, **kwargs)

    async def request(self, method, url, *, params=None, content=None, data=None, json=None, headers=None,
                      timeout=USE_CLIENT_DEFAULT, **ignored):
        if self.is_closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        url = _with_params(_join(self._base_url, url), params)
        sent = self._headers + list((headers or {}).items())
        body = _body(content if content is not None else data, json, sent)
        if timeout is USE_CLIENT_DEFAULT:
            timeout = self.timeout
        elif not isinstance(timeout, Timeout):
            timeout = Timeout(timeout)
        request = Request(method, url)
        outcome = await _send(method, url, sent, body, timeout.read)
        if outcome[0] == "timeout":
            raise ReadTimeout("", request=request)
        if outcome[0] == "failed":
            raise ConnectError(outcome[1], request=request)
        return Response(request, outcome[1], outcome[2], outcome[3], outcome[4])
