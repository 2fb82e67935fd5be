//! A value that follows another at most once per period: the latest value is shown at once
//! if the last change was long enough ago, otherwise when the period is over. Used to redraw
//! the timeline a few times a second while a run streams events many times a second.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::web::clock::now_ms;

/// When the shown value last changed, and the timer that will show the latest one.
struct Pace {
    last_ms: f64,
    timer: Option<Timeout>,
    timer_due: bool,
}

/// `value`, changed at most every `every_ms`; the last change always shows up.
#[hook]
pub fn use_throttled<T: Clone + PartialEq + 'static>(value: T, every_ms: f64) -> T {
    let shown = use_state_eq(|| value.clone());
    let latest = use_mut_ref(|| value.clone());
    let pace = use_mut_ref(|| Pace { last_ms: f64::NEG_INFINITY, timer: None, timer_due: false });
    *latest.borrow_mut() = value.clone();
    {
        let shown = shown.clone();
        use_effect_with(value, move |value| {
            let wait = pace.borrow().last_ms + every_ms - now_ms();
            if wait <= 0.0 {
                pace.borrow_mut().last_ms = now_ms();
                shown.set(value.clone());
            } else if !pace.borrow().timer_due {
                let timer = Timeout::new(wait.ceil() as u32, {
                    let pace = Rc::clone(&pace);
                    move || show_latest(&pace, &latest, &shown)
                });
                let mut pace = pace.borrow_mut();
                pace.timer = Some(timer);
                pace.timer_due = true;
            }
        });
    }
    (*shown).clone()
}

/// The timer's end: show the latest value.
fn show_latest<T: Clone + PartialEq + 'static>(pace: &RefCell<Pace>, latest: &RefCell<T>, shown: &UseStateHandle<T>) {
    let mut pace = pace.borrow_mut();
    pace.last_ms = now_ms();
    pace.timer_due = false;
    shown.set(latest.borrow().clone());
}
