import asyncio
import time

START = time.perf_counter()

def log(message):
    print(f"{time.perf_counter() - START:.2f}s  {message}")

async def download(file):
    log(f"downloading {file}")
    try:
        await asyncio.sleep(10)
        log(f"{file} downloaded")
    finally:
        log(f"closing connection for {file}")

async def main():
    task = asyncio.create_task(download("movie.mkv"))
    await asyncio.sleep(1)
    log("user pressed cancel")
    task.cancel()
    log(f"cancel requested; done yet? {task.done()}")
    try:
        await task
    except asyncio.CancelledError:
        log(f"download cancelled? {task.cancelled()}")

asyncio.run(main())
