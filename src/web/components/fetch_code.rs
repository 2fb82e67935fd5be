//! The Python program the fetch lab runs for the current choices, highlighted, with a button
//! that opens it in the scratchpad.

use yew::prelude::*;

use super::code_view::CodeView;
use crate::web::scratch_handoff::open_in_scratchpad;

/// Props of [`FetchCode`].
#[derive(Properties, PartialEq)]
pub struct FetchCodeProps {
    /// The program; `None` while the form has errors.
    pub code: Option<AttrValue>,
}

/// The program and "Open in scratchpad", or a note to fix the form first.
#[component]
pub fn FetchCode(props: &FetchCodeProps) -> Html {
    let Some(code) = props.code.clone() else {
        return html! { <p class="hint" id="lab-code-missing">{ "Fix the fields marked in the form to see the program." }</p> };
    };
    let open = {
        let code = code.clone();
        Callback::from(move |_| open_in_scratchpad(&code))
    };
    html! {
        <>
            <div class="lab-code-bar">
                <p class="hint">{ "Valid CPython 3.11 with aiohttp: run it anywhere and it does the same." }</p>
                <button id="lab-open-scratchpad" type="button" class="secondary" onclick={open}>{ "Open in scratchpad" }</button>
            </div>
            <CodeView source={code} />
        </>
    }
}
