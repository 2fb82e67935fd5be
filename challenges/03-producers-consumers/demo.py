import asyncio
import loopscope


async def _demo():
    batches = [["a1", "a2"], ["b1", "b2"], ["c1", "c2"]]
    service = loopscope.Service("process", 0.1)
    loop = asyncio.get_running_loop()
    start = loop.time()
    results = await run_pipeline(batches, service.call)
    print(f"processed {len(results)} items in {loop.time() - start:.1f} s")


asyncio.run(_demo())
