// Figures 3 and 4, speed: the benchmark programs of benches/programs/ timed on each side
// (wall time around the whole run, compilation included), checked against CPython's output.
// Loopscope runs asyncio programs on the browser clock (real sleeps, as in Pyodide) and the
// CPU loop on the virtual clock (it has no timers, so only computation counts).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

/** The programs, with the figure each belongs to and Loopscope's clock. */
export const SPEED_PROGRAMS = [
  { name: "gather_10k_sleep", figure: 3, clock: "live" },
  { name: "sleep0_hops_100k", figure: 3, clock: "live" },
  { name: "cpu_loop_function", figure: 4, clock: "virtual" },
  { name: "cpu_loop_module", figure: 4, clock: "virtual" },
];

/** The source of benchmark program `name`. */
export function speedSource(root, name) {
  return readFileSync(new URL(`benches/programs/${name}.py`, root), "utf8");
}

/** What CPython 3.11 prints for `source`, line by line. */
export function cpythonOutput(source) {
  const out = spawnSync("python3", ["-c", source], { encoding: "utf8" });
  if (out.status !== 0) throw new Error(`python3: ${out.stderr}`);
  return out.stdout.split("\n").filter(Boolean);
}
