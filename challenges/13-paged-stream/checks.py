import asyncio
import collections
import random
import loopscope
from loopscope import check


async def _drain(stream, limit):
    got = []
    async for item in stream:
        got.append(item)
        if len(got) == limit:
            break
    return got


async def _check_items():
    random.seed(loopscope.seed())
    size = random.randint(3, 6)
    count = random.randint(4, 7)
    pages = collections.defaultdict(list)
    for n in range(count):
        pages[n] = [f"item-{n}-{i}-{random.randint(10, 99)}" for i in range(size)]
    everything = [item for n in range(count) for item in pages[n]]

    service = loopscope.Service("page", 0.1, pages)
    empty_page_at = asyncio.get_running_loop().time() + 0.1 * (count + 1)
    try:
        stream = items(service.call)
        got = await asyncio.wait_for(_drain(stream, None), 100)
        how = "stopped"
    except TypeError as error:
        got, how = [], f"TypeError: {error}"
    except asyncio.TimeoutError:
        got, how = [], "still fetching after 100 s"
    check.expect("works with async for", not how.startswith("TypeError"), how, "an async iterator",
                 "Make items an async generator: an async def that yields.")
    check.expect("stops at the first empty page", how != "still fetching after 100 s", how, "stopped",
                 "Return when a page comes back empty.", empty_page_at)
    check.equal("yields every item in order", got, everything, "Yield each page's items in order, page after page.")

    stop_after = random.randint(1, size * 2 - 1)
    lazy = loopscope.Service("page", 0.1, pages)
    try:
        await asyncio.wait_for(_drain(items(lazy.call), stop_after), 100)
    except (TypeError, asyncio.TimeoutError):
        pass
    needed = list(range((stop_after + size - 1) // size))
    check.equal("fetches pages only when needed", lazy.calls, needed,
                f"A consumer that stops after {stop_after} items needs only the pages holding them.")


asyncio.run(_check_items())
