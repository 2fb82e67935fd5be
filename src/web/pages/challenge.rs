//! The challenge page (`#/ch/<id>`): finds the challenge and hands over to the workspace.

use std::rc::Rc;

use yew::prelude::*;

use super::not_found::NotFound;
use crate::web::challenge_catalogue::find;
use crate::web::components::{ChallengeWorkspace, InternalError};

/// Props of [`ChallengePage`].
#[derive(Properties, PartialEq)]
pub struct ChallengePageProps {
    /// The challenge id.
    pub id: AttrValue,
}

/// The page.
#[component]
pub fn ChallengePage(props: &ChallengePageProps) -> Html {
    match find(&props.id) {
        Ok(Some(challenge)) => html! { <ChallengeWorkspace challenge={Rc::new(challenge)} /> },
        Ok(None) => html! { <NotFound hash={AttrValue::from(format!("#/ch/{}", props.id))} /> },
        Err(why) => html! { <InternalError report={AttrValue::from(why)} /> },
    }
}
