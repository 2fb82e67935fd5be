import asyncio

async def fetch(url, delay):
    await asyncio.sleep(delay)  # stands in for the network round trip
    return f"{url} ok"

async def fetch_within(url, delay, budget):
    try:
        return await asyncio.wait_for(fetch(url, delay), budget)
    except TimeoutError:
        print(f"{url} gave up after {budget}s")
        return None

async def main():
    requests = [("/search", 0.25, 1), ("/ads", 3, 0.5), ("/reviews", 0.75, 1), ("/related", 2, 1.5)]
    results = await asyncio.gather(*(fetch_within(*request) for request in requests))
    print(f"page rendered with {results}")

asyncio.run(main())
