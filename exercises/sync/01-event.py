import asyncio

async def runner(name, starting_gun):
    print(f"{name} is on the blocks")
    await starting_gun.wait()
    print(f"{name} starts running")

async def main():
    starting_gun = asyncio.Event()
    runners = [asyncio.create_task(runner(n, starting_gun)) for n in ("ana", "ben", "cy")]
    await asyncio.sleep(1)
    print("starter: bang!")
    starting_gun.set()
    await asyncio.gather(*runners)
    print(f"is the event still set? {starting_gun.is_set()}")

asyncio.run(main())
