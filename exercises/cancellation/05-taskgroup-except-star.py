import asyncio
import time

START = time.perf_counter()

def log(message):
    print(f"{time.perf_counter() - START:.2f}s  {message}")

async def render(part, seconds, error=None):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        log(f"{part} cancelled")
        raise
    if error:
        raise error
    log(f"{part} rendered")

async def main():
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(render("header", 0.5))
            group.create_task(render("body", 1, ValueError("body is not valid JSON")))
            group.create_task(render("footer", 2))
        log("page assembled")
    except* ValueError as errors:
        log(f"{len(errors.exceptions)} ValueError: {errors.exceptions[0]}")
    log("showing the fallback page")

asyncio.run(main())
