import asyncio
import time


async def fetch(get, url):
    time.sleep(0.1)  # pause before each request
    return await get(url)


async def process(pages, crunch):
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, crunch, pages)


async def scrape(urls, get, crunch):
    pages = await asyncio.gather(*(fetch(get, url) for url in urls))
    summary = await process(pages, crunch)
    return pages, summary
