import asyncio

async def ticker(ticks):
    for _ in range(3):
        ticks.append("tick")
        print("tick")
        await asyncio.sleep(0.5)

async def checksum(limit):
    total = 0
    for number in range(limit):
        total = (total + number * number) % 1_000_003
    return total

async def main():
    ticks = []
    ticking = asyncio.create_task(ticker(ticks))
    print("checksum starts")
    result = await checksum(100_000)
    print(f"checksum = {result}, ticks meanwhile: {len(ticks)}")
    await ticking
    print("ticker finished")

asyncio.run(main())
