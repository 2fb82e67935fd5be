import asyncio
import time

START = time.perf_counter()

def log(message):
    print(f"{time.perf_counter() - START:.2f}s  {message}")

async def import_batch(files):
    for file in files:
        try:
            await asyncio.sleep(1)
            log(f"imported {file}")
        except asyncio.CancelledError:
            log(f"cancelled while importing {file}, skipping it")
    return "batch finished"

async def main():
    worker = asyncio.create_task(import_batch(["a.csv", "b.csv", "c.csv", "d.csv"]))
    await asyncio.sleep(1.5)
    worker.cancel()
    log("main: cancelled the import")
    result = await worker
    log(f"main: await returned {result!r}, cancelled() = {worker.cancelled()}")

asyncio.run(main())
