//! An internal error shown as a banner instead of a broken page: what failed, a report to
//! copy, and a way back.

use yew::prelude::*;

/// Props of [`InternalError`].
#[derive(Properties, PartialEq)]
pub struct InternalErrorProps {
    /// What failed, for the report.
    pub report: AttrValue,
}

/// The banner.
#[component]
pub fn InternalError(props: &InternalErrorProps) -> Html {
    html! {
        <main id="main" class="page">
            <div class="error-banner" role="alert" id="internal-error">
                <strong>{ "Something went wrong inside Loopscope." }</strong>
                <span>{ " This part of the app cannot be shown. If you report it, please include the text below." }</span>
                <textarea readonly=true aria-label="Error report" rows="4" value={props.report.clone()} />
                <a class="button-link" href="#/play">{ "Open the scratchpad instead" }</a>
            </div>
        </main>
    }
}
