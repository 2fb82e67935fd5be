import asyncio
import time
from contextlib import asynccontextmanager

START = time.perf_counter()

def log(message):
    print(f"{time.perf_counter() - START:.2f}s  {message}")

@asynccontextmanager
async def lease(resource, seconds):
    log(f"acquiring {resource}")
    await asyncio.sleep(seconds)
    try:
        yield resource.upper()
    finally:
        await asyncio.sleep(0.25)
        log(f"released {resource}")

async def main():
    try:
        async with lease("gpu", 0.5) as gpu, lease("dataset", 1) as data:
            log(f"training on {gpu} with {data}")
            await asyncio.sleep(1)
            raise RuntimeError("loss became NaN")
    except RuntimeError as error:
        log(f"training failed: {error}")

asyncio.run(main())
