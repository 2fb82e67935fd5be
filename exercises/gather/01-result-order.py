import asyncio

async def fetch_price(shop, seconds, price):
    await asyncio.sleep(seconds)
    print(f"{shop} shop answered")
    return price

async def main():
    prices = await asyncio.gather(
        fetch_price("north", 1.5, 12.5),
        fetch_price("east", 0.5, 9.0),
        fetch_price("west", 1, 11.25),
    )
    print(f"prices: {prices}")

asyncio.run(main())
