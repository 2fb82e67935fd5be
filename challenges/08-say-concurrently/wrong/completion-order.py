import asyncio


async def say(message, delay, results):
    await asyncio.sleep(delay)
    print(message)
    results.append(message)


async def say_all(jobs):
    results = []
    await asyncio.gather(*(say(message, delay, results) for message, delay in jobs))
    return results
