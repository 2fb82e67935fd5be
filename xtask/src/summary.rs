//! Counting tests in runner output, and the per-stage and final summary lines.

/// Tests passed and failed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Tests that passed.
    pub passed: u64,
    /// Tests that failed.
    pub failed: u64,
}

impl std::ops::Add for Counts {
    type Output = Counts;

    fn add(self, other: Counts) -> Counts {
        Counts {
            passed: self.passed + other.passed,
            failed: self.failed + other.failed,
        }
    }
}

/// How a test runner reports its counts.
#[derive(Clone, Copy, Debug)]
pub enum Format {
    /// libtest and wasm-bindgen-test-runner: `test result: ok. 3 passed; 0 failed; …` per binary.
    Libtest,
    /// `node --test`: summary lines `ℹ pass 3` / `ℹ fail 0` (spec) or `# pass 3` (TAP).
    NodeTest,
}

impl Format {
    /// The counts in everything a runner printed, summed over its reports.
    pub fn count(self, output: &str) -> Counts {
        let per_line = match self {
            Format::Libtest => libtest_line,
            Format::NodeTest => node_line,
        };
        output
            .lines()
            .filter_map(per_line)
            .fold(Counts::default(), |sum, line| sum + line)
    }
}

/// The counts of one `test result:` line.
fn libtest_line(line: &str) -> Option<Counts> {
    let (_, rest) = line.split_once("test result:")?;
    let words: Vec<&str> = rest.split_whitespace().collect();
    let count_of = |label: &str| {
        words
            .windows(2)
            .find(|pair| pair[1].trim_end_matches([';', ',']) == label)
            .and_then(|pair| pair[0].parse().ok())
    };
    Some(Counts {
        passed: count_of("passed")?,
        failed: count_of("failed")?,
    })
}

/// The count of a node summary line: `pass N` or `fail N` after `ℹ ` or `# `.
fn node_line(line: &str) -> Option<Counts> {
    let line = line.trim();
    let rest = line
        .strip_prefix("ℹ ")
        .or_else(|| line.strip_prefix("# "))?;
    let (label, number) = rest.split_once(' ')?;
    let number = number.trim().parse().ok()?;
    match label {
        "pass" => Some(Counts {
            passed: number,
            failed: 0,
        }),
        "fail" => Some(Counts {
            passed: 0,
            failed: number,
        }),
        _ => None,
    }
}

/// What one stage did.
pub struct StageResult {
    /// The stage's name, e.g. `native`.
    pub name: &'static str,
    /// Tests it counted.
    pub counts: Counts,
    /// Why it failed even if no test did (its command failed, or it could not start).
    pub problem: Option<String>,
}

impl StageResult {
    /// Passed: no problem, no failed test, and at least one test ran.
    pub fn ok(&self) -> bool {
        self.problem.is_none() && self.counts.failed == 0 && self.counts.passed > 0
    }

    /// The recap line, e.g. `stage native: 12 passed, 0 failed (ok)`.
    pub fn line(&self) -> String {
        let Counts { passed, failed } = self.counts;
        let verdict = match (&self.problem, passed + failed) {
            (Some(problem), _) => format!("FAILED: {problem}"),
            (None, 0) => "FAILED: ran no test".to_owned(),
            (None, _) if failed > 0 => "FAILED".to_owned(),
            (None, _) => "ok".to_owned(),
        };
        format!(
            "stage {}: {passed} passed, {failed} failed ({verdict})",
            self.name
        )
    }
}

/// The final line over all stages: `N passed, N failed`.
pub fn total_line(results: &[StageResult]) -> String {
    let total = results
        .iter()
        .fold(Counts::default(), |sum, result| sum + result.counts);
    format!("{} passed, {} failed", total.passed, total.failed)
}

#[cfg(test)]
mod tests {
    use super::{Counts, Format, StageResult};

    #[test]
    fn libtest_counts_are_summed_over_test_binaries() {
        let output = "running 2 tests\n\
            test result: ok. 2 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out\n\
            test result: FAILED. 1 passed; 3 failed; 0 ignored; 0 measured; 0 filtered out\n";
        assert_eq!(
            Format::Libtest.count(output),
            Counts {
                passed: 3,
                failed: 3
            }
        );
    }

    #[test]
    fn node_counts_are_read_from_spec_and_tap_summaries() {
        let spec = "✔ a test (5ms)\nℹ tests 3\nℹ pass 2\nℹ fail 1\nℹ skipped 0\n";
        let tap = "ok 1 - a test\n# pass 4\n# fail 0\n";
        assert_eq!(
            Format::NodeTest.count(spec),
            Counts {
                passed: 2,
                failed: 1
            }
        );
        assert_eq!(
            Format::NodeTest.count(tap),
            Counts {
                passed: 4,
                failed: 0
            }
        );
    }

    #[test]
    fn a_stage_that_ran_no_test_fails() {
        let result = StageResult {
            name: "e2e",
            counts: Counts::default(),
            problem: None,
        };
        assert!(!result.ok());
        assert_eq!(
            result.line(),
            "stage e2e: 0 passed, 0 failed (FAILED: ran no test)"
        );
    }
}
