"""What the random program generator promises. Run: python3 -B -m unittest discover tools"""

import ast
import unittest

import randprog
from randprog.program import MAX_LINES, MIN_LINES

SAMPLE = range(300)
TASKISH = {'t', 'tasks', 'done', 'pending', 'child', 'g', 'forgotten', 'consumers'}


class Generate(unittest.TestCase):
    def test_the_same_seed_and_index_give_the_same_program(self):
        self.assertEqual(randprog.generate(5, 17), randprog.generate(5, 17))

    def test_different_indexes_give_different_programs(self):
        programs = {randprog.generate(5, index) for index in SAMPLE}
        self.assertEqual(len(programs), len(SAMPLE))

    def test_programs_are_valid_python_of_bounded_length(self):
        for index in SAMPLE:
            source = randprog.generate(1, index)
            ast.parse(source)
            self.assertTrue(MIN_LINES <= source.count('\n') <= MAX_LINES, index)

    def test_programs_never_print_a_task_or_a_set_of_tasks(self):
        for index in SAMPLE:
            for call in ast.walk(ast.parse(randprog.generate(1, index))):
                if isinstance(call, ast.Call) and getattr(call.func, 'id', '') == 'print':
                    for arg in call.args:
                        self.assertNotIn(getattr(arg, 'id', ''), TASKISH, ast.unparse(call))

    def test_the_sample_uses_every_join_and_primitive(self):
        text = ''.join(randprog.generate(1, index) for index in SAMPLE)
        for feature in ('asyncio.gather(', 'return_exceptions=True', 'asyncio.wait(',
                        'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'asyncio.wait_for(',
                        'asyncio.timeout(', '.cancel("stop")', '.cancel()', 'asyncio.shield(',
                        'asyncio.Lock()', 'asyncio.Event()', 'asyncio.Semaphore(',
                        'asyncio.Queue(', 'except asyncio.CancelledError', 'finally:',
                        'asyncio.TaskGroup()', 'except*', 'asyncio.as_completed('):
            self.assertIn(feature, text)


if __name__ == '__main__':
    unittest.main()
