import asyncio
import random
import time
import loopscope
from loopscope import check


def _make_digest(cost):
    def digest(blob):
        time.sleep(cost)
        return sum(blob.encode()) * 31 + len(blob)
    return digest


async def _check_checksums():
    random.seed(loopscope.seed())
    cost = random.choice([0.3, 0.5, 0.8])
    blobs = ["".join(random.choice("abcdefgh") for _ in range(random.randint(3, 12))) for _ in range(random.randint(4, 8))]
    digest = _make_digest(cost)
    loop = asyncio.get_running_loop()
    start = loop.time()
    got = await checksums(blobs, digest)
    took = loop.time() - start
    check.equal("checksums in the order of blobs", got, [sum(b.encode()) * 31 + len(b) for b in blobs],
                "Await the executor's futures (gather keeps their order).")
    check.expect("digests run at the same time", took <= cost + 1e-9, f"{took:.2f} s", f"{cost:.2f} s (one digest's time)",
                 "Start every digest before awaiting any: gather the executor futures.",
                 start + cost if took > cost + 1e-9 else None)


asyncio.run(_check_checksums())
