import asyncio

async def fetch(name, seconds):
    print(f"start {name}")
    await asyncio.sleep(seconds)
    print(f"end {name}")
    return name

async def main():
    loop = asyncio.get_running_loop()
    started = loop.time()
    await fetch("weather", 1)
    await fetch("news", 0.5)
    await fetch("traffic", 1.5)
    if loop.time() - started < 2:
        print("dashboard ready within the 2-second budget")
    else:
        print("dashboard ready, but over the 2-second budget")

asyncio.run(main())
