# Run once per page on the virtual clock before the first live run (src/web/warm_up.rs), so
# the code paths most programs take are compiled before a live clock is running.
import asyncio


async def step(i, queue, lock):
    await asyncio.sleep(0.01 * (i % 3))
    async with lock:
        await queue.put(i)
    print(f"step {i:2d} at {asyncio.get_running_loop().time():.2f}")
    return i * i


async def main():
    queue, lock, done = asyncio.Queue(), asyncio.Lock(), asyncio.Event()
    first = asyncio.create_task(step(0, queue, lock), name="first")
    results = await asyncio.gather(first, *(step(i, queue, lock) for i in range(1, 8)))
    done.set()
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.05)
    except asyncio.TimeoutError:
        print("timed out", sum(results), [queue.get_nowait() for _ in range(queue.qsize())])
    await done.wait()


asyncio.run(main())
