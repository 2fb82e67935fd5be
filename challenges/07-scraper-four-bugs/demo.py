import asyncio
import time
import loopscope


def _crunch(pages):
    time.sleep(0.5)
    return sum(len(page) for page in pages)


async def _demo():
    service = loopscope.Service("fetch", {"/a": 0.2, "/b": 0.4, "/c": 0.3})
    pages, summary = await scrape(["/a", "/b", "/c"], service.call, _crunch)
    print(f"{len(pages)} pages, summary {summary}, in {asyncio.get_running_loop().time():.1f} s")


asyncio.run(_demo())
