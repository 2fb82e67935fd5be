import asyncio
import time

START = time.perf_counter()

def log(message):
    print(f"{time.perf_counter() - START:.2f}s  {message}")

async def download(urls, raw):
    for url in urls:
        await asyncio.sleep(1)
        log(f"downloaded {url}")
        await raw.put(url)
    await raw.put(None)
    log("downloader finished")

async def parse(raw):
    parsed = 0
    while True:
        url = await raw.get()
        if url is None:
            break
        await asyncio.sleep(1.5)
        parsed += 1
        log(f"parsed {url}")
    log(f"parser finished after {parsed} pages")

async def main():
    raw = asyncio.Queue()
    await asyncio.gather(download(["/a", "/b", "/c"], raw), parse(raw))

asyncio.run(main())
