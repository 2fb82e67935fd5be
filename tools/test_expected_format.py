"""How output writes become ``.expected`` records. Run: python3 -B -m unittest discover tools"""

import unittest

from expected_format import format_expected, lines_from_writes
from output_events import Write


class LinesFromWrites(unittest.TestCase):
    def test_a_line_is_stamped_when_its_newline_is_written(self):
        writes = [Write(0.0, 'out', 'wor'), Write(0.3, 'out', 'ld\n')]
        self.assertEqual(lines_from_writes(writes), [(0.3, 'out', 'world')])

    def test_one_write_may_hold_several_lines_and_empty_ones(self):
        writes = [Write(1.0, 'out', 'a\n\nb\n')]
        self.assertEqual(lines_from_writes(writes),
                         [(1.0, 'out', 'a'), (1.0, 'out', ''), (1.0, 'out', 'b')])

    def test_streams_interleave_in_completion_order(self):
        writes = [Write(0.0, 'out', 'x'), Write(0.1, 'err', 'e\n'), Write(0.2, 'out', '\n')]
        self.assertEqual(lines_from_writes(writes), [(0.1, 'err', 'e'), (0.2, 'out', 'x')])

    def test_an_unfinished_last_line_stays_where_its_last_piece_was_written(self):
        writes = [Write(0.0, 'out', 'a'), Write(0.5, 'out', 'b'), Write(0.7, 'err', 'e\n')]
        self.assertEqual(lines_from_writes(writes), [(0.5, 'out~', 'ab'), (0.7, 'err', 'e')])


class FormatExpected(unittest.TestCase):
    def test_header_records_with_three_decimals_and_exit_status(self):
        text = format_expected('3.11.7', [(0.30000000000000004, 'out', 'hi'), (1.25, 'err', '')], 1)
        self.assertEqual(text.splitlines(), [
            '# recorded from CPython 3.11.7 on a virtual clock by tools/record.py — do not edit',
            '0.300 out hi',
            '1.250 err',
            'exit 1',
        ])

    def test_an_end_later_than_the_last_line_gets_an_end_record_before_exit(self):
        text = format_expected('3.11.7', [(0.5, 'out', 'hi')], 0, end=1.5)
        self.assertEqual(text.splitlines()[1:], ['0.500 out hi', 'end 1.500', 'exit 0'])

    def test_an_end_at_the_last_line_or_unknown_gets_none(self):
        for end in (0.5, 0.5004, None):
            text = format_expected('3.11.7', [(0.5, 'out', 'hi')], 0, end=end)
            self.assertEqual(text.splitlines()[1:], ['0.500 out hi', 'exit 0'])

    def test_a_run_without_lines_ends_after_time_zero(self):
        self.assertEqual(format_expected('3.11.7', [], 0, end=2).splitlines()[1:],
                         ['end 2.000', 'exit 0'])


if __name__ == '__main__':
    unittest.main()
