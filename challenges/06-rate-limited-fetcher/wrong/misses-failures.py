import asyncio
from collections import deque


class RateLimitedFetcher:
    def __init__(self, fetch, max_rps=5, max_concurrent=3):
        self._fetch = fetch
        self.max_rps = max_rps
        self._gate = asyncio.Semaphore(max_concurrent)
        self._window = asyncio.Lock()
        self._starts = deque()
        self._counts = {"total": 0, "succeeded": 0, "failed": 0}
        self._latency = 0.0

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False

    async def _take_slot(self):
        async with self._window:
            loop = asyncio.get_running_loop()
            now = loop.time()
            while self._starts and now - self._starts[0] >= 1.0:
                self._starts.popleft()
            if len(self._starts) >= self.max_rps:
                await asyncio.sleep(1.0 - (now - self._starts.popleft()))
            self._starts.append(loop.time())

    async def get(self, url):
        async with self._gate:
            await self._take_slot()
            loop = asyncio.get_running_loop()
            start = loop.time()
            body = await self._fetch(url)
            self._counts["total"] += 1
            self._counts["succeeded"] += 1
            self._latency += loop.time() - start
            return body

    def metrics(self):
        done = self._counts["succeeded"]
        average = self._latency / done if done else 0.0
        return {**self._counts, "avg_latency": round(average, 3)}
