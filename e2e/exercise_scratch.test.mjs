// End to end: editing an exercise's program makes a marked scratch copy whose own run deals
// the cards and grades the prediction; a live run then shows its times beside the ideal ones;
// Reset brings the original back.
import assert from "node:assert/strict";
import { test } from "node:test";
import {bases, boardTexts, card, openExercise, sharedBrowser, verdicts } from "./common.mjs";

/** result-order with the east shop made the slowest (2.5 s instead of 0.5 s). */
const EDITED_LINES = [
  ["west shop answered", 1.0],
  ["north shop answered", 1.5],
  ["east shop answered", 2.5],
  ["prices: [12.5, 9.0, 11.25]", 2.5],
];

const browser = sharedBrowser();

for (const base of bases) {
  test(`at ${base}, a scratch copy is graded against its own run, runs live, and resets`, async () => {
    const { page, errors } = await openExercise(browser(), base, "result-order");
    assert.equal(await page.locator("#scratch-notice").count(), 0);
    await page.getByRole("button", { name: "Edit a copy" }).click();
    const editor = page.getByRole("textbox", { name: "Program", exact: true });
    const source = await editor.inputValue();
    await editor.fill(source.replace('fetch_price("east", 0.5, 9.0)', 'fetch_price("east", 2.5, 9.0)'));
    await page.locator("#scratch-notice").waitFor();
    // A scratch copy's cards are its own run's lines, without the original's decoys.
    await page.waitForFunction(() => !document.querySelector("#never-bin > li") && document.querySelectorAll("#board > li").length === 4);
    const dealt = await boardTexts(page);
    assert.deepEqual([...dealt].sort(), EDITED_LINES.map(([text]) => text).sort());

    for (const [i, [text, t]] of EDITED_LINES.entries()) {
      const target = page.locator("#board > li").nth(i);
      if ((await target.getAttribute("data-text")) !== text) await card(page, text).dragTo(target);
      await card(page, text).locator('input[type="number"]').fill(String(t));
    }
    await page.locator("#total-time").fill("2.5");
    await page.getByRole("button", { name: "Check my prediction" }).click();
    await page.locator('#grade[data-passed="true"]').waitFor();

    await page.getByRole("radio", { name: "1×", exact: true }).check();
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await page.locator('#run-state[data-state="finished"]').waitFor({ timeout: 15_000 });
    await page.locator("#live-note").waitFor();
    assert.match(await page.locator("#live-note").textContent(), /same lines in the same order/);
    const live = await page.locator("#latest-attempt thead th").allTextContents();
    assert.ok(live.includes("Live"), live.join("|"));
    assert.equal((await verdicts(page)).length, 4);

    await page.getByRole("button", { name: "Reset to the original" }).click();
    await page.locator("#scratch-notice").waitFor({ state: "detached" });
    await page.locator("#program").waitFor();
    await page.waitForFunction(() => document.querySelectorAll("#board > li").length === 5, null, { timeout: 5_000 });

    await page.close();
    assert.deepEqual(errors, [], "no console errors");
  });
}
