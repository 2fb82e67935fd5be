import asyncio

async def query_inventory():
    print("query sent")
    try:
        await asyncio.sleep(5)
        return 17
    except asyncio.CancelledError:
        print("query cancelled, closing the cursor")
        raise

async def main():
    try:
        count = await asyncio.wait_for(query_inventory(), timeout=1.5)
        print(f"in stock: {count}")
    except TimeoutError:
        print("gave up waiting for the inventory")

asyncio.run(main())
