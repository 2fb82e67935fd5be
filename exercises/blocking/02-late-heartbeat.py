import asyncio
import time

async def heartbeat():
    loop = asyncio.get_running_loop()
    late = 0
    for _ in range(4):
        due = loop.time() + 0.5
        await asyncio.sleep(0.5)
        if loop.time() > due + 0.1:
            late += 1
        print("heartbeat")
    print(f"heartbeat: {late} of 4 beats came late")

async def handle_request():
    await asyncio.sleep(0.25)
    print("handler: querying the legacy database")
    time.sleep(1.5)  # a synchronous database driver
    print("handler: query finished")

async def main():
    await asyncio.gather(heartbeat(), handle_request())

asyncio.run(main())
