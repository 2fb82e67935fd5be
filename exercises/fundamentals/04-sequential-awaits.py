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
    await fetch("weather", 1)
    await fetch("news", 0.5)
    await fetch("traffic", 1.5)
    log("all done")

asyncio.run(main())
