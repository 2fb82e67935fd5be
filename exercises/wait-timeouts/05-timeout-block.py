import asyncio

async def step(name, seconds):
    await asyncio.sleep(seconds)
    print(f"{name} done")

async def main():
    try:
        async with asyncio.timeout(2) as deadline:
            await step("download", 0.5)
            await step("unpack", 1)
            await step("install", 1)
            print("setup complete")
    except TimeoutError:
        print("setup timed out")
    print(f"deadline expired? {deadline.expired()}")

asyncio.run(main())
