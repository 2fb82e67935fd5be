import time


class async_timer:
    def __init__(self, label):
        self.label = label
        self.elapsed = None
        self._start = time.monotonic()

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.elapsed = time.monotonic() - self._start
        print(f"{self.label}: {self.elapsed:.2f} s")
        return False
