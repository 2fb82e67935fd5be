// End to end, by keyboard only: on "An uncaught failure" a person moves focused cards with
// Alt+↑, types times, the total and the exception, and checks with Enter: it passes. Then
// they bin a line that does print with N and check again: it fails, that line is reported as
// binned, and the move was announced to screen readers.
import assert from "node:assert/strict";
import { test } from "node:test";
import {bases, boardTexts, card, decoys, idealRun, openExercise, sharedBrowser, verdicts } from "./common.mjs";

const ideal = idealRun("gather/05-uncaught-failure");

const browser = sharedBrowser();

for (const base of bases) {
  test(`at ${base}, a prediction made by keyboard passes, and binning a printed line fails`, async () => {
    const { page, errors } = await openExercise(browser(), base, "uncaught-failure");
    const wanted = ideal.lines.map((l) => l.text);
    assert.equal(ideal.exception, "KeyError");

    for (const text of decoys("gather/05-uncaught-failure")) {
      await card(page, text).focus();
      await page.keyboard.press("n");
    }
    for (const [i, text] of wanted.entries()) {
      let at = (await boardTexts(page)).indexOf(text);
      if (at === i) continue;
      await card(page, text).focus();
      for (; at > i; at--) await page.keyboard.press("Alt+ArrowUp");
      assert.equal(await page.evaluate(() => document.activeElement.dataset.text), text, "focus follows the card");
    }
    assert.deepEqual(await boardTexts(page), wanted);
    assert.match(await page.locator("#board-said").textContent(), /moved to position \d of 4\./);

    for (const line of ideal.lines) {
      await card(page, line.text).locator('input[type="number"]').focus();
      await page.keyboard.type(String(line.t));
    }
    await page.locator("#total-time").focus();
    await page.keyboard.type(String(ideal.end));
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement.id), "exception");
    await page.keyboard.type("KeyError");
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement.id), "check");
    await page.keyboard.press("Enter");
    await page.locator('#grade[data-passed="true"]').waitFor();
    assert.match(await page.locator("#exception-verdict").textContent(), /✓ you said KeyError; it ends with KeyError/);

    // Bin a line that prints (N on the focused card), then check again.
    await card(page, wanted[1]).focus();
    await page.keyboard.press("n");
    assert.deepEqual(await boardTexts(page), [wanted[0], ...wanted.slice(2)]);
    assert.match(await page.locator("#board-said").textContent(), /put in the never-prints bin/);
    await page.locator("#check").focus();
    await page.keyboard.press("Enter");
    await page.locator('#grade[data-passed="false"]').waitFor();
    const rows = await verdicts(page);
    assert.equal(rows.find((r) => r.text === wanted[1]).place, "binned");
    const printed = rows.filter((r) => wanted.includes(r.text) && r.text !== wanted[1]);
    assert.ok(printed.every((r) => r.place === "right"), JSON.stringify(rows));
    const binnedDecoys = rows.filter((r) => !wanted.includes(r.text));
    assert.ok(binnedDecoys.every((r) => r.place === "never-right"), JSON.stringify(rows));

    await page.close();
    assert.deepEqual(errors, [], "no console errors");
  });
}
