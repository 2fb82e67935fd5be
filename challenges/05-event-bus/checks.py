import asyncio
import random
import loopscope
from loopscope import check


def _handler(service, name):
    async def handle(data):
        return await service.call(f"{name}:{data}")
    return handle


def _shown(results):
    if isinstance(results, str):
        return results
    return [r if isinstance(r, str) else type(r).__name__ for r in results]


async def _check_bus():
    random.seed(loopscope.seed())
    timeout = random.choice([0.5, 1.0, 2.0])
    data = random.randint(1, 1000)
    count = random.randint(3, 5)
    names = [f"sub{i}" for i in range(count)]
    took = {f"{name}:{data}": random.choice([0.1, 0.2, 0.3]) * timeout for name in names}
    slow, failing = random.sample(names, 2)
    took[f"{slow}:{data}"] = timeout * 3
    service = loopscope.Service("handler", took, None, {f"{failing}:{data}": 1})
    bus = EventBus(timeout=timeout)
    for name in names:
        bus.subscribe("order", _handler(service, name))
    bus.subscribe("refund", _handler(service, "refund-only"))

    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        results = await bus.publish("order", data)
    except Exception as error:
        results = f"publish raised {type(error).__name__}"
    took_all = loop.time() - start
    want = []
    for name in names:
        if name == slow:
            want.append("TimeoutError")
        elif name == failing:
            want.append("ConnectionError")
        else:
            want.append(f"handler:{name}:{data}")
    check.equal("results in subscription order", _shown(results), want,
                "Give each subscriber its own timeout and keep its exception as its result, in subscription order.")
    late = [(s + timeout, label) for s, e, label in check.spans("handler") if e > s + timeout + 1e-9]
    check.expect("slow subscribers are stopped at the timeout", not late,
                 f"{late[0][1]} still running after {timeout} s" if late else "every subscriber stopped in time",
                 f"no subscriber runs past {timeout} s", "Wrap each subscriber in asyncio.wait_for(..., timeout).",
                 late[0][0] if late else None)
    check.expect("publish returns within the timeout", took_all <= timeout + 1e-9, f"{took_all:.2f} s",
                 f"at most {timeout} s", "Subscribers run concurrently, each cut off at the timeout.",
                 start + timeout if took_all > timeout + 1e-9 else None)
    check.expect("only that event's subscribers run", "refund-only:" + str(data) not in service.calls,
                 "refund subscriber called" if "refund-only:" + str(data) in service.calls else "only order subscribers",
                 "only order subscribers", "Keep subscribers per event name.")


asyncio.run(_check_bus())
