// A local static server for the peers benchmark: the release site (dist/) at `/`, Pyodide's
// npm package at `/pyodide/`, and this folder's `peer-pyodide.html` at `/peer-pyodide.html`,
// all on one origin (so a service worker of the site would also answer the Pyodide page).
// Bodies are sent as they are on disk (no compression): the benchmark gzips them itself.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".zip": "application/zip",
  ".map": "application/json",
};

/** The file a URL path names, or null when it is outside every served folder. */
function fileFor(path, { dist, pyodide, page }) {
  const clean = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, "");
  if (clean === "/peer-pyodide.html") return page;
  if (clean.startsWith("/pyodide/")) return join(pyodide, clean.slice("/pyodide/".length));
  return join(dist, clean === "/" ? "index.html" : clean);
}

/**
 * Serves `dirs` ({dist, pyodide, page}) on a free port of 127.0.0.1; resolves to
 * `{url, close}` once listening.
 */
export function serve(dirs) {
  const server = createServer(async (request, response) => {
    const file = fileFor(new URL(request.url, "http://x").pathname, dirs);
    try {
      const body = await readFile(file);
      response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
      response.end(body);
    } catch {
      response.writeHead(404).end("not found");
    }
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      resolve({ url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() });
    });
  });
}
