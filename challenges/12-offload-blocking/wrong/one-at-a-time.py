import asyncio


async def checksums(blobs, digest):
    loop = asyncio.get_running_loop()
    results = []
    for blob in blobs:
        results.append(await loop.run_in_executor(None, digest, blob))
    return results
