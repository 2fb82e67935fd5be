#![cfg(not(target_arch = "wasm32"))]
//! The prediction board: cards are dealt scrambled but the same way every time, every move
//! keeps each card exactly once, moves are announced, and the board turns into the grader's
//! prediction (and back, from a saved one).

use loopscope::catalogue::Catalogue;
use loopscope::grading::{LineRef, PredictedLine, Prediction};
use loopscope::ui::board::{Action, Board};

fn lines(texts: &[&str]) -> Vec<String> {
    texts.iter().map(|t| t.to_string()).collect()
}

fn texts(board: &Board) -> Vec<&str> {
    board.printed.iter().map(|c| c.text.as_str()).collect()
}

fn dealt() -> Board {
    Board::deal(&lines(&["a", "b", "c", "d"]), &lines(&["never"]), "some-exercise")
}

/// The id of the card with this text.
fn id(board: &Board, text: &str) -> usize {
    board.printed.iter().chain(&board.never).find(|c| c.text == text).map(|c| c.id).unwrap_or(usize::MAX)
}

/// Puts the printed cards in the order of `wanted` by moving each to its place.
fn arrange(board: &mut Board, wanted: &[&str]) {
    for (index, text) in wanted.iter().enumerate() {
        let card = id(board, text);
        board.apply(Action::MoveTo { card, index });
    }
}

#[test]
fn dealing_is_deterministic_and_never_starts_in_the_right_order() {
    assert_eq!(dealt(), dealt());
    let board = dealt();
    let mut sorted = texts(&board);
    sorted.sort();
    assert_eq!(sorted, ["a", "b", "c", "d", "never"]);
    let catalogue = Catalogue::load().unwrap();
    for exercise in catalogue.exercises.iter().filter(|e| e.ideal.lines.len() >= 2) {
        let ideal: Vec<String> = exercise.ideal.lines.iter().map(|l| l.text.clone()).collect();
        let board = Board::deal(&ideal, &exercise.decoys, &exercise.id);
        let order: Vec<&String> = board.printed.iter().map(|c| &c.text).collect();
        let all_same = ideal.iter().all(|t| *t == ideal[0]);
        assert!(all_same || order != ideal.iter().collect::<Vec<_>>(), "{} deals in the right order", exercise.id);
    }
}

#[test]
fn moving_up_and_down_stops_at_the_ends() {
    let mut board = dealt();
    arrange(&mut board, &["a", "b", "c", "d", "never"]);
    board.apply(Action::MoveUp(id(&board, "a")));
    assert_eq!(texts(&board), ["a", "b", "c", "d", "never"]);
    board.apply(Action::MoveDown(id(&board, "a")));
    assert_eq!(texts(&board), ["b", "a", "c", "d", "never"]);
    board.apply(Action::MoveDown(id(&board, "never")));
    assert_eq!(texts(&board), ["b", "a", "c", "d", "never"]);
    board.apply(Action::MoveUp(id(&board, "never")));
    assert_eq!(texts(&board), ["b", "a", "c", "never", "d"]);
    assert_eq!(board.said, "“never” moved to position 4 of 5.");
}

#[test]
fn drag_and_drop_places_a_card_at_an_index_clamped_to_the_list() {
    let mut board = dealt();
    arrange(&mut board, &["a", "b", "c", "d", "never"]);
    board.apply(Action::MoveTo { card: id(&board, "d"), index: 0 });
    assert_eq!(texts(&board), ["d", "a", "b", "c", "never"]);
    board.apply(Action::MoveTo { card: id(&board, "d"), index: 99 });
    assert_eq!(texts(&board), ["a", "b", "c", "never", "d"]);
}

#[test]
fn the_never_bin_takes_cards_and_gives_them_back() {
    let mut board = dealt();
    arrange(&mut board, &["a", "b", "c", "d", "never"]);
    board.apply(Action::ToNever(id(&board, "never")));
    assert_eq!(texts(&board), ["a", "b", "c", "d"]);
    assert_eq!(board.never.len(), 1);
    assert_eq!(board.said, "“never” put in the never-prints bin.");
    board.apply(Action::FromNever(id(&board, "never")));
    assert_eq!(texts(&board), ["a", "b", "c", "d", "never"]);
    assert!(board.never.is_empty());
    board.apply(Action::ToNever(id(&board, "b")));
    board.apply(Action::MoveTo { card: id(&board, "b"), index: 0 });
    assert_eq!(texts(&board), ["b", "a", "c", "d", "never"]);
}

#[test]
fn unknown_cards_change_nothing() {
    let mut board = dealt();
    let before = board.clone();
    for action in [Action::MoveUp(77), Action::MoveDown(77), Action::ToNever(77), Action::FromNever(77)] {
        board.apply(action);
    }
    board.apply(Action::MoveTo { card: 77, index: 0 });
    board.apply(Action::SetTime { card: 77, t: Some(1.0) });
    assert_eq!(board, before);
}

#[test]
fn times_that_are_negative_or_not_finite_are_no_time() {
    let mut board = dealt();
    let a = id(&board, "a");
    board.apply(Action::SetTime { card: a, t: Some(0.5) });
    assert_eq!(board.printed.iter().find(|c| c.id == a).and_then(|c| c.t), Some(0.5));
    for bad in [-1.0, f64::NAN, f64::INFINITY] {
        board.apply(Action::SetTime { card: a, t: Some(bad) });
        assert_eq!(board.printed.iter().find(|c| c.id == a).and_then(|c| c.t), None);
        board.apply(Action::SetTotal(Some(bad)));
        assert_eq!(board.total, None);
    }
}

#[test]
fn the_board_is_a_prediction_by_text_with_a_blank_exception_as_none() {
    let mut board = dealt();
    arrange(&mut board, &["a", "b", "c", "d", "never"]);
    board.apply(Action::ToNever(id(&board, "never")));
    board.apply(Action::SetTime { card: id(&board, "b"), t: Some(1.5) });
    board.apply(Action::SetTotal(Some(2.0)));
    board.apply(Action::SetException("  ".into()));
    let p = board.prediction();
    let line = |t: &str, time| PredictedLine { line: LineRef::Text(t.into()), t: time };
    assert_eq!(p.lines, [line("a", None), line("b", Some(1.5)), line("c", None), line("d", None)]);
    assert_eq!(p.never, [LineRef::Text("never".into())]);
    assert_eq!(p.total, Some(2.0));
    assert_eq!(p.exception, None);
    board.apply(Action::SetException(" KeyError ".into()));
    assert_eq!(board.prediction().exception.as_deref(), Some("KeyError"));
}

#[test]
fn a_saved_prediction_restores_the_board_and_survives_a_round_trip() {
    let mut board = dealt();
    arrange(&mut board, &["d", "c", "b", "a", "never"]);
    board.apply(Action::ToNever(id(&board, "c")));
    board.apply(Action::SetTime { card: id(&board, "a"), t: Some(0.25) });
    board.apply(Action::SetTotal(Some(3.0)));
    board.apply(Action::SetException("TimeoutError".into()));
    let saved = board.prediction();
    let restored = Board::restore(dealt(), &saved);
    assert_eq!(restored.prediction(), saved);
    assert_eq!(texts(&restored), ["d", "b", "a", "never"]);
}

#[test]
fn restoring_skips_unknown_lines_and_keeps_unnamed_cards() {
    let prediction = Prediction {
        lines: vec![
            PredictedLine { line: LineRef::Text("c".into()), t: Some(f64::NAN) },
            PredictedLine { line: LineRef::Text("zzz".into()), t: None },
            PredictedLine { line: LineRef::Text("c".into()), t: None },
        ],
        never: vec![LineRef::Index(999)],
        total: Some(-1.0),
        exception: None,
    };
    let restored = Board::restore(dealt(), &prediction);
    assert_eq!(restored.printed.len() + restored.never.len(), 5);
    assert_eq!(texts(&restored)[0], "c");
    assert_eq!(restored.printed[0].t, None);
    assert!(restored.never.is_empty());
    assert_eq!(restored.total, None);
}

#[test]
fn an_arranged_board_grades_as_a_pass_on_a_real_exercise() {
    let catalogue = Catalogue::load().unwrap();
    let exercise = catalogue.exercise("result-order").unwrap();
    let ideal: Vec<String> = exercise.ideal.lines.iter().map(|l| l.text.clone()).collect();
    let mut board = Board::deal(&ideal, &exercise.decoys, &exercise.id);
    let wanted: Vec<&str> = ideal.iter().map(String::as_str).collect();
    assert!(!exercise.grade(&board.prediction()).passed);
    assert!(!exercise.decoys.is_empty(), "the exercise offers lines that never print");
    for decoy in &exercise.decoys {
        board.apply(Action::ToNever(id(&board, decoy)));
    }
    arrange(&mut board, &wanted);
    for line in &exercise.ideal.lines {
        board.apply(Action::SetTime { card: id(&board, &line.text), t: Some(line.t) });
    }
    board.apply(Action::SetTotal(Some(exercise.ideal.end)));
    let grade = exercise.grade(&board.prediction());
    assert!(grade.passed, "{grade:?}");
}
