// `cargo xtask soak`: every catalogue exercise run again and again on the browser clock through
// the JavaScript API (runExercise(id, {clock: "live"})) in each browser. Every run must print
// the same lines in the same order as the exercise's virtual-clock run (the ideal, which the
// native tests hold to CPython). Where the browser lets us read the JS heap (Chromium), the heap
// after 200 runs must be within 10 % of the heap after 20 (both after a full garbage
// collection). Progress goes to stderr; the verdict is the last line; the exit code says it.
//
// Arguments: --runs N (50), --browsers chromium,firefox (both), --only <exercise id>.
// Environment: SOAK_BASE_URL, the built site (cargo xtask soak serves dist/ there).
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { openBrowser } from "./soak_browsers.mjs";

/** After which runs (counted over all exercises) the heap is read, and how far it may grow. */
const HEAP_EARLY = 20;
const HEAP_LATE = 200;
const HEAP_GROWTH = 0.1;

const { values } = parseArgs({
  options: { runs: { type: "string", default: "50" }, browsers: { type: "string", default: "chromium,firefox" }, only: { type: "string" } },
});
const RUNS = Number(values.runs);
const base = process.env.SOAK_BASE_URL;
if (!base || !(RUNS > 0)) throw new Error("usage: SOAK_BASE_URL=<site> node soak.mjs [--runs N] [--browsers chromium,firefox] [--only id]");

const progress = (message) => process.stderr.write(`soak: ${message}\n`);

/** In the page: waits for the API, then lists the exercise ids. */
async function exerciseIds() {
  while (window.loopscope === undefined) await new Promise((resolve) => setTimeout(resolve, 50));
  return window.loopscope.listExercises().map((e) => e.id);
}

/**
 * In the page: one run of an exercise, reduced to its printed lines (each number masked as one
 * `#`, as tests/browser_live.rs does: a live run prints what the real clock read, `0.46` where
 * the ideal says `0.45`, so only the order and shape of the lines are compared), exit and stop
 * reason.
 */
async function runOnce([id, clock]) {
  const run = await window.loopscope.runExercise(id, { clock });
  const shape = (text) => text.replace(/[0-9][0-9.]*/g, "#");
  return { lines: run.lines.map((l) => `${l.stream} ${shape(l.text)}`), exit: run.exit, exception: run.exception?.name ?? null, stopped: run.stopped ?? null, hidden: run.hidden };
}

/** How `run` differs from `ideal`, in words, or null when they agree. */
function difference(ideal, run) {
  for (const key of ["exit", "exception", "stopped"]) {
    if (ideal[key] !== run[key]) return `${key} ${JSON.stringify(run[key])}, ideal ${JSON.stringify(ideal[key])}`;
  }
  const at = ideal.lines.findIndex((line, i) => run.lines[i] !== line);
  if (at >= 0) return `line ${at + 1} is ${JSON.stringify(run.lines[at] ?? "(missing)")}, ideal ${JSON.stringify(ideal.lines[at])}`;
  if (run.lines.length > ideal.lines.length) return `extra line ${JSON.stringify(run.lines[ideal.lines.length])}`;
  return null;
}

/** Soaks one browser; resolves to its failures (strings). */
async function soak(name) {
  const browser = await openBrowser(name);
  const failures = [];
  try {
    await browser.goto(new URL("#/", base).href);
    const ids = (await browser.evaluate(exerciseIds, null)).filter((id) => !values.only || id === values.only);
    if (ids.length === 0) return [`${name}: no exercise called ${values.only}`];
    progress(`${browser.version}: ${ids.length} exercise(s) × ${RUNS} live runs`);
    const heap = {};
    let total = 0;
    const started = performance.now();
    for (const [i, id] of ids.entries()) {
      const ideal = await browser.evaluate(runOnce, [id, "virtual"]);
      const exerciseStart = performance.now();
      for (let run = 1; run <= RUNS; run++) {
        const live = await browser.evaluate(runOnce, [id, "live"]);
        const why = difference(ideal, live);
        if (why) failures.push(`${name}: ${id} run ${run}: ${why}${live.hidden ? " (the tab was hidden)" : ""}`);
        total += 1;
        if (total === HEAP_EARLY || total === HEAP_LATE) heap[total] = await browser.heap();
      }
      const perRun = (performance.now() - exerciseStart) / RUNS;
      progress(`${name} ${i + 1}/${ids.length} ${id}: ${RUNS} runs, ${perRun.toFixed(0)} ms per run, ${failures.length} failure(s) so far`);
    }
    const elapsed = (performance.now() - started) / 1000;
    progress(`${name}: ${total} runs in ${elapsed.toFixed(0)} s (${((elapsed * 1000) / total).toFixed(0)} ms per run on average)`);
    if (heap[HEAP_LATE] === undefined) {
      progress(`${name}: heap not checked: it is read after runs ${HEAP_EARLY} and ${HEAP_LATE}, and only ${total} ran`);
    } else if (heap[HEAP_LATE] === null) {
      progress(`${name}: heap not checked: this browser gives no reading of the JS heap`);
    } else {
      const growth = heap[HEAP_LATE] / heap[HEAP_EARLY] - 1;
      progress(`${name}: JS heap ${heap[HEAP_EARLY]} bytes after run ${HEAP_EARLY}, ${heap[HEAP_LATE]} after run ${HEAP_LATE} (${(growth * 100).toFixed(1)} %)`);
      if (growth > HEAP_GROWTH) failures.push(`${name}: the JS heap grew ${(growth * 100).toFixed(1)} % from run ${HEAP_EARLY} to run ${HEAP_LATE}`);
    }
  } finally {
    await browser.close();
  }
  return failures;
}

const failures = [];
for (const name of values.browsers.split(",").filter(Boolean)) failures.push(...(await soak(name)));
for (const failure of failures) console.log(`FAILED ${failure}`);
console.log(failures.length === 0 ? "soak: passed" : `soak: ${failures.length} failure(s)`);
process.exitCode = failures.length === 0 ? 0 : 1;
