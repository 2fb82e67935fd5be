import asyncio
import time

START = time.perf_counter()

def log(message):
    print(f"{time.perf_counter() - START:.2f}s  {message}")

async def scan(pages):
    for page in range(1, 6):
        await pages.put(page)
        log(f"scanner: queued page {page}")
    await pages.put(None)

async def read_text(pages):
    while True:
        page = await pages.get()
        if page is None:
            break
        await asyncio.sleep(1)
        log(f"ocr: read page {page}")

async def main():
    pages = asyncio.Queue(maxsize=2)
    await asyncio.gather(scan(pages), read_text(pages))

asyncio.run(main())
