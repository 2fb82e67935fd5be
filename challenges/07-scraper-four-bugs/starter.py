import asyncio
import time


async def fetch(get, url):
    time.sleep(0.1)  # pause before each request
    return await get(url)


async def process(pages, crunch):
    return crunch(pages)


async def scrape(urls, get, crunch):
    pages = []
    for url in urls:
        pages.append(await fetch(get, url))
    summary = process(pages, crunch)
    return pages, summary
