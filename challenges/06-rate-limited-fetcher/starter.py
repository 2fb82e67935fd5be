import asyncio
from collections import deque


class RateLimitedFetcher:
    def __init__(self, fetch, max_rps=5, max_concurrent=3):
        self._fetch = fetch
        self.max_rps = max_rps
        self.max_concurrent = max_concurrent

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False

    async def get(self, url):
        ...

    def metrics(self):
        ...
