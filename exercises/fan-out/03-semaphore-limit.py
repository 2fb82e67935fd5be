import asyncio
import aiohttp

LAB = "https://lab.invalid/delay?ms="  # the site's own test endpoint: answers after ms

async def polite_fetch(session, connections, url, ms):
    if connections.locked():
        print(f"{url} waits for a connection")
    async with connections:
        print(f"start {url}")
        async with session.get(f"{LAB}{ms}") as resp:
            result = f"{url}: {resp.status} {resp.reason}"
        print(f"done  {url}")
    return result

async def main():
    connections = asyncio.Semaphore(2)
    delays = {"/a": 1000, "/b": 500, "/c": 750, "/d": 1000, "/e": 500}
    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(polite_fetch(session, connections, u, ms) for u, ms in delays.items()))
    print("all five fetched")

asyncio.run(main())
