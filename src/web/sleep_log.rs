//! The timer check's state: the current run of sleeps and the finish lines it has collected.

use std::rc::Rc;

use yew::Reducible;

use super::clock::Finish;

/// Finish lines of the latest run, in the order the sleeps woke.
///
/// Each click starts a new run; finishes reported by an older run are ignored.
#[derive(Debug, Default, PartialEq)]
pub struct SleepLog {
    /// Number of the current run; 0 before the first click.
    pub run: u32,
    /// Finishes of the current run, earliest first.
    pub finishes: Vec<Finish>,
}

/// What can happen to a [`SleepLog`].
pub enum Action {
    /// A new run with this number started: forget the old lines.
    Start {
        /// The new run's number.
        run: u32,
    },
    /// A sleep of run `run` woke.
    Finished {
        /// The run the sleep belongs to.
        run: u32,
        /// The sleep's finish.
        finish: Finish,
    },
}

impl Reducible for SleepLog {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Start { run } => Rc::new(SleepLog {
                run,
                finishes: Vec::new(),
            }),
            Action::Finished { run, finish } if run == self.run => {
                let mut finishes = self.finishes.clone();
                finishes.push(finish);
                Rc::new(SleepLog { run, finishes })
            }
            Action::Finished { .. } => self,
        }
    }
}
