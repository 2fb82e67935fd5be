import asyncio
import time

START = time.perf_counter()

def log(message):
    print(f"{time.perf_counter() - START:.2f}s  {message}")

async def ticker():
    for tick in range(3):
        log(f"tick {tick}")
        await asyncio.sleep(0.5)

async def checksum(limit):
    total = 0
    for number in range(limit):
        total = (total + number * number) % 1_000_003
    return total

async def main():
    ticks = asyncio.create_task(ticker())
    log("checksum starts")
    result = await checksum(100_000)
    log(f"checksum = {result}")
    await ticks
    log("ticker finished")

asyncio.run(main())
