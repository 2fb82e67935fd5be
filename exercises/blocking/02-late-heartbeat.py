import asyncio
import time

START = time.perf_counter()

def log(message):
    print(f"{time.perf_counter() - START:.2f}s  {message}")

async def heartbeat():
    for beat in range(1, 5):
        await asyncio.sleep(0.5)
        log(f"heartbeat {beat}")

async def handle_request():
    await asyncio.sleep(0.25)
    log("handler: querying the legacy database")
    time.sleep(1.5)  # a synchronous database driver
    log("handler: query finished")

async def main():
    await asyncio.gather(heartbeat(), handle_request())

asyncio.run(main())
