import asyncio

async def import_batch(files):
    for file in files:
        try:
            await asyncio.sleep(1)
            print(f"imported {file}")
        except asyncio.CancelledError:
            print(f"cancelled while importing {file}, skipping it")
    return "batch finished"

async def main():
    worker = asyncio.create_task(import_batch(["a.csv", "b.csv", "c.csv", "d.csv"]))
    await asyncio.sleep(1.5)
    worker.cancel()
    print("main: cancelled the import")
    try:
        result = await worker
        print(f"main: await returned {result!r}, cancelled() = {worker.cancelled()}")
    except asyncio.CancelledError:
        print("main: the import stopped")

asyncio.run(main())
