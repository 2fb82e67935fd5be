import asyncio
import time

START = time.perf_counter()

def log(message):
    print(f"{time.perf_counter() - START:.2f}s  {message}")

async def probe(metric, seconds):
    await asyncio.sleep(seconds)
    if metric == "disk":
        raise ConnectionError("disk probe lost its connection")
    log(f"{metric} probe ok")
    return f"{metric}=ok"

async def main():
    try:
        readings = await asyncio.gather(
            probe("cpu", 0.5), probe("disk", 1), probe("memory", 1.5), probe("network", 2)
        )
        log(f"report: {readings}")
    except ConnectionError as error:
        log(f"report aborted: {error}")
    log("nightly job finished")

asyncio.run(main())
