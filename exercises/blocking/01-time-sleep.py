import asyncio
import time

async def make_thumbnail(photo):
    print(f"start {photo}")
    time.sleep(1)  # the image library's resize call
    print(f"done {photo}")

async def main():
    loop = asyncio.get_running_loop()
    started = loop.time()
    await asyncio.gather(
        make_thumbnail("beach.jpg"),
        make_thumbnail("city.jpg"),
        make_thumbnail("forest.jpg"),
    )
    if loop.time() - started < 1.5:
        print("the thumbnails were made side by side")
    else:
        print("the thumbnails were made one after another")

asyncio.run(main())
