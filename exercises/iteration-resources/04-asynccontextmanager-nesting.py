import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
async def lease(resource, seconds):
    print(f"acquiring {resource}")
    await asyncio.sleep(seconds)
    try:
        yield resource.upper()
        print(f"{resource} handed back cleanly")
    finally:
        await asyncio.sleep(0.25)
        print(f"released {resource}")

async def main():
    try:
        async with lease("gpu", 0.5) as gpu, lease("dataset", 1) as data:
            print(f"training on {gpu} with {data}")
            await asyncio.sleep(1)
            raise RuntimeError("loss became NaN")
    except RuntimeError as error:
        print(f"training failed: {error}")

asyncio.run(main())
