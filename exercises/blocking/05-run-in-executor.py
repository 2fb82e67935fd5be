import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

def resize_image(name, seconds):
    time.sleep(seconds)  # a blocking call inside an image library
    return f"{name} resized"

async def heartbeat():
    loop = asyncio.get_running_loop()
    late = 0
    for _ in range(5):
        print("heartbeat")
        due = loop.time() + 0.5
        await asyncio.sleep(0.5)
        if loop.time() > due + 0.1:
            late += 1
    print(f"heartbeat: {late} of 5 beats came late")

async def main():
    loop = asyncio.get_running_loop()
    beat = asyncio.create_task(heartbeat())
    with ThreadPoolExecutor(max_workers=2) as pool:
        jobs = [
            loop.run_in_executor(pool, resize_image, name, seconds)
            for name, seconds in (("a.png", 1.25), ("b.png", 0.75), ("c.png", 1))
        ]
        for job in asyncio.as_completed(jobs):
            print(await job)
    await beat

asyncio.run(main())
