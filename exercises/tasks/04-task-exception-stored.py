import asyncio
import time

START = time.perf_counter()

def log(message):
    print(f"{time.perf_counter() - START:.2f}s  {message}")

async def charge(card):
    await asyncio.sleep(0.5)
    if card.startswith("0000"):
        raise ValueError(f"card {card} declined")
    return f"charged {card}"

async def main():
    good = asyncio.create_task(charge("4242-4242"))
    bad = asyncio.create_task(charge("0000-0000"))
    await asyncio.sleep(1)
    log("main is still running")
    log(f"bad done? {bad.done()}, exception: {bad.exception()!r}")
    log(await good)
    try:
        await bad
    except ValueError as error:
        log(f"await bad raised: {error}")

asyncio.run(main())
