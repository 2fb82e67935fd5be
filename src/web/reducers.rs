//! Yew's `Reducible` for the scratchpad, the prediction board, the challenge page and the fetch
//! lab: thin wrappers over their pure `apply`.

use std::rc::Rc;

use yew::Reducible;

use crate::ui::board::{Action as BoardAction, Board};
use crate::ui::challenge_work::{Action as WorkAction, ChallengeWork};
use crate::ui::fetch_lab::{Action as LabAction, FetchLab};
use crate::ui::scratchpad::{Action, Scratchpad};

/// `impl Reducible` for each `state: action` pair, by the state's own `apply(&mut self, action)`.
macro_rules! reducible_by_apply {
    ($($state:ty: $action:ty),* $(,)?) => {$(
        impl Reducible for $state {
            type Action = $action;

            fn reduce(self: Rc<Self>, action: $action) -> Rc<Self> {
                let mut next = Rc::unwrap_or_clone(self);
                next.apply(action);
                Rc::new(next)
            }
        }
    )*};
}

reducible_by_apply!(Scratchpad: Action, Board: BoardAction, ChallengeWork: WorkAction, FetchLab: LabAction);
