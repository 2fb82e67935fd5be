// Starts the wasm app from a file rather than an inline script, so the page's
// Content-Security-Policy can forbid inline code. Trunk's `pattern_script` (Trunk.toml) writes the
// <script> tag that loads this file, with the module and wasm URLs as data attributes; the app
// mounts only in a page with that tag. The module's JavaScript API (docs/API.md) is then also
// reachable as `window.loopscope`.
const tag = document.querySelector("script[data-wasm]");
const loopscope = await import(tag.dataset.js);
await loopscope.default({ module_or_path: tag.dataset.wasm });
window.loopscope = loopscope;
// The service worker answers the site's built-in latency endpoint (lab/delay) for programs
// that fetch https://lab.invalid/...; without it the page answers those requests itself.
if ("serviceWorker" in navigator) {
  const worker = new URL("sw.js", new URL(tag.dataset.js, document.baseURI));
  navigator.serviceWorker.register(worker, { scope: new URL("./", worker).pathname }).catch(() => {});
}
