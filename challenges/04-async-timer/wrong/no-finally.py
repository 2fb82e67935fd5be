import asyncio
from contextlib import asynccontextmanager


class _Timer:
    elapsed = None


@asynccontextmanager
async def async_timer(label):
    timer = _Timer()
    loop = asyncio.get_running_loop()
    start = loop.time()
    yield timer
    timer.elapsed = loop.time() - start
    print(f"{label}: {timer.elapsed:.2f} s")
