import asyncio

_failures_left = 2


@async_retry(max_attempts=3, backoff=0.5)
async def _flaky():
    global _failures_left
    print(f"attempt {3 - _failures_left} at {asyncio.get_running_loop().time():.1f} s")
    if _failures_left:
        _failures_left -= 1
        raise ConnectionError("reset by peer")
    return "ok"


async def _demo():
    print("result:", await _flaky())


asyncio.run(_demo())
