//! The built-in latency endpoint: `https://lab.invalid/delay?ms=300&id=7&fail=0.1&status=503`.
//!
//! It answers after `ms` milliseconds with the JSON echo `{"id":7,"ms":300}`. `status` fixes
//! the status (200 by default); `fail` is a failure rate: the request with id `id` fails (500,
//! with `"error":"simulated failure"` in the echo) when its id's hash falls below the rate, so
//! the same ids fail on every run and on every backend. `.invalid` is a reserved top-level
//! domain: the alias can never reach a real host.
//!
//! The same rules are implemented by the site's service worker (`www/sw.js`) and by the
//! recorder's network shim (`tools/netshim/labnet.py`); this one serves the virtual clock and
//! the browser's in-page fallback.

/// The alias's host name.
pub const LAB_HOST: &str = "lab.invalid";

/// What the endpoint answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LabAnswer {
    /// Milliseconds before the answer.
    pub delay_ms: u64,
    /// HTTP status.
    pub status: u16,
    /// The JSON body.
    pub body: String,
}

/// The path and query (`delay?ms=100&id=7`) of `url` when it addresses `lab.invalid` over
/// http or https; `None` for every other URL.
pub fn lab_path(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"))?;
    let rest = rest.strip_prefix(LAB_HOST)?;
    match rest.as_bytes().first() {
        None => Some(""),
        Some(b'/') => Some(&rest[1..]),
        Some(b'?') => Some(rest),
        _ => None,
    }
}

/// Whether request `id` fails at failure rate `rate`: a multiplicative hash of `id + 1`,
/// scaled to [0, 1), below the rate.
pub fn fails(id: i64, rate: f64) -> bool {
    let h = (id.wrapping_add(1) as u32).wrapping_mul(2_654_435_761);
    (h as f64 / 4_294_967_296.0) < rate
}

/// The endpoint's answer to `path` (path and query, as [`lab_path`] gives them).
pub fn answer(path: &str) -> LabAnswer {
    let (route, query) = path.split_once('?').unwrap_or((path, ""));
    if route != "delay" {
        return error(404, 0, "no such lab endpoint (try delay?ms=100)");
    }
    let mut ms: u64 = 0;
    let mut id: Option<i64> = None;
    let mut rate = 0.0;
    let mut status = 200;
    for (key, value) in query.split('&').filter_map(|p| p.split_once('=')) {
        match key {
            "ms" => match value.parse::<u64>() {
                Ok(v) if v <= 600_000 => ms = v,
                _ => return error(400, 0, "ms must be a whole number of milliseconds up to 600000"),
            },
            "id" => match value.parse::<i64>() {
                Ok(v) => id = Some(v),
                Err(_) => return error(400, 0, "id must be a whole number"),
            },
            "fail" => match value.parse::<f64>() {
                Ok(v) if (0.0..=1.0).contains(&v) => rate = v,
                _ => return error(400, 0, "fail must be a rate between 0 and 1"),
            },
            "status" => match value.parse::<u16>() {
                Ok(v) if (200..=599).contains(&v) => status = v,
                _ => return error(400, 0, "status must be between 200 and 599"),
            },
            _ => {}
        }
    }
    let id_text = id.map_or("null".to_string(), |v| v.to_string());
    if fails(id.unwrap_or(0), rate) {
        let body = format!("{{\"id\":{id_text},\"ms\":{ms},\"error\":\"simulated failure\"}}");
        return LabAnswer { delay_ms: ms, status: 500, body };
    }
    LabAnswer { delay_ms: ms, status, body: format!("{{\"id\":{id_text},\"ms\":{ms}}}") }
}

fn error(status: u16, delay_ms: u64, message: &str) -> LabAnswer {
    LabAnswer { delay_ms, status, body: format!("{{\"error\":\"{message}\"}}") }
}
