// End to end: progress lives in localStorage. Passing an exercise shows on the catalogue
// (status, "1 / N done", "Continue") and survives a reload; an entry corrupted by hand is
// reset on its own with a notice, keeping the rest. Screenshots: the catalogue, and a 360 px
// phone view of an exercise.
import assert from "node:assert/strict";
import { test } from "node:test";
import {bases, card, decoys, idealRun, openExercise, screenshotPath, sharedBrowser, siteName } from "./common.mjs";

const ideal = idealRun("fundamentals/03-asyncio-run");

const browser = sharedBrowser();

for (const base of bases) {
  test(`at ${base}, a passed exercise shows on the catalogue after a reload, and a corrupt entry resets alone`, async () => {
    const { page, errors } = await openExercise(browser(), base, "asyncio-run");
    for (const text of decoys("fundamentals/03-asyncio-run")) await card(page, text).locator("button", { hasText: "✕" }).click();
    for (const [i, line] of ideal.lines.entries()) {
      const target = page.locator("#board > li").nth(i);
      if ((await target.getAttribute("data-text")) !== line.text) await card(page, line.text).dragTo(target);
    }
    for (const line of ideal.lines) await card(page, line.text).locator('input[type="number"]').fill(String(line.t));
    if (await page.locator("#total-time").count()) await page.locator("#total-time").fill(String(ideal.end));
    await page.getByRole("button", { name: "Check my prediction" }).click();
    await page.locator('#grade[data-passed="true"]').waitFor();

    await page.getByRole("link", { name: "Exercises", exact: true }).first().click();
    const item = page.locator('li.exercise-item[data-id="asyncio-run"]');
    await item.waitFor();
    const total = await page.locator("li.exercise-item").count();
    assert.equal(await item.getAttribute("data-status"), "passed");
    assert.equal(await page.locator("#done-count strong").textContent(), `1 / ${total} done`);

    await page.reload();
    await item.waitFor();
    assert.equal(await item.getAttribute("data-status"), "passed");
    assert.equal(await page.locator("#done-count strong").textContent(), `1 / ${total} done`);
    assert.match(await page.locator("#continue").textContent(), /^Start: |^Continue: /);
    await page.screenshot({ path: screenshotPath(`catalogue-${siteName(base)}`), fullPage: false });

    // Reopening the exercise restores the last prediction.
    await page.goto(new URL("#/ex/asyncio-run", base).href);
    await page.locator("#board > li").first().waitFor();
    const restored = await page.locator("#board > li").evaluateAll((lis) => lis.map((li) => li.dataset.text));
    assert.deepEqual(restored, ideal.lines.map((l) => l.text));

    // Corrupt one entry by hand: it is reset with a notice; the other entry is kept.
    await page.evaluate(() => {
      const stored = JSON.parse(localStorage.getItem("loopscope.progress"));
      stored.entries["result-order"] = { status: "weird" };
      localStorage.setItem("loopscope.progress", JSON.stringify(stored));
    });
    await page.goto(new URL("#/", base).href);
    await page.locator("#progress-notice").waitFor();
    assert.match(await page.locator("#progress-notice").textContent(), /“result-order” could not be read and was reset/);
    assert.equal(await item.getAttribute("data-status"), "passed");

    // A 360 px phone.
    await page.setViewportSize({ width: 360, height: 780 });
    await page.screenshot({ path: screenshotPath(`catalogue-phone-${siteName(base)}`), fullPage: false });
    await page.goto(new URL("#/ex/result-order", base).href);
    await page.locator("#board > li").first().waitFor();
    await page.getByRole("button", { name: "Check my prediction" }).click();
    await page.locator("#grade").waitFor();
    await page.screenshot({ path: screenshotPath(`exercise-phone-${siteName(base)}`), fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);

    await page.close();
    assert.deepEqual(errors, [], "no console errors");
  });
}
