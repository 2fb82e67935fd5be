import asyncio

async def step(name, seconds, error=None):
    await asyncio.sleep(seconds)
    if error:
        raise error
    print(f"{name} ok")

async def main():
    tasks = [
        asyncio.create_task(step("resize", 0.5), name="resize"),
        asyncio.create_task(step("validate", 1, ValueError("bad EXIF header")), name="validate"),
        asyncio.create_task(step("upload", 2), name="upload"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(f"done: {sorted(t.get_name() for t in done)}")
    print(f"pending: {sorted(t.get_name() for t in pending)}")
    for task in sorted(done, key=lambda t: t.get_name()):
        print(f"{task.get_name()} exception: {task.exception()!r}")
    for task in pending:
        task.cancel()

asyncio.run(main())
