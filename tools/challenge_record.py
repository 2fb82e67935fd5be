"""Record each challenge's reference solution under CPython 3.11 on the virtual clock.

    python3 tools/challenge_record.py [challenges/NN-id ...]   (default: every challenge)

For each challenge it runs two programs, composed as Loopscope composes them (the solution,
a blank line, then the harness): ``solution.py`` + ``demo.py`` and ``solution.py`` +
``checks.py`` (seed 0, with ``tools/loopscope.py`` as the ``loopscope`` module), and writes
their records (``.expected`` format, see ``expected_format.py``) to ``demo.expected`` and
``checks.expected`` in the challenge's folder. ``tests/challenge_cpython.rs`` runs the same
programs on Loopscope and compares. Exits 1 if a run fails or a check fails under CPython.
"""

import os
import pathlib
import shutil
import sys
import tempfile

sys.dont_write_bytecode = True
import record  # noqa: E402 -- after the line above

TOOLS = pathlib.Path(__file__).resolve().parent
ROOT = TOOLS.parent / 'challenges'
TWIN = TOOLS / 'loopscope.py'
PRELUDE = TOOLS.parent / 'src' / 'python' / 'modules' / 'loopscope.py'


class _CopyWithTwin:
    """Stands in for ``shutil`` inside record.py, whose scratch directory gets only
    ``main.py``: also puts the ``loopscope`` twin and Loopscope's prelude it runs beside it
    (``run_program.py`` makes that directory the first on ``sys.path``)."""

    @staticmethod
    def copyfile(source, destination):
        shutil.copyfile(source, destination)
        scratch = os.path.dirname(destination)
        shutil.copyfile(TWIN, os.path.join(scratch, 'loopscope.py'))
        shutil.copyfile(PRELUDE, os.path.join(scratch, 'loopscope_prelude.py'))


record.shutil = _CopyWithTwin


def compose(source, harness):
    """The learner's code, then a blank line, then the harness (as `model.rs` joins them)."""
    if not source.endswith('\n'):
        source += '\n'
    return source + '\n' + harness


def record_one(folder):
    """Record both programs of one challenge folder; returns the problems found."""
    solution = (folder / 'solution.py').read_text(encoding='utf-8')
    problems = []
    for harness in ('demo', 'checks'):
        program = compose(solution, (folder / f'{harness}.py').read_text(encoding='utf-8'))
        with tempfile.TemporaryDirectory(prefix='challenge-') as scratch:
            path = pathlib.Path(scratch) / 'main.py'
            path.write_text(program, encoding='utf-8')
            try:
                text = record.record(path)
            except record.RecordingError as error:
                problems.append(f"{folder.name}/{harness}: {error}")
                continue
        if 'loopscope check failed' in text or '\nexit 0' not in '\n' + text:
            problems.append(f"{folder.name}/{harness}: failed under CPython:\n{text}")
        (folder / f'{harness}.expected').write_text(text, encoding='utf-8')
    return problems


def main(argv):
    folders = [pathlib.Path(a).resolve() for a in argv] or sorted(p for p in ROOT.iterdir() if p.is_dir())
    problems = [p for folder in folders for p in record_one(folder)]
    for p in problems:
        print(p, file=sys.stderr)
    print(f"recorded {len(folders)} challenges, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == '__main__':
    raise SystemExit(main(sys.argv[1:]))
