//! The JavaScript API, exported from the wasm module with wasm-bindgen: list the exercises,
//! read one, run it (or any program) on the virtual or the browser clock, and grade a
//! prediction; list the challenges, read one, and check code against it. Values cross as plain JSON-shaped objects (the shapes of `docs/SCHEMA.md`);
//! every bad argument rejects with an `Error` whose message says what was wrong.
//!
//! ```js
//! import init, * as loopscope from "./loopscope.js";
//! await init();
//! const run = await loopscope.runExercise("result-order", { clock: "virtual" });
//! const grade = loopscope.gradePrediction("result-order", { lines: [{ line: 1, t: 0.5 }] });
//! ```

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use super::catalogue::catalogue;
use super::challenge_catalogue::{challenges, find};
use super::live::{run_live, LiveRun};
use super::virtual_run::virtual_run;
use crate::catalogue::{Catalogue, Difficulty, Exercise, Kind};
use crate::challenge::{self, Challenge, CheckReport, Example, Level};
use crate::grading::{Prediction, Predicts, Run};
use crate::python::interp::Limits;

/// Runs `f` with the catalogue compiled into the module (parsed once, shared with the pages).
fn with_catalogue<T>(f: impl FnOnce(&Catalogue) -> Result<T, JsError>) -> Result<T, JsError> {
    match &*catalogue() {
        Ok(catalogue) => f(catalogue),
        Err(e) => Err(JsError::new(&format!("the built-in catalogue is broken: {e}"))),
    }
}

fn exercise<T>(id: &str, f: impl FnOnce(&Exercise) -> Result<T, JsError>) -> Result<T, JsError> {
    with_catalogue(|c| match c.exercise(id) {
        Some(e) => f(e),
        None => Err(JsError::new(&format!("no exercise has the id {id:?}"))),
    })
}

/// A value as a JavaScript object, through JSON (every exported shape is plain data).
fn to_js(value: &impl Serialize) -> Result<JsValue, JsError> {
    let text = serde_json::to_string(value).map_err(|e| JsError::new(&e.to_string()))?;
    js_sys::JSON::parse(&text).map_err(|_| JsError::new("internal error: unparsable JSON"))
}

/// A JavaScript argument read as `T`; `what` names it in the error.
fn from_js<T: for<'de> Deserialize<'de>>(value: &JsValue, what: &str) -> Result<T, JsError> {
    let text = js_sys::JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| JsError::new(&format!("{what} is not JSON data")))?;
    serde_json::from_str(&text).map_err(|e| JsError::new(&format!("{what}: {e}")))
}

/// One exercise as listed: what a menu needs, nothing that gives answers away.
#[derive(Serialize)]
struct Summary<'a> {
    id: &'a str,
    title: &'a str,
    track: &'a str,
    difficulty: Difficulty,
    kind: Kind,
}

/// One exercise as given to a learner: the program, the texts, and the candidate lines in
/// alphabetical order (the printed ones and the decoys, mixed).
#[derive(Serialize)]
struct Details<'a> {
    #[serde(flatten)]
    summary: Summary<'a>,
    concept: &'a str,
    explanation: &'a str,
    hints: &'a [String],
    predict: Predicts,
    source: &'a str,
    candidates: Vec<&'a str>,
}

fn summary(e: &Exercise) -> Summary<'_> {
    Summary { id: &e.id, title: &e.title, track: &e.track, difficulty: e.difficulty, kind: e.kind }
}

/// `listExercises()`: every exercise, in roadmap order: `[{id, title, track, difficulty, kind}]`.
#[wasm_bindgen(js_name = listExercises)]
pub fn list_exercises() -> Result<JsValue, JsError> {
    with_catalogue(|c| to_js(&c.exercises.iter().map(summary).collect::<Vec<_>>()))
}

/// `getExercise(id)`: one exercise with its program, texts, hints and candidate lines.
#[wasm_bindgen(js_name = getExercise)]
pub fn get_exercise(id: &str) -> Result<JsValue, JsError> {
    exercise(id, |e| {
        let mut candidates: Vec<&str> = e.ideal.lines.iter().map(|l| l.text.as_str()).chain(e.decoys.iter().map(String::as_str)).collect();
        candidates.sort_unstable();
        candidates.dedup();
        to_js(&Details {
            summary: summary(e),
            concept: &e.concept,
            explanation: &e.explanation,
            hints: &e.hints,
            predict: e.predict,
            source: &e.source,
            candidates,
        })
    })
}

/// Options of a run: which clock, and (live only) how fast lesson time plays.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RunOptions {
    #[serde(default)]
    clock: Clock,
    #[serde(default = "full_speed")]
    speed: f64,
}

fn full_speed() -> f64 {
    1.0
}

#[derive(Clone, Copy, Default, Deserialize, PartialEq)]
#[serde(rename_all = "lowercase")]
enum Clock {
    #[default]
    Virtual,
    Live,
}

/// A finished run: the run as graded (lines, end, exit, exception), and what stopped it.
#[derive(Serialize)]
struct RunResult {
    #[serde(flatten)]
    run: Run,
    /// Set when Loopscope stopped the program (a budget, a deadlock, an unsupported construct).
    #[serde(skip_serializing_if = "Option::is_none")]
    stopped: Option<String>,
    /// The tab was hidden during a live run, so its times are unreliable.
    hidden: bool,
}

/// `runProgram(source, {clock: "virtual" | "live", speed: 0.1..1})`: runs any program; a
/// syntax error rejects with its message, line and column.
#[wasm_bindgen(js_name = runProgram)]
pub async fn run_program(source: String, options: JsValue) -> Result<JsValue, JsError> {
    let options: RunOptions = if options.is_undefined() || options.is_null() {
        RunOptions { clock: Clock::Virtual, speed: 1.0 }
    } else {
        from_js(&options, "options")?
    };
    if !(0.1..=1.0).contains(&options.speed) {
        return Err(JsError::new(&format!("options.speed must be between 0.1 and 1, not {}", options.speed)));
    }
    let result = match options.clock {
        Clock::Virtual => {
            let done = virtual_run(&source, Limits::default().max_wall_ms).map_err(|e| JsError::new(&e.to_string()))?;
            RunResult { run: done.run, stopped: done.stopped, hidden: false }
        }
        Clock::Live => {
            let live = run_live(&source, options.speed, LiveRun::default(), |_| {}).await.map_err(|e| JsError::new(&e.to_string()))?;
            RunResult { run: Run::from_trace(&live.trace, live.outcome.exit_code), stopped: live.outcome.stopped, hidden: live.hidden }
        }
    };
    to_js(&result)
}

/// `runExercise(id, options)`: [`run_program`] on an exercise's program.
#[wasm_bindgen(js_name = runExercise)]
pub async fn run_exercise(id: String, options: JsValue) -> Result<JsValue, JsError> {
    let source = exercise(&id, |e| Ok(e.source.clone()))?;
    run_program(source, options).await
}

/// `gradePrediction(id, prediction, liveRun?)`: the grade of a prediction (docs/SCHEMA.md)
/// against the exercise's ideal run; a live run (as `runExercise` returns it) is compared
/// beside it, never instead of it.
#[wasm_bindgen(js_name = gradePrediction)]
pub fn grade_prediction(id: &str, prediction: JsValue, live: JsValue) -> Result<JsValue, JsError> {
    let prediction: Prediction = from_js(&prediction, "prediction")?;
    let live: Option<Run> = if live.is_undefined() || live.is_null() { None } else { Some(from_js(&live, "liveRun")?) };
    exercise(id, |e| {
        to_js(&match &live {
            Some(live) => e.grade_beside_live(&prediction, live),
            None => e.grade(&prediction),
        })
    })
}

/// One challenge as listed.
#[derive(Serialize)]
struct ChallengeSummary<'a> {
    id: &'a str,
    number: u32,
    title: &'a str,
    level: Level,
    lesson: &'a str,
}

/// One challenge as given to a learner: no reference solution, no wrong solutions, no harness.
#[derive(Serialize)]
struct ChallengeDetails<'a> {
    #[serde(flatten)]
    summary: ChallengeSummary<'a>,
    statement: &'a str,
    hints: &'a [String],
    examples: &'a [Example],
    starter: &'a str,
}

fn challenge_summary(c: &Challenge) -> ChallengeSummary<'_> {
    ChallengeSummary { id: c.id(), number: c.number, title: &c.meta.title, level: c.meta.level, lesson: &c.meta.lesson }
}

fn find_challenge(id: &str) -> Result<Challenge, JsError> {
    match find(id) {
        Ok(Some(c)) => Ok(c),
        Ok(None) => Err(JsError::new(&format!("no challenge has the id {id:?}"))),
        Err(why) => Err(JsError::new(&format!("the built-in challenges are broken: {why}"))),
    }
}

/// `listChallenges()`: every challenge, in order: `[{id, number, title, level, lesson}]`.
#[wasm_bindgen(js_name = listChallenges)]
pub fn list_challenges() -> Result<JsValue, JsError> {
    match &*challenges() {
        Ok(all) => to_js(&all.iter().map(challenge_summary).collect::<Vec<_>>()),
        Err(why) => Err(JsError::new(&format!("the built-in challenges are broken: {why}"))),
    }
}

/// `getChallenge(id)`: one challenge with its statement, hints, examples and starter code.
#[wasm_bindgen(js_name = getChallenge)]
pub fn get_challenge(id: &str) -> Result<JsValue, JsError> {
    let c = find_challenge(id)?;
    to_js(&ChallengeDetails {
        summary: challenge_summary(&c),
        statement: &c.meta.statement,
        hints: &c.meta.hints,
        examples: &c.meta.examples,
        starter: &c.starter,
    })
}

/// Options of a Check.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckOptions {
    #[serde(default = "first_seed")]
    seed: u64,
}

fn first_seed() -> u64 {
    1
}

/// The report of a Check as given out: everything but the trace (the run's output is in `run`).
#[derive(Serialize)]
struct CheckOut<'a> {
    challenge: &'a str,
    seed: u64,
    passed: bool,
    checks: &'a [challenge::CheckResult],
    error: &'a Option<challenge::RunError>,
    run: &'a Run,
}

/// `checkChallenge(id, source, {seed}?)`: checks `source` against the challenge on the virtual
/// clock with inputs drawn from `seed` (default 1): `{challenge, seed, passed, checks: [{name,
/// passed, measured, expected, at, hint}], error, run}`. Code that does not compile or raises
/// gives a report with `error`, not a rejection.
#[wasm_bindgen(js_name = checkChallenge)]
pub fn check_challenge(id: &str, source: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let source = source.as_string().ok_or_else(|| JsError::new("source must be a string of Python code"))?;
    let options: CheckOptions = if options.is_undefined() || options.is_null() {
        CheckOptions { seed: first_seed() }
    } else {
        from_js(&options, "options")?
    };
    let c = find_challenge(id)?;
    let report: CheckReport = challenge::check(&c, &source, options.seed);
    to_js(&CheckOut {
        challenge: &report.challenge,
        seed: report.seed,
        passed: report.passed,
        checks: &report.checks,
        error: &report.error,
        run: &report.run,
    })
}
