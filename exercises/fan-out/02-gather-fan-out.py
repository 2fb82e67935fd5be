import asyncio
import aiohttp

async def fetch(session, n, ms):
    # lab.invalid is the site's own test endpoint: it answers after ms milliseconds
    async with session.get(f"https://lab.invalid/delay?ms={ms}&id={n}") as resp:
        return f"/products/{n}: {resp.status} {resp.reason}"

async def main():
    delays = {n: 250 * (n % 4 + 1) for n in range(1, 11)}
    async with aiohttp.ClientSession() as session:
        pages = await asyncio.gather(*(fetch(session, n, ms) for n, ms in delays.items()))
    print(f"fetched {len(pages)} product pages; the first says {pages[0]!r}")
    print(f"one at a time they would take {sum(delays.values()) / 1000}s")

asyncio.run(main())
