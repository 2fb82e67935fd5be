import asyncio


class EventBus:
    def __init__(self, timeout=1.0):
        self.timeout = timeout
        self._subscribers = {}

    def subscribe(self, event, callback):
        ...

    async def publish(self, event, data):
        # Run every subscriber of `event` concurrently, each with its own timeout;
        # return their results (or exceptions) in subscription order.
        ...
