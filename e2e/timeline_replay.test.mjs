// End to end: after a run, Replay redraws the timeline from time 0 as the run unfolded (fewer
// printed-line marks early on), then stops by itself with every mark back.
import assert from "node:assert/strict";
import { test } from "node:test";
import { bases, openPage, sharedBrowser } from "./common.mjs";

const PROGRAM = `import asyncio

async def worker(name, delay):
    await asyncio.sleep(delay)
    print(name, "woke")

async def main():
    await asyncio.gather(worker("a", 0.4), worker("b", 0.8), worker("c", 1.2))
    print("done")

asyncio.run(main())`;

const browser = sharedBrowser();

/** How many printed lines the timeline drawing marks. */
async function printMarks(page) {
  return page.locator("#timeline svg .mark-print").count();
}

for (const base of bases) {
  test(`at ${base}, a finished run replays on the timeline from the start`, async () => {
    const { page, errors } = await openPage(browser(), new URL("#/play", base).href);
    await page.getByRole("textbox", { name: "Program" }).fill(PROGRAM);
    await page.getByRole("radio", { name: "1×", exact: true }).check();
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await page.locator('#run-state[data-state="finished"]').waitFor({ timeout: 15_000 });
    const all = await printMarks(page);
    assert.equal(all, 4, "one mark per printed line");

    await page.locator("#replay").click();
    assert.equal(await page.locator("#replay").getAttribute("aria-pressed"), "true");
    assert.ok((await printMarks(page)) < all, "early in the replay, not every line has printed");
    await page.locator('#replay[aria-pressed="false"]').waitFor({ timeout: 10_000 });
    assert.equal(await printMarks(page), all);
    assert.deepEqual(errors, []);
    await page.close();
  });
}
