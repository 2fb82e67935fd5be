import asyncio
import time

START = time.perf_counter()

def log(message):
    print(f"{time.perf_counter() - START:.2f}s  {message}")

async def load(section, seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise ConnectionError(f"{section} service unreachable")
    log(f"{section} loaded")
    return section

async def main():
    try:
        await asyncio.gather(
            load("profile", 0.5),
            load("orders", 1, fail=True),
            load("recommendations", 2),
        )
    except ConnectionError as error:
        log(f"page failed: {error}")
    await asyncio.sleep(1.5)
    log("main exits")

asyncio.run(main())
