import asyncio


def _subscriber(reply, delay):
    async def handle(data):
        await asyncio.sleep(delay)
        return reply
    return handle


async def _demo():
    bus = EventBus(timeout=1.0)
    bus.subscribe("order", _subscriber("email sent", 0.1))
    bus.subscribe("order", _subscriber("audit logged", 0.3))
    bus.subscribe("order", _subscriber("report built", 2.0))
    results = await bus.publish("order", {"id": 7})
    shown = [r if isinstance(r, str) else type(r).__name__ for r in results]
    print(f"{shown} after {asyncio.get_running_loop().time():.1f} s")


asyncio.run(_demo())
