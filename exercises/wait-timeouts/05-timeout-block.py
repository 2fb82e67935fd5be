import asyncio
import time

START = time.perf_counter()

def log(message):
    print(f"{time.perf_counter() - START:.2f}s  {message}")

async def step(name, seconds):
    await asyncio.sleep(seconds)
    log(f"{name} done")

async def main():
    try:
        async with asyncio.timeout(2) as deadline:
            await step("download", 0.5)
            await step("unpack", 1)
            await step("install", 1)
            log("setup complete")
    except TimeoutError:
        log("setup timed out")
    log(f"deadline expired? {deadline.expired()}")

asyncio.run(main())
