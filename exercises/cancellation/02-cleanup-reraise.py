import asyncio

async def sync_files():
    try:
        for file in ("notes.md", "photo.jpg", "song.mp3", "video.mp4"):
            await asyncio.sleep(0.5)
            print(f"synced {file}")
    except asyncio.CancelledError:
        print("cancelled: flushing the index")
        await asyncio.sleep(0.25)
        print("index flushed")
        raise

async def main():
    task = asyncio.create_task(sync_files())
    await asyncio.sleep(1.25)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: sync stopped cleanly")

asyncio.run(main())
