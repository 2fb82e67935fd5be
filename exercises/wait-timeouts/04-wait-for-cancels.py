import asyncio
import time

START = time.perf_counter()

def log(message):
    print(f"{time.perf_counter() - START:.2f}s  {message}")

async def query_inventory():
    log("query sent")
    try:
        await asyncio.sleep(5)
        return 17
    except asyncio.CancelledError:
        log("query cancelled, closing the cursor")
        raise

async def main():
    try:
        count = await asyncio.wait_for(query_inventory(), timeout=1.5)
        log(f"in stock: {count}")
    except TimeoutError:
        log("gave up waiting for the inventory")

asyncio.run(main())
