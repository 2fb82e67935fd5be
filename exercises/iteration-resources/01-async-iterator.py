import asyncio

class PriceFeed:
    def __init__(self, prices):
        self.prices = list(prices)

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.prices:
            raise StopAsyncIteration
        await asyncio.sleep(1)
        return self.prices.pop(0)

async def main():
    async for price in PriceFeed([101.5, 99.75, 102.0]):
        print(f"price: {price}")
    print("feed closed")

asyncio.run(main())
