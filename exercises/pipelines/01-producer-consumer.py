import asyncio

async def take_orders(tickets):
    for dish in ("soup", "pasta", "cake"):
        await asyncio.sleep(0.5)
        await tickets.put(dish)
        print(f"waiter: {dish} ticket on the rail ({tickets.qsize()} waiting)")

async def cook(tickets):
    for _ in range(3):
        dish = await tickets.get()
        print(f"chef: cooking {dish}")
        await asyncio.sleep(0.75)
        print(f"chef: {dish} served")

async def main():
    tickets = asyncio.Queue()
    await asyncio.gather(take_orders(tickets), cook(tickets))

asyncio.run(main())
