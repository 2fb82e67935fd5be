"""Entry point of the process record.py starts for one program: runs ``main.py`` from the
working directory on the virtual clock (see ``program_runner``). Kept tiny because the
program reuses this script's ``__main__`` module: nothing here is looked up afterwards.

    python3 -B run_program.py [HEAP_PADDING]
"""

import sys

import program_runner

raise SystemExit(program_runner.main(sys.argv[1:]))
