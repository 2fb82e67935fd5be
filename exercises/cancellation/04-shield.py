import asyncio

async def commit_payment(order):
    print(f"commit {order}: started")
    await asyncio.sleep(2)
    print(f"commit {order}: written to the ledger")
    return "committed"

async def main():
    commit = asyncio.create_task(commit_payment("A-17"))
    try:
        await asyncio.wait_for(asyncio.shield(commit), timeout=0.5)
    except TimeoutError:
        print("client timed out waiting")
    print(f"commit still running? {not commit.done()}")
    print(f"final status: {await commit}")

asyncio.run(main())
