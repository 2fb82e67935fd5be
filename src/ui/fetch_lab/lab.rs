//! The lab's state: its form, and what the latest run was started with (its settings, the
//! learner's prediction then, the ideal total time and which path answers the built-in
//! endpoint). It changes only through [`FetchLab::apply`]; the run itself (program, trace,
//! Run/Stop) is a [`crate::ui::scratchpad::Scratchpad`] whose source is the generated program.

use super::form::{FieldError, LabForm};
use super::latency::Latency;
use super::mode::Mode;
use super::settings::LabSettings;

/// Who answers requests to `lab.invalid` in the browser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answerer {
    /// The site's service worker: real `fetch` calls the browser does not limit per host.
    ServiceWorker,
    /// No service worker controls the page: the page answers on its own timers.
    InPage,
}

/// What the latest run was started with.
#[derive(Clone, Debug, PartialEq)]
pub struct LabRun {
    /// The settings of the run.
    pub settings: LabSettings,
    /// The prediction when Run was pressed, in seconds.
    pub prediction: Option<f64>,
    /// The ideal total time (the last request's end on the virtual clock); `None` for custom
    /// URLs, whose latencies are unknown.
    pub ideal: Option<f64>,
    /// Who answers the built-in endpoint this run.
    pub answerer: Answerer,
}

/// The whole lab.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FetchLab {
    /// The form as typed.
    pub form: LabForm,
    /// The latest run's start, if any.
    pub run: Option<LabRun>,
}

/// A change to one input of the form.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Built-in endpoint (false) or custom list (true).
    Custom(bool),
    /// The built-in latencies.
    Latency(Latency),
    /// The failure rate in percent.
    FailPercent(String),
    /// The custom URL list.
    Urls(String),
    /// Number of requests.
    Count(String),
    /// The fan-out pattern.
    Mode(Mode),
    /// The semaphore's slots.
    Slots(String),
    /// Per-request timeout in seconds.
    Timeout(String),
    /// Requests per second.
    Rate(String),
    /// The predicted total time.
    Prediction(String),
}

/// What can happen to a [`FetchLab`].
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The learner changed an input.
    Edit(Edit),
    /// A run started with these settings.
    Started(LabRun),
}

impl FetchLab {
    /// Applies `action`.
    pub fn apply(&mut self, action: Action) {
        let form = &mut self.form;
        match action {
            Action::Edit(Edit::Custom(custom)) => form.custom = custom,
            Action::Edit(Edit::Latency(latency)) => form.latency = latency,
            Action::Edit(Edit::FailPercent(text)) => form.fail_percent = text,
            Action::Edit(Edit::Urls(text)) => form.urls = text,
            Action::Edit(Edit::Count(text)) => form.count = text,
            Action::Edit(Edit::Mode(mode)) => form.mode = mode,
            Action::Edit(Edit::Slots(text)) => form.slots = text,
            Action::Edit(Edit::Timeout(text)) => form.timeout = text,
            Action::Edit(Edit::Rate(text)) => form.rate = text,
            Action::Edit(Edit::Prediction(text)) => form.prediction = text,
            Action::Started(run) => self.run = Some(run),
        }
    }

    /// The checked settings and the generated program, or what to fix first.
    pub fn program(&self) -> Result<(LabSettings, String), Vec<FieldError>> {
        let settings = self.form.settings()?;
        let code = super::codegen::program(&settings);
        Ok((settings, code))
    }
}
