import asyncio


async def brew(drink, seconds):
    print(f"start {drink}")
    await asyncio.sleep(seconds)
    print(f"{drink} ready")
    return drink


async def main():
    order = await asyncio.gather(brew("tea", 0.3), brew("coffee", 0.2))
    print("served:", order)


asyncio.run(main())
