// End to end: a share link restores an edited program and a prediction in a fresh page, and
// a tampered link says so and opens the original exercise instead.
import assert from "node:assert/strict";
import { test } from "node:test";
import {bases, boardTexts, card, openExercise, openPage, sharedBrowser } from "./common.mjs";

const browser = sharedBrowser();

for (const base of bases) {
  test(`at ${base}, a share link round-trips code and prediction, and a tampered one falls back`, async () => {
    const { page, errors } = await openExercise(browser(), base, "sequential-awaits");
    const texts = await boardTexts(page);
    await card(page, texts[2]).getByRole("button", { name: /up$/ }).click();
    await card(page, texts[0]).locator('input[type="number"]').fill("2.5");
    const arranged = await boardTexts(page);

    await page.getByRole("button", { name: "Make a share link" }).click();
    const link = await page.locator("#share-link").inputValue();
    assert.match(link, /#\/ex\/sequential-awaits\?s=1[A-Za-z0-9_-]+$/);

    const { page: opened, errors: openedErrors } = await openPage(browser(), link);
    await opened.locator("#board > li").first().waitFor();
    assert.deepEqual(await boardTexts(opened), arranged);
    assert.equal(await card(opened, texts[0]).locator('input[type="number"]').inputValue(), "2.5");
    assert.equal(await opened.locator("#scratch-notice").count(), 0, "the code was not edited");

    // An edited program travels too.
    await page.getByRole("button", { name: "Edit a copy" }).click();
    const editor = page.getByRole("textbox", { name: "Program", exact: true });
    await editor.click();
    await page.keyboard.press("Control+End");
    await page.keyboard.type('\nprint("shared!")');
    await page.locator("#scratch-notice").waitFor();
    await page.getByRole("button", { name: "Make a share link" }).click();
    const edited = await page.locator("#share-link").inputValue();
    await opened.goto(edited);
    await opened.locator("#scratch-notice").waitFor();
    assert.match(await opened.getByRole("textbox", { name: "Program", exact: true }).inputValue(), /print\("shared!"\)\n?$/);
    assert.ok((await boardTexts(opened)).includes("shared!"), "the edited program's own output is on the board");

    // Tampered: one character changed.
    const token = link.split("?s=")[1];
    const flipped = token.slice(0, 10) + (token[10] === "A" ? "B" : "A") + token.slice(11);
    await opened.goto(link.replace(token, flipped));
    await opened.locator("#share-problem").waitFor();
    assert.match(await opened.locator("#share-problem").textContent(), /could not be opened: .*original exercise/);
    assert.equal(await opened.locator("#scratch-notice").count(), 0);
    assert.equal(await opened.locator("#exercise-title").textContent(), "Three awaits in a row");

    await opened.close();
    await page.close();
    assert.deepEqual([...errors, ...openedErrors], [], "no console errors");
  });
}
