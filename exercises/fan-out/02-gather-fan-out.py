import asyncio

async def fetch(url, delay):
    await asyncio.sleep(delay)  # stands in for the network round trip
    return f"{url}: 200 OK"

async def main():
    delays = {f"/products/{n}": 0.25 * (n % 4 + 1) for n in range(1, 11)}
    pages = await asyncio.gather(*(fetch(url, delay) for url, delay in delays.items()))
    print(f"fetched {len(pages)} product pages; the first says {pages[0]!r}")
    print(f"one at a time they would take {sum(delays.values())}s")

asyncio.run(main())
