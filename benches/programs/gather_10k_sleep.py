# 10,000 tasks that each sleep 0.1 s, under one gather.
import asyncio
async def t(i):
    await asyncio.sleep(0.1)
    return i
async def main():
    r = await asyncio.gather(*(t(i) for i in range(10000)))
    print(len(r), sum(r))
asyncio.run(main())
