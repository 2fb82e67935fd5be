import asyncio

async def load(section, seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise ConnectionError(f"{section} service unreachable")
    print(f"{section} loaded")
    return section

async def main():
    try:
        await asyncio.gather(
            load("profile", 0.5),
            load("orders", 1, fail=True),
            load("recommendations", 2),
        )
    except ConnectionError as error:
        print(f"page failed: {error}")
    await asyncio.sleep(1.5)
    print("main exits")

asyncio.run(main())
