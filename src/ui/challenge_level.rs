//! The words a challenge's level is shown with.

use crate::challenge::Level;

/// `Beginner`, `Intermediate` or `Advanced`.
pub fn level_label(level: Level) -> &'static str {
    match level {
        Level::Beginner => "Beginner",
        Level::Intermediate => "Intermediate",
        Level::Advanced => "Advanced",
    }
}
