// The two sides of the peers benchmark, each a page in the same headless Chromium with one
// way to run a program: Loopscope's release site (window.loopscope.runProgram) and the Pyodide
// page (window.runPeer). Each run resolves to {ms, lines: [{t, text}]} with `t` in ms from
// the program's start, or rejects with what went wrong.

/** Where each side's page is, below the server's root. */
export const PAGES = { loopscope: "#/play", pyodide: "peer-pyodide.html" };

/** The program as Pyodide runs it: top-level `await main()` instead of `asyncio.run(main())`. */
export function forPyodide(source) {
  return source.replace(/^asyncio\.run\((\w+\(\))\)\s*$/m, "await $1");
}

/**
 * How long a freshly opened page is left alone before anything is timed, in ms: a learner reads
 * an exercise before running it, while a page still busy starting up delays timers by several
 * ms (Loopscope's first live run was late by 5–12 ms without this; Pyodide's page is treated alike).
 */
const SETTLE_MS = 1_000;

/** Opens `side`'s page in a fresh context, waits until it can run programs, then lets it settle. */
export async function openSide(browser, base, side) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL(PAGES[side], base).href);
  const ready = side === "loopscope" ? () => window.loopscope !== undefined : () => window.runPeer !== undefined;
  await page.waitForFunction(ready, null, { timeout: 60_000 });
  await page.waitForTimeout(SETTLE_MS);
  return { page, close: () => context.close() };
}

/** Runs `source` on an open side; `clock` ("virtual" or "live") applies to Loopscope only. */
export async function runOn(side, page, source, clock = "live") {
  if (side === "pyodide") {
    const run = await page.evaluate((s) => window.runPeer(s), forPyodide(source));
    return { ms: run.ms, lines: run.lines.map((l) => ({ t: l.t - run.start, text: l.text })) };
  }
  const run = await page.evaluate(async ([s, c]) => {
    const start = performance.now();
    const r = await window.loopscope.runProgram(s, { clock: c, speed: 1 });
    return { ms: performance.now() - start, r };
  }, [source, clock]);
  if (run.r.exit !== 0 || run.r.stopped) {
    const tail = run.r.lines.slice(-3).map((l) => l.text).join(" | ");
    throw new Error(`Loopscope: exit ${run.r.exit}${run.r.stopped ? `, stopped: ${run.r.stopped}` : ""}: ${tail}`);
  }
  return { ms: run.ms, lines: run.r.lines.filter((l) => l.stream === "out").map((l) => ({ t: l.t * 1000, text: l.text })) };
}
