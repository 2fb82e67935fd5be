//! Yew's `Reducible` for the scratchpad, the prediction board, the challenge page and the fetch
//! lab: thin wrappers over their pure `apply`.

use std::rc::Rc;

use yew::Reducible;

use crate::ui::board::{Action as BoardAction, Board};
use crate::ui::challenge_work::{Action as WorkAction, ChallengeWork};
use crate::ui::fetch_lab::{Action as LabAction, FetchLab};
use crate::ui::scratchpad::{Action, Scratchpad};

impl Reducible for Scratchpad {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        next.apply(action);
        Rc::new(next)
    }
}

impl Reducible for Board {
    type Action = BoardAction;

    fn reduce(self: Rc<Self>, action: BoardAction) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        next.apply(action);
        Rc::new(next)
    }
}

impl Reducible for ChallengeWork {
    type Action = WorkAction;

    fn reduce(self: Rc<Self>, action: WorkAction) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        next.apply(action);
        Rc::new(next)
    }
}

impl Reducible for FetchLab {
    type Action = LabAction;

    fn reduce(self: Rc<Self>, action: LabAction) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        next.apply(action);
        Rc::new(next)
    }
}
