# 1,000 tasks with ten different sleeps under one gather.
import asyncio


async def job(i):
    await asyncio.sleep(0.01 * (i % 10))
    return i * 2


async def main():
    results = await asyncio.gather(*(job(i) for i in range(1000)))
    print(len(results), sum(results))


asyncio.run(main())
