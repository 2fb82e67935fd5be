#![cfg(not(target_arch = "wasm32"))]
//! Properties over random predictions (a hand-rolled xorshift, fixed seeds): the order score
//! is 1 exactly when the order is right, grading is deterministic, and every grade is
//! well-formed.

mod grading_support;

use grading_support::run;
use loopscope::grading::{grade, grade_beside_live, LineRef, PredictedLine, Prediction, Predicts, Rubric, Run};

/// Marsaglia's xorshift64: deterministic, no crates.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// Uniform-ish in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

const ROUNDS: usize = 3000;

/// A run of `n` distinct lines `L0`, `L1` ... at random non-decreasing times (some shared).
fn random_run(rng: &mut XorShift) -> Run {
    let n = rng.below(8);
    let mut t = 0.0;
    let texts: Vec<String> = (0..n).map(|i| format!("L{i}")).collect();
    let lines: Vec<(f64, &str)> = texts
        .iter()
        .map(|text| {
            t += [0.0, 0.25, 0.5, 1.0][rng.below(4)];
            (t, text.as_str())
        })
        .collect();
    run(&lines)
}

/// A reference to line `i` of a run with distinct texts, by index or by text.
fn line_ref(rng: &mut XorShift, i: usize) -> LineRef {
    if rng.chance(50) {
        LineRef::Index(i)
    } else {
        LineRef::Text(format!("L{i}"))
    }
}

/// A prediction near the right one: the right order, then a few random edits.
fn random_prediction(rng: &mut XorShift, ideal: &Run) -> Prediction {
    let n = ideal.lines.len();
    let mut order: Vec<usize> = (0..n).collect();
    for _ in 0..rng.below(3) {
        match rng.below(4) {
            0 if order.len() > 1 => {
                let len = order.len();
                order.swap(rng.below(len), rng.below(len));
            }
            1 if !order.is_empty() => {
                order.remove(rng.below(order.len()));
            }
            2 => order.insert(rng.below(order.len() + 1), n + rng.below(3)), // a line that never prints
            3 if n > 0 => order.insert(rng.below(order.len() + 1), rng.below(n)), // a repeat
            _ => {}
        }
    }
    let lines = order
        .iter()
        .map(|&i| {
            let t = ideal.lines.get(i).map(|l| l.t + [0.0, 0.05, -0.3][rng.below(3)]);
            PredictedLine { line: line_ref(rng, i), t: t.filter(|_| rng.chance(80)) }
        })
        .collect();
    let never = (0..rng.below(3))
        .map(|_| {
            let i = rng.below(n + 3);
            line_ref(rng, i)
        })
        .collect();
    Prediction { lines, never, total: Some(ideal.end).filter(|_| rng.chance(70)), exception: None }
}

fn all_parts() -> Rubric {
    let predict = Predicts { order: true, times: true, total: true, exception: true };
    Rubric { predict, tolerance: Rubric::DEFAULT_TOLERANCE, misconceptions: Vec::new() }
}

/// Independent oracle: the printed list is exactly lines 0..n once each in order, and the
/// bin names no line that prints.
fn order_is_right(prediction: &Prediction, n: usize) -> bool {
    let index = |r: &LineRef| match r {
        LineRef::Index(i) => *i,
        LineRef::Text(t) => t[1..].parse().unwrap_or(usize::MAX),
    };
    let printed: Vec<usize> = prediction.lines.iter().map(|p| index(&p.line)).collect();
    printed == (0..n).collect::<Vec<_>>() && prediction.never.iter().all(|r| index(r) >= n)
}

#[test]
fn the_order_score_is_one_exactly_when_the_order_is_right() {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let mut right = 0;
    for _ in 0..ROUNDS {
        let ideal = random_run(&mut rng);
        let prediction = random_prediction(&mut rng, &ideal);
        let result = grade(&ideal, &prediction, &all_parts());
        let expected = order_is_right(&prediction, ideal.lines.len());
        right += usize::from(expected);
        assert_eq!(result.order_score == 1.0, expected, "{ideal:?}\n{prediction:?}");
        assert!((0.0..=1.0).contains(&result.order_score));
    }
    assert!(right > ROUNDS / 10 && right < ROUNDS * 9 / 10, "both outcomes are exercised ({right} right)");
}

#[test]
fn grading_is_deterministic() {
    let mut rng = XorShift(0x2545_F491_4F6C_DD1D);
    for _ in 0..ROUNDS {
        let ideal = random_run(&mut rng);
        let prediction = random_prediction(&mut rng, &ideal);
        let first = grade(&ideal, &prediction, &all_parts());
        let again = grade(&ideal.clone(), &prediction.clone(), &all_parts());
        assert_eq!(first, again);
        let json = serde_json::to_string(&first).expect("serializes");
        assert_eq!(json, serde_json::to_string(&again).expect("serializes"));
    }
}

#[test]
fn a_noisy_live_run_gets_the_same_grade() {
    let mut rng = XorShift(0xD1B5_4A32_D192_ED03);
    for _ in 0..ROUNDS {
        let ideal = random_run(&mut rng);
        let prediction = random_prediction(&mut rng, &ideal);
        let mut live = ideal.clone();
        live.lines.iter_mut().for_each(|l| l.t += rng.below(200) as f64 / 1000.0);
        if !live.lines.is_empty() && rng.chance(30) {
            live.lines.remove(rng.below(live.lines.len()));
        }
        let mut beside = grade_beside_live(&ideal, &live, &prediction, &all_parts());
        beside.live = None;
        assert_eq!(beside, grade(&ideal, &prediction, &all_parts()));
    }
}

#[test]
fn every_grade_is_well_formed() {
    let mut rng = XorShift(0x0123_4567_89AB_CDEF);
    for _ in 0..ROUNDS {
        let ideal = random_run(&mut rng);
        let prediction = random_prediction(&mut rng, &ideal);
        let result = grade(&ideal, &prediction, &all_parts());
        for score in [result.score, result.order_score, result.timing_score] {
            assert!((0.0..=1.0).contains(&score), "{score}");
        }
        assert_eq!(result.passed, result.score == 1.0);
        assert_eq!(result.lines.len(), ideal.lines.len());
        let placed = result.lines.iter().filter(|l| l.placed_at.is_some()).count();
        assert_eq!(placed + result.extra.len(), prediction.lines.len());
        assert_eq!(result.never.len(), prediction.never.len());
        let mut positions: Vec<usize> = result.lines.iter().filter_map(|l| l.placed_at).collect();
        positions.sort_unstable();
        positions.dedup();
        assert_eq!(positions.len(), placed, "a position holds one line");
    }
}
