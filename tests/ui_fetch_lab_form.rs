#![cfg(not(target_arch = "wasm32"))]
//! The lab's form: the defaults make a valid run, every number is checked against its range
//! with a message for its own field, blank optional fields mean "none", and a custom URL list
//! accepts only http(s) URLs with a host, reporting the first bad one by line:column.

use loopscope::ui::fetch_lab::{parse_url_list, Field, LabForm, Latency, Mode, UrlSet, MAX_URLS};

fn fields(form: &LabForm) -> Vec<Field> {
    form.settings().expect_err("refused").into_iter().map(|e| e.field).collect()
}

#[test]
fn the_default_form_is_a_hundred_fixed_requests_under_gather() {
    let settings = LabForm::default().settings().expect("valid");
    assert_eq!(settings.urls, UrlSet::Builtin { latency: Latency::Fixed100, fail_rate: 0.0 });
    assert_eq!((settings.count, settings.mode, settings.timeout_s, settings.rate_per_s), (100, Mode::Gather, None, None));
}

#[test]
fn numbers_out_of_range_are_refused_field_by_field() {
    let form = LabForm { count: "201".into(), timeout: "0".into(), rate: "fast".into(), ..LabForm::default() };
    assert_eq!(fields(&form), [Field::Count, Field::Timeout, Field::Rate]);
    let form = LabForm { count: "0".into(), ..LabForm::default() };
    assert_eq!(form.settings().unwrap_err()[0].message, "The number of requests must be a whole number from 1 to 200.");
    let form = LabForm { fail_percent: "120".into(), ..LabForm::default() };
    assert_eq!(fields(&form), [Field::FailRate]);
}

#[test]
fn slots_are_checked_only_for_a_semaphore() {
    let form = LabForm { slots: "0".into(), ..LabForm::default() };
    assert!(form.settings().is_ok());
    let form = LabForm { slots: "0".into(), mode: Mode::Semaphore(5), ..LabForm::default() };
    assert_eq!(fields(&form), [Field::Slots]);
    let form = LabForm { slots: " 7 ".into(), mode: Mode::Semaphore(5), ..LabForm::default() };
    assert_eq!(form.settings().unwrap().mode, Mode::Semaphore(7));
}

#[test]
fn optional_fields_are_none_when_blank_and_numbers_when_typed() {
    let form = LabForm { timeout: "0.5".into(), rate: "20".into(), fail_percent: "10".into(), ..LabForm::default() };
    let settings = form.settings().unwrap();
    assert_eq!((settings.timeout_s, settings.rate_per_s), (Some(0.5), Some(20.0)));
    assert_eq!(settings.urls, UrlSet::Builtin { latency: Latency::Fixed100, fail_rate: 0.1 });
    assert_eq!(LabForm { prediction: " ".into(), ..LabForm::default() }.prediction_s(), Ok(None));
    assert_eq!(LabForm { prediction: "1.5".into(), ..LabForm::default() }.prediction_s(), Ok(Some(1.5)));
    assert_eq!(LabForm { prediction: "-1".into(), ..LabForm::default() }.prediction_s().unwrap_err().field, Field::Prediction);
}

#[test]
fn a_custom_list_keeps_its_urls_in_order_and_skips_blank_lines() {
    let urls = parse_url_list("\n https://example.com/a \n\nhttp://localhost:8000/b?x=1\n").unwrap();
    assert_eq!(urls, ["https://example.com/a", "http://localhost:8000/b?x=1"]);
    let form = LabForm { custom: true, urls: "https://example.com/".into(), ..LabForm::default() };
    assert_eq!(form.settings().unwrap().urls, UrlSet::Custom(vec!["https://example.com/".into()]));
}

#[test]
fn a_custom_list_reports_the_first_bad_url_by_line_and_column() {
    let error = |text: &str| parse_url_list(text).unwrap_err().to_string();
    assert_eq!(error("https://ok.example/\nftp://files.example/"), "line 2:1: only http:// and https:// URLs can be fetched");
    assert_eq!(error("  https://a.example/x y"), "line 1:22: a URL cannot contain ' '");
    assert_eq!(error("https://a.example/\"+__import__('os')"), "line 1:19: a URL cannot contain '\"'");
    assert_eq!(error("https:///path"), "line 1:9: the URL needs a host name after //");
    assert_eq!(error("javascript:alert(1)"), "line 1:1: only http:// and https:// URLs can be fetched");
    assert_eq!(error("\n  \n"), "line 1:1: enter at least one URL, one per line");
    let too_many = "https://a.example/\n".repeat(MAX_URLS + 1);
    assert_eq!(error(&too_many), format!("line {}:1: at most {MAX_URLS} URLs", MAX_URLS + 1));
    let form = LabForm { custom: true, urls: "file:///etc/passwd".into(), ..LabForm::default() };
    assert_eq!(fields(&form), [Field::Urls]);
}
