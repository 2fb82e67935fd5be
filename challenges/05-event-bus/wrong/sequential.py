import asyncio


class EventBus:
    def __init__(self, timeout=1.0):
        self.timeout = timeout
        self._subscribers = {}

    def subscribe(self, event, callback):
        self._subscribers.setdefault(event, []).append(callback)

    async def publish(self, event, data):
        results = []
        for callback in self._subscribers.get(event, []):
            try:
                results.append(await asyncio.wait_for(callback(data), self.timeout))
            except Exception as error:
                results.append(error)
        return results
