import asyncio
import time

limiter = {"next_slot": 0.0}

async def wait_turn(per_second):
    now = time.perf_counter()
    slot = max(now, limiter["next_slot"])
    limiter["next_slot"] = slot + 1 / per_second
    await asyncio.sleep(slot - now)

async def fetch(url, delay):
    await asyncio.sleep(delay)  # stands in for the network round trip
    return 504 if delay > 1 else 200

async def limited_fetch(stats, url, delay):
    await wait_turn(per_second=4)
    print(f"request {url}")
    started = time.perf_counter()
    status = await fetch(url, delay)
    stats[status].append(time.perf_counter() - started)

async def main():
    stats = {200: [], 504: []}
    delays = {"/cart": 0.5, "/search": 0.25, "/export": 1.5, "/profile": 0.5, "/orders": 0.75, "/help": 0.25}
    await asyncio.gather(*(limited_fetch(stats, url, delay) for url, delay in delays.items()))
    ok = stats[200]
    print(f"ok={len(ok)} failed={len(stats[504])} avg ok latency={sum(ok) / len(ok):.2f}s")

asyncio.run(main())
