import asyncio
import time

START = time.perf_counter()

def log(message):
    print(f"{time.perf_counter() - START:.2f}s  {message}")

async def runner(name, starting_gun):
    log(f"{name} is on the blocks")
    await starting_gun.wait()
    log(f"{name} starts running")

async def main():
    starting_gun = asyncio.Event()
    runners = [asyncio.create_task(runner(n, starting_gun)) for n in ("ana", "ben", "cy")]
    await asyncio.sleep(1)
    log("starter: bang!")
    starting_gun.set()
    await asyncio.gather(*runners)
    log(f"is the event still set? {starting_gun.is_set()}")

asyncio.run(main())
