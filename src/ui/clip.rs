//! Very long output, cut for display. A browser takes most of a second to lay out a
//! 100,000-character line, and nobody reads one, so the page draws the start of such a line
//! and says how much it left out; of very many lines it draws the first ones and the last
//! ones, and counts those between. Grading, predictions and the trace keep everything.

use std::borrow::Cow;

/// The most characters of one line the page draws.
pub const MAX_SHOWN_CHARS: usize = 2_000;

/// `text` as the page draws it: whole when it has at most [`MAX_SHOWN_CHARS`] characters,
/// else its first [`MAX_SHOWN_CHARS`] followed by `… (N more characters)`.
pub fn clip_line(text: &str) -> Cow<'_, str> {
    match text.char_indices().nth(MAX_SHOWN_CHARS) {
        None => Cow::Borrowed(text),
        Some((cut, _)) => {
            let more = text[cut..].chars().count();
            let noun = if more == 1 { "character" } else { "characters" };
            Cow::Owned(format!("{}… ({more} more {noun})", &text[..cut]))
        }
    }
}

/// The most output rows the page draws.
pub const MAX_SHOWN_LINES: usize = 2_000;

/// How many of those are the run's last lines: a traceback ends with what went wrong.
pub const TAIL_LINES: usize = 50;

/// Which rows of `total` output lines the page draws: the first `head`, then (after a row
/// saying `hidden` more lines are not shown) the last `total - head - hidden`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ShownRows {
    /// Rows drawn from the start.
    pub head: usize,
    /// Rows left out between the head and the tail.
    pub hidden: usize,
}

/// The rows drawn of `total` lines: all of them up to [`MAX_SHOWN_LINES`], else the first
/// `MAX_SHOWN_LINES - TAIL_LINES` and the last [`TAIL_LINES`].
pub fn shown_rows(total: usize) -> ShownRows {
    if total <= MAX_SHOWN_LINES {
        return ShownRows { head: total, hidden: 0 };
    }
    ShownRows { head: MAX_SHOWN_LINES - TAIL_LINES, hidden: total - MAX_SHOWN_LINES }
}
