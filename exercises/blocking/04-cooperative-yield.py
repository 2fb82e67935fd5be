import asyncio

finished = []

async def polite(name, chunks):
    for chunk in range(1, chunks + 1):
        print(f"{name} chunk {chunk}")
        await asyncio.sleep(0)
    finished.append(name)

async def greedy(name, chunks):
    for chunk in range(1, chunks + 1):
        print(f"{name} chunk {chunk}")
    finished.append(name)

async def main():
    await asyncio.gather(polite("hash", 3), greedy("index", 3), polite("zip", 3))
    print(f"all chunks done; {finished[0]} finished first")

asyncio.run(main())
