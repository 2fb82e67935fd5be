import asyncio
import time

START = time.perf_counter()

def log(message):
    print(f"{time.perf_counter() - START:.2f}s  {message}")

async def fetch(url, delay):
    await asyncio.sleep(delay)  # stands in for the network round trip
    return f"{url}: 200 OK"

async def main():
    panels = {"/users": 0.5, "/orders": 1, "/stock": 0.75}
    results = []
    for url, delay in panels.items():
        results.append(await fetch(url, delay))
        log(f"got {url}")
    log(f"dashboard ready with {len(results)} panels")

asyncio.run(main())
