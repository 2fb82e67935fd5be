import asyncio
import inspect

async def brew(drink):
    print(f"brewing {drink}")
    await asyncio.sleep(1)
    return f"{drink} is ready"

order = brew("green tea")
print("brew() gave back a", type(order).__name__)
print("is it a coroutine?", inspect.iscoroutine(order))
print("nothing has been brewed yet")

result = asyncio.run(order)
print(result)
