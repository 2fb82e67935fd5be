import asyncio


async def _demo():
    print(await say_all([("hello", 0.2), ("world", 0.1)]))


asyncio.run(_demo())
