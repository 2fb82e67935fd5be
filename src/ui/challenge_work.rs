//! The challenge page's state: the learner's code, the latest Check and which of its moments
//! is shown, which result the output and timeline panes show, and the reset-to-starter
//! dialogue. It changes only through [`ChallengeWork::apply`]; the live run itself is a
//! [`crate::ui::scratchpad::Scratchpad`] beside it.

use std::rc::Rc;

use crate::challenge::CheckReport;

/// Which result the output and timeline panes show.
///
/// `Nothing` → `Run` when a run starts, → `Check` when a Check ends; either way afterwards.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Shown {
    /// Nothing has run yet.
    #[default]
    Nothing,
    /// The live run of the demo.
    Run,
    /// The run of the latest Check.
    Check,
}

/// The whole page state.
#[derive(Clone, Debug, PartialEq)]
pub struct ChallengeWork {
    /// The starter code, for Reset.
    pub starter: String,
    /// The learner's code in the editor.
    pub source: String,
    /// The latest Check.
    pub report: Option<Rc<CheckReport>>,
    /// The code was edited since the latest Check.
    pub stale: bool,
    /// The loop time highlighted on the Check's timeline.
    pub moment: Option<f64>,
    /// What the output and timeline show.
    pub shown: Shown,
    /// The learner pressed Reset and is asked to confirm.
    pub confirming_reset: bool,
    /// The code as it was before the last reset, so Undo can bring it back.
    pub before_reset: Option<String>,
}

/// What can happen on the page.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The learner changed the code.
    Edit(String),
    /// A live run of the demo started.
    RunStarted,
    /// A Check ended with this report.
    Checked(Rc<CheckReport>),
    /// Show this loop time on the Check's timeline.
    ShowMoment(f64),
    /// Reset was pressed: ask first.
    AskReset,
    /// The learner declined the reset.
    CancelReset,
    /// The learner confirmed: the starter code replaces theirs, which is kept for Undo.
    ConfirmReset,
    /// Bring back the code from before the reset.
    UndoReset,
}

impl ChallengeWork {
    /// The page for a challenge with this starter, opening `source` (a saved draft, or the
    /// starter itself).
    pub fn new(starter: &str, source: &str) -> ChallengeWork {
        ChallengeWork {
            starter: starter.to_string(),
            source: source.to_string(),
            report: None,
            stale: false,
            moment: None,
            shown: Shown::Nothing,
            confirming_reset: false,
            before_reset: None,
        }
    }

    /// Applies `action`.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Edit(source) => {
                self.stale |= source != self.source && self.report.is_some();
                self.source = source;
            }
            Action::RunStarted => {
                self.shown = Shown::Run;
                self.moment = None;
            }
            Action::Checked(report) => {
                self.report = Some(report);
                self.stale = false;
                self.moment = None;
                self.shown = Shown::Check;
            }
            Action::ShowMoment(t) if self.report.is_some() => {
                self.moment = Some(t);
                self.shown = Shown::Check;
            }
            Action::ShowMoment(_) => {}
            Action::AskReset => self.confirming_reset = true,
            Action::CancelReset => self.confirming_reset = false,
            Action::ConfirmReset if self.confirming_reset => {
                self.confirming_reset = false;
                if self.source != self.starter {
                    self.before_reset = Some(std::mem::replace(&mut self.source, self.starter.clone()));
                    self.stale |= self.report.is_some();
                }
            }
            Action::ConfirmReset => {}
            Action::UndoReset => {
                if let Some(source) = self.before_reset.take() {
                    self.source = source;
                    self.stale |= self.report.is_some();
                }
            }
        }
    }
}
