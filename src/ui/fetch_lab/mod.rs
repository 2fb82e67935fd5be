//! The fetch fan-out lab (`#/fetch`) in plain Rust: its form and the checks on it, the
//! built-in endpoint's latencies, the Python program generated from the choices, the
//! waterfall's bars built from a run's trace, and the comparison of measured, ideal and
//! predicted total times in words.

mod codegen;
mod form;
mod lab;
mod latency;
mod mode;
mod settings;
mod url_list;
mod verdict;
mod waterfall;

pub use codegen::program;
pub use form::{Field, FieldError, LabForm};
pub use lab::{Action, Answerer, Edit, FetchLab, LabRun};
pub use latency::Latency;
pub use mode::Mode;
pub use settings::{LabSettings, UrlSet, COUNT_RANGE};
pub use url_list::{parse_url_list, UrlError, MAX_URLS};
pub use verdict::{measured_vs_ideal, prediction_vs};
pub use waterfall::{bars, requests_end, tally, Bar, BarState};
