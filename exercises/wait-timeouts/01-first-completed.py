import asyncio

async def download(mirror, seconds):
    await asyncio.sleep(seconds)
    return f"package from {mirror}"

async def main():
    mirrors = {"eu-mirror": 1.5, "us-mirror": 0.5, "asia-mirror": 1}
    tasks = [asyncio.create_task(download(m, s), name=m) for m, s in mirrors.items()]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(f"wait() returned a {type(done).__name__} and a {type(pending).__name__}")
    print(f"done: {sorted(t.get_name() for t in done)}")
    print(f"pending: {sorted(t.get_name() for t in pending)}")
    print(f"using {done.pop().result()}")
    for task in pending:
        task.cancel()

asyncio.run(main())
