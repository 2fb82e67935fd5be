#![cfg(not(target_arch = "wasm32"))]
//! `docs/SCHEMA.md` stays true: its exercise is the catalogue's, its prediction parses, and its
//! grade and live comparison are what grading returns.

use loopscope::catalogue::Catalogue;
use loopscope::grading::{Prediction, Run};
use serde_json::Value;

const SCHEMA: &str = include_str!("../docs/SCHEMA.md");

/// The JSON block after `<!-- example: NAME -->`.
fn example(name: &str) -> Value {
    let marker = format!("<!-- example: {name} -->\n```json\n");
    let start = SCHEMA.find(&marker).map(|i| i + marker.len()).unwrap_or_else(|| panic!("no example {name}"));
    let end = SCHEMA[start..].find("\n```").map(|i| start + i).unwrap_or_else(|| panic!("example {name} unclosed"));
    serde_json::from_str(&SCHEMA[start..end]).unwrap_or_else(|e| panic!("example {name}: {e}"))
}

#[test]
fn the_documented_examples_are_what_the_code_produces() {
    let catalogue = Catalogue::load().unwrap_or_else(|e| panic!("{e}"));
    let documented = example("exercise");
    let id = documented["id"].as_str().expect("an id");
    let exercise = catalogue.exercise(id).expect("the documented exercise exists");
    assert_eq!(serde_json::to_value(exercise).expect("serializes"), documented);

    let prediction: Prediction = serde_json::from_value(example("prediction")).expect("the prediction parses");
    let grade = exercise.grade(&prediction);
    assert_eq!(serde_json::to_value(&grade).expect("serializes"), example("grade"));

    let live: Run = serde_json::from_value(example("live-run")).expect("the live run parses");
    let beside = exercise.grade_beside_live(&prediction, &live);
    assert_eq!(serde_json::to_value(&beside.live).expect("serializes"), example("live"));
}
