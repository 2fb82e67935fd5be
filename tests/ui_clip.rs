#![cfg(not(target_arch = "wasm32"))]
//! Long output is cut for display: a line of up to 2,000 characters is drawn whole; a longer
//! one shows its first 2,000 characters (not bytes) and how many it left out. Of more than
//! 2,000 lines the first ones and the last 50 are drawn, so a traceback's last line shows.

use loopscope::ui::clip::{clip_line, shown_rows, ShownRows, MAX_SHOWN_CHARS, MAX_SHOWN_LINES, TAIL_LINES};

#[test]
fn a_line_within_the_limit_is_drawn_whole() {
    assert_eq!(clip_line("served: ['tea', 'coffee']"), "served: ['tea', 'coffee']");
    let full = "x".repeat(MAX_SHOWN_CHARS);
    assert_eq!(clip_line(&full), full.as_str());
}

#[test]
fn a_longer_line_shows_its_start_and_counts_the_rest() {
    let line = "ab".repeat(MAX_SHOWN_CHARS);
    assert_eq!(clip_line(&line), format!("{}… ({} more characters)", &line[..MAX_SHOWN_CHARS], MAX_SHOWN_CHARS));
    let one_more = "y".repeat(MAX_SHOWN_CHARS + 1);
    assert!(clip_line(&one_more).ends_with("y… (1 more character)"));
}

#[test]
fn the_cut_counts_characters_not_bytes() {
    let line = "é→🐍".repeat(1_000);
    let shown = clip_line(&line);
    let (head, tail) = shown.split_once('…').expect("cut");
    assert_eq!(head.chars().count(), MAX_SHOWN_CHARS);
    assert_eq!(tail, " (1000 more characters)");
}

#[test]
fn up_to_the_limit_every_line_is_drawn() {
    assert_eq!(shown_rows(0), ShownRows { head: 0, hidden: 0 });
    assert_eq!(shown_rows(MAX_SHOWN_LINES), ShownRows { head: MAX_SHOWN_LINES, hidden: 0 });
}

#[test]
fn past_the_limit_the_first_lines_and_the_last_fifty_are_drawn() {
    let total = 3_007;
    let rows = shown_rows(total);
    assert_eq!(TAIL_LINES, 50);
    assert_eq!(rows, ShownRows { head: MAX_SHOWN_LINES - 50, hidden: total - MAX_SHOWN_LINES });
    assert_eq!(rows.head + (total - rows.head - rows.hidden), MAX_SHOWN_LINES);
    assert_eq!(shown_rows(MAX_SHOWN_LINES + 1).hidden, 1);
}
