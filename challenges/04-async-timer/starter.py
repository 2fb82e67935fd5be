import asyncio


class async_timer:
    def __init__(self, label):
        self.label = label
        self.elapsed = None

    async def __aenter__(self):
        ...

    async def __aexit__(self, *exc):
        ...
