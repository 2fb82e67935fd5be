import asyncio

async def polite(name, chunks):
    for chunk in range(1, chunks + 1):
        print(f"{name} chunk {chunk}")
        await asyncio.sleep(0)

async def greedy(name, chunks):
    for chunk in range(1, chunks + 1):
        print(f"{name} chunk {chunk}")

async def main():
    await asyncio.gather(polite("hash", 3), greedy("index", 3), polite("zip", 3))
    print("all chunks done")

asyncio.run(main())
