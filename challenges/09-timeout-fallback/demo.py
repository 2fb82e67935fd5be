import asyncio
import loopscope


async def _demo():
    service = loopscope.Service("fetch", {"/fast": 0.2, "/slow": 5.0})
    loop = asyncio.get_running_loop()
    for url in ["/fast", "/slow"]:
        body = await fetch_or_default(service.call, url, 1.0, "cached")
        print(f"{body} at {loop.time():.1f} s")


asyncio.run(_demo())
