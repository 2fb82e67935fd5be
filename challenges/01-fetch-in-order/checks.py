import asyncio
import random
import loopscope
from loopscope import check


async def _check_fetch_all():
    random.seed(loopscope.seed())
    urls = [f"https://example.com/{random.randint(100, 999)}/{i}" for i in range(50)]
    took = {url: random.choice([0.2, 0.4, 0.6, 0.8, 1.0]) for url in urls}
    bodies = {url: f"page {random.randint(1, 10**6)}" for url in urls}
    service = loopscope.Service("fetch", took, bodies)
    got = await fetch_all(urls, service.call)
    check.equal("results in the original order", got, [bodies[url] for url in urls],
                "Collect results by position (gather keeps its arguments' order), not as they arrive.")
    check.equal("each URL fetched once", sorted(service.calls), sorted(urls),
                "Call fetch exactly once per URL.")


asyncio.run(_check_fetch_all())
