// End to end: the fetch lab (#/fetch) clicked like a person. 100 requests of 100 ms under
// gather finish in under a quarter of the sequential time; Semaphore(5) starts its requests in
// waves of five; a per-request timeout marks the slow requests "timed out"; Stop aborts the
// requests in flight; the program opens in the scratchpad; a bad custom URL is refused.
import assert from "node:assert/strict";
import { test } from "node:test";
import { bases, openPage, screenshotPath, sharedBrowser, siteName } from "./common.mjs";

const browser = sharedBrowser();

/** Presses Run and waits until that run has finished; returns its total time in seconds. */
async function runToEnd(page, timeout = 30_000) {
  const run = Number(await page.locator("#lab-status").getAttribute("data-run")) + 1;
  await page.locator("#lab-run").click();
  await page.locator(`#lab-status[data-state="finished"][data-run="${run}"]`).waitFor({ timeout });
  return Number(await page.locator("#lab-total").getAttribute("data-seconds"));
}

/** Every bar of the waterfall: id, state, and queued/start/end times in ms. */
function bars(page) {
  return page.locator("#waterfall g.wf-bar").evaluateAll((gs) =>
    gs.map((g) => ({
      id: Number(g.dataset.id),
      state: g.dataset.state,
      url: g.dataset.url,
      queued: Number(g.dataset.queued),
      start: Number(g.dataset.start),
      end: Number(g.dataset.end),
    })),
  );
}

/** The most bars in flight at one time. */
function mostInFlight(drawn) {
  return Math.max(...drawn.map((b) => drawn.filter((o) => o.start <= b.start && b.start < o.end).length));
}

for (const base of bases) {
  const site = siteName(base);
  const open = () => openPage(browser(), new URL("#/fetch", base).href);

  test(`at ${base}, gather finishes 100 × 100 ms in under a quarter of the sequential time`, async () => {
    const { page, errors } = await open();
    await page.locator("#lab-prediction").fill("0.1");
    const gather = await runToEnd(page);
    const gathered = await bars(page);
    assert.equal(gathered.length, 100);
    assert.ok(gathered.every((b) => b.state === "done"), "every request done");
    assert.match(await page.locator("#lab-vs-ideal").textContent(), /the ideal 0\.100 s/);
    assert.match(await page.locator("#lab-vs-prediction").textContent(), /^Spot on/);
    assert.match(await page.locator("#lab-tally").textContent(), /100 done/);
    await page.screenshot({ path: screenshotPath(`fetch-lab-gather-${site}`), fullPage: true });

    await page.getByLabel("sequential (one after another)").check();
    const sequential = await runToEnd(page);
    const one_by_one = await bars(page);
    assert.ok(one_by_one.every((b, i) => i === 0 || b.start >= one_by_one[i - 1].end - 1), "each starts after the last");
    assert.ok(gather < sequential / 4, `gather ${gather} s, sequential ${sequential} s`);
    console.log(`# ${site}: 100 × 100 ms: gather ${gather.toFixed(3)} s, sequential ${sequential.toFixed(3)} s`);
    await page.close();
    assert.deepEqual(errors, []);
  });

  test(`at ${base}, Semaphore(5) starts 25 requests in five waves`, async () => {
    const { page, errors } = await open();
    await page.getByLabel("Semaphore(k)").check();
    await page.locator("#lab-slots").fill("5");
    await page.locator("#lab-count").fill("25");
    await expectCode(page, "asyncio.Semaphore(5)");
    const total = await runToEnd(page);
    const drawn = await bars(page);
    // Wave w is requests 5w+1 … 5w+5: a wave starts only once a request of the wave before
    // has ended (100 ms or more after it started), never more than five in flight.
    const wave = (w) => drawn.filter((b) => Math.ceil(b.id / 5) === w + 1);
    for (let w = 0; w + 1 < 5; w++) {
      const [now, next] = [wave(w), wave(w + 1)];
      assert.equal(now.length, 5);
      assert.ok(Math.min(...next.map((b) => b.start)) >= Math.min(...now.map((b) => b.end)) - 1, `wave ${w + 2} waits`);
      const gap = Math.min(...next.map((b) => b.start)) - Math.min(...now.map((b) => b.start));
      assert.ok(gap >= 95, `wave ${w + 2} starts ${gap} ms after wave ${w + 1}`);
    }
    assert.equal(mostInFlight(drawn), 5);
    const firsts = [0, 1, 2, 3, 4].map((w) => Math.min(...wave(w).map((b) => b.start)));
    console.log(`# ${site}: Semaphore(5) of 25 × 100 ms: ${total.toFixed(3)} s, waves start at ${firsts.join(", ")} ms`);
    await page.close();
    assert.deepEqual(errors, []);
  });

  test(`at ${base}, a per-request timeout marks the slow requests timed out`, async () => {
    const { page, errors } = await open();
    await page.getByLabel(/^long tail/).check();
    await page.getByLabel("gather(return_exceptions=True)").check();
    await page.locator("#lab-count").fill("40");
    await page.locator("#lab-timeout").fill("0.3");
    await runToEnd(page);
    const drawn = await bars(page);
    // The long tail's delays are 40–80 ms or 400–1200 ms: every slow one times out, and no
    // request times out before 0.3 s. (A fast one may too on a busy machine: the service
    // worker's round trip and late timers add time.)
    const slow = (b) => Number(new URL(b.url).searchParams.get("ms")) > 300;
    const timedOut = drawn.filter((b) => b.state === "timed-out");
    assert.ok(drawn.filter(slow).length >= 1 && drawn.filter(slow).every((b) => b.state === "timed-out"));
    for (const b of timedOut) assert.ok(b.end - b.start >= 299, `timed out after ${b.end - b.start} ms`);
    assert.ok(drawn.every((b) => b.state === "timed-out" || b.state === "done"));
    console.log(`# ${site}: timeout 0.3 s over 40 long-tail requests: ${drawn.filter(slow).length} slow, ${timedOut.length} timed out`);
    assert.match(await page.locator("#lab-tally").textContent(), new RegExp(`${timedOut.length} timed out`));
    await page.close();
    assert.deepEqual(errors, []);
  });

  test(`at ${base}, Stop aborts every request in flight`, async () => {
    const { page, errors } = await open();
    await page.getByLabel("Semaphore(k)").check();
    await page.locator("#lab-count").fill("100");
    await page.locator("#lab-run").click();
    await page.locator('#waterfall g.wf-bar[data-state="done"]').nth(9).waitFor();
    await page.locator("#lab-stop").click();
    await page.locator('#lab-status[data-state="stopped"]').waitFor();
    const stopped = await bars(page);
    const aborted = stopped.filter((b) => b.state === "aborted");
    assert.ok(aborted.length >= 1 && aborted.length <= 5, `${aborted.length} aborted`);
    assert.equal(stopped.filter((b) => b.state === "in-flight").length, 0);
    await page.waitForTimeout(400);
    assert.equal((await bars(page)).length, stopped.length, "no request is made after Stop");
    await page.close();
    assert.deepEqual(errors, []);
  });

  test(`at ${base}, the program opens in the scratchpad and bad URLs are refused`, async () => {
    const { page, errors } = await open();
    await page.getByLabel("My own URLs").check();
    await page.locator("#lab-urls").fill("https://lab.invalid/delay?ms=50\nftp://files.example/");
    assert.equal(await page.locator(".lab-urls .field-error").textContent(), "line 2:1: only http:// and https:// URLs can be fetched");
    assert.ok(await page.locator("#lab-run").isDisabled());
    await page.locator("#lab-urls").fill("https://lab.invalid/delay?ms=50");
    await page.locator("#lab-count").fill("3");
    await runToEnd(page);
    assert.match(await page.locator("#lab-vs-ideal").textContent(), /No ideal for your own URLs/);
    await page.locator("#lab-open-scratchpad").click();
    await page.waitForURL(/#\/play$/);
    const code = await page.getByRole("textbox", { name: "Program" }).inputValue();
    assert.match(code, /MY_URLS = \[\n {4}"https:\/\/lab\.invalid\/delay\?ms=50",\n\]/);
    await page.close();
    assert.deepEqual(errors, []);
  });
}

/** Waits until the program shown contains `text`. */
async function expectCode(page, text) {
  await page.locator("#program", { hasText: text }).waitFor();
}
