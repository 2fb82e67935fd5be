// End to end: a person opens the built site, clicks "Run two sleeps" and reads the two finish
// lines. Checked at every base URL in E2E_BASE_URLS (comma-separated; `cargo xtask test` serves
// dist/ at the root and a second build under /loopscope/), in headless system Chromium.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { after, before, test } from "node:test";
import { chromium } from "playwright-core";

/** The sleeps the page runs, by label, in ms. */
const SLEEPS = { slow: 300, fast: 100 };
/** How far a finish may drift from its sleep, in ms: a busy 2-core machine delays timers. */
const TOLERANCE_MS = 40;
/** Flags that keep system Chromium offline and quiet when run as root in a container. */
const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const SCREENSHOTS = new URL("./screenshots/", import.meta.url);

const bases = (process.env.E2E_BASE_URLS ?? "").split(",").filter(Boolean);
let browser;

before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: CHROMIUM_FLAGS,
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
});

test("E2E_BASE_URLS names at least one site to test", () => {
  assert.ok(bases.length > 0, "run through `cargo xtask test`, which serves the site");
});

for (const base of bases) {
  test(`at ${base}, the 100 ms sleep finishes first and each finishes on time`, async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    const errors = [];
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    page.on("pageerror", (error) => errors.push(error.message));

    await page.goto(base);
    assert.equal(await page.title(), "Loopscope");
    await page.getByRole("button", { name: "Run two sleeps" }).click();
    const items = page.locator("#finish-lines li");
    await items.nth(1).waitFor();

    const finishes = await items.evaluateAll((lis) =>
      lis.map((li) => ({ label: li.dataset.label, ms: Number(li.dataset.ms), text: li.textContent })),
    );
    const name = new URL(base).pathname.replaceAll("/", "") || "root";
    await page.screenshot({ path: new URL(`${name}.png`, SCREENSHOTS).pathname });
    await page.close();

    assert.deepEqual(finishes.map((finish) => finish.label), ["fast", "slow"]);
    for (const { label, ms, text } of finishes) {
      assert.ok(Math.abs(ms - SLEEPS[label]) <= TOLERANCE_MS, `${label} finished at ${ms} ms`);
      assert.match(text, new RegExp(`^${label} finished at \\d+ ms$`));
    }
    assert.deepEqual(errors, [], "no console errors (a CSP violation would show up here)");
  });
}
