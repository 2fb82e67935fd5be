import asyncio

async def download(urls, raw):
    for url in urls:
        await asyncio.sleep(1)
        print(f"downloaded {url}")
        await raw.put(url)
    await raw.put(None)
    print("downloader finished")

async def parse(raw):
    parsed = 0
    while True:
        url = await raw.get()
        if url is None:
            break
        await asyncio.sleep(1.5)
        parsed += 1
        print(f"parsed {url}")
    print(f"parser finished after {parsed} pages")

async def main():
    raw = asyncio.Queue()
    await asyncio.gather(download(["/a", "/b", "/c"], raw), parse(raw))

asyncio.run(main())
