# asyncio.to_thread, as in CPython 3.11's threads.py: the call goes to the default executor.


async def to_thread(func, /, *args, **kwargs):
    loop = get_running_loop()
    if kwargs:
        return await loop.run_in_executor(None, lambda: func(*args, **kwargs))
    return await loop.run_in_executor(None, func, *args)
