// End to end: in the scratchpad a person types an asyncio program (indenting with Tab), runs
// it, reads its output in order with lesson times, finds one timeline lane per task, then
// types a syntax error and sees it at its line and column before anything runs. Screenshots:
// light, dark and a 360 px phone.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { assertTitle, bases, launch, openPage, screenshotPath, siteName } from "./common.mjs";

/** The program, as typed: four leading spaces stand for one press of Tab. */
const PROGRAM = `import asyncio

async def worker(name, delay):
    await asyncio.sleep(delay)
    print(name, "woke")

async def main():
    print("start")
    await asyncio.gather(worker("slow", 0.3), worker("fast", 0.1))
    print("end")

asyncio.run(main())`;
/** What it prints, with CPython's ideal times in seconds. */
const EXPECTED = [
  ["start", 0.0],
  ["fast woke", 0.1],
  ["slow woke", 0.3],
  ["end", 0.3],
];
/** How late a live line may be, in lesson seconds: a busy 2-core machine delays timers. */
const TOLERANCE_S = 0.06;

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

/** Types `text` into the focused editor key by key, pressing Tab for each indent level. */
async function typeLikeAPerson(page, text) {
  const lines = text.split("\n");
  for (const [i, line] of lines.entries()) {
    const indent = line.match(/^ */)[0].length / 4;
    for (let level = 0; level < indent; level++) await page.keyboard.press("Tab");
    await page.keyboard.type(line.trimStart(), { delay: 2 });
    if (i < lines.length - 1) await page.keyboard.press("Enter");
  }
}

for (const base of bases) {
  test(`at ${base}, a typed program runs with its output in order, a lane per task, and a syntax error shows at its line`, async () => {
    const { page, errors } = await openPage(browser, new URL("#/play", base).href);
    await assertTitle(page, "Scratchpad · Loopscope");
    const editor = page.getByRole("textbox", { name: "Program" });
    await editor.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await typeLikeAPerson(page, PROGRAM);
    assert.equal(await editor.inputValue(), PROGRAM);

    await page.getByRole("radio", { name: "1×", exact: true }).check();
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await page.locator('#run-state[data-state="finished"]').waitFor({ timeout: 15_000 });

    const lines = await page.locator("#output li").evaluateAll((items) =>
      items.map((li) => ({
        text: li.querySelector(".output-text").textContent,
        t: Number(li.dataset.t),
        stream: li.dataset.stream,
        shown: li.querySelector(".output-time").textContent,
      })),
    );
    assert.deepEqual(lines.map((line) => line.text), EXPECTED.map(([text]) => text));
    for (const [i, line] of lines.entries()) {
      const ideal = EXPECTED[i][1];
      assert.equal(line.stream, "out");
      assert.ok(line.t >= ideal - 0.002 && line.t <= ideal + TOLERANCE_S, `${line.text} at ${line.t} s, ideal ${ideal} s`);
      assert.match(line.shown, /^\d+\.\d{3} s$/);
    }

    const lanes = await page.locator("#timeline svg g.lane").evaluateAll((groups) => groups.map((g) => g.dataset.lane));
    assert.deepEqual(lanes, ["Task-1", "Task-2", "Task-3"]);
    const waits = await page.locator("#timeline svg .seg.waiting title").allTextContents();
    assert.ok(waits.some((title) => title.includes("waits on sleep(0.3)")), waits.join("\n"));
    await page.getByText("The timeline in words").click();
    await page.locator("#timeline-words > ul > li").first().waitFor();
    const words = await page.locator("#timeline-words > ul > li").allTextContents();
    assert.equal(words.length, 3);
    assert.match(words[2], /prints “fast woke” at 0\.\d{3} s/);

    const site = siteName(base);
    await page.screenshot({ path: screenshotPath(`scratchpad-light-${site}`), fullPage: true });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.screenshot({ path: screenshotPath(`scratchpad-dark-${site}`), fullPage: true });
    await page.emulateMedia({ colorScheme: "light" });
    await page.setViewportSize({ width: 360, height: 800 });
    await page.screenshot({ path: screenshotPath(`scratchpad-phone-${site}`), fullPage: true });
    await page.setViewportSize({ width: 1200, height: 900 });

    // A syntax error, typed at the end: reported at its line and column, and nothing runs.
    await editor.click();
    await page.keyboard.press("Control+End");
    await page.keyboard.press("Enter");
    await page.keyboard.type("x = (1 +", { delay: 2 });
    const error = page.locator("#code-error");
    await error.waitFor();
    assert.equal(await error.getAttribute("data-line"), "13");
    assert.equal(await error.getAttribute("data-col"), "5");
    assert.match(await error.textContent(), /SyntaxError at line 13, column 5: '\(' was never closed/);
    assert.equal(await page.locator(".line-number.has-error").textContent(), "13");
    assert.equal(await editor.getAttribute("aria-invalid"), "true");
    assert.ok(await page.getByRole("button", { name: "Run", exact: true }).isDisabled());
    await page.screenshot({ path: screenshotPath(`scratchpad-error-${site}`), fullPage: true });

    // "Go to 13:5" puts the caret on the error.
    await page.getByRole("button", { name: "Go to 13:5" }).click();
    const caret = await editor.evaluate((area) => area.selectionStart);
    assert.equal(caret, PROGRAM.length + 1 + 4);

    // Fixing it clears the error.
    await page.keyboard.press("Control+End");
    for (let i = 0; i < "x = (1 +".length; i++) await page.keyboard.press("Backspace");
    await error.waitFor({ state: "detached" });
    assert.ok(await page.getByRole("button", { name: "Run", exact: true }).isEnabled());

    await page.close();
    assert.deepEqual(errors, [], "no console errors (a CSP violation would show up here)");
  });
}
