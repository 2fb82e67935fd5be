import asyncio


async def crawl(start, fetch_page, max_depth=3, limit=5):
    gate = asyncio.Semaphore(limit)
    titles = {}
    seen = {start}

    async def visit(url, depth, group):
        title, links = await fetch_page(url)
        titles[url] = title
        if depth < max_depth:
            for link in links:
                if link not in seen:
                    seen.add(link)
                    group.create_task(visit(link, depth + 1, group))

    async with asyncio.TaskGroup() as group:
        group.create_task(visit(start, 0, group))
    return titles
