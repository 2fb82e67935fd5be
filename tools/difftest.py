"""Differential testing: random asyncio programs, run by CPython 3.11 and by Loopscope.

    python3 tools/difftest.py --seed S --count N [--out DIR] [--jobs J]

Generates programs 0..N-1 of seed S (``randprog``), records each with CPython on the virtual
clock (``record.py``) three times -- as is, with the heap shifted as ``record.py --check`` does,
and shifted further (see ``SHIFTS``) -- and excludes those whose recordings differ: CPython's
own output is unstable there (it hangs on object addresses, such as the order ``asyncio.run``
or a TaskGroup cancels a set of tasks in). The stable programs and their ``.expected`` go into DIR (a scratch directory if not
given; old ``.py``/``.expected`` files there are removed first), and Loopscope's interpreter
runs them through the fixture harness -- ``cargo test --test fixtures_generated`` with
``LOOPSCOPE_GENERATED_DIR=DIR``, the comparison CI makes. Prints

    N identical, M different, K excluded (unstable in CPython)

and the first differences; exit status 0 if none differ, 1 if some do, 2 if a step failed.
A scratch directory is kept when something differs, so the programs can be looked at.

The committed corpus ``tests/fixtures/generated/`` is made with

    python3 tools/difftest.py --seed 1 --count 1100 --out tests/fixtures/generated
"""

import argparse
import concurrent.futures
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # keep tools/ free of __pycache__
import randprog  # noqa: E402 -- after the line above
import record  # noqa: E402

REPO_ROOT = pathlib.Path(__file__).resolve().parent.parent
TEST_NAME = 'fixtures_generated'
DIR_VARIABLE = 'LOOPSCOPE_GENERATED_DIR'
SHOWN = 5  # differences and exclusions printed
# Heap paddings of the recordings after the first. --check's shift alone let 3 of the 25
# unstable programs among seed 1's first 1,100 through (their set of tasks kept its order);
# a second, larger shift caught all 25.
SHIFTS = (record.CHECK_HEAP_PADDING, 11)


def main(argv=None):
    """Command-line entry point; returns the exit status."""
    args = parse_args(argv)
    scratch = args.out is None
    out = pathlib.Path(tempfile.mkdtemp(prefix='difftest-') if scratch else args.out).resolve()
    clear(out)
    programs = write_programs(args.seed, args.count, out)
    unstable, failed = record_programs(programs, args.jobs)
    for program in unstable + failed:
        program.unlink()
    report_excluded('unstable', unstable)
    report_excluded('failed to record', failed)
    stable = len(programs) - len(unstable) - len(failed)
    try:
        differences = loopscope_differences(out)
    except HarnessError as error:
        print(f'difftest: {error}', file=sys.stderr)
        return 2
    summary = (f'{stable - len(differences)} identical, {len(differences)} different, '
               f'{len(unstable)} excluded (unstable in CPython)')
    print(summary + (f', {len(failed)} failed to record' if failed else ''))
    for difference in differences[:SHOWN]:
        print(difference)
    if scratch and not differences:
        shutil.rmtree(out)
    elif scratch:
        print(f'programs kept in {out}')
    return 1 if differences else 0


def parse_args(argv):
    """Parse the command line (see the module doc)."""
    parser = argparse.ArgumentParser(
        description='Random asyncio programs, run by CPython 3.11 and by Loopscope.')
    parser.add_argument('--seed', type=int, required=True)
    parser.add_argument('--count', type=int, required=True, help='programs to generate')
    parser.add_argument('--out', help='directory for the stable programs and their records')
    parser.add_argument('--jobs', type=int, default=os.cpu_count(),
                        help='CPython recordings at once (default: one per core)')
    return parser.parse_args(argv)


def clear(out):
    """Make ``out`` exist, without programs or records left from an earlier run."""
    out.mkdir(parents=True, exist_ok=True)
    for old in [*out.glob('*.py'), *out.glob('*.expected')]:
        old.unlink()


def write_programs(seed, count, out):
    """Write programs 0..count-1 of ``seed`` into ``out``; their paths."""
    width = len(str(max(count - 1, 0)))
    programs = []
    for index in range(count):
        program = out / f's{seed}_{index:0{width}d}.py'
        program.write_text(randprog.generate(seed, index), encoding='utf-8')
        programs.append(program)
    return programs


def record_programs(programs, jobs):
    """Record every program (see ``record_stably``) on ``jobs`` threads; the unstable ones and
    the ones that failed, each in program order."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        verdicts = list(pool.map(record_stably, programs))
    unstable = [p for p, verdict in zip(programs, verdicts) if verdict == 'unstable']
    failed = [p for p, verdict in zip(programs, verdicts) if verdict.startswith('failed')]
    for verdict in verdicts:
        if verdict.startswith('failed'):
            print(verdict, file=sys.stderr)
    return unstable, failed


def record_stably(program):
    """Record ``program``, then again with the heap shifted by each of ``SHIFTS``; write its
    ``.expected`` and return 'stable' if all agree, else 'unstable', or 'failed: why'."""
    try:
        first = record.record(program)
        if any(record.record(program, heap_padding=shift) != first for shift in SHIFTS):
            return 'unstable'
    except record.RecordingError as error:
        return f'failed: {error}'
    record.expected_path(program).write_text(first, encoding='utf-8')
    return 'stable'


def report_excluded(what, programs):
    """Name the first few programs excluded for ``what``."""
    if programs:
        names = ', '.join(p.name for p in programs[:SHOWN])
        print(f'{what}: {names}{", ..." if len(programs) > SHOWN else ""}')


class HarnessError(Exception):
    """The fixture harness could not be built or run, or said something unexpected."""


def loopscope_differences(out):
    """Run the fixture harness on ``out``; one text per program whose run differs."""
    command = ['cargo', 'test', '--quiet', '--test', TEST_NAME]
    env = {**os.environ, DIR_VARIABLE: str(out), 'RUST_BACKTRACE': '0'}
    completed = subprocess.run(command, cwd=REPO_ROOT, env=env, capture_output=True, text=True)
    if completed.returncode == 0:
        return []
    match = re.search(r'^\d+ of \d+ fixtures differ from CPython[^\n]*:\n(.*?)\n(?:note: |\n)',
                      completed.stdout, re.M | re.S)
    if not match:
        tail = '\n'.join((completed.stdout + completed.stderr).splitlines()[-30:])
        raise HarnessError(f'{" ".join(command)} failed:\n{tail}')
    return re.split(r'\n(?=\S)', match.group(1))


if __name__ == '__main__':
    sys.exit(main())
