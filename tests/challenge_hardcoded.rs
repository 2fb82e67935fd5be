#![cfg(not(target_arch = "wasm32"))]
//! A learner who hard-codes what one check run printed passes that seed only.

mod challenge_support;

use challenge_support::check;
use loopscope::challenge;

/// A `say_all` that replays the lines one run printed, at their times, whatever the jobs.
fn replaying(lines: &[(f64, String)]) -> String {
    let mut src = String::from("import asyncio\n\n\nasync def say_all(jobs):\n    now = 0\n");
    for (t, text) in lines {
        src.push_str(&format!("    await asyncio.sleep({t} - now)\n    now = {t}\n    print({text:?})\n"));
    }
    src.push_str("    return [message for message, delay in jobs]\n");
    src
}

#[test]
fn hard_coded_output_passes_its_own_seed_only() {
    let c = challenge::get("say-concurrently").expect("challenge");
    let reference = check(&c, &c.solution, 5);
    let lines: Vec<(f64, String)> = reference.run.lines.iter().map(|l| (l.t, l.text.clone())).collect();
    assert!(!lines.is_empty());
    let cheat = replaying(&lines);
    assert!(check(&c, &cheat, 5).passed, "the replay should fool its own seed");
    let other = check(&c, &cheat, 6);
    assert!(!other.passed);
    let failed = other.first_failure().expect("a failing check");
    assert_eq!(failed.name, "each message printed when its delay ends");
}

#[test]
fn hard_coded_results_fail_another_seed() {
    let c = challenge::get("fetch-in-order").expect("challenge");
    let cheat = "async def fetch_all(urls, fetch, limit=10):\n    return ['page 1'] * 50\n";
    let report = check(&c, cheat, 3);
    assert!(!report.passed);
    assert!(report.checks.iter().any(|r| r.name == "results in the original order" && !r.passed));
}
