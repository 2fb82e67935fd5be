//! The embed view (`#/embed/<id>`): one exercise, without the site around it, for a host
//! page's iframe. It posts each grade to the host and restores a prediction the host sends
//! (the protocol is [`crate::ui::embed`], documented in docs/EMBED.md).

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::not_found::NotFound;
use crate::grading::{Grade, Prediction};
use crate::ui::embed::{parse_restore, RejectReason, ResultMessage};
use crate::web::catalogue::catalogue;
use crate::web::components::{ExerciseWorkspace, InternalError};
use crate::web::listener::Listener;

/// Props of [`EmbedPage`].
#[derive(Properties, PartialEq)]
pub struct EmbedPageProps {
    /// The exercise id.
    pub id: AttrValue,
}

/// A prediction the host restored, numbered so each restore deals the board afresh.
#[derive(Clone, Default, PartialEq)]
struct Restored {
    count: u32,
    prediction: Option<Prediction>,
}

/// The page.
#[component]
pub fn EmbedPage(props: &EmbedPageProps) -> Html {
    let restored = use_state(Restored::default);
    let problem = use_state(|| None::<String>);
    {
        let id = props.id.to_string();
        let restored = restored.clone();
        let problem = problem.clone();
        use_effect_with(id.clone(), move |_| {
            let mut count = 0;
            let listener = web_sys::window().map(|window| {
                Listener::new(&window, "message", move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else { return };
                    let data = event.data();
                    let text = data.as_string().or_else(|| js_sys::JSON::stringify(&data).ok().and_then(|s| s.as_string()));
                    match parse_restore(text.as_deref().unwrap_or(""), &id) {
                        Ok(prediction) => {
                            count += 1;
                            problem.set(None);
                            restored.set(Restored { count, prediction: Some(prediction) });
                        }
                        Err(RejectReason::NotOurs) => {}
                        Err(reason) => problem.set(Some(reason.to_string())),
                    }
                })
            });
            move || drop(listener)
        });
    }
    let catalogue = catalogue();
    let catalogue = match &*catalogue {
        Ok(catalogue) => catalogue,
        Err(why) => return html! { <InternalError report={AttrValue::from(why.clone())} /> },
    };
    let Some(exercise) = catalogue.exercise(&props.id) else {
        return html! { <NotFound hash={AttrValue::from(format!("#/embed/{}", props.id))} /> };
    };
    let on_graded = {
        let id = exercise.id.clone();
        Callback::from(move |(prediction, grade): (Prediction, Grade)| post_result(&id, &prediction, &grade))
    };
    html! {
        <>
            if let Some(why) = &*problem {
                <div class="notice-bar" id="embed-problem" role="alert">
                    { format!("A message from the page around this exercise was not applied: {why}.") }
                </div>
            }
            <ExerciseWorkspace
                key={restored.count}
                exercise={Rc::new(exercise.clone())}
                source={AttrValue::from(exercise.source.clone())}
                prediction={restored.prediction.clone()}
                next={None::<(AttrValue, AttrValue)>}
                on_graded={Some(on_graded)}
            />
        </>
    }
}

/// Posts the grade to the host page (any origin: the message holds only the learner's own
/// prediction and its grade).
fn post_result(id: &str, prediction: &Prediction, grade: &Grade) {
    let message = ResultMessage::new(id, prediction, grade);
    let Ok(text) = serde_json::to_string(&message) else { return };
    let Ok(value) = js_sys::JSON::parse(&text) else { return };
    let parent = web_sys::window().and_then(|w| w.parent().ok().flatten());
    if let Some(parent) = parent {
        let _ = parent.post_message(&value, "*");
    }
}
