import asyncio
import time

START = time.perf_counter()

def log(message):
    print(f"{time.perf_counter() - START:.2f}s  {message}")

async def step(name, seconds, error=None):
    await asyncio.sleep(seconds)
    if error:
        raise error
    log(f"{name} ok")

async def main():
    tasks = [
        asyncio.create_task(step("resize", 0.5), name="resize"),
        asyncio.create_task(step("validate", 1, ValueError("bad EXIF header")), name="validate"),
        asyncio.create_task(step("upload", 2), name="upload"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    log(f"done: {sorted(t.get_name() for t in done)}")
    log(f"pending: {sorted(t.get_name() for t in pending)}")
    for task in sorted(done, key=lambda t: t.get_name()):
        log(f"{task.get_name()} exception: {task.exception()!r}")
    for task in pending:
        task.cancel()

asyncio.run(main())
