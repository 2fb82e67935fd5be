"""The stream of output events from a recorded program's process to the recorder.

In the program's process, ``sys.stdout``/``sys.stderr`` are ``StampedStream``s: every
write becomes one event carrying the virtual time and the text, sent at once on a private
pipe (the process's original stdout), so output written at interpreter exit is kept too.
An abort event stops a recording that cannot be made (a deadlock); an end event gives the
virtual time at which the program's code finished.

Wire format, one event per line: ``w <time repr> <out|err> <hex of UTF-8 text>``,
``e <time repr>`` or ``x <hex of UTF-8 message>``.

The program's process imports this module, so every object it creates at import shifts the
addresses the program's objects get (and with them the order of sets of tasks, which some
fixtures print): keep it free of module-level classes and data that only the recorder needs.
"""

import io
import os
import typing


class EventChannel:
    """The writing end, in the program's process. Uses no module globals at write time,
    so it keeps working while the interpreter tears modules down at exit."""

    def __init__(self, fd):
        self._fd = fd
        self._os_write = os.write

    def write_event(self, time, stream, text, errors):
        """Send one write of ``text`` on ``stream`` at virtual ``time``."""
        self._send(f"w {time!r} {stream} {text.encode('utf-8', errors).hex()}\n")

    def end(self, time):
        """Send the end event: the program's code finished at virtual ``time``."""
        self._send(f"e {time!r}\n")

    def abort(self, message):
        """Send the abort event with ``message``."""
        self._send(f"x {message.encode('utf-8').hex()}\n")

    def _send(self, line):
        data = line.encode('ascii')
        while data:
            data = data[self._os_write(self._fd, data):]


class StampedStream(io.TextIOBase):
    """A text stream that sends each write, stamped with virtual time, to the channel."""

    def __init__(self, channel, clock, stream, errors):
        super().__init__()
        self._channel = channel
        self._clock = clock
        self._stream = stream
        self._errors = errors

    @property
    def encoding(self):
        return 'utf-8'

    @property
    def errors(self):
        return self._errors

    def writable(self):
        return True

    def isatty(self):
        return False

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        if text:
            self._channel.write_event(self._clock.now, self._stream, text, self._errors)
        return len(text)


class Write(typing.NamedTuple):
    """One decoded write event: ``text`` written on ``stream`` ('out'/'err') at ``time``."""

    time: float
    stream: str
    text: str


class Aborted(Exception):
    """The program's process sent an abort event; the message says why."""


def decode_events(data):
    """Decode the channel's bytes into ``(writes, end)``: the list of ``Write``s and the time
    of the end event (None without one); raise ``Aborted`` or ValueError."""
    writes = []
    end = None
    for line in data.decode('ascii').splitlines():
        kind, _, rest = line.partition(' ')
        if kind == 'x':
            raise Aborted(bytes.fromhex(rest).decode('utf-8'))
        if kind == 'e':
            end = float(rest)
            continue
        if kind != 'w':
            raise ValueError(f"unexpected line from the program's process: {line!r}")
        time, stream, text = rest.split(' ')
        writes.append(Write(float(time), stream, bytes.fromhex(text).decode('utf-8')))
    return writes, end
