"""Delay and timeout literals: mostly multiples of 0.05 s (so deadlines often tie, and sums such
as 0.1 + 0.2 land a hair off 0.3), plus a few odd values."""

ODD_DELAYS = ('0.013', '0.07', '0.125', '0.333', '0.001', '0.2501', '0.0', '0.99')


def delay(rng, most=8):
    """A delay literal: k * 0.05 for k in 0..most, or (one time in seven) an odd one."""
    if rng.random() < 1 / 7:
        return rng.choice(ODD_DELAYS)
    return repr(round(0.05 * rng.randint(0, most), 2))


def positive_delay(rng, most=8):
    """Like ``delay`` but never zero."""
    value = delay(rng, most)
    return value if float(value) > 0 else '0.05'
