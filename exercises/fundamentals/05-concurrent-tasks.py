import asyncio

async def fetch(name, seconds):
    print(f"start {name}")
    await asyncio.sleep(seconds)
    print(f"end {name}")
    return name

async def main():
    tasks = {
        "weather": asyncio.create_task(fetch("weather", 1)),
        "news": asyncio.create_task(fetch("news", 0.5)),
        "traffic": asyncio.create_task(fetch("traffic", 1.5)),
    }
    for name, task in tasks.items():
        state = "already finished" if task.done() else "still running"
        print(f"main awaits {name}: {state}")
        await task
    print("main collected all three")

asyncio.run(main())
