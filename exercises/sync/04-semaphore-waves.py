import asyncio
import time

START = time.perf_counter()

def log(message):
    print(f"{time.perf_counter() - START:.2f}s  {message}")

async def render(frame, render_slots):
    async with render_slots:
        log(f"frame {frame} rendering")
        await asyncio.sleep(1)

async def main():
    render_slots = asyncio.Semaphore(2)
    await asyncio.gather(*(render(frame, render_slots) for frame in range(1, 6)))
    log("all frames rendered")

asyncio.run(main())
