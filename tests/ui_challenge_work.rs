#![cfg(not(target_arch = "wasm32"))]
//! The challenge page's state: a Check is shown with no moment until one is asked for, edits
//! after a Check mark it stale, and Reset asks first and can be undone, so nothing the
//! learner typed is lost.

use std::rc::Rc;

use loopscope::challenge::{self, CheckReport};
use loopscope::ui::challenge_work::{Action, ChallengeWork, Shown};

fn report() -> Rc<CheckReport> {
    let c = challenge::get("fetch-in-order").expect("challenge");
    Rc::new(loopscope::cli::run_on_big_stack(move || challenge::check(&c, "x = 1\n", 1)))
}

#[test]
fn a_check_is_shown_and_a_moment_highlights_on_it() {
    let mut work = ChallengeWork::new("starter", "mine");
    work.apply(Action::ShowMoment(1.0));
    assert_eq!((work.moment, work.shown), (None, Shown::Nothing), "no Check yet, no moment");
    work.apply(Action::Checked(report()));
    assert_eq!((work.moment, work.shown), (None, Shown::Check));
    work.apply(Action::RunStarted);
    assert_eq!(work.shown, Shown::Run);
    work.apply(Action::ShowMoment(1.5));
    assert_eq!((work.moment, work.shown), (Some(1.5), Shown::Check));
    work.apply(Action::RunStarted);
    assert_eq!(work.moment, None);
}

#[test]
fn editing_after_a_check_marks_it_stale_until_the_next() {
    let mut work = ChallengeWork::new("starter", "mine");
    work.apply(Action::Edit("mine 2".into()));
    assert!(!work.stale, "nothing checked yet");
    work.apply(Action::Checked(report()));
    work.apply(Action::Edit("mine 3".into()));
    assert!(work.stale);
    work.apply(Action::Checked(report()));
    assert!(!work.stale);
}

#[test]
fn reset_asks_first_and_can_be_undone() {
    let mut work = ChallengeWork::new("starter", "mine");
    work.apply(Action::ConfirmReset);
    assert_eq!(work.source, "mine", "no reset without asking");
    work.apply(Action::AskReset);
    work.apply(Action::CancelReset);
    work.apply(Action::ConfirmReset);
    assert_eq!(work.source, "mine", "declined");
    work.apply(Action::AskReset);
    assert!(work.confirming_reset);
    work.apply(Action::ConfirmReset);
    assert_eq!((work.source.as_str(), work.confirming_reset), ("starter", false));
    work.apply(Action::UndoReset);
    assert_eq!(work.source, "mine");
    assert_eq!(work.before_reset, None);
}
