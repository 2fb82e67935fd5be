//! The challenge embed view (`#/embed/ch/<id>`): one challenge without the site around it, for
//! a host page's iframe. After each Check it posts the result to the host (the message is
//! [`crate::ui::challenge_embed`], documented in docs/EMBED.md).

use std::rc::Rc;

use yew::prelude::*;

use super::not_found::NotFound;
use crate::challenge::CheckReport;
use crate::ui::challenge_embed::ChallengeResultMessage;
use crate::web::challenge_catalogue::find;
use crate::web::components::{ChallengeWorkspace, InternalError};

/// Props of [`ChallengeEmbedPage`].
#[derive(Properties, PartialEq)]
pub struct ChallengeEmbedPageProps {
    /// The challenge id.
    pub id: AttrValue,
}

/// The page.
#[component]
pub fn ChallengeEmbedPage(props: &ChallengeEmbedPageProps) -> Html {
    match find(&props.id) {
        Ok(Some(challenge)) => {
            let on_checked = Callback::from(|report: Rc<CheckReport>| post_result(&report));
            html! { <ChallengeWorkspace challenge={Rc::new(challenge)} on_checked={Some(on_checked)} /> }
        }
        Ok(None) => html! { <NotFound hash={AttrValue::from(format!("#/embed/ch/{}", props.id))} /> },
        Err(why) => html! { <InternalError report={AttrValue::from(why)} /> },
    }
}

/// Posts a Check's result to the host page (any origin: it holds only the verdicts on the
/// learner's own code).
fn post_result(report: &CheckReport) {
    let Ok(text) = serde_json::to_string(&ChallengeResultMessage::new(report)) else { return };
    let Ok(value) = js_sys::JSON::parse(&text) else { return };
    let parent = web_sys::window().and_then(|w| w.parent().ok().flatten());
    if let Some(parent) = parent {
        let _ = parent.post_message(&value, "*");
    }
}
