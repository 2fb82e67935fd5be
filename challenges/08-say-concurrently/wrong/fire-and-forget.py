import asyncio


async def say(message, delay):
    await asyncio.sleep(delay)
    print(message)
    return message


async def say_all(jobs):
    tasks = [asyncio.create_task(say(message, delay)) for message, delay in jobs]
    return [task.result() for task in tasks if task.done()]
