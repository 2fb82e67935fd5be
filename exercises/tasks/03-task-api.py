import asyncio

async def resize(image):
    await asyncio.sleep(1)
    return f"{image} resized to 640x480"

async def main():
    task = asyncio.create_task(resize("cat.png"), name="resize-cat")
    print(f"{task.get_name()} done? {task.done()}")
    try:
        task.result()
    except asyncio.InvalidStateError as error:
        print(f"result() too early: {error}")
    await asyncio.sleep(1.5)
    print(f"{task.get_name()} done? {task.done()}")
    print(f"result: {task.result()}")
    print(f"exception: {task.exception()}, cancelled: {task.cancelled()}")

asyncio.run(main())
