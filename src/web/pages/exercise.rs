//! The exercise page (`#/ex/<id>`): finds the exercise, opens a share link if the address
//! carries one (falling back to the original exercise, with a message, when the link is bad),
//! and hands over to the workspace.

use std::rc::Rc;

use yew::prelude::*;

use super::not_found::NotFound;
use crate::ui::share;
use crate::web::catalogue::catalogue;
use crate::web::components::{ExerciseWorkspace, InternalError};
use crate::web::storage;

/// Props of [`ExercisePage`].
#[derive(Properties, PartialEq)]
pub struct ExercisePageProps {
    /// The exercise id.
    pub id: AttrValue,
    /// A share token from the address.
    pub share: Option<AttrValue>,
}

/// The page.
#[component]
pub fn ExercisePage(props: &ExercisePageProps) -> Html {
    let catalogue = catalogue();
    let catalogue = match &*catalogue {
        Ok(catalogue) => catalogue,
        Err(why) => return html! { <InternalError report={AttrValue::from(why.clone())} /> },
    };
    let Some(exercise) = catalogue.exercise(&props.id) else {
        return html! { <NotFound hash={AttrValue::from(format!("#/ex/{}", props.id))} /> };
    };
    let saved = || storage::load().0.entries.get(&exercise.id).and_then(|e| e.last.clone());
    let (source, prediction, problem) = match props.share.as_deref().map(|t| share::decode(&exercise.id, t)) {
        None => (exercise.source.clone(), saved(), None),
        Some(Ok(shared)) => (shared.code.unwrap_or_else(|| exercise.source.clone()), shared.prediction, None),
        Some(Err(error)) => (exercise.source.clone(), None, Some(error)),
    };
    let at = catalogue.exercises.iter().position(|e| e.id == exercise.id);
    let next = at.and_then(|i| catalogue.exercises.get(i + 1)).map(|e| (e.id.clone().into(), e.title.clone().into()));
    html! {
        <>
            if let Some(error) = problem {
                <div class="notice-bar" id="share-problem" role="alert">
                    { format!("This share link could not be opened: {error}. Here is the original exercise instead.") }
                </div>
            }
            <ExerciseWorkspace exercise={Rc::new(exercise.clone())} source={AttrValue::from(source)} {prediction} {next} />
        </>
    }
}
