import asyncio
import time

START = time.perf_counter()

def log(message):
    print(f"{time.perf_counter() - START:.2f}s  {message}")

async def download(mirror, seconds):
    await asyncio.sleep(seconds)
    return f"package from {mirror}"

async def main():
    mirrors = {"eu-mirror": 1.5, "us-mirror": 0.5, "asia-mirror": 1}
    tasks = [asyncio.create_task(download(m, s), name=m) for m, s in mirrors.items()]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    log(f"wait() returned a {type(done).__name__} and a {type(pending).__name__}")
    log(f"done: {sorted(t.get_name() for t in done)}")
    log(f"pending: {sorted(t.get_name() for t in pending)}")
    log(f"using {done.pop().result()}")
    for task in pending:
        task.cancel()

asyncio.run(main())
