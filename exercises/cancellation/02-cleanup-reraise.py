import asyncio
import time

START = time.perf_counter()

def log(message):
    print(f"{time.perf_counter() - START:.2f}s  {message}")

async def sync_files():
    try:
        for number in range(1, 6):
            await asyncio.sleep(0.5)
            log(f"synced file {number}")
    except asyncio.CancelledError:
        log("cancelled: flushing the index")
        await asyncio.sleep(0.25)
        log("index flushed")
        raise

async def main():
    task = asyncio.create_task(sync_files())
    await asyncio.sleep(1.25)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        log("main: sync stopped cleanly")

asyncio.run(main())
