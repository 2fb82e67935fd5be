import asyncio

async def probe(metric, seconds):
    await asyncio.sleep(seconds)
    if metric == "disk":
        raise ConnectionError("disk probe lost its connection")
    print(f"{metric} probe ok")
    return f"{metric}=ok"

async def main():
    try:
        readings = await asyncio.gather(
            probe("cpu", 0.5), probe("disk", 1), probe("memory", 1.5), probe("network", 2)
        )
        print(f"report: {readings}")
    except ConnectionError as error:
        print(f"report aborted: {error}")
    print("nightly job finished")

asyncio.run(main())
