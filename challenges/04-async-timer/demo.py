import asyncio


async def _call(i):
    await asyncio.sleep(0.1 + (i % 5) * 0.1)


async def _demo():
    async with async_timer("sequential"):
        for i in range(20):
            await _call(i)
    async with async_timer("gather"):
        await asyncio.gather(*(_call(i) for i in range(20)))


asyncio.run(_demo())
