import asyncio

async def fetch(url, delay):
    await asyncio.sleep(delay)  # stands in for the network round trip
    return f"{url}: 200 OK"

async def main():
    loop = asyncio.get_running_loop()
    started = loop.time()
    panels = {"/users": 0.5, "/orders": 1, "/stock": 0.75}
    results = []
    for url, delay in panels.items():
        results.append(await fetch(url, delay))
        print(f"got {url}")
    if loop.time() - started <= 1:
        print(f"dashboard ready with {len(results)} panels, as fast as the slowest one")
    else:
        print(f"dashboard ready with {len(results)} panels, slower than the slowest single request")

asyncio.run(main())
