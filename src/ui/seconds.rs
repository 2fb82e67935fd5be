//! How lesson times are written on the page: `0.250 s`.

/// `t` lesson seconds with millisecond precision: `format_seconds(0.25)` is `0.250 s`.
pub fn format_seconds(t: f64) -> String {
    format!("{:.3} s", t.max(0.0))
}
