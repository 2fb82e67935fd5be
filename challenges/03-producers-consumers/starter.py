import asyncio


async def run_pipeline(batches, process, consumers=2, maxsize=20):
    queue = asyncio.Queue(maxsize=maxsize)
    results = []
    # One producer per batch puts its items on the queue; `consumers` consumers
    # take items and append `await process(item)` to results. Shut down with sentinels.
    ...
    return results
