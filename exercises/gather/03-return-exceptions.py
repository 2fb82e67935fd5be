import asyncio

async def check(host, seconds):
    await asyncio.sleep(seconds)
    if host.startswith("old-"):
        raise ConnectionRefusedError(f"{host} refused the connection")
    return f"{host} healthy"

async def main():
    hosts = ["web-1", "old-db", "web-2", "old-cache"]
    results = await asyncio.gather(
        check("web-1", 1), check("old-db", 0.5), check("web-2", 0.75), check("old-cache", 1.5),
        return_exceptions=True,
    )
    for host, result in zip(hosts, results):
        if isinstance(result, Exception):
            print(f"{host}: {type(result).__name__}: {result}")
        else:
            print(f"{host}: {result}")

asyncio.run(main())
