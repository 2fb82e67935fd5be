// Shared by the end-to-end tests: the sites to test, headless system Chromium, screenshots,
// and a page that records console errors (a CSP violation shows up as one).
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { after, before } from "node:test";

/** Flags that keep system Chromium offline and quiet when run as root in a container. */
const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const SCREENSHOTS = new URL("./screenshots/", import.meta.url);

/** The sites to test (`cargo xtask test` serves dist/ at the root and under /loopscope/). */
export const bases = (process.env.E2E_BASE_URLS ?? "").split(",").filter(Boolean);

/** Starts headless system Chromium and makes sure the screenshot folder exists. */
export async function launch() {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: CHROMIUM_FLAGS,
  });
}

/** A short name for a base URL: `root`, or its path (`loopscope`). */
export function siteName(base) {
  return new URL(base).pathname.replaceAll("/", "") || "root";
}

/** Where a screenshot called `name` goes. */
export function screenshotPath(name) {
  return new URL(`${name}.png`, SCREENSHOTS).pathname;
}

/**
 * Opens a page (1200×900 unless told) whose console errors and page errors land in `errors`,
 * and waits until the app has started (the wasm loads after the page's `load` event).
 */
export async function openPage(browser, url, viewport = { width: 1200, height: 900 }) {
  const page = await browser.newPage({ viewport });
  const errors = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  await page.locator(".site-header").waitFor();
  return { page, errors };
}

/** Asserts that the document title becomes `title` (the app sets it just after rendering). */
export async function assertTitle(page, title) {
  await page.waitForFunction((wanted) => document.title === wanted, title, { timeout: 5_000 }).catch(() => {});
  assert.equal(await page.title(), title);
}

/**
 * The ideal run of an exercise, read from its CPython recording (`exercises/<path>.expected`):
 * the lines a learner predicts ({text, t}), the total time, and the exception type, if any.
 * A traceback at the end is not among the lines, as in the grader.
 */
export function idealRun(path) {
  const text = readFileSync(new URL(`../exercises/${path}.expected`, import.meta.url), "utf8");
  const records = text.split("\n").filter((r) => r && !r.startsWith("#") && !r.startsWith("exit"));
  let end = 0;
  const lines = [];
  for (const record of records) {
    const [head, ...rest] = record.split(" ");
    if (head === "end") {
      end = Math.max(end, Number(rest[0]));
      continue;
    }
    end = Math.max(end, Number(head));
    lines.push({ t: Number(head), stream: rest[0], text: rest.slice(1).join(" ") });
  }
  const traceback = lines.findIndex((l) => l.stream === "err" && l.text === "Traceback (most recent call last):");
  const exception = traceback >= 0 ? lines.at(-1).text.split(":")[0] : null;
  return { lines: traceback >= 0 ? lines.slice(0, traceback) : lines, end, exception };
}

/** The lines exercise `path` (`gather/01-result-order`) offers that never print. */
export function decoys(path) {
  const meta = JSON.parse(readFileSync(new URL(`../exercises/${path}.json`, import.meta.url), "utf8"));
  return meta.decoys ?? [];
}

/** The texts of the predicted printed lines, in board order. */
export async function boardTexts(page) {
  return page.locator("#board > li").evaluateAll((items) => items.map((li) => li.dataset.text));
}

/** The printed card showing `text`. */
export function card(page, text) {
  return page.locator("#board > li").filter({ has: page.locator(`code:text-is(${JSON.stringify(text)})`) });
}

/** Opens exercise `id` and waits until its board is dealt. */
export async function openExercise(browser, base, id, viewport) {
  const opened = await openPage(browser, new URL(`#/ex/${id}`, base).href, viewport);
  await opened.page.locator("#board > li").first().waitFor();
  return opened;
}

/** Each row of the latest comparison table: line text, place verdict and time verdict. */
export async function verdicts(page) {
  return page.locator("#latest-attempt table tbody tr").evaluateAll((rows) =>
    rows.map((tr) => ({ text: tr.querySelector("th").textContent, place: tr.dataset.verdict, time: tr.dataset.time })),
  );
}

/**
 * One headless browser for a test file: started before its tests, closed after them.
 * Returns a function that gives the browser.
 */
export function sharedBrowser() {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });
  return () => browser;
}
