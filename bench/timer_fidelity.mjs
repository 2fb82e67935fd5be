// Figure 2, timer fidelity at scale 1: a program prints "start", then 50 tasks print
// `line i` after sleeping 0.02 × i s. A line's lateness is its time after "start" minus its
// ideal time. Loopscope's times are those its live run reports (read from performance.now()
// when the line is printed); Pyodide's are performance.now() in its stdout handler; CPython's
// are time.perf_counter() in a stdout wrapper.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The program, the same for every side. */
export const FIDELITY_PROGRAM = `import asyncio


async def line(i):
    await asyncio.sleep(0.02 * i)
    print(f"line {i}")


async def main():
    print("start")
    await asyncio.gather(*(line(i) for i in range(1, 51)))


asyncio.run(main())
`;

/** Runs a program under CPython with each printed line timed (ms since the first); prints JSON. */
const CPYTHON_WRAPPER = `import json, runpy, sys, time
lines, pending = [], ""
class Timed:
    def write(self, s):
        global pending
        now = time.perf_counter() * 1000
        pending += s
        while "\\n" in pending:
            text, pending = pending.split("\\n", 1)
            lines.append({"t": now, "text": text})
        return len(s)
    def flush(self):
        pass
sys.stdout = Timed()
runpy.run_path(sys.argv[1], run_name="__main__")
sys.__stdout__.write(json.dumps(lines))
`;

/** The lateness in ms of each `line i` of one run's lines ({t in ms, text}). */
export function lateness(lines) {
  const start = lines.find((l) => l.text === "start");
  if (!start) throw new Error(`no "start" line among ${lines.length} lines`);
  const timed = lines.filter((l) => l.text.startsWith("line "));
  if (timed.length !== 50) throw new Error(`${timed.length} timed lines instead of 50`);
  return timed.map((l) => l.t - start.t - 20 * Number(l.text.slice(5)));
}

/** One CPython 3.11 run of the program: its lines, timed. */
export function cpythonLines() {
  const file = join(mkdtempSync(join(tmpdir(), "loopscope-bench-")), "fidelity.py");
  writeFileSync(file, FIDELITY_PROGRAM);
  const out = spawnSync("python3", ["-c", CPYTHON_WRAPPER, file], { encoding: "utf8" });
  if (out.status !== 0) throw new Error(`python3: ${out.stderr}`);
  return JSON.parse(out.stdout);
}
