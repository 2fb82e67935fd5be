//! A panic hook that shows an error banner instead of a dead page: what happened, a report to
//! copy into a bug, and a link that reloads the app. It is built with plain DOM calls and text
//! nodes (never HTML from strings) and needs no wasm afterwards, since the wasm instance stops
//! after a panic.

use std::panic::PanicHookInfo;

/// Installs the hook.
pub fn install() {
    std::panic::set_hook(Box::new(|info| show(&report(info))));
}

/// The report: the panic message and place, the page's address and the browser.
fn report(info: &PanicHookInfo<'_>) -> String {
    let window = web_sys::window();
    let href = window.as_ref().and_then(|w| w.location().href().ok()).unwrap_or_default();
    let agent = window.as_ref().and_then(|w| w.navigator().user_agent().ok()).unwrap_or_default();
    format!("Loopscope {}\n{info}\npage: {href}\nbrowser: {agent}", env!("CARGO_PKG_VERSION"))
}

/// Adds the banner, carrying `report`, to the top of the body.
pub fn show(report: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(body) = document.body() else { return };
    let element = |tag: &str, text: &str| {
        let element = document.create_element(tag).ok()?;
        element.set_text_content(Some(text));
        Some(element)
    };
    let build = || -> Option<web_sys::Element> {
        let banner = element("div", "")?;
        banner.set_id("error-banner");
        banner.set_class_name("error-banner");
        banner.set_attribute("role", "alert").ok()?;
        let headline = element("strong", "Something went wrong inside Loopscope.")?;
        banner.append_child(&headline).ok()?;
        let text = " The page stopped working. Reload it to carry on: your saved progress is kept. \
                    If you report this, please include the text below.";
        let explanation = element("span", text)?;
        banner.append_child(&explanation).ok()?;
        let area = element("textarea", report)?;
        area.set_attribute("readonly", "").ok()?;
        area.set_attribute("aria-label", "Error report").ok()?;
        area.set_attribute("rows", "5").ok()?;
        banner.append_child(&area).ok()?;
        let reload = element("a", "Reload Loopscope")?;
        reload.set_attribute("href", "?reload#/").ok()?;
        reload.set_class_name("button-link");
        banner.append_child(&reload).ok()?;
        Some(banner)
    };
    if let Some(banner) = build() {
        let _ = body.insert_before(&banner, body.first_child().as_ref());
    }
}
