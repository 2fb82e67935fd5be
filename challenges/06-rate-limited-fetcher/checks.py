import asyncio
import random
import loopscope
from loopscope import check


async def _check_fetcher():
    random.seed(loopscope.seed())
    max_rps = random.choice([4, 5])
    urls = [f"https://api.example.com/{random.randint(100, 999)}/{i}" for i in range(random.randint(20, 30))]
    took = {url: random.choice([0.2, 0.3, 1.0, 1.5]) for url in urls}
    failing = random.sample(urls, random.randint(2, 5))
    service = loopscope.Service("fetch", took, None, {url: 99 for url in failing})
    async with RateLimitedFetcher(service.call, max_rps=max_rps, max_concurrent=3) as fetcher:
        got = await asyncio.gather(*(fetcher.get(url) for url in urls), return_exceptions=True)
    shown = [r if isinstance(r, str) else type(r).__name__ for r in got]
    want = ["ConnectionError" if url in failing else f"fetch:{url}" for url in urls]
    check.equal("bodies and errors come back", shown, want, "Return fetch's body; let its exception through.")

    starts = sorted(s for s, e, label in check.spans("fetch"))
    crowded = [starts[i + max_rps] for i in range(len(starts) - max_rps) if starts[i + max_rps] - starts[i] < 1.0 - 1e-9]
    check.expect("at most max_rps starts per second", not crowded,
                 f"{max_rps + 1} calls started within 1 s (the last at {crowded[0]:.2f} s)" if crowded else f"never more than {max_rps} in a second",
                 f"at most {max_rps} starts in any 1 s window",
                 "Remember when recent calls started; wait until the oldest of the last max_rps is a second old.",
                 crowded[0] if crowded else None)

    ok = [e - s for s, e, label in check.spans("fetch") if label not in failing]
    want_metrics = {"total": len(urls), "succeeded": len(urls) - len(failing), "failed": len(failing),
                    "avg_latency": round(sum(ok) / len(ok), 3)}
    got_metrics = fetcher.metrics()
    counts = ("total", "succeeded", "failed")
    same = (isinstance(got_metrics, dict) and all(got_metrics.get(k) == want_metrics[k] for k in counts)
            and abs(got_metrics.get("avg_latency", -1) - want_metrics["avg_latency"]) < 0.002)
    check.expect("metrics add up", same, repr(got_metrics), repr(want_metrics),
                 "Count every call in total, failures in an except clause, and time only the successful fetches.")

asyncio.run(_check_fetcher())
