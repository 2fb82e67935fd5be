// End to end: Stop cancels a long run in the scratchpad (no more output arrives), and Run
// afterwards starts a fresh run from the beginning that finishes cleanly.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { bases, launch, openPage } from "./common.mjs";

/** Would print for ten seconds. */
const LONG = `import asyncio

async def tick():
    for i in range(100):
        print("tick", i)
        await asyncio.sleep(0.1)

asyncio.run(tick())
`;
/** Finishes at once. */
const SHORT = `print("short")
`;

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

/** The texts of the output lines on the page now. */
function outputTexts(page) {
  return page.locator("#output .output-text").allTextContents();
}

for (const base of bases) {
  test(`at ${base}, Stop cancels a long run and Run starts again cleanly`, async () => {
    const { page, errors } = await openPage(browser, new URL("#/play", base).href);
    const editor = page.getByRole("textbox", { name: "Program" });
    const run = page.getByRole("button", { name: /^(Run|Restart)$/ });
    const stop = page.getByRole("button", { name: "Stop" });
    await editor.fill(LONG);

    await run.click();
    await page.locator("#output li").nth(2).waitFor();
    await stop.click();
    await page.locator('#run-state[data-state="stopped"]').waitFor();
    const stoppedAt = await outputTexts(page);
    assert.ok(stoppedAt.length >= 3 && stoppedAt.length < 100, `${stoppedAt.length} lines`);
    await page.waitForTimeout(500);
    assert.deepEqual(await outputTexts(page), stoppedAt, "no output arrives after Stop");

    // The same program again starts from its first line, not where the old run was.
    await run.click();
    await page.locator('#run-state[data-state="running"]').waitFor();
    await page.locator("#output li").nth(1).waitFor();
    const again = await outputTexts(page);
    assert.deepEqual(again.slice(0, 2), ["tick 0", "tick 1"]);
    assert.ok(again.length < stoppedAt.length + 3, "the old run's lines are gone");

    // Restart while running, with a short program: only its output, and it finishes.
    await editor.fill(SHORT);
    await run.click();
    await page.locator('#run-state[data-state="finished"]').waitFor();
    await page.waitForTimeout(300);
    assert.deepEqual(await outputTexts(page), ["short"]);
    assert.equal(await page.locator("#timeline svg g.lane").count(), 1, "module code's own lane");

    await page.close();
    assert.deepEqual(errors, []);
  });
}
