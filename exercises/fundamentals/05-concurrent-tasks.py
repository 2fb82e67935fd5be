import asyncio
import time

START = time.perf_counter()

def log(message):
    print(f"{time.perf_counter() - START:.2f}s  {message}")

async def fetch(name, seconds):
    log(f"start {name}")
    await asyncio.sleep(seconds)
    log(f"end {name}")
    return name

async def main():
    weather = asyncio.create_task(fetch("weather", 1))
    news = asyncio.create_task(fetch("news", 0.5))
    traffic = asyncio.create_task(fetch("traffic", 1.5))
    for task in (weather, news, traffic):
        result = await task
        log(f"main got {result}")

asyncio.run(main())
