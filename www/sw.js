// Loopscope's service worker: answers the built-in latency endpoint `lab/delay` so fan-out
// over real fetch() works offline and on any static host. Rules (also in
// src/python/net/lab.rs and tools/netshim/labnet.py): answer after `ms` milliseconds with the
// JSON echo {"id":..,"ms":..}; `status` fixes the status; `fail` is a failure rate, and
// request `id` fails (500) when the multiplicative hash of id + 1, scaled to [0, 1), is below
// it. Every other request goes to the network untouched.

const REASONS = {
  200: "OK", 201: "Created", 202: "Accepted", 204: "No Content", 400: "Bad Request",
  401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 408: "Request Timeout",
  429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway",
  503: "Service Unavailable", 504: "Gateway Timeout",
};

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  const lab = new URL("lab/", self.registration.scope);
  if (url.origin !== lab.origin || !url.pathname.startsWith(lab.pathname)) return;
  event.respondWith(answer(url.pathname.slice(lab.pathname.length), url.searchParams));
});

function fails(id, rate) {
  return (Math.imul((id + 1) | 0, 2654435761 | 0) >>> 0) / 4294967296 < rate;
}

function reply(status, body, delayMs) {
  const response = () =>
    new Response(body, {
      status,
      statusText: REASONS[status] || "",
      headers: { "Content-Type": "application/json", "Cache-Control": "no-store" },
    });
  return new Promise((resolve) => setTimeout(() => resolve(response()), delayMs));
}

function error(status, message) {
  return reply(status, JSON.stringify({ error: message }), 0);
}

function answer(route, params) {
  if (route !== "delay") return error(404, "no such lab endpoint (try delay?ms=100)");
  const whole = (text) => /^[0-9]+$/.test(text);
  let ms = 0, id = null, rate = 0, status = 200;
  if (params.has("ms")) {
    if (!whole(params.get("ms")) || Number(params.get("ms")) > 600000)
      return error(400, "ms must be a whole number of milliseconds up to 600000");
    ms = Number(params.get("ms"));
  }
  if (params.has("id")) {
    if (!/^[+-]?[0-9]+$/.test(params.get("id"))) return error(400, "id must be a whole number");
    id = Number(params.get("id"));
  }
  if (params.has("fail")) {
    rate = Number(params.get("fail"));
    if (params.get("fail") === "" || !(rate >= 0 && rate <= 1))
      return error(400, "fail must be a rate between 0 and 1");
  }
  if (params.has("status")) {
    status = Number(params.get("status"));
    if (!whole(params.get("status")) || status < 200 || status > 599)
      return error(400, "status must be between 200 and 599");
  }
  const idText = id === null ? "null" : String(id);
  if (fails(id ?? 0, rate))
    return reply(500, `{"id":${idText},"ms":${ms},"error":"simulated failure"}`, ms);
  return reply(status, `{"id":${idText},"ms":${ms}}`, ms);
}
