// End to end: a person opens the timer check, clicks "Run two sleeps" and reads the two finish
// lines. Checked at every base URL in E2E_BASE_URLS (comma-separated; `cargo xtask test` serves
// dist/ at the root and a second build under /loopscope/), in headless system Chromium.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { assertTitle, bases, launch, openPage, screenshotPath, siteName } from "./common.mjs";

/** The sleeps the page runs, by label, in ms. */
const SLEEPS = { slow: 300, fast: 100 };
/** How far a finish may drift from its sleep, in ms: a busy 2-core machine delays timers. */
const TOLERANCE_MS = 40;

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

test("E2E_BASE_URLS names at least one site to test", () => {
  assert.ok(bases.length > 0, "run through `cargo xtask test`, which serves the site");
});

for (const base of bases) {
  test(`at ${base}, the catalogue leads to the timer check, where the 100 ms sleep finishes first and each on time`, async () => {
    const { page, errors } = await openPage(browser, base);
    await assertTitle(page, "Exercises · Loopscope");
    await page.getByRole("link", { name: /Timer check/ }).first().click();
    assert.equal(new URL(page.url()).hash, "#/timers");
    await page.getByRole("button", { name: "Run two sleeps" }).click();
    const items = page.locator("#finish-lines li");
    await items.nth(1).waitFor();

    const finishes = await items.evaluateAll((lis) =>
      lis.map((li) => ({ label: li.dataset.label, ms: Number(li.dataset.ms), text: li.textContent })),
    );
    await page.screenshot({ path: screenshotPath(`timers-${siteName(base)}`) });
    await page.close();

    assert.deepEqual(finishes.map((finish) => finish.label), ["fast", "slow"]);
    for (const { label, ms, text } of finishes) {
      assert.ok(Math.abs(ms - SLEEPS[label]) <= TOLERANCE_MS, `${label} finished at ${ms} ms`);
      assert.match(text, new RegExp(`^${label} finished at \\d+ ms$`));
    }
    assert.deepEqual(errors, [], "no console errors (a CSP violation would show up here)");
  });
}
