#![cfg(not(target_arch = "wasm32"))]
//! Difficulty labels are the words the catalogue files use.

use loopscope::catalogue::Difficulty;
use loopscope::ui::difficulty::difficulty_label;

#[test]
fn each_difficulty_reads_as_its_catalogue_word() {
    for level in [Difficulty::Beginner, Difficulty::Intermediate, Difficulty::Advanced] {
        let word = serde_json::to_string(&level).unwrap_or_default();
        assert_eq!(format!("\"{}\"", difficulty_label(level)), word);
    }
}
