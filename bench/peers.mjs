// `cargo xtask bench`'s peers section: Loopscope's release site beside Pyodide, in one headless
// system Chromium, both served by one local static server (static.mjs). Prints a Markdown table
// of medians over BENCH_PEER_RUNS runs (5 unless set) with ratios Loopscope / Pyodide and
// Loopscope / CPython 3.11 native, and whether each goal of issue 8 is met. Progress goes to
// stderr. Environment: BENCH_DIST (the built site, default dist/), BENCH_CPYTHON_MS
// (`name=ms,…`: native CPython medians of benches/programs, from the native section).
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { launch } from "../e2e/common.mjs";
import { FETCH_PROGRAMS, probe } from "./fetch_fanout.mjs";
import { firstVisit } from "./first_visit.mjs";
import { openSide, runOn } from "./sides.mjs";
import { SPEED_PROGRAMS, cpythonOutput, speedSource } from "./speed.mjs";
import { median, percentile } from "./stats.mjs";
import { serve } from "./static.mjs";
import { FIDELITY_PROGRAM, cpythonLines, lateness } from "./timer_fidelity.mjs";

const PYODIDE_VERSION = JSON.parse(readFileSync(new URL("node_modules/pyodide/package.json", import.meta.url), "utf8")).version;
const RUNS = Number(process.env.BENCH_PEER_RUNS ?? 5);
const ROOT = new URL("../", import.meta.url);
const SIDES = ["loopscope", "pyodide"];
const CPYTHON_MS = Object.fromEntries(
  (process.env.BENCH_CPYTHON_MS ?? "").split(",").filter(Boolean).map((pair) => [pair.split("=")[0], Number(pair.split("=")[1])]),
);

const progress = (message) => process.stderr.write(`peers: ${message}\n`);

/** A table row: figures per side (numbers or null), and the goal as [words, test of the row]. */
function row(label, loopscope, pyodide, cpython = null, goal = null) {
  return { label, loopscope, pyodide, cpython, goal };
}

/** Runs `measure` RUNS times per side, alternating sides; returns each side's results. */
async function alternate(measure) {
  const results = { loopscope: [], pyodide: [] };
  for (let run = 0; run < RUNS; run++) {
    for (const side of SIDES) results[side].push(await measure(side, run));
  }
  return results;
}

async function figureFirstVisit(browser, base) {
  const visits = await alternate((side) => firstVisit(browser, base, side));
  const pick = (key) => SIDES.map((side) => median(visits[side].map((v) => v[key])));
  const [lsBytes, pyBytes] = pick("bytes");
  const [lsMs, pyMs] = pick("ms");
  return [
    row("1. first visit, gzip bytes", lsBytes, pyBytes, null, ["≤ 1/20 of Pyodide", (r) => r.loopscope / r.pyodide <= 1 / 20]),
    row("1. navigation → ready (ms)", lsMs, pyMs, null, ["≤ 1/10 of Pyodide", (r) => r.loopscope / r.pyodide <= 1 / 10]),
  ];
}

async function figureTimerFidelity(pages) {
  const runs = await alternate((side) => runOn(side, pages[side].page, FIDELITY_PROGRAM, "live"));
  const late = Object.fromEntries(SIDES.map((side) => [side, runs[side].flatMap((r) => lateness(r.lines))]));
  const cpython = Array.from({ length: RUNS }, () => lateness(cpythonLines())).flat();
  const goal = ["p95 < 5 ms", (r) => r.loopscope < 5];
  return [0.5, 0.95, 1].map((p) => {
    const name = p === 1 ? "max" : `p${p * 100}`;
    const at = (samples) => percentile(samples, p);
    return row(`2. timer lateness ${name} (ms, ${late.loopscope.length} lines)`, at(late.loopscope), at(late.pyodide), at(cpython), p === 0.95 ? goal : null);
  });
}

async function figureSpeed(pages) {
  const rows = [];
  for (const { name, figure, clock } of SPEED_PROGRAMS) {
    const source = speedSource(ROOT, name);
    const expected = cpythonOutput(source).join("\n");
    const runs = await alternate(async (side) => {
      const run = await runOn(side, pages[side].page, source, clock);
      const printed = run.lines.map((l) => l.text).join("\n");
      if (printed !== expected) throw new Error(`${side} printed ${JSON.stringify(printed)}, CPython ${JSON.stringify(expected)}`);
      return run.ms;
    });
    const label = `${figure}. ${name} (ms${clock === "virtual" ? ", Loopscope on the virtual clock" : ""})`;
    rows.push(row(label, median(runs.loopscope), median(runs.pyodide), CPYTHON_MS[name] ?? null, ["≤ Pyodide's time", (r) => r.loopscope <= r.pyodide]));
  }
  return rows;
}

async function figureFetchFanOut(pages) {
  const why = (await Promise.all(SIDES.map(async (side) => [side, await probe(side, pages[side].page)]))).filter(([, reason]) => reason);
  if (why.length > 0) return [{ label: "5. fetch fan-out", note: `not measured: ${why.map(([side, reason]) => `${side}: ${reason}`).join("; ")}` }];
  const rows = [];
  for (const name of Object.keys(FETCH_PROGRAMS.loopscope)) {
    const runs = await alternate(async (side) => (await runOn(side, pages[side].page, FETCH_PROGRAMS[side][name], "live")).ms);
    rows.push(row(`5. ${name} (ms)`, median(runs.loopscope), median(runs.pyodide)));
  }
  return rows;
}

/** Runs a figure; a figure that fails becomes one row saying why, and the others still run. */
async function attempt(label, figure) {
  progress(`${label}…`);
  try {
    return await figure();
  } catch (error) {
    return [{ label, note: `failed: ${error.message.split("\n")[0]}` }];
  }
}

function number(value) {
  if (value === null || value === undefined) return "—";
  return Math.abs(value) >= 100 ? Math.round(value).toLocaleString("en-US") : value.toFixed(1);
}

function ratio(a, b) {
  return a === null || b === null || b === undefined || b === 0 ? "—" : (a / b).toFixed(2);
}

function printTable(rows) {
  console.log("| figure | Loopscope | Pyodide | Loopscope / Pyodide | CPython 3.11 native | Loopscope / CPython | goal |");
  console.log("|---|---:|---:|---:|---:|---:|---|");
  for (const r of rows) {
    if (r.note) {
      console.log(`| ${r.label} | ${r.note} | | | | | |`);
      continue;
    }
    const goal = r.goal ? `${r.goal[0]}: **${r.goal[1](r) ? "met" : "missed"}**` : "";
    console.log(`| ${r.label} | ${number(r.loopscope)} | ${number(r.pyodide)} | ${ratio(r.loopscope, r.pyodide)} | ${number(r.cpython)} | ${ratio(r.loopscope, r.cpython)} | ${goal} |`);
  }
}

const server = await serve({
  dist: process.env.BENCH_DIST ?? fileURLToPath(new URL("dist/", ROOT)),
  pyodide: fileURLToPath(new URL("bench/node_modules/pyodide/", ROOT)),
  page: fileURLToPath(new URL("bench/peer-pyodide.html", ROOT)),
});
const browser = await launch();
const rows = [];
try {
  rows.push(...(await attempt("1. first visit", () => figureFirstVisit(browser, server.url))));
  const pages = Object.fromEntries(await Promise.all(SIDES.map(async (side) => [side, await openSide(browser, server.url, side)])));
  rows.push(...(await attempt("2. timer fidelity", () => figureTimerFidelity(pages))));
  rows.push(...(await attempt("3-4. speed", () => figureSpeed(pages))));
  rows.push(...(await attempt("5. fetch fan-out", () => figureFetchFanOut(pages))));
  console.log(`\n## Peers: Loopscope beside Pyodide ${PYODIDE_VERSION} in headless Chromium ${browser.version()}\n`);
  console.log(`Medians of ${RUNS} runs per side (timer lateness: every line of every run), load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}.\n`);
  printTable(rows);
} finally {
  await browser.close();
  server.close();
}
