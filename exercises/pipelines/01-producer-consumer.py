import asyncio
import time

START = time.perf_counter()

def log(message):
    print(f"{time.perf_counter() - START:.2f}s  {message}")

async def take_orders(tickets):
    for dish in ("soup", "pasta", "cake"):
        await asyncio.sleep(0.5)
        log(f"waiter: order for {dish}")
        await tickets.put(dish)

async def cook(tickets):
    for _ in range(3):
        dish = await tickets.get()
        log(f"chef: cooking {dish}")
        await asyncio.sleep(0.75)
        log(f"chef: {dish} served")

async def main():
    tickets = asyncio.Queue()
    await asyncio.gather(take_orders(tickets), cook(tickets))

asyncio.run(main())
