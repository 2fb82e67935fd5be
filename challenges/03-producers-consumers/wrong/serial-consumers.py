import asyncio


async def run_pipeline(batches, process, consumers=2, maxsize=20):
    queue = asyncio.Queue(maxsize=maxsize)
    results = []
    lock = asyncio.Lock()

    async def producer(items):
        for item in items:
            await queue.put(item)

    async def consumer():
        while True:
            item = await queue.get()
            if item is None:
                return
            async with lock:
                results.append(await process(item))

    workers = [asyncio.create_task(consumer()) for _ in range(consumers)]
    await asyncio.gather(*(producer(items) for items in batches))
    for _ in workers:
        await queue.put(None)
    await asyncio.gather(*workers)
    return results
