import asyncio
import loopscope


async def _demo():
    took = {"/a": 0.3, "/b": 0.1, "/c": 0.2, "/d": 0.3, "/e": 0.1}
    bodies = {url: f"body of {url}" for url in took}
    service = loopscope.Service("fetch", took, bodies)
    loop = asyncio.get_running_loop()
    start = loop.time()
    print(await fetch_all(list(took), service.call, limit=2))
    print(f"took {loop.time() - start:.1f} s")


asyncio.run(_demo())
