//! Builders shared by the grading tests: ideal runs from `(time, text)` pairs, rubrics, and
//! predictions written as compactly as the tables that use them.
#![allow(dead_code)] // each test file uses its own subset

use loopscope::grading::{Line, LineRef, PredictedLine, Prediction, Predicts, RaisedException, Rubric, Run};
use loopscope::runtime::trace::Stream;

/// A run that printed `lines` on stdout and exited normally at its last line.
pub fn run(lines: &[(f64, &str)]) -> Run {
    Run::new(lines.iter().map(|&(t, text)| out(t, text)).collect(), 0, None)
}

/// A stdout line.
pub fn out(t: f64, text: &str) -> Line {
    Line { t, stream: Stream::Out, text: text.to_string(), partial: false }
}

/// A run that printed `lines` and then died of `exception` (`"KeyError: 'x'"`) at `end`.
pub fn failing(lines: &[(f64, &str)], end: f64, exception: &str) -> Run {
    let mut run = run(lines);
    run.exit = 1;
    run.end = end;
    let name = exception.split(':').next().unwrap_or(exception).to_string();
    run.exception = Some(RaisedException { name, line: exception.to_string() });
    run
}

/// One line per letter of `letters`, one second apart from 1.0 (`"ABC"`: A at 1, B at 2 ...).
pub fn letters(letters: &str) -> Run {
    let pairs: Vec<(f64, String)> = letters.chars().enumerate().map(|(i, c)| ((i + 1) as f64, c.to_string())).collect();
    run(&pairs.iter().map(|(t, s)| (*t, s.as_str())).collect::<Vec<_>>())
}

/// A rubric asking for the parts named in `parts` (`"order times total exception"`).
pub fn rubric(parts: &str) -> Rubric {
    let has = |p: &str| parts.split_whitespace().any(|w| w == p);
    Rubric {
        predict: Predicts {
            order: has("order"),
            times: has("times"),
            total: has("total"),
            exception: has("exception"),
        },
        tolerance: Rubric::DEFAULT_TOLERANCE,
        misconceptions: Vec::new(),
    }
}

/// Predicted printed lines by text, without times (`"ACB"`: lines A, C, B).
pub fn order(letters: &str) -> Prediction {
    Prediction { lines: letters.chars().map(|c| by_text(&c.to_string(), None)).collect(), ..Prediction::default() }
}

/// A predicted line by text.
pub fn by_text(text: &str, t: Option<f64>) -> PredictedLine {
    PredictedLine { line: LineRef::Text(text.to_string()), t }
}

/// A predicted line by index.
pub fn by_index(i: usize, t: Option<f64>) -> PredictedLine {
    PredictedLine { line: LineRef::Index(i), t }
}

/// The prediction that is exactly right: every line in order at its time, the total, the
/// exception.
pub fn exact(run: &Run) -> Prediction {
    Prediction {
        lines: run.lines.iter().map(|l| by_text(&l.text, Some(l.t))).collect(),
        never: Vec::new(),
        total: Some(run.end),
        exception: run.exception.as_ref().map(|e| e.name.clone()),
    }
}

/// A reference written compactly: `#n` is index n, anything else a text.
pub fn reference(r: &str) -> LineRef {
    match r.strip_prefix('#').and_then(|n| n.parse().ok()) {
        Some(i) => LineRef::Index(i),
        None => LineRef::Text(r.to_string()),
    }
}

/// A predicted line from a compact reference (see [`reference`]), without a time.
pub fn untimed(r: &str) -> PredictedLine {
    PredictedLine { line: reference(r), t: None }
}

/// The grade with its live comparison removed.
pub fn without_live(mut grade: loopscope::grading::Grade) -> loopscope::grading::Grade {
    grade.live = None;
    grade
}
