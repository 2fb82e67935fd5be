//! The lab's choices once checked: which URLs, how many requests, the fan-out pattern, a
//! per-request timeout and a rate limit. The generated program follows from these alone.

use super::latency::Latency;
use super::mode::Mode;

/// Fewest and most requests a run may make.
pub const COUNT_RANGE: std::ops::RangeInclusive<u32> = 1..=200;

/// Which URLs the requests go to.
#[derive(Clone, Debug, PartialEq)]
pub enum UrlSet {
    /// The built-in latency endpoint `https://lab.invalid/delay`.
    Builtin {
        /// How long each request takes.
        latency: Latency,
        /// Share of requests that fail with HTTP 500 (0 for none), the same ids every run.
        fail_rate: f64,
    },
    /// The learner's own URLs, used in turn (request `i` gets URL `i % len`).
    Custom(Vec<String>),
}

/// Everything the generated program depends on.
#[derive(Clone, Debug, PartialEq)]
pub struct LabSettings {
    /// The URLs.
    pub urls: UrlSet,
    /// Number of requests, within [`COUNT_RANGE`].
    pub count: u32,
    /// The fan-out pattern.
    pub mode: Mode,
    /// Per-request timeout in seconds (`aiohttp.ClientTimeout(total=...)`), if any.
    pub timeout_s: Option<f64>,
    /// Most requests started per second, if limited.
    pub rate_per_s: Option<f64>,
}

impl LabSettings {
    /// Whether the program has an ideal run to compare with: only the built-in endpoint's
    /// latencies are known in advance.
    pub fn has_ideal(&self) -> bool {
        matches!(self.urls, UrlSet::Builtin { .. })
    }
}
