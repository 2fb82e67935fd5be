import asyncio

async def charge(card):
    await asyncio.sleep(0.5)
    if card.startswith("0000"):
        raise ValueError(f"card {card} declined")
    return f"charged {card}"

async def main():
    good = asyncio.create_task(charge("4242-4242"))
    bad = asyncio.create_task(charge("0000-0000"))
    await asyncio.sleep(1)
    print("main is still running")
    print(f"bad done? {bad.done()}, exception: {bad.exception()!r}")
    print(await good)
    try:
        await bad
    except ValueError as error:
        print(f"await bad raised: {error}")

asyncio.run(main())
