#![cfg(all(target_arch = "wasm32", feature = "js-api"))]
//! The challenge part of the JavaScript API, called as a page calls it: list and read
//! challenges without their answers, check a wrong and a right solution, and get clear errors
//! for bad arguments.

use js_sys::{Array, Reflect, JSON};
use loopscope::web::api::{check_challenge, get_challenge, list_challenges};
use wasm_bindgen::{JsError, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const SOLUTION: &str = include_str!("../challenges/01-fetch-in-order/solution.py");
const UNBOUNDED: &str = include_str!("../challenges/01-fetch-in-order/wrong/unbounded.py");

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &key.into()).unwrap()
}

fn message(e: JsError) -> String {
    let v: JsValue = e.into();
    get(&v, "message").as_string().unwrap()
}

#[wasm_bindgen_test]
fn the_list_and_a_challenge_give_no_answers_away() {
    let list = Array::from(&list_challenges().unwrap());
    assert!(list.length() >= 13, "{} challenges", list.length());
    assert_eq!(get(&list.get(0), "id").as_string().as_deref(), Some("fetch-in-order"));
    let c = get_challenge("fetch-in-order").unwrap();
    assert!(get(&c, "statement").as_string().unwrap().contains("fetch_all"));
    assert!(get(&c, "starter").is_string());
    assert!(Array::from(&get(&c, "examples")).length() >= 1);
    for hidden in ["solution", "wrong", "checks_py", "demo", "checks"] {
        assert!(get(&c, hidden).is_undefined(), "{hidden} is not given away");
    }
}

#[wasm_bindgen_test]
fn a_wrong_solution_fails_its_check_with_a_moment_and_the_reference_passes() {
    let seed = JSON::parse(r#"{"seed": 3}"#).unwrap();
    let report = check_challenge("fetch-in-order", UNBOUNDED.into(), seed.clone()).unwrap();
    assert_eq!(get(&report, "passed").as_bool(), Some(false));
    assert_eq!(get(&report, "seed").as_f64(), Some(3.0));
    let failed = Array::from(&get(&report, "checks"))
        .iter()
        .find(|c| get(c, "name").as_string().as_deref() == Some("at most 10 in flight"))
        .expect("the check is reported");
    assert_eq!(get(&failed, "passed").as_bool(), Some(false));
    assert!(get(&failed, "measured").is_string() && get(&failed, "expected").is_string());
    assert!(get(&failed, "at").as_f64().is_some(), "{:?}", JSON::stringify(&failed));
    assert!(get(&report, "trace").is_undefined(), "the trace stays inside");

    let report = check_challenge("fetch-in-order", SOLUTION.into(), JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&report, "passed").as_bool(), Some(true), "{:?}", JSON::stringify(&report));
    assert!(get(&report, "error").is_null());
}

#[wasm_bindgen_test]
fn code_that_does_not_compile_reports_where() {
    let report = check_challenge("fetch-in-order", "def f(:\n".into(), JsValue::UNDEFINED).unwrap();
    let error = get(&report, "error");
    assert_eq!(get(&error, "line").as_f64(), Some(1.0));
    assert!(get(&error, "col").as_f64().is_some());
}

#[wasm_bindgen_test]
fn bad_arguments_reject_with_a_message() {
    assert_eq!(message(get_challenge("nope").unwrap_err()), "no challenge has the id \"nope\"");
    let bad = |source: JsValue, options: &str| {
        message(check_challenge("fetch-in-order", source, JSON::parse(options).unwrap()).unwrap_err())
    };
    assert_eq!(bad(JsValue::from(3), "{}"), "source must be a string of Python code");
    assert!(bad("x = 1".into(), r#"{"seed": -1}"#).starts_with("options:"));
    assert!(bad("x = 1".into(), r#"{"speed": 1}"#).contains("unknown field"));
}
