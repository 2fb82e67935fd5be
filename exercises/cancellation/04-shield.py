import asyncio
import time

START = time.perf_counter()

def log(message):
    print(f"{time.perf_counter() - START:.2f}s  {message}")

async def commit_payment(order):
    log(f"commit {order}: started")
    await asyncio.sleep(2)
    log(f"commit {order}: written to the ledger")
    return "committed"

async def main():
    commit = asyncio.create_task(commit_payment("A-17"))
    try:
        await asyncio.wait_for(asyncio.shield(commit), timeout=0.5)
    except TimeoutError:
        log("client timed out waiting")
    log(f"commit still running? {not commit.done()}")
    log(f"final status: {await commit}")

asyncio.run(main())
