import asyncio


async def run_pipeline(batches, process, consumers=2, maxsize=20):
    queue = asyncio.Queue(maxsize=maxsize)
    results = []

    async def producer(items):
        for item in items:
            await queue.put(item)

    async def consumer():
        while True:
            item = await queue.get()
            results.append(await process(item))
            queue.task_done()

    workers = [asyncio.create_task(consumer()) for _ in range(consumers)]
    await asyncio.gather(*(producer(items) for items in batches))
    await queue.join()
    for worker in workers:
        worker.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    return results
