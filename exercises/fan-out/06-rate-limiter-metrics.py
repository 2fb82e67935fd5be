import asyncio
import time

START = time.perf_counter()

def log(message):
    print(f"{time.perf_counter() - START:.2f}s  {message}")

limiter = {"next_slot": 0.0}

async def wait_turn(per_second):
    now = time.perf_counter() - START
    slot = max(now, limiter["next_slot"])
    limiter["next_slot"] = slot + 1 / per_second
    await asyncio.sleep(slot - now)

async def fetch(url, delay):
    await asyncio.sleep(delay)  # stands in for the network round trip
    return 504 if delay > 1 else 200

async def limited_fetch(stats, url, delay):
    await wait_turn(per_second=4)
    log(f"request {url}")
    started = time.perf_counter()
    status = await fetch(url, delay)
    stats[status].append(time.perf_counter() - started)

async def main():
    stats = {200: [], 504: []}
    delays = [0.5, 0.25, 1.5, 0.5, 0.75, 0.25]
    await asyncio.gather(*(limited_fetch(stats, f"/item/{n}", d) for n, d in enumerate(delays)))
    ok = stats[200]
    log(f"ok={len(ok)} failed={len(stats[504])} avg ok latency={sum(ok) / len(ok):.2f}s")

asyncio.run(main())
