"""The ``.expected`` fixture format, written by record.py and read by the Rust test harness.

UTF-8, one record per line after a header: ``<t> out <text>`` / ``<t> err <text>`` for each line of
stdout / stderr, stamped with the virtual time (3 decimals) at which its terminating newline
was written (``<text>`` is the line exactly, without its newline; an empty line has no
space after the tag); ``out~`` / ``err~`` for a stream's final line left without a newline,
placed where its last piece was written; then ``end <t>`` when the run ended later than its
last line (at 3 decimals; a run without lines counts as having its last line at 0.000); and
last ``exit <status>``.
"""

HEADER = "# recorded from CPython {version} on a virtual clock by tools/record.py — do not edit"


def lines_from_writes(writes):
    """Cut the writes into ``(time, tag, text)`` records, in the order they completed."""
    records = []
    unfinished = {}  # stream -> (text so far, time of its last piece, index of its slot)
    for write in writes:
        parts = write.text.split('\n')
        if write.stream in unfinished:
            text, _, slot = unfinished.pop(write.stream)
            records[slot] = None
            parts[0] = text + parts[0]
        for line in parts[:-1]:
            records.append((write.time, write.stream, line))
        if parts[-1]:
            unfinished[write.stream] = (parts[-1], write.time, len(records))
            records.append(None)  # the slot the line takes if it is never finished
    for stream, (text, time, slot) in unfinished.items():
        records[slot] = (time, f"{stream}~", text)
    return [record for record in records if record is not None]


def format_expected(version, records, status, end=None):
    """The full ``.expected`` text for ``records``, exit ``status`` and the run's ``end``
    time (None: unknown, no ``end`` record)."""
    lines = [HEADER.format(version=version)]
    for time, tag, text in records:
        lines.append(f"{time:.3f} {tag} {text}" if text else f"{time:.3f} {tag}")
    last = max((time for time, _, _ in records), default=0.0)
    if end is not None and f"{end:.3f}" != f"{last:.3f}" and end > last:
        lines.append(f"end {end:.3f}")
    lines.append(f"exit {status}")
    return "\n".join(lines) + "\n"
