"""Indented Python source, written line by line."""

import contextlib

INDENT = '    '


class Writer:
    """Collects lines of Python source at the current indentation."""

    def __init__(self, depth=0):
        self.lines = []
        self.depth = depth

    def line(self, text):
        """Append ``text`` as one line at the current indentation (a blank line stays bare)."""
        self.lines.append(INDENT * self.depth + text if text else '')

    @contextlib.contextmanager
    def block(self, header):
        """Write ``header`` (ending in ``:``) and indent what the ``with`` body writes."""
        self.line(header)
        self.depth += 1
        yield
        self.depth -= 1

    def extend(self, other):
        """Append every line ``other`` (a Writer started at depth 0) holds, indented here."""
        self.lines.extend(INDENT * self.depth + text if text else '' for text in other.lines)
