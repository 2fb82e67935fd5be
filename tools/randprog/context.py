"""What one program's generation shares: the random source, and the module-level resources
and helpers that the pieces written so far refer to (so the header defines exactly those)."""

import random


class Context:
    """Generation state for one program."""

    def __init__(self, seed, index):
        self.rng = random.Random(f'{seed}:{index}')
        self.resources = set()  # of 'lock', 'sem', 'event', 'time'
        self.helpers = set()  # of 'describe', 'pause'
        self.may_fail = False  # some task may end with an exception main should catch
        self.cancels = False  # main cancelled a task its joins may see as CancelledError

    def chance(self, probability):
        """True with the given probability."""
        return self.rng.random() < probability

    def pick(self, weighted):
        """One key of ``weighted`` (a dict of key -> weight), drawn by weight."""
        keys = list(weighted)
        return self.rng.choices(keys, weights=[weighted[key] for key in keys])[0]

    def stamp(self, who, what):
        """A print statement naming ``who`` (an expression) and ``what`` (words) with the time."""
        if self.chance(0.5):
            return f'print({who}, "{what}", now())'
        return f'print(f"[{{now():.2f}}] {{{who}}} {what}")'
