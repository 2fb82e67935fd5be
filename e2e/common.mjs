// Shared by the end-to-end tests: the sites to test, headless system Chromium, screenshots,
// and a page that records console errors (a CSP violation shows up as one).
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";

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
