import asyncio
import time

START = time.perf_counter()

def log(message):
    print(f"{time.perf_counter() - START:.2f}s  {message}")

async def resize(image):
    await asyncio.sleep(1)
    return f"{image} resized to 640x480"

async def main():
    task = asyncio.create_task(resize("cat.png"), name="resize-cat")
    log(f"{task.get_name()} done? {task.done()}")
    try:
        task.result()
    except asyncio.InvalidStateError as error:
        log(f"result() too early: {error}")
    await asyncio.sleep(1.5)
    log(f"{task.get_name()} done? {task.done()}")
    log(f"result: {task.result()}")
    log(f"exception: {task.exception()}, cancelled: {task.cancelled()}")

asyncio.run(main())
