// Starts the wasm app from a file rather than an inline script, so the page's
// Content-Security-Policy can forbid inline code. Trunk's `pattern_script` (Trunk.toml) writes the
// <script> tag that loads this file, with the hashed module and wasm URLs as data attributes.
const tag = document.querySelector("script[data-wasm]");
const { default: init } = await import(tag.dataset.js);
await init({ module_or_path: tag.dataset.wasm });
