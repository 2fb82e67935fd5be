#![cfg(not(target_arch = "wasm32"))]
//! The lab's reducer: edits change only their own input, the program follows the form (or
//! says what to fix), and a started run is remembered with its settings and ideal.

use loopscope::ui::fetch_lab::{Action, Answerer, Edit, FetchLab, Field, LabRun, Mode};

#[test]
fn edits_change_their_input_and_the_program_follows() {
    let mut lab = FetchLab::default();
    lab.apply(Action::Edit(Edit::Mode(Mode::Semaphore(5))));
    lab.apply(Action::Edit(Edit::Slots("3".into())));
    lab.apply(Action::Edit(Edit::Count("12".into())));
    let (settings, code) = lab.program().expect("valid");
    assert_eq!((settings.mode, settings.count), (Mode::Semaphore(3), 12));
    assert!(code.contains("asyncio.Semaphore(3)") && code.contains("range(12)"), "{code}");
    lab.apply(Action::Edit(Edit::Count("lots".into())));
    assert_eq!(lab.program().unwrap_err()[0].field, Field::Count);
}

#[test]
fn a_started_run_is_remembered_with_its_ideal() {
    let mut lab = FetchLab::default();
    let (settings, _) = lab.program().unwrap();
    let run = LabRun { settings, prediction: Some(0.1), ideal: Some(0.1), answerer: Answerer::InPage };
    lab.apply(Action::Started(run.clone()));
    assert_eq!(lab.run, Some(run));
}
