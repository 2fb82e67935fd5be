//! Very long output lines, cut for display. A browser takes most of a second to lay out a
//! 100,000-character line, and nobody reads one, so the page draws the start of such a line
//! and says how much it left out. Grading, predictions and the trace keep the whole line.

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
