# The random prelude: the functions of CPython 3.11's random.py that programs use, drawing from
# the native Mersenne Twister (`random`, `getrandbits`, `seed`) in the same order CPython does,
# so seeded programs print the same numbers.


def _randbelow(n):
    k = n.bit_length()
    r = getrandbits(k)
    while r >= n:
        r = getrandbits(k)
    return r


def _index(v, what):
    if isinstance(v, int):
        return v
    if isinstance(v, float) and v == int(v):
        return int(v)
    raise ValueError(f"non-integer {what} for randrange()")


def randrange(start, stop=None, step=1):
    istart = _index(start, 'arg 1')
    if stop is None:
        if step != 1:
            raise TypeError('Missing a non-None stop argument')
        if istart > 0:
            return _randbelow(istart)
        raise ValueError("empty range for randrange()")
    istop = _index(stop, 'stop')
    width = istop - istart
    istep = _index(step, 'step')
    if istep == 1:
        if width > 0:
            return istart + _randbelow(width)
        raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))
    if istep > 0:
        n = (width + istep - 1) // istep
    elif istep < 0:
        n = (width + istep + 1) // istep
    else:
        raise ValueError("zero step for randrange()")
    if n <= 0:
        raise ValueError("empty range for randrange()")
    return istart + istep * _randbelow(n)


def randint(a, b):
    return randrange(a, b + 1)


def choice(seq):
    if not len(seq):
        raise IndexError('Cannot choose from an empty sequence')
    return seq[_randbelow(len(seq))]


def shuffle(x):
    for i in reversed(range(1, len(x))):
        j = _randbelow(i + 1)
        x[i], x[j] = x[j], x[i]


def _setsize(k):
    size = 21
    if k > 5:
        power = 1
        while power < k * 3:
            power *= 4
        size += power
    return size


def sample(population, k, *, counts=None):
    if isinstance(population, (set, frozenset, dict)):
        raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
    n = len(population)
    if counts is not None:
        cum_counts = []
        total = 0
        for c in counts:
            total += c
            cum_counts.append(total)
        if len(cum_counts) != n:
            raise ValueError('The number of counts does not match the population')
        total = cum_counts.pop()
        if total <= 0:
            raise ValueError('Total of counts must be greater than zero')
        selections = sample(range(total), k=k)
        return [population[_bisect(cum_counts, s, 0, len(cum_counts))] for s in selections]
    if not 0 <= k <= n:
        raise ValueError("Sample larger than population or is negative")
    result = [None] * k
    if n <= _setsize(k):
        pool = list(population)
        for i in range(k):
            j = _randbelow(n - i)
            result[i] = pool[j]
            pool[j] = pool[n - i - 1]
    else:
        selected = set()
        for i in range(k):
            j = _randbelow(n)
            while j in selected:
                j = _randbelow(n)
            selected.add(j)
            result[i] = population[j]
    return result


def _bisect(a, x, lo, hi):
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def choices(population, weights=None, *, cum_weights=None, k=1):
    n = len(population)
    if cum_weights is None:
        if weights is None:
            n += 0.0
            return [population[int(random() * n)] for i in range(k)]
        cum_weights = []
        total = 0
        for w in weights:
            total += w
            cum_weights.append(total)
    elif weights is not None:
        raise TypeError('Cannot specify both weights and cumulative weights')
    if len(cum_weights) != n:
        raise ValueError('The number of weights does not match the population')
    total = cum_weights[-1] + 0.0
    if total <= 0.0:
        raise ValueError('Total of weights must be greater than zero')
    hi = n - 1
    return [population[_bisect(cum_weights, random() * total, 0, hi)] for i in range(k)]


def uniform(a, b):
    return a + (b - a) * random()
