import asyncio
import random
import loopscope
from loopscope import check


async def _check_say_all():
    random.seed(loopscope.seed())
    words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"]
    jobs = [(f"{word}-{random.randint(10, 99)}", random.choice([0.1, 0.2, 0.3, 0.5, 0.8])) for word in random.sample(words, random.randint(4, 7))]
    loop = asyncio.get_running_loop()
    start = loop.time()
    before = len(check.output())
    got = await say_all(jobs)
    printed = [(round(t - start, 6), text) for t, text in check.output()[before:]]
    order = sorted(range(len(jobs)), key=lambda i: (jobs[i][1], i))
    want = [(jobs[i][1], jobs[i][0]) for i in order]
    wrong_at = None
    for (t, text), (wt, wtext) in zip(printed, want):
        if wrong_at is None and (t, text) != (wt, wtext):
            wrong_at = start + min(t, wt)
    if wrong_at is None and len(printed) != len(want):
        wrong_at = start
    check.expect("each message printed when its delay ends", printed == want,
                 ", ".join(f"{text} at {t} s" for t, text in printed) or "nothing printed",
                 ", ".join(f"{text} at {t} s" for t, text in want),
                 "Start every job at once; each prints right after its own sleep.", wrong_at)
    check.equal("returns messages in input order", got, [message for message, delay in jobs],
                "gather's result list follows the order of its arguments.")
    took = loop.time() - start
    longest = max(delay for message, delay in jobs)
    check.expect("takes as long as the longest delay", abs(took - longest) < 1e-9, f"{took:.2f} s", f"{longest:.2f} s",
                 "Concurrent jobs overlap: the total is the longest delay, not the sum.",
                 start + longest if took > longest + 1e-9 else None)


asyncio.run(_check_say_all())
