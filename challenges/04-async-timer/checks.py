import asyncio
import random
import loopscope
from loopscope import check


async def _check_timer():
    random.seed(loopscope.seed())
    label = f"job-{random.randint(100, 999)}"
    wait = random.choice([0.25, 0.5, 1.5, 3.0])
    made = async_timer(label)
    await asyncio.sleep(random.choice([0.5, 1.0]))
    async with made as timer:
        await asyncio.sleep(wait)
    check.equal("elapsed is the block's time", timer.elapsed, wait,
                "Read the loop's clock in __aenter__ and __aexit__ and subtract.")
    printed = [text for t, text in check.output()]
    check.expect("prints the label and seconds", f"{label}: {wait:.2f} s" in printed, _short_lines(printed),
                 f"a line '{label}: {wait:.2f} s'", "Print f'{label}: {elapsed:.2f} s' when the block ends.")

    other = f"fail-{random.randint(100, 999)}"
    passed_through = False
    try:
        async with async_timer(other):
            await asyncio.sleep(wait)
            raise KeyError(other)
    except KeyError:
        passed_through = True
    check.expect("exceptions pass through", passed_through, "swallowed" if not passed_through else "raised",
                 "raised", "Return False from __aexit__ so the block's exception propagates.")
    printed = [text for t, text in check.output()]
    check.expect("reports even when the block raises", f"{other}: {wait:.2f} s" in printed, _short_lines(printed),
                 f"a line '{other}: {wait:.2f} s'", "__aexit__ runs on errors too; report there, not after the block's last line.")


def _short_lines(lines):
    return " | ".join(lines[-3:]) or "nothing printed"


asyncio.run(_check_timer())
