#![cfg(target_arch = "wasm32")]
//! The panic banner: an alert at the top of the page carrying the report as plain text (markup
//! in it stays text), ready to copy, with a link that reloads the app.

use loopscope::web::panic_banner::show;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn the_banner_shows_the_report_as_text_with_a_reload_link() {
    let report = "panicked at src/x.rs:1:2:\n<b>not bold</b>";
    show(report);
    let document = web_sys::window().and_then(|w| w.document()).expect("a document");
    let banner = document.get_element_by_id("error-banner").expect("the banner");
    assert_eq!(banner.get_attribute("role").as_deref(), Some("alert"));
    let body = document.body().expect("a body");
    assert!(body.first_element_child().is_some_and(|first| first == banner), "the banner comes first");
    let area: web_sys::HtmlTextAreaElement =
        banner.query_selector("textarea").ok().flatten().expect("a textarea").unchecked_into();
    assert_eq!(area.value(), report);
    assert!(area.has_attribute("readonly"));
    assert!(banner.query_selector("b").ok().flatten().is_none(), "the report is never parsed as HTML");
    let link = banner.query_selector("a").ok().flatten().expect("a link");
    assert_eq!(link.get_attribute("href").as_deref(), Some("?reload#/"));
}
