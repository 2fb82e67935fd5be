import asyncio
import random
import loopscope
from loopscope import check


def _site():
    sizes = [1, random.randint(5, 7), random.randint(8, 12), random.randint(8, 12), random.randint(4, 6)]
    levels = [[f"/{level}/{random.randint(100, 999)}-{i}" for i in range(size)] for level, size in enumerate(sizes)]
    links = {url: [] for level in levels for url in level}
    for level in range(len(levels) - 1):
        below = levels[level + 1]
        for i, url in enumerate(below):
            links[levels[level][i % len(levels[level])]].append(url)
        for url in levels[level]:
            links[url].extend(random.sample(below, min(2, len(below))))
            if level >= 1:
                links[url].append(random.choice(levels[0] + levels[1]))
    site = {url: (f"Title {url}", links[url]) for url in links}
    return levels, site


async def _check_crawl():
    random.seed(loopscope.seed())
    levels, site = _site()
    took = {url: random.choice([0.1, 0.2, 0.3]) for url in site}
    service = loopscope.Service("fetch", took, site)
    titles = await crawl(levels[0][0], service.call)
    reachable = [url for level in levels[:4] for url in level]
    want = {url: site[url][0] for url in reachable}
    missing = sorted(url for url in want if url not in titles)
    extra = sorted(url for url in titles if url not in want)
    check.expect("titles of every page within depth 3", titles == want,
                 f"{len(titles)} pages; missing {missing[:3]}, beyond depth 3 {extra[:3]}",
                 f"{len(want)} pages", "Follow links while depth < max_depth; the start page is depth 0.")
    twice = sorted(url for url in set(service.calls) if service.calls.count(url) > 1)
    check.expect("each page fetched once", not twice,
                 f"{len(twice)} pages fetched more than once, e.g. {twice[0]}" if twice else "each once",
                 "each once", "Remember the URLs you have scheduled and skip them.")


asyncio.run(_check_crawl())
