#![cfg(all(target_arch = "wasm32", feature = "js-api"))]
//! The JavaScript API, called as a page calls it: list and read exercises, run one on both
//! clocks, grade a right and a wrong prediction, and get clear errors for bad arguments.

use js_sys::{Array, Reflect, JSON};
use loopscope::web::api::{get_exercise, grade_prediction, list_exercises, run_exercise, run_program};
use wasm_bindgen::{JsError, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &key.into()).unwrap()
}

fn json(text: &str) -> JsValue {
    JSON::parse(text).unwrap()
}

fn message(e: JsError) -> String {
    let v: JsValue = e.into();
    get(&v, "message").as_string().unwrap()
}

#[wasm_bindgen_test]
fn the_list_has_every_exercise_without_answers() {
    let list = Array::from(&list_exercises().unwrap());
    assert!(list.length() >= 36, "{} exercises", list.length());
    let first = list.get(0);
    assert!(get(&first, "id").is_string());
    assert!(get(&first, "title").is_string());
    assert!(get(&first, "source").is_undefined(), "a list entry carries no program");
}

#[wasm_bindgen_test]
fn an_exercise_offers_its_lines_in_alphabetical_order() {
    let e = get_exercise("result-order").unwrap();
    assert!(get(&e, "source").as_string().unwrap().contains("asyncio.gather"));
    let candidates: Vec<String> = Array::from(&get(&e, "candidates")).iter().map(|c| c.as_string().unwrap()).collect();
    let mut sorted = candidates.clone();
    sorted.sort();
    assert_eq!(candidates, sorted);
    assert!(get(&e, "ideal").is_undefined(), "the recorded run is not given away");
}

#[wasm_bindgen_test]
async fn a_virtual_run_and_a_live_run_print_the_same_lines() {
    let virtual_run = run_exercise("result-order".into(), json(r#"{"clock":"virtual"}"#)).await.unwrap();
    let live = run_exercise("result-order".into(), json(r#"{"clock":"live","speed":0.1}"#)).await.unwrap();
    // Digits masked: a program may print the times it sees, which differ live.
    let texts = |run: &JsValue| {
        let masked = |text: String| text.chars().map(|c| if c.is_ascii_digit() { '#' } else { c }).collect::<String>();
        Array::from(&get(run, "lines")).iter().map(|l| masked(get(&l, "text").as_string().unwrap())).collect::<Vec<_>>()
    };
    assert!(!texts(&virtual_run).is_empty());
    assert_eq!(texts(&virtual_run), texts(&live));
    assert_eq!(get(&virtual_run, "exit").as_f64(), Some(0.0));
    assert_eq!(get(&live, "hidden").as_bool(), Some(false));
}

#[wasm_bindgen_test]
async fn the_ideal_order_and_times_pass_and_a_reversed_order_fails() {
    let run = run_exercise("result-order".into(), JsValue::UNDEFINED).await.unwrap();
    let lines = Array::from(&get(&run, "lines"));
    let predicted: Vec<String> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| format!(r#"{{"line":{i},"t":{}}}"#, get(&l, "t").as_f64().unwrap()))
        .collect();
    let total = get(&run, "end").as_f64().unwrap();
    let right = json(&format!(r#"{{"lines":[{}],"total":{total}}}"#, predicted.join(",")));
    let grade = grade_prediction("result-order", right, run.clone()).unwrap();
    assert_eq!(get(&grade, "passed").as_bool(), Some(true), "{:?}", JSON::stringify(&grade));
    assert_eq!(get(&grade, "score").as_f64(), Some(1.0));
    assert!(get(&grade, "live").is_object(), "the live run is compared beside the ideal one");

    let mut reversed = predicted;
    reversed.reverse();
    let wrong = json(&format!(r#"{{"lines":[{}],"total":{total}}}"#, reversed.join(",")));
    let grade = grade_prediction("result-order", wrong, JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&grade, "passed").as_bool(), Some(false));
    assert!(get(&grade, "order_score").as_f64().unwrap() < 1.0);
}

#[wasm_bindgen_test]
async fn bad_arguments_reject_with_a_clear_message() {
    assert!(message(get_exercise("no-such-exercise").unwrap_err()).contains("no exercise has the id"));
    let speed = run_exercise("result-order".into(), json(r#"{"clock":"live","speed":5}"#)).await.unwrap_err();
    assert!(message(speed).contains("speed must be between 0.1 and 1"));
    let clock = run_exercise("result-order".into(), json(r#"{"clock":"sundial"}"#)).await.unwrap_err();
    assert!(message(clock).starts_with("options:"));
    let syntax = run_program("print('a'\n".into(), JsValue::UNDEFINED).await.unwrap_err();
    assert!(message(syntax).contains("line 1"), "syntax errors give their line");
    let prediction = grade_prediction("result-order", json(r#"{"lines":"all of them"}"#), JsValue::UNDEFINED).unwrap_err();
    assert!(message(prediction).starts_with("prediction:"));
}
