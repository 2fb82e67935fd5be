//! The speeds a live run can play at: lesson seconds per real second.

/// How fast a live run plays. At 0.1× a program that sleeps one lesson second takes ten real
/// seconds, so quick interleavings are easy to watch.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Speed {
    /// 0.1×.
    Tenth,
    /// 0.25×.
    Quarter,
    /// 0.5×.
    Half,
    /// 1×: real time.
    #[default]
    Full,
}

impl Speed {
    /// Every speed, slowest first (the order the picker shows them).
    pub const ALL: [Speed; 4] = [Speed::Tenth, Speed::Quarter, Speed::Half, Speed::Full];

    /// Lesson seconds per real second, the time scale the live clock takes.
    pub fn scale(self) -> f64 {
        match self {
            Speed::Tenth => 0.1,
            Speed::Quarter => 0.25,
            Speed::Half => 0.5,
            Speed::Full => 1.0,
        }
    }

    /// The label shown on the picker: `0.25×`.
    pub fn label(self) -> &'static str {
        match self {
            Speed::Tenth => "0.1×",
            Speed::Quarter => "0.25×",
            Speed::Half => "0.5×",
            Speed::Full => "1×",
        }
    }
}
