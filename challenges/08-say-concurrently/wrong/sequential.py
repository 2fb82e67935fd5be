import asyncio


async def say(message, delay):
    await asyncio.sleep(delay)
    print(message)
    return message


async def say_all(jobs):
    results = []
    for message, delay in jobs:
        results.append(await say(message, delay))
    return results
