// End to end, by mouse: a person drags the cards of "Results come back in argument order"
// into the right order, types each line's time and the total, and checks: the prediction
// passes with every line right. Then they drag the last line to the top and check again: it
// fails, that line is out of order, and the first attempt stays visible below. Screenshots:
// the graded exercise in light and dark, and its timeline.
import assert from "node:assert/strict";
import { test } from "node:test";
import {bases, boardTexts, card, decoys, idealRun, openExercise, screenshotPath, sharedBrowser, siteName, verdicts } from "./common.mjs";

const ideal = idealRun("gather/01-result-order");

const browser = sharedBrowser();

for (const base of bases) {
  test(`at ${base}, a prediction arranged by mouse passes, and a wrong order fails with the right verdicts`, async () => {
    const { page, errors } = await openExercise(browser(), base, "result-order");
    assert.equal(await page.locator("#next-exercise").getAttribute("href"), "#/ex/first-error-propagates");
    const wanted = ideal.lines.map((l) => l.text);
    assert.notDeepEqual(await boardTexts(page), wanted, "the cards start scrambled");

    for (const text of decoys("gather/01-result-order")) await card(page, text).locator("button", { hasText: "✕" }).click();
    for (const [i, text] of wanted.entries()) {
      const target = page.locator("#board > li").nth(i);
      if ((await target.getAttribute("data-text")) !== text) await card(page, text).dragTo(target);
    }
    assert.deepEqual(await boardTexts(page), wanted);
    for (const line of ideal.lines) {
      await card(page, line.text).locator('input[type="number"]').click();
      await page.keyboard.type(String(line.t));
    }
    await page.locator("#total-time").click();
    await page.keyboard.type(String(ideal.end));
    await page.getByRole("button", { name: "Check my prediction" }).click();

    await page.locator('#grade[data-passed="true"]').waitFor();
    assert.match(await page.locator("#grade").textContent(), /Passed.*Score 100%/);
    const never = decoys("gather/01-result-order");
    const right = await verdicts(page);
    assert.deepEqual(right.map((r) => r.text), [...wanted, ...never]);
    const printed = right.slice(0, wanted.length);
    assert.ok(printed.every((r) => r.place === "right" && r.time === "right"), JSON.stringify(right));
    assert.ok(right.slice(wanted.length).every((r) => r.place === "never-right"), JSON.stringify(right));
    assert.match(await page.locator("#explanation").textContent(), /result order follows the argument list/);

    const site = siteName(base);
    await page.screenshot({ path: screenshotPath(`exercise-graded-light-${site}`), fullPage: true });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.screenshot({ path: screenshotPath(`exercise-graded-dark-${site}`), fullPage: true });
    await page.emulateMedia({ colorScheme: "light" });
    await page.locator("#timeline").screenshot({ path: screenshotPath(`exercise-timeline-${site}`) });
    const lanes = await page.locator("#timeline svg g.lane").count();
    assert.equal(lanes, 4, "main and three fetches");

    // Wrong: the last line dragged to the top.
    await card(page, wanted[3]).dragTo(page.locator("#board > li").first());
    assert.deepEqual(await boardTexts(page), [wanted[3], ...wanted.slice(0, 3)]);
    await page.getByRole("button", { name: "Check my prediction" }).click();
    await page.locator('#grade[data-passed="false"]').waitFor();
    const wrong = await verdicts(page);
    assert.deepEqual(wrong.map((r) => r.place), ["right", "right", "right", "wrong-place", ...never.map(() => "never-right")]);
    assert.match(await page.locator("#order-score").textContent(), /Order: 75%/);
    assert.match(await page.locator("#feedback").textContent(), /gather\(\) returns its results in the order/);
    assert.match(await page.locator("details.attempt.earlier summary").textContent(), /Attempt 1: 100%, passed/);

    await page.close();
    assert.deepEqual(errors, [], "no console errors");
  });
}
