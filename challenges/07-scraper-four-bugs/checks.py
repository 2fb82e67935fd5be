import asyncio
import random
import time
import loopscope
from loopscope import check


def _crunch(pages):
    time.sleep(0.5)
    return sum(len(page) for page in pages)


async def _check_scraper():
    random.seed(loopscope.seed())
    urls = [f"https://news.example.com/{random.randint(100, 999)}/{i}" for i in range(random.randint(5, 8))]
    took = {url: random.choice([0.2, 0.3, 0.4]) for url in urls}
    bodies = {url: "x" * random.randint(10, 500) for url in urls}
    service = loopscope.Service("fetch", took, bodies)
    pages, summary = await scrape(urls, service.call, _crunch)
    check.equal("pages in the order of urls", list(pages), [bodies[url] for url in urls],
                "gather returns results in the order of its arguments.")
    check.equal("summary computed", summary, sum(len(bodies[url]) for url in urls),
                "Await process(...) so the summary is computed, not left as a coroutine.")


asyncio.run(_check_scraper())
