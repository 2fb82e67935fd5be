import asyncio


async def crawl(start, fetch_page, max_depth=3, limit=5):
    titles = {}
    seen = {start}

    async def visit(url, depth):
        title, links = await fetch_page(url)
        titles[url] = title
        if depth < max_depth:
            for link in links:
                if link not in seen:
                    seen.add(link)
                    await visit(link, depth + 1)

    await visit(start, 0)
    return titles
