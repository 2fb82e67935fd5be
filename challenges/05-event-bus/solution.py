import asyncio


class EventBus:
    def __init__(self, timeout=1.0):
        self.timeout = timeout
        self._subscribers = {}

    def subscribe(self, event, callback):
        self._subscribers.setdefault(event, []).append(callback)

    async def _deliver(self, callback, data):
        try:
            return await asyncio.wait_for(callback(data), self.timeout)
        except Exception as error:
            return error

    async def publish(self, event, data):
        callbacks = self._subscribers.get(event, [])
        return await asyncio.gather(*(self._deliver(callback, data) for callback in callbacks))
