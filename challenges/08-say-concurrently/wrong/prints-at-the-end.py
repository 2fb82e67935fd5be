import asyncio


async def say(message, delay):
    await asyncio.sleep(delay)
    return message


async def say_all(jobs):
    results = await asyncio.gather(*(say(message, delay) for message, delay in jobs))
    for message in results:
        print(message)
    return results
