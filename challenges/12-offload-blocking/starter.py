import asyncio


async def checksums(blobs, digest):
    # digest(blob) blocks: run it in the default executor, for all blobs at once.
    ...
