#![cfg(not(target_arch = "wasm32"))]
//! The fuzz target's short, fixed-seed pass, for CI (no sanitizer build, no nightly flags):
//! [`INPUTS`] deterministic mutations of the fixture corpus go through the same function as the
//! cargo-fuzz target (`fuzz/run_one.rs`). None may panic, overflow the stack, or run longer than
//! [`SLOW`]. The input being run is written to `<CARGO_TARGET_TMPDIR>/fuzz-pass/current.py`
//! first, so a crash that takes the whole process down (a stack overflow) leaves it behind.
//! The long, coverage-guided run is `cargo xtask fuzz`.

#[path = "../fuzz/run_one.rs"]
mod run_one;

use std::fs;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How many mutated programs one pass runs.
const INPUTS: usize = 3_000;
/// The seed of the mutation generator: change it to explore, keep it fixed in CI.
const SEED: u64 = 0x5EED_1007;
/// The whole pass stops early after this long (a slow debug build on a busy machine), still
/// counting as a pass if it ran at least [`MIN_INPUTS`].
const PASS_BUDGET: Duration = Duration::from_secs(40);
/// The fewest inputs a pass cut short by [`PASS_BUDGET`] must have run.
const MIN_INPUTS: usize = 500;
/// One input may take this long: the target's 250 ms wall budget, plus generous slack for a
/// debug build and the other runs sharing the machine.
const SLOW: Duration = Duration::from_secs(5);
/// Characters a mutation may drop in: brackets, quotes, line structure, escapes, non-ASCII.
const ODD_CHARS: &[char] = &[
    '(', ')', '[', ']', '{', '}', ':', '"', '\'', '\n', ' ', '\t', '\\', '#', '0', '.', ',', '=',
    '@', '*', 'é', '😀', '\u{200b}',
];

/// A xorshift64* generator: deterministic for a seed, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// The seed programs: every `.py` of the asyncio, language and error fixtures, sorted.
fn corpus(root: &Path) -> Vec<String> {
    let mut paths: Vec<PathBuf> = ["asyncio", "lang", "errors"]
        .iter()
        .flat_map(|dir| {
            fs::read_dir(root.join("tests/fixtures").join(dir))
                .expect("fixture folder")
                .flatten()
        })
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "py"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|path| fs::read_to_string(path).expect("fixtures are UTF-8"))
        .collect()
}

/// The tokens of `fuzz/python.dict` (`"…"` lines, `\x0A` escapes decoded).
fn dictionary(root: &Path) -> Vec<String> {
    let text = fs::read_to_string(root.join("fuzz/python.dict")).expect("fuzz/python.dict");
    text.lines()
        .filter_map(|line| {
            line.trim()
                .strip_prefix('"')?
                .strip_suffix('"')
                .map(|t| t.replace("\\x0A", "\n").replace("\\\"", "\""))
        })
        .collect()
}

/// The byte offset of a random char boundary of `s` (its end included).
fn boundary(rng: &mut Rng, s: &str) -> usize {
    let bounds: Vec<usize> = s.char_indices().map(|(i, _)| i).chain([s.len()]).collect();
    bounds[rng.below(bounds.len())]
}

/// `source` changed by one random mutation, kept valid UTF-8.
fn mutate(rng: &mut Rng, source: &str, corpus: &[String], dict: &[String]) -> String {
    let mut lines: Vec<&str> = source.split_inclusive('\n').collect();
    let (a, b) = (boundary(rng, source), boundary(rng, source));
    let (lo, hi) = (a.min(b), a.max(b));
    match rng.below(7) {
        0 => format!("{}{}", &source[..lo], &source[hi..]),
        1 => format!(
            "{}{}{}",
            &source[..a],
            dict[rng.below(dict.len())],
            &source[a..]
        ),
        2 => format!(
            "{}{}{}",
            &source[..a],
            ODD_CHARS[rng.below(ODD_CHARS.len())],
            &source[a..]
        ),
        3 if !lines.is_empty() => {
            let (i, j) = (rng.below(lines.len()), rng.below(lines.len()));
            lines.swap(i, j);
            lines.concat()
        }
        4 if !lines.is_empty() => {
            let i = rng.below(lines.len());
            let line = lines[i];
            let shifted = if rng.below(2) == 0 {
                format!("    {line}")
            } else {
                line.trim_start().to_owned()
            };
            lines[..i].concat() + &shifted + &lines[i + 1..].concat()
        }
        5 => {
            let other = &corpus[rng.below(corpus.len())];
            format!("{}{}", &source[..a], &other[boundary(rng, other)..])
        }
        _ => format!("{}{}{}", &source[..hi], &source[lo..hi], &source[hi..]),
    }
}

/// Runs one input on a thread with the target's stack; `Err` says how it failed.
fn run_checked(source: String) -> Result<(), String> {
    let started = Instant::now();
    let worker = std::thread::Builder::new()
        .stack_size(run_one::STACK_BYTES)
        .spawn(move || catch_unwind(AssertUnwindSafe(|| run_one::run(&source))).is_ok())
        .expect("spawn interpreter thread");
    match worker.join() {
        Ok(true) if started.elapsed() <= SLOW => Ok(()),
        Ok(true) => Err(format!("took {:?}, over {SLOW:?}", started.elapsed())),
        _ => Err("panicked".into()),
    }
}

#[test]
fn deterministic_mutations_of_the_fixtures_neither_crash_nor_hang() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (corpus, dict) = (corpus(root), dictionary(root));
    assert!(
        corpus.len() > 100 && dict.len() > 20,
        "{} seeds, {} tokens",
        corpus.len(),
        dict.len()
    );
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fuzz-pass");
    fs::create_dir_all(&dir).expect("scratch folder");
    let mut rng = Rng(SEED);
    let started = Instant::now();
    let mut failures = Vec::new();
    let mut ran = 0;
    while ran < INPUTS && started.elapsed() < PASS_BUDGET {
        let mut input = corpus[rng.below(corpus.len())].clone();
        for _ in 0..=rng.below(4) {
            input = mutate(&mut rng, &input, &corpus, &dict);
        }
        fs::write(dir.join("current.py"), &input).expect("write the current input");
        if let Err(why) = run_checked(input.clone()) {
            let kept = dir.join(format!("failure-{ran}.py"));
            fs::write(&kept, &input).expect("keep the failing input");
            failures.push(format!("input {ran} {why}: {}", kept.display()));
        }
        ran += 1;
    }
    assert!(
        failures.is_empty(),
        "{} of {ran} inputs failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(
        ran >= MIN_INPUTS,
        "only {ran} inputs ran within {PASS_BUDGET:?}"
    );
}
