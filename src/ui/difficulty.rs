//! How an exercise's difficulty is written on the page.

use crate::catalogue::Difficulty;

/// The word for `level`: `beginner`, `intermediate` or `advanced`.
pub fn difficulty_label(level: Difficulty) -> &'static str {
    match level {
        Difficulty::Beginner => "beginner",
        Difficulty::Intermediate => "intermediate",
        Difficulty::Advanced => "advanced",
    }
}
