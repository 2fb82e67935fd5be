//! The challenge files compiled into the crate: one row per folder under `challenges/`.
//! Adding a challenge is adding its folder and one `row!` line here; a test checks that every
//! folder has its row.

/// The files of one challenge folder, as text.
#[derive(Clone, Copy, Debug)]
pub struct ChallengeFiles<'a> {
    /// The folder name: `01-fetch-in-order`.
    pub folder: &'a str,
    /// `challenge.json`.
    pub meta: Option<&'a str>,
    /// `starter.py`.
    pub starter: Option<&'a str>,
    /// `demo.py`.
    pub demo: Option<&'a str>,
    /// `checks.py`.
    pub checks: Option<&'a str>,
    /// `solution.py`.
    pub solution: Option<&'a str>,
}

macro_rules! row {
    ($folder:literal) => {
        ChallengeFiles {
            folder: $folder,
            meta: Some(include_str!(concat!("../../challenges/", $folder, "/challenge.json"))),
            starter: Some(include_str!(concat!("../../challenges/", $folder, "/starter.py"))),
            demo: Some(include_str!(concat!("../../challenges/", $folder, "/demo.py"))),
            checks: Some(include_str!(concat!("../../challenges/", $folder, "/checks.py"))),
            solution: Some(include_str!(concat!("../../challenges/", $folder, "/solution.py"))),
        }
    };
}

/// Every challenge folder, in order.
pub const CHALLENGES: &[ChallengeFiles<'static>] = &[
    row!("01-fetch-in-order"),
    row!("02-async-retry"),
    row!("03-producers-consumers"),
    row!("04-async-timer"),
    row!("05-event-bus"),
    row!("06-rate-limited-fetcher"),
    row!("07-scraper-four-bugs"),
    row!("08-say-concurrently"),
    row!("09-timeout-fallback"),
    row!("10-cancel-cleanly"),
    row!("11-crawler"),
    row!("12-offload-blocking"),
    row!("13-paged-stream"),
];
