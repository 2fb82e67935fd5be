//! The timeline's time axis: a round span covering the run, ticks at round steps (1, 2 or 5
//! times a power of ten), and the mapping from lesson seconds to a horizontal position.

/// The shortest span the axis shows, in lesson seconds (a run where no time passes).
const MIN_SPAN: f64 = 0.1;

/// A time axis from 0 to `span` lesson seconds.
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    /// The axis's end: the run's end rounded up to a whole step.
    pub span: f64,
    /// Distance between ticks.
    pub step: f64,
}

impl Axis {
    /// An axis covering 0..`end` with at most `max_ticks` steps (at least one).
    pub fn new(end: f64, max_ticks: usize) -> Axis {
        let end = if end.is_finite() { end.max(MIN_SPAN) } else { MIN_SPAN };
        let steps = max_ticks.max(1) as f64;
        let magnitude = 10f64.powf((end / steps).log10().floor());
        let step = [1.0, 2.0, 5.0, 10.0]
            .iter()
            .map(|m| m * magnitude)
            .find(|step| step * steps >= end * (1.0 - 1e-9))
            .unwrap_or(10.0 * magnitude);
        let span = step * (end / step - 1e-9).ceil().max(1.0);
        Axis { span, step }
    }

    /// The tick times, from 0 to the span inclusive.
    pub fn ticks(&self) -> Vec<f64> {
        let count = (self.span / self.step).round() as usize;
        (0..=count).map(|i| i as f64 * self.step).collect()
    }

    /// A tick's label with as many decimals as the step needs: `0.25 s`, `2 s`.
    pub fn label(&self, t: f64) -> String {
        let decimals = (-self.step.log10() - 1e-9).ceil().max(0.0) as usize;
        format!("{t:.decimals$} s")
    }

    /// Where time `t` falls between `left` and `right` (clamped to that range).
    pub fn x(&self, t: f64, left: f64, right: f64) -> f64 {
        left + (t / self.span).clamp(0.0, 1.0) * (right - left)
    }
}
