// The browsers the soak runs in, behind one shape: {name, version, goto(url),
// evaluate(fn, arg), heap() (used JS heap bytes after a full garbage collection, or null when
// the browser offers no way to read it), close()}.
import { launch } from "../e2e/common.mjs";
import { firefoxSession } from "./webdriver.mjs";

/** Headless system Chromium through playwright-core; the heap comes from the DevTools protocol. */
async function chromium() {
  const browser = await launch();
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  return {
    name: "chromium",
    version: `Chromium ${browser.version()}`,
    goto: (url) => page.goto(url),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    heap: async () => {
      await cdp.send("HeapProfiler.collectGarbage");
      return (await cdp.send("Runtime.getHeapUsage")).usedSize;
    },
    close: () => browser.close(),
  };
}

/** Headless firefox-esr through geckodriver; WebDriver gives no reading of the JS heap. */
async function firefox() {
  const session = await firefoxSession();
  return { name: "firefox", ...session, heap: async () => null };
}

/** Opens the browser called `name` ("chromium" or "firefox"). */
export function openBrowser(name) {
  const open = { chromium, firefox }[name];
  if (!open) throw new Error(`no browser called ${JSON.stringify(name)} (chromium, firefox)`);
  return open();
}
