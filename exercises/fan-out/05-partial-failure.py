import asyncio

async def fetch(url, delay):
    await asyncio.sleep(delay)  # stands in for the network round trip
    if url.startswith("/legacy"):
        raise ConnectionResetError(f"{url} reset the connection")
    return f"{url} ok"

async def main():
    delays = {"/api/users": 0.5, "/legacy/orders": 0.25, "/api/stock": 1, "/legacy/billing": 0.75}
    results = await asyncio.gather(
        *(fetch(url, delay) for url, delay in delays.items()), return_exceptions=True
    )
    failures = [r for r in results if isinstance(r, Exception)]
    print(f"{len(results) - len(failures)} succeeded, {len(failures)} failed")
    for url, result in zip(delays, results):
        status = f"FAILED ({result})" if isinstance(result, Exception) else result
        print(f"{url:16} {status}")

asyncio.run(main())
