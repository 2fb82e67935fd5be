import asyncio
import random
import loopscope
from loopscope import check


async def _check_fallback():
    random.seed(loopscope.seed())
    timeout = random.choice([0.5, 1.0, 2.0])
    urls = [f"/item/{random.randint(100, 999)}/{i}" for i in range(6)]
    took = {url: timeout * random.choice([0.25, 0.5, 3.0, 4.0]) for url in urls}
    took[urls[0]] = timeout * 0.5
    took[urls[1]] = timeout * 3.0
    service = loopscope.Service("fetch", took)
    loop = asyncio.get_running_loop()
    got = []
    slow_return = None
    for url in urls:
        start = loop.time()
        got.append(await fetch_or_default(service.call, url, timeout, "default"))
        spent = loop.time() - start
        if slow_return is None and abs(spent - min(took[url], timeout)) > 1e-9:
            slow_return = (url, spent, min(took[url], timeout), start + min(took[url], timeout))
    want = [f"fetch:{url}" if took[url] < timeout else "default" for url in urls]
    check.equal("returns the body or the default", got, want, "Return the body when it comes in time, else default.")
    check.expect("returns as soon as the fetch answers", slow_return is None,
                 f"{slow_return[0]} took {slow_return[1]:.2f} s" if slow_return else "every call returned on time",
                 f"{slow_return[2]:.2f} s" if slow_return else "every call returned on time",
                 "Await the fetch itself with a timeout rather than sleeping for the timeout.",
                 slow_return[3] if slow_return else None)
    await asyncio.sleep(max(took.values()))
    late = [(s + timeout, label) for s, e, label in check.spans("fetch") if e > s + timeout + 1e-9]
    check.expect("slow fetches are cancelled at the timeout", not late,
                 f"{late[0][1]} kept running past {timeout} s" if late else "every slow fetch cancelled in time",
                 f"nothing runs past {timeout} s", "wait_for cancels the fetch; asyncio.wait does not.",
                 late[0][0] if late else None)

    broken = loopscope.Service("fetch", 0.1, None, {"/broken": 1})
    outcome = "returned"
    try:
        await fetch_or_default(broken.call, "/broken", timeout, "default")
    except ConnectionError:
        outcome = "raised ConnectionError"
    check.equal("errors other than timeouts reach the caller", outcome, "raised ConnectionError",
                "Catch only TimeoutError.")


asyncio.run(_check_fallback())
