import asyncio

async def download(file):
    print(f"downloading {file}")
    try:
        await asyncio.sleep(10)
        print(f"{file} downloaded")
    finally:
        print(f"closing connection for {file}")

async def main():
    task = asyncio.create_task(download("movie.mkv"))
    await asyncio.sleep(1)
    print("user pressed cancel")
    task.cancel()
    print(f"cancel requested; done yet? {task.done()}")
    try:
        await task
    except asyncio.CancelledError:
        print(f"download cancelled? {task.cancelled()}")

asyncio.run(main())
