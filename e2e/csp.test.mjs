// End to end: the built page's Content-Security-Policy is strict (a script-src without
// 'unsafe-inline' or 'unsafe-eval'; only 'wasm-unsafe-eval', which WebAssembly needs), and a
// person visiting every page — the roadmap, an exercise and its run, the scratchpad and a run,
// the timer check, an embedded exercise — sets off no `securitypolicyviolation` event and no
// console error.
import assert from "node:assert/strict";
import { test } from "node:test";
import { bases, sharedBrowser } from "./common.mjs";

const browser = sharedBrowser();

/** Pages to visit (below the base URL), and what to do there once the page is loaded. */
const VISITS = [
  { hash: "#/", act: async (page) => page.locator("a[href*='#/ex/']").first().waitFor() },
  { hash: "#/ex/result-order", act: run },
  { hash: "#/play", act: run },
  { hash: "#/timers", act: timers },
  { hash: "#/embed/result-order", act: async (page) => page.locator("#board > li").first().waitFor() },
];

/** Runs the timer check and waits for its two finish lines. */
async function timers(page) {
  await page.getByRole("button", { name: "Run two sleeps" }).click();
  await page.locator("#finish-lines li").nth(1).waitFor();
}

/** Presses Run and waits until the run has finished. */
async function run(page) {
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await page.locator('#run-state[data-state="finished"]').waitFor({ timeout: 15_000 });
}

/** The directives of a CSP string, as a map from name to its list of sources. */
function directives(policy) {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

for (const base of bases) {
  test(`at ${base}, the page's CSP is strict and no page breaks it`, async () => {
    const context = await browser().newContext();
    // Before any page script runs, record every violation the document reports.
    await context.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) => window.cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`));
    });
    try {
      for (const { hash, act } of VISITS) {
        const url = new URL(hash, base).href;
        const page = await context.newPage();
        const errors = [];
        page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
        page.on("pageerror", (error) => errors.push(error.message));
        await page.goto(url);
        const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
        const csp = directives(policy ?? "");
        const scripts = csp.get("script-src") ?? csp.get("default-src") ?? [];
        assert.ok(csp.has("default-src"), `${url}: no default-src in ${policy}`);
        assert.ok(scripts.length > 0, `${url}: no script-src in ${policy}`);
        for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http:", "https:"]) {
          assert.ok(!scripts.includes(unsafe), `${url}: script-src allows ${unsafe}: ${policy}`);
        }
        await act(page);
        assert.deepEqual(await page.evaluate(() => window.cspViolations), [], `${url}: CSP violations`);
        assert.deepEqual(errors, [], `${url}: console errors`);
        await page.close();
      }
    } finally {
      await context.close();
    }
  });
}
