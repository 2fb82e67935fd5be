// End to end, as a teacher's page embeds a challenge: the iframe shows it without the site
// header, and after Check the host receives the documented result message.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { bases, sharedBrowser } from "./common.mjs";

const ID = "fetch-in-order";
const SOLUTION = readFileSync(new URL(`../challenges/01-${ID}/solution.py`, import.meta.url), "utf8");
const browser = sharedBrowser();

for (const base of bases) {
  test(`at ${base}, an embedded challenge posts each Check's result to the host`, async () => {
    const page = await browser().newPage({ viewport: { width: 1200, height: 900 } });
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.setContent(`<h1>A teacher's page</h1>
      <iframe id="lesson" title="Loopscope challenge" width="1100" height="800" src="${new URL(`#/embed/ch/${ID}`, base).href}"></iframe>`);
    await page.evaluate(() => {
      window.received = [];
      window.addEventListener("message", (event) => window.received.push(event.data));
    });
    const frame = page.frameLocator("#lesson");
    await frame.locator("#challenge-title").waitFor();
    assert.equal(await frame.locator(".site-header").count(), 0, "no site header in the embed");

    await frame.locator("#check").click();
    await page.waitForFunction(() => window.received.length > 0);
    let [result] = await page.evaluate(() => window.received);
    assert.equal(result.type, "loopscope:result");
    assert.equal(result.challenge, ID);
    assert.equal(result.passed, false, "the starter does not pass");

    const editor = frame.getByRole("textbox", { name: "Program" });
    await editor.fill(SOLUTION);
    await frame.locator("#check").click();
    await page.waitForFunction(() => window.received.length > 1);
    result = (await page.evaluate(() => window.received))[1];
    assert.equal(result.passed, true);
    assert.ok(result.checks.length >= 4);
    for (const check of result.checks) {
      assert.deepEqual(Object.keys(check).sort(), ["at", "expected", "hint", "measured", "name", "passed"]);
    }
    assert.deepEqual(errors, []);
    await page.close();
  });
}
