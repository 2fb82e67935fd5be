// End to end: progress exported as a file imports into a fresh browser and shows there; a
// file that is not a progress file is refused with a message, and nothing changes.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import {bases, openExercise, openPage, sharedBrowser } from "./common.mjs";

const browser = sharedBrowser();

for (const base of bases) {
  test(`at ${base}, exported progress imports elsewhere, and a foreign file is refused`, async () => {
    const { page, errors } = await openExercise(browser(), base, "result-order");
    await page.getByRole("button", { name: "Check my prediction" }).click();
    await page.locator('#grade[data-passed="false"]').waitFor();
    await page.getByRole("link", { name: "Exercises", exact: true }).first().click();
    await page.locator('li.exercise-item[data-id="result-order"][data-status="attempted"]').waitFor();

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export progress" }).click(),
    ]);
    assert.equal(download.suggestedFilename(), "loopscope-progress.json");
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, "utf8"));
    assert.equal(exported.version, 1);
    assert.equal(exported.entries["result-order"].status, "attempted");

    // A fresh browser context has no progress until the file is imported.
    const { page: fresh, errors: freshErrors } = await openPage(browser(), new URL("#/", base).href);
    const item = fresh.locator('li.exercise-item[data-id="result-order"]');
    await item.waitFor();
    assert.equal(await item.getAttribute("data-status"), "new");
    await fresh.locator("#import-progress").setInputFiles({ name: "junk.json", mimeType: "application/json", buffer: Buffer.from("[1, 2") });
    await fresh.locator("#import-message").waitFor();
    assert.match(await fresh.locator("#import-message").textContent(), /could not be imported: 1:\d+: /);
    assert.equal(await item.getAttribute("data-status"), "new");
    await fresh.locator("#import-progress").setInputFiles(file);
    await fresh.locator('li.exercise-item[data-id="result-order"][data-status="attempted"]').waitFor();
    assert.match(await fresh.locator("#import-message").textContent(), /Imported progress on \d+ exercises\./);
    assert.match(await item.textContent(), /Tried · best \d+%/);

    await fresh.close();
    await page.close();
    assert.deepEqual([...errors, ...freshErrors], [], "no console errors");
  });
}
