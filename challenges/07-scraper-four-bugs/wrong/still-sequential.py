import asyncio


async def fetch(get, url):
    await asyncio.sleep(0.1)  # pause before each request
    return await get(url)


async def process(pages, crunch):
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, crunch, pages)


async def scrape(urls, get, crunch):
    pages = []
    for url in urls:
        pages.append(await fetch(get, url))
    summary = await process(pages, crunch)
    return pages, summary
