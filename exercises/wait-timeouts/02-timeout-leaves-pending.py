import asyncio

async def back_up(disk, seconds):
    print(f"backing up {disk}")
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(f"{disk} backup abandoned")
        raise
    print(f"{disk} backup finished")

async def main():
    disks = {"ssd": 1, "hdd": 3}
    tasks = [asyncio.create_task(back_up(d, s), name=d) for d, s in disks.items()]
    done, pending = await asyncio.wait(tasks, timeout=2)
    print(f"gave up on {sorted(t.get_name() for t in pending)}, uploading the log")
    await asyncio.sleep(1.5)
    print("log uploaded, shutting down")

asyncio.run(main())
