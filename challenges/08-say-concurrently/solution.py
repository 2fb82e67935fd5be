import asyncio


async def say(message, delay):
    await asyncio.sleep(delay)
    print(message)
    return message


async def say_all(jobs):
    return await asyncio.gather(*(say(message, delay) for message, delay in jobs))
