import asyncio

async def render(part, seconds, error=None):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(f"{part} cancelled")
        raise
    if error:
        raise error
    print(f"{part} rendered")

async def main():
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(render("header", 0.5))
            group.create_task(render("body", 1, ValueError("body is not valid JSON")))
            group.create_task(render("footer", 2))
        print("page assembled")
    except* ValueError as errors:
        print(f"{len(errors.exceptions)} ValueError: {errors.exceptions[0]}")
    print("showing the fallback page")

asyncio.run(main())
