import asyncio

async def scan(pages):
    for page in ("cover", "contents", "preface", "chapter", "index"):
        if pages.full():
            print(f"scanner: queue full, holding the {page}")
        await pages.put(page)
        print(f"scanner: queued the {page}")
    await pages.put(None)

async def read_text(pages):
    while True:
        page = await pages.get()
        if page is None:
            break
        await asyncio.sleep(1)
        print(f"ocr: read the {page}")

async def main():
    pages = asyncio.Queue(maxsize=2)
    await asyncio.gather(scan(pages), read_text(pages))

asyncio.run(main())
