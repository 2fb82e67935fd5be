// Figure 1, a first visit: the bytes a fresh browser context transfers (each response body
// gzipped at level 9, summed) and the time from navigation to ready — Loopscope's
// `exercise-runnable` mark (the first exercise's Run button is enabled) and the Pyodide
// page's `pyodide-ready` mark (Pyodide loaded and `asyncio` imported).
import { gzipSync } from "node:zlib";

/** The page each side's first visit opens, and the performance mark that says it is ready. */
const VISITS = {
  loopscope: { path: "#/ex/coroutine-object", mark: "exercise-runnable" },
  pyodide: { path: "peer-pyodide.html", mark: "pyodide-ready" },
};

/** One first visit of `side`: {bytes, ms, files}. */
export async function firstVisit(browser, base, side) {
  const { path, mark } = VISITS[side];
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const bodies = [];
    page.on("response", (response) => bodies.push(response.body().then((body) => gzipSync(body, { level: 9 }).length, () => 0)));
    await page.goto(new URL(path, base).href);
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, { timeout: 120_000 });
    const ms = await page.evaluate((name) => performance.getEntriesByName(name)[0].startTime, mark);
    const sizes = await Promise.all(bodies);
    return { bytes: sizes.reduce((a, b) => a + b, 0), ms, files: sizes.length };
  } finally {
    await context.close();
  }
}
