# 100,000 hops through the loop with await asyncio.sleep(0).
import asyncio
async def main():
    for _ in range(100000):
        await asyncio.sleep(0)
    print("done")
asyncio.run(main())
