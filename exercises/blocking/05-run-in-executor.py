import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

START = time.perf_counter()

def log(message):
    print(f"{time.perf_counter() - START:.2f}s  {message}")

def resize_image(name, seconds):
    time.sleep(seconds)  # a blocking call inside an image library
    return f"{name} resized"

async def heartbeat():
    for beat in range(5):
        log(f"heartbeat {beat}")
        await asyncio.sleep(0.5)

async def main():
    loop = asyncio.get_running_loop()
    beat = asyncio.create_task(heartbeat())
    with ThreadPoolExecutor(max_workers=2) as pool:
        jobs = [
            loop.run_in_executor(pool, resize_image, name, seconds)
            for name, seconds in (("a.png", 1.25), ("b.png", 0.75), ("c.png", 1))
        ]
        for job in asyncio.as_completed(jobs):
            log(await job)
    await beat

asyncio.run(main())
