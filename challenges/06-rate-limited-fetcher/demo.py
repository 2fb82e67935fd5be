import asyncio
import loopscope


async def _demo():
    service = loopscope.Service("fetch", 1.0)
    urls = [f"/page/{i}" for i in range(6)]
    loop = asyncio.get_running_loop()
    async with RateLimitedFetcher(service.call, max_rps=2, max_concurrent=3) as fetcher:
        await asyncio.gather(*(fetcher.get(url) for url in urls))
    print(f"done in {loop.time():.1f} s")
    print(fetcher.metrics())


asyncio.run(_demo())
