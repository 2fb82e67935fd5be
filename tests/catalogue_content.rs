#![cfg(not(target_arch = "wasm32"))]
//! What every exercise offers the learner: one to three decoy lines, and printed lines that do
//! not give their own time away (the page shows times; a card reading "0.50s east answered"
//! would hand over the answer).

use loopscope::catalogue::Catalogue;

/// Whether `text` starts with a time such as `0.50s` or `1.2 s` (a decimal number, then `s` as
/// a word of its own).
fn starts_with_a_time(text: &str) -> bool {
    let text = text.trim_start();
    let rest = text.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    let number = &text[..text.len() - rest.len()];
    let unit = rest.strip_prefix(' ').unwrap_or(rest).strip_prefix('s');
    number.contains('.') && unit.is_some_and(|after| !after.starts_with(|c: char| c.is_alphanumeric()))
}

#[test]
fn every_exercise_offers_one_to_three_decoys() {
    let catalogue = Catalogue::load().unwrap();
    for e in &catalogue.exercises {
        assert!((1..=3).contains(&e.decoys.len()), "{} has {} decoys", e.id, e.decoys.len());
    }
}

#[test]
fn no_printed_line_begins_with_its_time() {
    let catalogue = Catalogue::load().unwrap();
    for e in &catalogue.exercises {
        for line in &e.ideal.lines {
            assert!(!starts_with_a_time(&line.text), "{}: {:?}", e.id, line.text);
        }
    }
}

#[test]
fn the_time_check_knows_a_time_when_it_sees_one() {
    assert!(starts_with_a_time("0.50s  east shop answered"));
    assert!(starts_with_a_time("1.2 s done"));
    assert!(!starts_with_a_time("3 shops answered"));
    assert!(!starts_with_a_time("sleeping"));
}
