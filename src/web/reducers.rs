//! Yew's `Reducible` for the scratchpad: a thin wrapper over its pure `apply`.

use std::rc::Rc;

use yew::Reducible;

use crate::ui::scratchpad::{Action, Scratchpad};

impl Reducible for Scratchpad {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        next.apply(action);
        Rc::new(next)
    }
}
