#![cfg(not(target_arch = "wasm32"))]
//! The lab's generated programs: for a choice of every pattern, URL set, timeout and rate
//! limit, the program is exactly the reviewed file in `tests/fixtures/fetch_lab/` (set
//! `LOOPSCOPE_BLESS=1` to rewrite them), and each of those prints what CPython 3.11 with the
//! recorder's aiohttp shim printed, at the same virtual times.

mod common;

use loopscope::ui::fetch_lab::{program, LabSettings, Latency, Mode, UrlSet};

fn builtin(latency: Latency, fail_rate: f64) -> UrlSet {
    UrlSet::Builtin { latency, fail_rate }
}

/// Each case: its fixture's name and its settings.
fn cases() -> Vec<(&'static str, LabSettings)> {
    let fixed = builtin(Latency::Fixed100, 0.0);
    let set = |urls: &UrlSet, count, mode, timeout_s, rate_per_s| LabSettings { urls: urls.clone(), count, mode, timeout_s, rate_per_s };
    vec![
        ("sequential_fixed", set(&fixed, 10, Mode::Sequential, None, None)),
        ("gather_fixed_100", set(&fixed, 100, Mode::Gather, None, None)),
        ("semaphore_5", set(&fixed, 20, Mode::Semaphore(5), None, None)),
        ("gather_exceptions_tail", set(&builtin(Latency::LongTail, 0.1), 40, Mode::GatherExceptions, Some(0.3), None)),
        ("gather_timeout_raises", set(&builtin(Latency::LongTail, 0.0), 30, Mode::Gather, Some(0.3), None)),
        ("as_completed_rate", set(&builtin(Latency::Uniform50To150, 0.0), 30, Mode::AsCompleted, None, Some(50.0))),
        (
            "custom_urls",
            set(
                &UrlSet::Custom(vec!["https://lab.invalid/delay?ms=50".into(), "https://lab.invalid/delay?ms=150&status=503".into()]),
                6,
                Mode::GatherExceptions,
                None,
                None,
            ),
        ),
    ]
}

#[test]
fn generated_programs_are_the_reviewed_fixtures() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fetch_lab");
    for (name, settings) in cases() {
        let path = dir.join(format!("{name}.py"));
        let code = program(&settings);
        if std::env::var_os("LOOPSCOPE_BLESS").is_some() {
            std::fs::write(&path, &code).expect("write fixture");
        }
        let reviewed = std::fs::read_to_string(&path).expect("fixture exists");
        assert_eq!(code, reviewed, "{name}: the generated program changed (LOOPSCOPE_BLESS=1 rewrites it)");
    }
}

#[test]
fn generated_programs_print_what_cpython_prints() {
    common::fixtures::check_dir("tests/fixtures/fetch_lab");
}
