"""Record fixtures' expected output from real CPython on a virtual clock.

    python3 tools/record.py FILE.py...        record each FILE.expected beside FILE.py
    python3 tools/record.py --all             re-record tests/fixtures/**/*.py and exercises/**/*.py
    python3 tools/record.py --check [FILES|--all]
                                              record twice and fail (exit 1) if the two
                                              recordings differ or differ from FILE.expected
    python3 tools/record.py --print FILE.py   print the record instead of writing it

Each program runs alone in a fresh ``python3`` process (``run_program.py``) as ``main.py``,
with PYTHONHASHSEED=0, no other PYTHON* variables, and a limit of ``TIME_LIMIT`` seconds of
real time. The ``.expected`` format is described in ``expected_format.py``; the virtual
clock, event loop and executor model in ``virtual_clock.py``.
"""

import argparse
import difflib
import os
import pathlib
import platform
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # keep tools/ free of __pycache__
import expected_format  # noqa: E402 -- after the line above
import output_events  # noqa: E402

TOOLS_DIR = pathlib.Path(__file__).resolve().parent
REPO_ROOT = TOOLS_DIR.parent
RUNNER = TOOLS_DIR / 'run_program.py'
TIME_LIMIT = 20  # seconds of real time per program run
CHECK_HEAP_PADDING = 1  # objects per size class allocated before --check's second run
ALL_PATTERNS = ('tests/fixtures/**/*.py', 'exercises/**/*.py')


class RecordingError(Exception):
    """A program could not be recorded; the message names the file and says why."""


def main(argv=None):
    """Command-line entry point; returns the exit status."""
    args = parse_args(argv)
    files = all_programs() if args.all else [pathlib.Path(name) for name in args.files]
    problem = usage_problem(files)
    if problem:
        print(f"record.py: {problem}", file=sys.stderr)
        return 2
    if args.print:
        return print_records(files)
    if args.check:
        return check(files)
    return record_all(files)


def parse_args(argv):
    """Parse the command line (see the module doc)."""
    parser = argparse.ArgumentParser(
        description="Record fixtures' expected output from CPython on a virtual clock.")
    parser.add_argument('files', nargs='*', metavar='FILE.py')
    parser.add_argument('--all', action='store_true',
                        help="every tests/fixtures/**/*.py and exercises/**/*.py")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument('--check', action='store_true',
                      help="record twice; fail if the recordings differ or differ from disk")
    mode.add_argument('--print', action='store_true',
                      help="print the record to stdout instead of writing it")
    args = parser.parse_args(argv)
    if args.all and args.files:
        parser.error("give files or --all, not both")
    return args


def usage_problem(files):
    """Why ``files`` cannot be recorded (none given, missing, not .py), or None."""
    if not files:
        return "no programs given (name files or pass --all)"
    for path in files:
        if path.suffix != '.py' or not path.is_file():
            return f"not a Python file: {path}"
    return None


def all_programs():
    """Every fixture and exercise program in the repository, sorted; of the hostile programs
    (tests/fixtures/hostile/) only those with a record, since the others are the ones a budget
    must stop (endless loops the recorder would wait out)."""
    hostile = REPO_ROOT / 'tests' / 'fixtures' / 'hostile'
    return sorted(
        path
        for pattern in ALL_PATTERNS
        for path in REPO_ROOT.glob(pattern)
        if path.parent != hostile or expected_path(path).exists()
    )


def expected_path(program):
    """Where ``program``'s record lives: beside it, with the suffix ``.expected``."""
    return program.with_suffix('.expected')


def record_all(files):
    """Record and write each program's ``.expected``; 1 if any failed."""
    failures = 0
    for program in files:
        try:
            expected_path(program).write_text(record(program), encoding='utf-8')
        except RecordingError as error:
            failures += 1
            print(f"FAILED {error}", file=sys.stderr)
    print(f"recorded {len(files) - failures} of {len(files)} programs")
    return 1 if failures else 0


def print_records(files):
    """Print each program's record to stdout; 1 on the first failure."""
    try:
        for program in files:
            sys.stdout.write(record(program))
    except RecordingError as error:
        print(f"FAILED {error}", file=sys.stderr)
        return 1
    return 0


def check(files):
    """Check each program (see ``check_one``), report the failures; 1 if any failed."""
    failures = 0
    for program in files:
        problem = check_one(program)
        if problem:
            failures += 1
            print(f"FAILED {problem}", file=sys.stderr)
    print(f"checked {len(files)} programs: {len(files) - failures} ok, {failures} failed")
    return 1 if failures else 0


def check_one(program):
    """None if ``program`` records identically twice and as on disk, else what is wrong.

    The second recording runs with the heap shifted (``CHECK_HEAP_PADDING``), so output
    that hangs on object addresses -- such as the order CPython iterates a set of tasks in
    (asyncio.run cancelling leftover tasks, TaskGroup cancelling siblings, as_completed
    starting coroutines) -- shows up as a difference.
    """
    try:
        first = record(program)
        second = record(program, heap_padding=CHECK_HEAP_PADDING)
    except RecordingError as error:
        return str(error)
    if first != second:
        return f"{program}: two recordings differ\n{diff(first, second, 'first', 'second')}"
    on_disk_path = expected_path(program)
    on_disk = on_disk_path.read_text(encoding='utf-8') if on_disk_path.exists() else ''
    if first != on_disk:
        return (f"{program}: recording differs from {on_disk_path}\n"
                f"{diff(on_disk, first, str(on_disk_path), 'recorded')}")
    return None


def diff(old, new, old_name, new_name):
    """A unified diff of two records."""
    return ''.join(difflib.unified_diff(old.splitlines(True), new.splitlines(True),
                                        old_name, new_name))


def record(program, heap_padding=0):
    """The ``.expected`` text for ``program``; raises RecordingError."""
    completed = run_in_fresh_process(program, heap_padding)
    stray = completed.stderr.decode('utf-8', 'replace')
    try:
        writes, end = output_events.decode_events(completed.stdout)
    except output_events.Aborted as aborted:
        raise RecordingError(f"{program}: {aborted}") from None
    except ValueError as error:
        raise RecordingError(f"{program}: recorder failure: {error}\n{stray}") from None
    if stray or completed.returncode < 0:
        raise RecordingError(f"{program}: recorder failure (status {completed.returncode})"
                             f"\n{stray}")
    records = expected_format.lines_from_writes(writes)
    return expected_format.format_expected(platform.python_version(), records,
                                           completed.returncode, end)


def run_in_fresh_process(program, heap_padding):
    """Run ``program`` as ``main.py`` in a scratch directory under ``run_program.py``."""
    with tempfile.TemporaryDirectory(prefix='record-') as scratch:
        shutil.copyfile(program, os.path.join(scratch, 'main.py'))
        try:
            command = [sys.executable, '-B', str(RUNNER), str(heap_padding)]
            return subprocess.run(command, cwd=scratch,
                                  env=child_env(), stdin=subprocess.DEVNULL,
                                  capture_output=True, timeout=TIME_LIMIT)
        except subprocess.TimeoutExpired:
            raise RecordingError(
                f"{program}: still running after {TIME_LIMIT} s of real time (an endless "
                "loop, or a blocking call the virtual clock does not model)") from None


def child_env():
    """The environment without PYTHON* settings, plus a fixed hash seed."""
    env = {name: value for name, value in os.environ.items() if not name.startswith('PYTHON')}
    env['PYTHONHASHSEED'] = '0'
    return env


if __name__ == '__main__':
    sys.exit(main())
