import asyncio

async def worker(name, jobs):
    while True:
        job, seconds = await jobs.get()
        await asyncio.sleep(seconds)
        print(f"{name} finished {job}")
        jobs.task_done()

async def main():
    jobs = asyncio.Queue()
    for job in [("resize", 1), ("crop", 0.5), ("blur", 1.5), ("sharpen", 0.5)]:
        jobs.put_nowait(job)
    workers = [asyncio.create_task(worker(f"worker-{n}", jobs)) for n in (1, 2)]
    await jobs.join()
    print(f"join() returned; queue empty? {jobs.empty()}")
    for task in workers:
        task.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print("workers stopped")

asyncio.run(main())
