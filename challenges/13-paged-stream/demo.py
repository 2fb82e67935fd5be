import asyncio
import loopscope


async def _demo():
    service = loopscope.Service("page", 0.1, {0: [1, 2, 3], 1: [4, 5], 2: []})
    async for item in items(service.call):
        print(item)
        if item == 4:
            break
    print("pages fetched:", service.calls)


asyncio.run(_demo())
