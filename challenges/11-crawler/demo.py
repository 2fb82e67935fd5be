import asyncio
import loopscope


async def _demo():
    site = {
        "/": ("Home", ["/a", "/b"]),
        "/a": ("Page a", ["/c", "/"]),
        "/b": ("Page b", ["/a"]),
        "/c": ("Page c", ["/d"]),
        "/d": ("Page d", []),
    }
    service = loopscope.Service("fetch", 0.1, site)
    titles = await crawl("/", service.call, max_depth=2)
    print(f"{dict(sorted(titles.items()))} in {asyncio.get_running_loop().time():.1f} s")


asyncio.run(_demo())
