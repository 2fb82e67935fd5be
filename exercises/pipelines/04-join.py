import asyncio
import time

START = time.perf_counter()

def log(message):
    print(f"{time.perf_counter() - START:.2f}s  {message}")

async def worker(name, jobs):
    while True:
        job, seconds = await jobs.get()
        await asyncio.sleep(seconds)
        log(f"{name} finished {job}")
        jobs.task_done()

async def main():
    jobs = asyncio.Queue()
    for job in [("resize", 1), ("crop", 0.5), ("blur", 1.5), ("sharpen", 0.5)]:
        jobs.put_nowait(job)
    workers = [asyncio.create_task(worker(f"worker-{n}", jobs)) for n in (1, 2)]
    await jobs.join()
    log(f"join() returned; queue empty? {jobs.empty()}")
    for task in workers:
        task.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    log("workers stopped")

asyncio.run(main())
