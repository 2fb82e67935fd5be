import asyncio

async def fetch(url, delay):
    await asyncio.sleep(delay)  # stands in for the network round trip
    return f"{url}: 200 OK"

async def polite_fetch(connections, url, delay):
    if connections.locked():
        print(f"{url} waits for a connection")
    async with connections:
        print(f"start {url}")
        result = await fetch(url, delay)
        print(f"done  {url}")
    return result

async def main():
    connections = asyncio.Semaphore(2)
    delays = {"/a": 1, "/b": 0.5, "/c": 0.75, "/d": 1, "/e": 0.5}
    await asyncio.gather(*(polite_fetch(connections, u, d) for u, d in delays.items()))
    print("all five fetched")

asyncio.run(main())
