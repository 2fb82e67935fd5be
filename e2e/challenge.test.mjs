// End to end, as a learner works a challenge: from the list, open "fetch 50 URLs", paste a
// wrong solution (no semaphore), Check, read the failing check with what was measured against
// what was expected, show its moment on the timeline, paste the reference solution, Check and
// pass, run the examples live; reload: the code and the best result are kept, and the list
// shows it. Reset asks first and can be undone. Screenshots: the failing checks, their moment on the timeline, passing.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { assertTitle, bases, launch, openPage, screenshotPath, siteName } from "./common.mjs";

const ID = "fetch-in-order";
const file = (path) => readFileSync(new URL(`../challenges/01-${ID}/${path}`, import.meta.url), "utf8");
const WRONG = file("wrong/unbounded.py");
const SOLUTION = file("solution.py");
const STARTER = file("starter.py");
const FAILING = "at most 10 in flight";

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

/** Replaces the editor's text as a paste does. */
async function paste(page, text) {
  const editor = page.getByRole("textbox", { name: "Program" });
  await editor.click();
  await page.keyboard.press("Control+A");
  await page.keyboard.insertText(text);
  assert.equal(await editor.inputValue(), text);
}

/** Whether the element's box is inside the viewport. */
async function inView(locator) {
  return locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top < window.innerHeight && box.bottom > 0;
  });
}

for (const base of bases) {
  test(`at ${base}, a wrong solution fails a check shown on the timeline, the reference passes, and the best is kept`, async () => {
    const { page, errors } = await openPage(browser, new URL("#/challenges", base).href);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const item = page.locator(`.challenge-item[data-id="${ID}"]`);
    assert.match(await item.locator(".challenge-best").textContent(), /not tried/);
    await item.getByRole("link").click();
    await assertTitle(page, "Fetch 50 URLs, at most 10 at a time · Loopscope");
    assert.equal(await page.getByRole("textbox", { name: "Program" }).inputValue(), STARTER);

    await paste(page, WRONG);
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await page.locator("#check-summary").waitFor();
    assert.match(await page.locator("#check-summary").textContent(), /Not yet: \d+ of \d+ checks hold/);
    const failing = page.locator(`.check.failed[data-name="${FAILING}"]`);
    const measured = await failing.locator(".check-measured").textContent();
    const expected = await failing.locator(".check-expected").textContent();
    assert.ok(measured && expected && measured !== expected, `measured ${measured} vs expected ${expected}`);
    assert.match(await failing.locator(".check-hint").textContent(), /Semaphore/);
    await page.locator("#check-results").scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath(`challenge-failing-checks-${siteName(base)}`) });

    await failing.getByRole("button", { name: /Show on timeline/ }).click();
    const moment = page.locator("svg .moment");
    await moment.waitFor();
    assert.ok((await page.locator("svg .moment-hit").count()) >= 1, "the lane's event is ringed");
    assert.match(await page.locator("#moment-note").textContent(), /the moment at .* s/);
    assert.ok(await inView(page.locator("svg .moment-line")), "the moment is scrolled into view");
    await page.screenshot({ path: screenshotPath(`challenge-failing-moment-${siteName(base)}`) });

    await paste(page, SOLUTION);
    assert.equal(await page.locator("#check-stale").count(), 1, "the old Check is marked stale");
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await page.locator(".check-results.passed").waitFor();
    assert.match(await page.locator("#check-summary").textContent(), /Passed: all \d+ checks hold/);
    assert.equal(await page.locator(".check.failed").count(), 0);
    assert.match(await page.locator("#challenge-best").textContent(), /Your best: passed/);

    await page.getByRole("radio", { name: "1×", exact: true }).check();
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await page.locator('#run-state[data-state="finished"]').waitFor({ timeout: 15_000 });
    assert.ok((await page.locator("#output li").count()) >= 1, "the examples printed");
    await page.locator("#check-summary").scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath(`challenge-passing-${siteName(base)}`), fullPage: true });

    await page.reload();
    await page.locator("#challenge-best").waitFor();
    assert.match(await page.locator("#challenge-best").textContent(), /passed/);
    const editor = page.getByRole("textbox", { name: "Program" });
    assert.equal(await editor.inputValue(), SOLUTION, "the code survives a reload");

    await page.getByRole("button", { name: "Reset to starter" }).click();
    await page.getByRole("button", { name: "Keep mine" }).click();
    assert.equal(await editor.inputValue(), SOLUTION, "declining keeps the code");
    await page.getByRole("button", { name: "Reset to starter" }).click();
    await page.getByRole("button", { name: "Replace" }).click();
    assert.equal(await editor.inputValue(), STARTER);
    await page.getByRole("button", { name: "Undo reset" }).click();
    assert.equal(await editor.inputValue(), SOLUTION, "undo brings the code back");

    await page.goto(new URL("#/challenges", base).href);
    assert.match(await item.locator(".challenge-best").textContent(), /passed/);
    assert.match(await page.locator("#challenges-done").textContent(), /1 \/ \d+ passed/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test(`at ${base}, a runtime error in the code shows its line and the button puts the caret there`, async () => {
    const { page, errors } = await openPage(browser, new URL(`#/ch/${ID}`, base).href);
    await paste(page, "import asyncio\n\nasync def fetch_all(urls, fetch, limit=10):\n    return missing\n");
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await page.locator("#check-error").waitFor();
    assert.match(await page.locator("#check-error").textContent(), /Line 4, column 5: .*NameError/);
    await page.locator("#check-error-goto").click();
    const caret = await page.getByRole("textbox", { name: "Program" }).evaluate((area) => area.selectionStart);
    assert.equal(caret, "import asyncio\n\nasync def fetch_all(urls, fetch, limit=10):\n    ".length);
    assert.deepEqual(errors, []);
    await page.close();
  });
}
