import asyncio


class EventBus:
    def __init__(self, timeout=1.0):
        self.timeout = timeout
        self._subscribers = {}

    def subscribe(self, event, callback):
        self._subscribers.setdefault(event, []).append(callback)

    async def publish(self, event, data):
        callbacks = self._subscribers.get(event, [])
        everyone = asyncio.gather(*(callback(data) for callback in callbacks), return_exceptions=True)
        return await asyncio.wait_for(everyone, self.timeout)
