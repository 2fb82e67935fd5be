#![cfg(not(target_arch = "wasm32"))]
//! The order score: the longest common subsequence of the predicted and ideal printed lines,
//! over the longer of the two; which lines are reported in order; index and text references.

mod grading_support;

use grading_support::{letters, order, rubric, untimed};
use loopscope::grading::{grade, Prediction};

/// `(ideal lines, predicted lines, expected score as num/den, flags per ideal line)`: each
/// letter is a line; lowercase letters are lines that never print. Flags: `+` placed in order,
/// `-` placed out of order, `.` not placed.
const CASES: &[(&str, &str, (u32, u32), &str)] = &[
    ("ABCDE", "ABCDE", (5, 5), "+++++"),
    ("ABCDE", "BACDE", (4, 5), "+-+++"),
    ("ABCDE", "EDCBA", (1, 5), "+----"),
    ("ABCDE", "ABCED", (4, 5), "++++-"),
    ("ABCDE", "AB", (2, 5), "++..."),
    ("ABCDE", "", (0, 5), "....."),
    ("ABCDE", "ABCDEx", (5, 6), "+++++"),
    ("ABCDE", "xABCDE", (5, 6), "+++++"),
    ("ABCDE", "ABxCDE", (5, 6), "+++++"),
    ("ABCDE", "ABCDExy", (5, 7), "+++++"),
    ("ABCDE", "AABCDE", (5, 6), "+++++"),
    ("ABCDE", "CDEAB", (3, 5), "--+++"),
    ("ABCDE", "BCDEA", (4, 5), "-++++"),
    ("ABCDE", "EABCD", (4, 5), "++++-"),
    ("ABCDE", "ACE", (3, 5), "+.+.+"),
    ("ABCDE", "ECA", (1, 5), "+.-.-"),
    ("ABCDE", "xyz", (0, 5), "....."),
    ("", "", (1, 1), ""),
    ("", "x", (0, 1), ""),
    ("A", "A", (1, 1), "+"),
    ("A", "", (0, 1), "."),
    ("A", "x", (0, 1), "."),
    ("A", "AA", (1, 2), "+"),
    ("AB", "BA", (1, 2), "+-"),
    ("ABC", "CAB", (2, 3), "++-"),
    ("ABC", "BCA", (2, 3), "-++"),
    ("ABC", "ACB", (2, 3), "++-"),
    ("ABC", "CBA", (1, 3), "+--"),
    ("ABCD", "BADC", (2, 4), "+-+-"),
    ("ABCD", "DCBA", (1, 4), "+---"),
    ("ABCDEF", "ABDCEF", (5, 6), "+++-++"),
    ("ABCDEF", "FABCDE", (5, 6), "+++++-"),
    ("ABCDEF", "BADCFE", (3, 6), "+-+-+-"),
    ("ABCDEF", "ABC", (3, 6), "+++..."),
    ("ABCDEF", "DEF", (3, 6), "...+++"),
    ("ABCDE", "AxCyE", (3, 5), "+.+.+"),
    ("ABCDE", "BBCDE", (4, 5), ".++++"),
    ("ABCDE", "AAAAA", (1, 5), "+...."),
    ("ABCDE", "ABCDEABCDE", (5, 10), "+++++"),
    ("ABCDEFGHIJ", "JIHGFEDCBA", (1, 10), "+---------"),
    ("ABCDEFGHIJ", "ABCDEFGHJI", (9, 10), "+++++++++-"),
    ("ABCDEFGHIJ", "BCDEFGHIJA", (9, 10), "-+++++++++"),
];

fn flags(prediction: &Prediction, ideal: &str) -> (f64, String) {
    let result = grade(&letters(ideal), prediction, &rubric("order"));
    let flags = result
        .lines
        .iter()
        .map(|l| match (l.placed_at, l.in_order) {
            (None, _) => '.',
            (Some(_), true) => '+',
            (Some(_), false) => '-',
        })
        .collect();
    (result.order_score, flags)
}

#[test]
fn the_order_score_is_the_common_subsequence_over_the_longer_sequence() {
    for &(ideal, predicted, (num, den), expected_flags) in CASES {
        let (score, got_flags) = flags(&order(predicted), ideal);
        assert_eq!(score, num as f64 / den as f64, "ideal {ideal}, predicted {predicted}");
        assert_eq!(got_flags, expected_flags, "ideal {ideal}, predicted {predicted}");
    }
}

#[test]
fn the_order_is_passed_only_at_score_one() {
    for &(ideal, predicted, (num, den), _) in CASES {
        let result = grade(&letters(ideal), &order(predicted), &rubric("order"));
        assert_eq!(result.passed, num == den, "ideal {ideal}, predicted {predicted}");
    }
}

/// `(ideal texts, predicted references, expected score num/den)`; a reference is `#n` for
/// index n or a text.
/// Line texts or compact references.
type Texts = &'static [&'static str];

const REFERENCES: &[(Texts, Texts, (u32, u32))] = &[
    (&["A", "B", "C"], &["#0", "#1", "#2"], (3, 3)),
    (&["A", "B", "C"], &["#2", "#1", "#0"], (1, 3)),
    (&["A", "B", "C"], &["#0", "B", "#2"], (3, 3)),
    (&["A", "B", "C"], &["#0", "#0", "#1", "#2"], (3, 4)),
    (&["A", "B", "C"], &["#5"], (0, 3)),
    (&["A", "B", "C"], &["#0", "#1", "#2", "#3"], (3, 4)),
    (&["A", "A", "B"], &["A", "A", "B"], (3, 3)),
    (&["A", "A", "B"], &["A", "B", "A"], (2, 3)),
    (&["A", "A", "B"], &["#1", "A", "B"], (2, 3)),
    (&["A", "A", "B"], &["A", "#0", "B"], (2, 3)),
    (&["A", "A", "B"], &["#0", "A", "#2"], (3, 3)),
    (&["A", "A", "B"], &["A", "A", "A", "B"], (3, 4)),
    (&["tick", "tick", "tick"], &["tick", "tick", "tick"], (3, 3)),
    (&["tick", "tick", "tick"], &["tick", "tick"], (2, 3)),
    (&["a "], &["a"], (0, 1)),
    (&["a"], &["A"], (0, 1)),
];

#[test]
fn references_by_index_and_by_text_name_the_same_lines() {
    for &(ideal, refs, (num, den)) in REFERENCES {
        let pairs: Vec<(f64, &str)> = ideal.iter().enumerate().map(|(i, t)| (i as f64, *t)).collect();
        let lines = refs.iter().map(|r| untimed(r)).collect();
        let prediction = Prediction { lines, ..Prediction::default() };
        let result = grade(&grading_support::run(&pairs), &prediction, &rubric("order"));
        assert_eq!(result.order_score, num as f64 / den as f64, "ideal {ideal:?}, refs {refs:?}");
    }
}
