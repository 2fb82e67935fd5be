import asyncio


async def say_all(jobs):
    # For each (message, delay): sleep delay seconds, then print message.
    # Run them concurrently and return the messages in the order of jobs.
    ...
