//! How the lab's requests are made: one after another, all at once with `gather` (raising or
//! collecting exceptions), at most `k` at a time with a `Semaphore`, or handled as they
//! complete with `as_completed`.

/// The fan-out pattern of the generated program.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// A `for` loop awaiting each request before the next.
    Sequential,
    /// `asyncio.gather` of every request; the first exception propagates.
    #[default]
    Gather,
    /// `asyncio.gather(..., return_exceptions=True)`: exceptions come back as results.
    GatherExceptions,
    /// `gather` with each request inside `async with asyncio.Semaphore(k)`.
    Semaphore(u32),
    /// `asyncio.as_completed`: results in the order they arrive.
    AsCompleted,
}

impl Mode {
    /// A short name for forms: `sequential`, `gather`, `gather-exceptions`, `semaphore`,
    /// `as-completed`.
    pub fn key(self) -> &'static str {
        match self {
            Mode::Sequential => "sequential",
            Mode::Gather => "gather",
            Mode::GatherExceptions => "gather-exceptions",
            Mode::Semaphore(_) => "semaphore",
            Mode::AsCompleted => "as-completed",
        }
    }

    /// What the picker says: `gather(return_exceptions=True)`.
    pub fn label(self) -> &'static str {
        match self {
            Mode::Sequential => "sequential (one after another)",
            Mode::Gather => "gather",
            Mode::GatherExceptions => "gather(return_exceptions=True)",
            Mode::Semaphore(_) => "Semaphore(k)",
            Mode::AsCompleted => "as_completed",
        }
    }

    /// Every pattern, in the order the picker shows them (`Semaphore` with 5 slots).
    pub const ALL: [Mode; 5] = [Mode::Sequential, Mode::Gather, Mode::GatherExceptions, Mode::Semaphore(5), Mode::AsCompleted];

    /// The same pattern; a semaphore with `slots` slots.
    pub fn with_slots(self, slots: u32) -> Mode {
        match self {
            Mode::Semaphore(_) => Mode::Semaphore(slots),
            other => other,
        }
    }
}
