import asyncio

async def shopper(name, shelf, restocked):
    async with restocked:
        while not shelf:
            print(f"{name} waits for stock")
            await restocked.wait()
        item = shelf.pop(0)
    print(f"{name} took the {item}")

async def restock(shelf, restocked, items, wake_everyone):
    async with restocked:
        shelf.extend(items)
        print(f"clerk stocks {items}")
        if wake_everyone:
            restocked.notify_all()
        else:
            restocked.notify()

async def main():
    shelf = []
    restocked = asyncio.Condition()
    shoppers = [asyncio.create_task(shopper(n, shelf, restocked)) for n in ("ivy", "jon", "kai")]
    for items, wake_everyone in ((["bread"], False), (["milk"], True), (["eggs"], False)):
        await asyncio.sleep(1)
        await restock(shelf, restocked, items, wake_everyone)
    await asyncio.gather(*shoppers)

asyncio.run(main())
