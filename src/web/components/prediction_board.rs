//! The Predict step: the cards in predicted order, the "never prints" bin, the total time and
//! the ending exception, and the button that grades them. The board's state is the plain-Rust
//! [`Board`]; every change is announced in a live region, and focus follows a moved card.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::board_card::BoardCard;
use crate::grading::{Prediction, Predicts};
use crate::ui::board::{Action, Board};

/// Props of [`PredictionBoard`]. Remount it (change its key) to deal new cards.
#[derive(Properties, PartialEq)]
pub struct PredictionBoardProps {
    /// The board it starts from.
    pub initial: Board,
    /// Which parts the learner predicts.
    pub predicts: Predicts,
    /// Called with the prediction after every change.
    pub on_change: Callback<Prediction>,
    /// Called with the prediction when the learner asks for a grade.
    pub on_check: Callback<Prediction>,
}

/// The board.
#[component]
pub fn PredictionBoard(props: &PredictionBoardProps) -> Html {
    let board = {
        let initial = props.initial.clone();
        use_reducer(move || initial)
    };
    let focus_next = use_mut_ref(|| None::<String>);
    let dragged = use_mut_ref(|| None::<usize>);
    {
        let on_change = props.on_change.clone();
        use_effect_with((*board).clone(), move |board| on_change.emit(board.prediction()));
    }
    {
        let focus_next = Rc::clone(&focus_next);
        use_effect(move || {
            if let Some(id) = focus_next.borrow_mut().take() {
                let element = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&id));
                if let Some(element) =
                    element.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
                {
                    let _ = element.focus();
                }
            }
        });
    }
    let on_action = {
        let board = board.dispatcher();
        let focus_next = Rc::clone(&focus_next);
        Callback::from(move |(action, focus): (Action, String)| {
            if !matches!(action, Action::SetTime { .. }) {
                *focus_next.borrow_mut() = Some(focus);
            }
            board.dispatch(action);
        })
    };
    let on_drag = {
        let dragged = Rc::clone(&dragged);
        Callback::from(move |card: usize| *dragged.borrow_mut() = Some(card))
    };
    let drop_to = |target: Option<usize>| {
        let board = board.dispatcher();
        let dragged = Rc::clone(&dragged);
        Callback::from(move |()| {
            if let Some(card) = dragged.borrow_mut().take() {
                board.dispatch(match target {
                    Some(index) => Action::MoveTo { card, index },
                    None => Action::ToNever(card),
                });
            }
        })
    };
    let drop_zone = |target: Option<usize>| {
        let on_drop = drop_to(target);
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            on_drop.emit(());
        })
    };
    let allow_drop = Callback::from(|event: DragEvent| event.prevent_default());
    let on_total = {
        let board = board.dispatcher();
        Callback::from(move |event: InputEvent| {
            let value = event.target_unchecked_into::<HtmlInputElement>().value();
            board.dispatch(Action::SetTotal(value.trim().parse().ok()));
        })
    };
    let on_exception = {
        let board = board.dispatcher();
        Callback::from(move |event: InputEvent| {
            board.dispatch(Action::SetException(event.target_unchecked_into::<HtmlInputElement>().value()))
        })
    };
    let on_check = {
        let board = board.clone();
        let on_check = props.on_check.clone();
        Callback::from(move |_: MouseEvent| on_check.emit(board.prediction()))
    };
    let count = board.printed.len();
    let card = |card: &crate::ui::board::Card, position: Option<usize>| {
        html! {
            <BoardCard
                key={card.id}
                card={card.clone()}
                {position}
                {count}
                times={props.predicts.times}
                on_action={on_action.clone()}
                on_drag={on_drag.clone()}
                on_drop={drop_to(position)}
            />
        }
    };
    html! {
        <div class="board">
            <p class="hint">
                { "Put the lines in the order you expect them to print: drag them, or use the arrows \
                   (Alt+↑ and Alt+↓ on a focused card). Put lines that never print in the bin (✕ or N)." }
            </p>
            <ol id="board" class="board-list" aria-label="Predicted output, in order"
                ondragover={allow_drop.clone()} ondrop={drop_zone(Some(count))}>
                { for board.printed.iter().enumerate().map(|(i, c)| card(c, Some(i))) }
            </ol>
            <section class="never-bin" aria-labelledby="never-heading"
                ondragover={allow_drop} ondrop={drop_zone(None)}>
                <h3 id="never-heading">{ "Never prints" }</h3>
                if board.never.is_empty() {
                    <p class="bin-empty">{ "Drop lines here that you think never print." }</p>
                }
                <ul id="never-bin" class="board-list">
                    { for board.never.iter().map(|c| card(c, None)) }
                </ul>
            </section>
            <div class="board-extras">
                if props.predicts.total {
                    <label class="field">
                        <span>{ "Total run time (s)" }</span>
                        <input id="total-time" type="number" inputmode="decimal" min="0" step="0.05"
                            value={board.total.map(|t| t.to_string()).unwrap_or_default()} oninput={on_total} />
                    </label>
                }
                if props.predicts.exception {
                    <label class="field">
                        <span>{ "Exception that ends it (blank: none)" }</span>
                        <input id="exception" type="text" spellcheck="false" autocomplete="off"
                            placeholder="e.g. KeyError" value={board.exception.clone()} oninput={on_exception} />
                    </label>
                }
            </div>
            <p class="visually-hidden" aria-live="polite" id="board-said">{ board.said.clone() }</p>
            <button type="button" id="check" onclick={on_check}>{ "Check my prediction" }</button>
        </div>
    }
}
