import asyncio
import random
import loopscope
from loopscope import check


async def _check_retry():
    random.seed(loopscope.seed())
    backoff = random.choice([0.1, 0.25, 0.5, 2.0])
    attempts = random.randint(3, 5)
    failures = random.randint(2, attempts - 1)
    key = random.randint(1, 1000)
    service = loopscope.Service("call", 0.05, {key: f"reply {key}"}, {key: failures})
    flaky = async_retry(max_attempts=attempts, backoff=backoff)(service.call)

    before = len(check.sleeps())
    got = await flaky(key)
    check.equal("returns the result once a retry succeeds", got, f"reply {key}",
                "Return the value of the attempt that succeeded.")
    slept = check.sleeps()[before:]
    waits = [d for t, d in slept]
    want = [backoff * 2 ** k for k in range(failures)]
    at = None
    for (t, d), w in zip(slept, want):
        if at is None and d != w:
            at = t
    check.equal("backoff doubles each time", waits, want,
                "Before retry k (from 0) wait backoff * 2 ** k seconds with asyncio.sleep.", at)

    doomed = loopscope.Service("call", 0.05, None, {key: attempts + 1})
    failing = async_retry(max_attempts=attempts, backoff=backoff)(doomed.call)
    outcome = "returned"
    at = None
    try:
        await failing(key)
    except ConnectionError:
        outcome = "raised ConnectionError"
    if outcome == "returned":
        at = asyncio.get_running_loop().time()
    check.equal("gives up by raising", outcome, "raised ConnectionError",
                "After the last attempt re-raise the exception; returning hides the failure.", at)
    check.equal("makes at most max_attempts attempts", len(doomed.calls), attempts,
                "Count every attempt, the first one included.")

    calls = []

    async def broken():
        calls.append(1)
        raise ValueError("bad input")

    guarded = async_retry(max_attempts=attempts, backoff=backoff)(broken)
    try:
        await guarded()
    except ValueError:
        pass
    check.equal("other exceptions are not retried", len(calls), 1,
                "Catch only the types in `exceptions`; a ValueError will not go away by retrying.")


asyncio.run(_check_retry())
