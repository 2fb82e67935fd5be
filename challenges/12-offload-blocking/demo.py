import asyncio
import time


def _digest(blob):
    time.sleep(0.4)
    return f"{len(blob)}:{blob}"


async def _heartbeat():
    loop = asyncio.get_running_loop()
    for _ in range(4):
        print(f"tick {loop.time():.1f}")
        await asyncio.sleep(0.1)


async def _demo():
    beat = asyncio.create_task(_heartbeat())
    sums = await checksums(["abc", "de", "f"], _digest)
    print(f"{sums} at {asyncio.get_running_loop().time():.1f} s")
    await beat


asyncio.run(_demo())
