import asyncio

RESPONSE_SECONDS = [2, 2, 2, 0.5]

async def call_api(attempt):
    await asyncio.sleep(RESPONSE_SECONDS[attempt - 1])
    return f"200 OK on attempt {attempt}"

async def call_with_retry(max_attempts=4, timeout=1, base_delay=0.25):
    for attempt in range(1, max_attempts + 1):
        print("calling the API")
        try:
            return await asyncio.wait_for(call_api(attempt), timeout)
        except TimeoutError:
            if attempt == max_attempts:
                raise
            delay = base_delay * 2 ** (attempt - 1)
            print("timed out, backing off")
            await asyncio.sleep(delay)

async def main():
    print(await call_with_retry())

asyncio.run(main())
