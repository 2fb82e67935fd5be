import asyncio
import time

START = time.perf_counter()

def log(message):
    print(f"{time.perf_counter() - START:.2f}s  {message}")

async def search_results(query):
    for page in range(1, 4):
        log(f"fetching page {page}")
        await asyncio.sleep(0.5)
        yield f"{query} page {page}"

async def main():
    results = search_results("asyncio")
    log(f"created an {type(results).__name__}")
    async for page in results:
        log(f"reading {page}")
        await asyncio.sleep(1)
    log("finished reading")

asyncio.run(main())
