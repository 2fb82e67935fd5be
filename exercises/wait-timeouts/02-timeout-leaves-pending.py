import asyncio
import time

START = time.perf_counter()

def log(message):
    print(f"{time.perf_counter() - START:.2f}s  {message}")

async def back_up(disk, seconds):
    log(f"backing up {disk}")
    await asyncio.sleep(seconds)
    log(f"{disk} backup finished")

async def main():
    disks = {"ssd": 1, "hdd": 3}
    tasks = [asyncio.create_task(back_up(d, s), name=d) for d, s in disks.items()]
    done, pending = await asyncio.wait(tasks, timeout=2)
    log(f"gave up on {sorted(t.get_name() for t in pending)}, uploading the log")
    await asyncio.sleep(1.5)
    log("log uploaded, shutting down")

asyncio.run(main())
