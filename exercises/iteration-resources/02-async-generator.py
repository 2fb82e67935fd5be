import asyncio

async def search_results(query):
    for source in ("docs", "blog", "forum"):
        print(f"fetching {source} results")
        await asyncio.sleep(0.5)
        yield f"{query} results from {source}"

async def main():
    results = search_results("asyncio")
    print(f"type of results: {type(results).__name__}")
    async for page in results:
        print(f"reading {page}")
        await asyncio.sleep(1)
    print("finished reading")

asyncio.run(main())
