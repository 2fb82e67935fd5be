import asyncio


async def checksums(blobs, digest):
    return [digest(blob) for blob in blobs]
