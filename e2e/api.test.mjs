// The JavaScript API as a page script sees it: `window.loopscope` on Loopscope's own page, and
// a plain module import from another page of the site, which must not mount the app.
import assert from "node:assert/strict";
import { test } from "node:test";
import { bases, launch, openPage } from "./common.mjs";

for (const base of bases) {
  test(`at ${base}, window.loopscope lists, runs and grades an exercise`, async () => {
    const browser = await launch();
    try {
      const { page, errors } = await openPage(browser, base);
      await page.waitForFunction(() => window.loopscope !== undefined);
      const result = await page.evaluate(async () => {
        const { listExercises, runExercise, gradePrediction } = window.loopscope;
        const [first] = listExercises();
        const run = await runExercise(first.id, { clock: "virtual" });
        const prediction = { lines: run.lines.map((line, i) => ({ line: i, t: line.t })), total: run.end };
        const grade = gradePrediction(first.id, prediction);
        let rejected = "";
        try {
          gradePrediction("no-such-exercise", prediction);
        } catch (error) {
          rejected = error.message;
        }
        return { count: listExercises().length, lines: run.lines.length, passed: grade.passed, rejected };
      });
      assert.ok(result.count >= 36, `${result.count} exercises`);
      assert.ok(result.lines > 0);
      assert.equal(result.passed, true);
      assert.match(result.rejected, /no exercise has the id/);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });

  test(`at ${base}, a page that imports the module keeps its body to itself`, async () => {
    const browser = await launch();
    try {
      const page = await browser.newPage();
      // The site's own 404-free path: any page of the same origin may import the module.
      await page.goto(new URL("favicon.svg", base).href);
      const outcome = await page.evaluate(async (moduleUrl) => {
        const module = await import(moduleUrl);
        await module.default();
        const run = await module.runProgram("print('hi')\n", { clock: "virtual" });
        return { text: run.lines[0].text, mounted: document.querySelector(".site-header") !== null };
      }, new URL("loopscope.js", base).href);
      assert.deepEqual(outcome, { text: "hi", mounted: false });
    } finally {
      await browser.close();
    }
  });
}
