import asyncio
import time

START = time.perf_counter()

def log(message):
    print(f"{time.perf_counter() - START:.2f}s  {message}")

async def make_thumbnail(photo):
    log(f"start {photo}")
    time.sleep(1)  # the image library's resize call
    log(f"done {photo}")

async def main():
    await asyncio.gather(
        make_thumbnail("beach.jpg"),
        make_thumbnail("city.jpg"),
        make_thumbnail("forest.jpg"),
    )
    log("all thumbnails ready")

asyncio.run(main())
