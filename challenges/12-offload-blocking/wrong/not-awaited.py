import asyncio


async def checksums(blobs, digest):
    loop = asyncio.get_running_loop()
    return [loop.run_in_executor(None, digest, blob) for blob in blobs]
