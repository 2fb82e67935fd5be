// End to end, as a teacher's page uses the embed view: a host page with the exercise in an
// iframe restores a prediction by postMessage, the learner checks it, and the host receives
// the documented result message. A malformed restore message is reported, not applied.
import assert from "node:assert/strict";
import { test } from "node:test";
import { bases, decoys, idealRun, sharedBrowser } from "./common.mjs";

const ID = "result-order";
const ideal = idealRun("gather/01-result-order");
const browser = sharedBrowser();

/** A host page (about:blank) with the embed in an iframe, collecting the messages it gets. */
async function hostPage(base) {
  const page = await browser().newPage({ viewport: { width: 1200, height: 900 } });
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.setContent(`<h1>A teacher's page</h1>
    <iframe id="lesson" title="Loopscope exercise" width="1100" height="800" src="${new URL(`#/embed/${ID}`, base).href}"></iframe>`);
  await page.evaluate(() => {
    window.received = [];
    window.addEventListener("message", (event) => window.received.push(event.data));
  });
  const frame = page.frameLocator("#lesson");
  await frame.locator("#board > li").first().waitFor();
  return { page, frame, errors };
}

/** Posts `message` from the host page into the iframe. */
async function post(page, message) {
  await page.evaluate((m) => document.getElementById("lesson").contentWindow.postMessage(m, "*"), message);
}

for (const base of bases) {
  test(`at ${base}, an embedded exercise restores a prediction and posts its grade to the host`, async () => {
    const { page, frame, errors } = await hostPage(base);
    assert.equal(await frame.locator(".site-header").count(), 0, "no site header in the embed");
    assert.equal(await frame.locator("#share-heading").count(), 0, "no sharing in the embed");

    await post(page, { type: "loopscope:restore", exercise: "lock-race", prediction: {} });
    await frame.locator("#embed-problem").waitFor();
    assert.match(await frame.locator("#embed-problem").textContent(), /is for exercise "lock-race", not this one/);

    const never = decoys("gather/01-result-order");
    const prediction = { lines: ideal.lines.map((l) => ({ line: l.text, t: l.t })), never, total: ideal.end };
    await post(page, { type: "loopscope:restore", exercise: ID, prediction });
    await frame.locator("#embed-problem").waitFor({ state: "detached" });
    const board = await frame.locator("#board > li").evaluateAll((items) => items.map((li) => li.dataset.text));
    assert.deepEqual(board, ideal.lines.map((l) => l.text), "the restored order is on the board");
    const binned = await frame.locator("#never-bin > li").evaluateAll((items) => items.map((li) => li.dataset.text));
    assert.deepEqual(binned, never, "and the restored bin");

    await frame.locator("#check").click();
    await frame.locator('#grade[data-passed="true"]').waitFor();
    await page.waitForFunction(() => window.received.length > 0);
    const [result] = await page.evaluate(() => window.received);
    assert.equal(result.type, "loopscope:result");
    assert.equal(result.exercise, ID);
    assert.equal(result.passed, true);
    assert.equal(result.score, 1);
    assert.equal(result.prediction.lines.length, ideal.lines.length);
    assert.deepEqual(errors, []);
    await page.close();
  });
}
