//! Export and import of progress as a JSON file, so it can move to another browser.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::ui::progress::Progress;

/// Props of [`ProgressIo`].
#[derive(Properties, PartialEq)]
pub struct ProgressIoProps {
    /// The progress to export.
    pub progress: Progress,
    /// Called with an imported store and a message to show (or only a message, on failure).
    pub on_import: Callback<(Option<Progress>, String)>,
}

/// Offers `text` as a file called `name` to download.
fn download(name: &str, text: &str) {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let document = web_sys::window().and_then(|w| w.document());
    if let Some(link) = document.and_then(|d| d.create_element("a").ok()) {
        let link: web_sys::HtmlAnchorElement = link.unchecked_into();
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// The two controls.
#[component]
pub fn ProgressIo(props: &ProgressIoProps) -> Html {
    let on_export = {
        let json = props.progress.to_json();
        Callback::from(move |_: MouseEvent| download("loopscope-progress.json", &json))
    };
    let on_file = {
        let on_import = props.on_import.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
            input.set_value("");
            let on_import = on_import.clone();
            spawn_local(async move {
                let text = JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string()).unwrap_or_default();
                on_import.emit(match Progress::import(&text) {
                    Ok((progress, notices)) => {
                        let mut message = format!("Imported progress on {} exercises.", progress.entries.len());
                        notices.iter().for_each(|n| message.push_str(&format!(" {n}")));
                        (Some(progress), message)
                    }
                    Err(error) => (None, format!("That file could not be imported: {error}.")),
                });
            });
        })
    };
    html! {
        <div class="progress-io">
            <button type="button" class="secondary" id="export-progress" onclick={on_export}>
                { "Export progress" }
            </button>
            <label class="file-button">
                <span>{ "Import progress" }</span>
                <input id="import-progress" type="file" accept=".json,application/json" onchange={on_file} />
            </label>
        </div>
    }
}
