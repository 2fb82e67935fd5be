// A minimal W3C WebDriver client for Firefox ESR through geckodriver (playwright-core's
// firefox needs Playwright's own patched build and cannot drive firefox-esr): start a headless
// session, open a URL, run an async function in the page, quit.
import { spawn } from "node:child_process";
import { createServer } from "node:net";

/** A port nobody listens on right now. */
function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts geckodriver and a headless firefox-esr session; resolves to a session object. */
export async function firefoxSession() {
  const port = await freePort();
  const driver = spawn(process.env.GECKODRIVER ?? "geckodriver", ["--port", String(port)], { stdio: "ignore" });
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, path, body) => {
    const response = await fetch(`${base}${path}`, { method, headers: { "content-type": "application/json" }, body: body && JSON.stringify(body) });
    const { value } = await response.json();
    if (value?.error) throw new Error(`WebDriver ${path}: ${value.error}: ${value.message}`);
    return value;
  };
  let created;
  for (let attempt = 0; !created; attempt++) {
    try {
      created = await call("POST", "/session", {
        capabilities: { alwaysMatch: { browserName: "firefox", "moz:firefoxOptions": { binary: process.env.FIREFOX ?? "/usr/bin/firefox-esr", args: ["-headless"] } } },
      });
    } catch (error) {
      if (attempt > 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  const session = `/session/${created.sessionId}`;
  await call("POST", `${session}/timeouts`, { script: 3_600_000, pageLoad: 60_000 });
  return {
    version: `Firefox ${created.capabilities.browserVersion}`,
    goto: (url) => call("POST", `${session}/url`, { url }),
    /** Runs `fn(arg)` (an async function, sent as source) in the page; resolves to its result. */
    evaluate: async (fn, arg) => {
      const script = `const done = arguments[1]; (${fn})(arguments[0]).then((value) => done({ value }), (e) => done({ error: String(e) }));`;
      const result = await call("POST", `${session}/execute/async`, { script, args: [arg] });
      if (result.error) throw new Error(result.error);
      return result.value;
    },
    close: async () => {
      await call("DELETE", session).catch(() => {});
      driver.kill();
    },
  };
}
