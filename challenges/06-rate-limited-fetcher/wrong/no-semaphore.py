import asyncio


class RateLimitedFetcher:
    def __init__(self, fetch, max_rps=5, max_concurrent=3):
        self._fetch = fetch
        self.max_rps = max_rps
        self._counts = {"total": 0, "succeeded": 0, "failed": 0}
        self._latency = 0.0
        self._next_start = 0.0

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False

    async def get(self, url):
        loop = asyncio.get_running_loop()
        start = max(loop.time(), self._next_start)
        self._next_start = start + 1.0 / self.max_rps
        await asyncio.sleep(start - loop.time())
        self._counts["total"] += 1
        try:
            body = await self._fetch(url)
        except Exception:
            self._counts["failed"] += 1
            raise
        self._counts["succeeded"] += 1
        self._latency += loop.time() - start
        return body

    def metrics(self):
        done = self._counts["succeeded"]
        average = self._latency / done if done else 0.0
        return {**self._counts, "avg_latency": round(average, 3)}
