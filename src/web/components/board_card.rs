//! One card of the prediction board: its place, its text, its time, and the controls that
//! move it. Keyboard: the buttons, or Alt+↑ / Alt+↓ and N (never prints) on the focused card.
//! Mouse: drag it to another card's place or into the bin.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::ui::board::{Action, Card};

/// Props of [`BoardCard`].
#[derive(Properties, PartialEq)]
pub struct BoardCardProps {
    /// The card.
    pub card: Card,
    /// Its place among the printed cards (`None`: it is in the bin).
    pub position: Option<usize>,
    /// How many printed cards there are.
    pub count: usize,
    /// Whether a time input is shown.
    pub times: bool,
    /// Sends a board action and the id of the element to focus once it is done.
    pub on_action: Callback<(Action, String)>,
    /// A drag of this card starts.
    pub on_drag: Callback<usize>,
    /// Something was dropped on this card.
    pub on_drop: Callback<()>,
}

/// A card as a list item.
#[component]
pub fn BoardCard(props: &BoardCardProps) -> Html {
    let id = props.card.id;
    let key = |suffix: &str| format!("card-{id}-{suffix}");
    let send = |action: Action, focus: String| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit((action.clone(), focus.clone())))
    };
    let onkeydown = {
        let on_action = props.on_action.clone();
        let in_bin = props.position.is_none();
        Callback::from(move |event: KeyboardEvent| {
            let on_card = event.target_unchecked_into::<web_sys::Element>().id() == format!("card-{id}");
            let action = match event.key().as_str() {
                "ArrowUp" if event.alt_key() && !in_bin => Action::MoveUp(id),
                "ArrowDown" if event.alt_key() && !in_bin => Action::MoveDown(id),
                "n" | "N" | "Delete" if on_card && !in_bin => Action::ToNever(id),
                "Insert" | "p" | "P" if on_card && in_bin => Action::FromNever(id),
                _ => return,
            };
            event.prevent_default();
            on_action.emit((action, format!("card-{id}")));
        })
    };
    let ondragstart = {
        let on_drag = props.on_drag.clone();
        Callback::from(move |event: DragEvent| {
            if let Some(data) = event.data_transfer() {
                let _ = data.set_data("text/plain", &id.to_string());
                data.set_effect_allowed("move");
            }
            on_drag.emit(id);
        })
    };
    let ondragover = Callback::from(|event: DragEvent| event.prevent_default());
    let ondrop = {
        let on_drop = props.on_drop.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            event.stop_propagation();
            on_drop.emit(());
        })
    };
    let oninput = {
        let on_action = props.on_action.clone();
        let focus = key("time");
        Callback::from(move |event: InputEvent| {
            let value = event.target_unchecked_into::<HtmlInputElement>().value();
            let t = value.trim().parse::<f64>().ok();
            on_action.emit((Action::SetTime { card: id, t }, focus.clone()));
        })
    };
    let text = props.card.text.clone();
    let label = match props.position {
        Some(at) => format!("{text}, line {} of {}", at + 1, props.count),
        None => format!("{text}, never prints"),
    };
    html! {
        <li
            id={format!("card-{id}")}
            class="board-card"
            tabindex="0"
            draggable="true"
            aria-label={label}
            data-text={text.clone()}
            {onkeydown}
            {ondragstart}
            {ondragover}
            {ondrop}
        >
            <span class="card-grip" aria-hidden="true">{ "⠿" }</span>
            if let Some(at) = props.position {
                <span class="card-place" aria-hidden="true">{ at + 1 }</span>
            }
            <code class="card-line">{ text.clone() }</code>
            <span class="card-controls">
                if let (true, Some(_)) = (props.times, props.position) {
                    <label class="card-time">
                        <span class="visually-hidden">{ format!("Time of “{text}” in seconds") }</span>
                        <input
                            id={key("time")}
                            type="number"
                            inputmode="decimal"
                            min="0"
                            step="0.05"
                            placeholder="time"
                            value={props.card.t.map(|t| t.to_string()).unwrap_or_default()}
                            {oninput}
                        />
                        <span aria-hidden="true">{ "s" }</span>
                    </label>
                }
                if let Some(at) = props.position {
                    <button type="button" class="icon" id={key("up")} disabled={at == 0}
                        aria-label={format!("Move “{text}” up")} onclick={send(Action::MoveUp(id), key("up"))}>{ "↑" }</button>
                    <button type="button" class="icon" id={key("down")} disabled={at + 1 == props.count}
                        aria-label={format!("Move “{text}” down")} onclick={send(Action::MoveDown(id), key("down"))}>{ "↓" }</button>
                    <button type="button" class="icon" id={key("bin")}
                        aria-label={format!("“{text}” never prints")} onclick={send(Action::ToNever(id), key("back"))}>{ "✕" }</button>
                } else {
                    <button type="button" class="quiet" id={key("back")}
                        aria-label={format!("Put “{text}” back among the printed lines")}
                        onclick={send(Action::FromNever(id), key("bin"))}>{ "Put back" }</button>
                }
            </span>
        </li>
    }
}
