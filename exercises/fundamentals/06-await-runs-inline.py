import asyncio

lookups = []

async def heartbeat():
    print(f"heartbeat: lookups so far {lookups}")

async def check_cache(key):
    print(f"cache lookup for {key}")
    lookups.append(key)
    return None

async def main():
    beat = asyncio.create_task(heartbeat())
    await check_cache("user:1")
    await check_cache("user:2")
    print("cache checks finished")
    await asyncio.sleep(0)
    print("main resumed")
    await beat

asyncio.run(main())
