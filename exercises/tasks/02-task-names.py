import asyncio

async def convert(video, seconds):
    me = asyncio.current_task()
    print(f"{me.get_name()} converting {video}")
    await asyncio.sleep(seconds)
    print(f"{me.get_name()} finished {video}")

async def main():
    first = asyncio.create_task(convert("intro.mp4", 1), name="encoder-1")
    second = asyncio.create_task(convert("talk.mp4", 0.5), name="encoder-2")
    second.set_name("fast-encoder")
    print(f"created {first.get_name()} and {second.get_name()}")
    await asyncio.gather(first, second)

asyncio.run(main())
