//! What had to be reset when saved progress was read, told once on the page that read it.

use yew::prelude::*;

use crate::ui::progress::Notice;

/// Props of [`ProgressNotices`].
#[derive(Properties, PartialEq)]
pub struct ProgressNoticesProps {
    /// The notices (nothing is shown without any).
    pub notices: Vec<Notice>,
}

/// One line per notice, in a status bar.
#[component]
pub fn ProgressNotices(props: &ProgressNoticesProps) -> Html {
    if props.notices.is_empty() {
        return html! {};
    }
    html! {
        <div class="notice-bar" id="progress-notice" role="status">
            { for props.notices.iter().map(|n| html! { <p>{ n.to_string() }</p> }) }
        </div>
    }
}
