import asyncio


class async_timer:
    def __init__(self, label):
        self.label = label
        self.elapsed = None

    async def __aenter__(self):
        self._start = asyncio.get_running_loop().time()
        return self

    async def __aexit__(self, *exc):
        self.elapsed = asyncio.get_running_loop().time() - self._start
        print(f"{self.label}: {self.elapsed:.2f} s")
        return True
