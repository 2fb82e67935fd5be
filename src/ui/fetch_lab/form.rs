//! The lab's form as typed: every field is text until [`LabForm::settings`] checks it, so a
//! half-typed number never breaks the page; each refused field gets its own message.

use super::latency::Latency;
use super::mode::Mode;
use super::settings::{LabSettings, UrlSet, COUNT_RANGE};
use super::url_list::parse_url_list;

/// A field of the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// Number of requests.
    Count,
    /// The semaphore's slots.
    Slots,
    /// Per-request timeout.
    Timeout,
    /// Rate limit.
    Rate,
    /// Failure rate of the built-in endpoint.
    FailRate,
    /// The custom URL list.
    Urls,
    /// The predicted total time.
    Prediction,
}

/// Why a field was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The field.
    pub field: Field,
    /// What to type instead.
    pub message: String,
}

/// The form's inputs, as typed.
#[derive(Clone, Debug, PartialEq)]
pub struct LabForm {
    /// Use the custom URL list instead of the built-in endpoint.
    pub custom: bool,
    /// The built-in endpoint's latencies.
    pub latency: Latency,
    /// Failure rate of the built-in endpoint, in percent (blank: none).
    pub fail_percent: String,
    /// The custom URLs, one per line.
    pub urls: String,
    /// Number of requests.
    pub count: String,
    /// The fan-out pattern (a semaphore's slots come from [`LabForm::slots`]).
    pub mode: Mode,
    /// The semaphore's slots.
    pub slots: String,
    /// Per-request timeout in seconds (blank: none).
    pub timeout: String,
    /// Requests per second (blank: no limit).
    pub rate: String,
    /// The learner's predicted total time in seconds (blank: no prediction).
    pub prediction: String,
}

impl Default for LabForm {
    fn default() -> Self {
        LabForm {
            custom: false,
            latency: Latency::Fixed100,
            fail_percent: String::new(),
            urls: "https://lab.invalid/delay?ms=200\n".into(),
            count: "100".into(),
            mode: Mode::Gather,
            slots: "5".into(),
            timeout: String::new(),
            rate: String::new(),
            prediction: String::new(),
        }
    }
}

impl LabForm {
    /// The checked choices, or every field that needs fixing.
    pub fn settings(&self) -> Result<LabSettings, Vec<FieldError>> {
        let mut errors = Vec::new();
        let count = keep(&mut errors, Field::Count, whole(&self.count, COUNT_RANGE, "The number of requests"));
        let mode = match self.mode {
            Mode::Semaphore(_) => keep(&mut errors, Field::Slots, whole(&self.slots, 1..=200, "k")).map(Mode::Semaphore),
            other => Some(other),
        };
        let timeout_s = keep(&mut errors, Field::Timeout, optional(&self.timeout, 0.001, 60.0, "The timeout", "seconds"));
        let rate_per_s = keep(&mut errors, Field::Rate, optional(&self.rate, 0.1, 1000.0, "The rate limit", "requests per second"));
        let urls = if self.custom {
            keep(&mut errors, Field::Urls, parse_url_list(&self.urls).map_err(|e| e.to_string())).map(UrlSet::Custom)
        } else {
            keep(&mut errors, Field::FailRate, optional(&self.fail_percent, 0.0, 100.0, "The failure rate", "percent"))
                .map(|p| UrlSet::Builtin { latency: self.latency, fail_rate: p.unwrap_or(0.0) / 100.0 })
        };
        match (urls, count, mode, timeout_s, rate_per_s) {
            (Some(urls), Some(count), Some(mode), Some(timeout_s), Some(rate_per_s)) if errors.is_empty() => {
                Ok(LabSettings { urls, count, mode, timeout_s, rate_per_s })
            }
            _ => Err(errors),
        }
    }

    /// The predicted total time in seconds: `None` when blank.
    pub fn prediction_s(&self) -> Result<Option<f64>, FieldError> {
        optional(&self.prediction, 0.0, 3600.0, "The prediction", "seconds")
            .map_err(|message| FieldError { field: Field::Prediction, message })
    }
}

/// The value of `result`, or `None` after noting its error against `field`.
fn keep<T>(errors: &mut Vec<FieldError>, field: Field, result: Result<T, String>) -> Option<T> {
    result.map_err(|message| errors.push(FieldError { field, message })).ok()
}

/// A whole number in `range`.
fn whole(text: &str, range: std::ops::RangeInclusive<u32>, what: &str) -> Result<u32, String> {
    match text.trim().parse::<u32>() {
        Ok(n) if range.contains(&n) => Ok(n),
        _ => Err(format!("{what} must be a whole number from {} to {}.", range.start(), range.end())),
    }
}

/// A number from `low` to `high` (`unit` names it in the message), or `None` when blank.
fn optional(text: &str, low: f64, high: f64, what: &str, unit: &str) -> Result<Option<f64>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<f64>() {
        Ok(x) if x.is_finite() && (low..=high).contains(&x) => Ok(Some(x)),
        _ => Err(format!("{what} must be a number of {unit} from {low} to {high}, or blank.")),
    }
}
