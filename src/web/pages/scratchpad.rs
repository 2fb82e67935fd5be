//! The scratchpad (`#/play`): edit any program, run it live at a chosen speed, stop it, and
//! read its output and timeline. Syntax errors show under the editor as you type, before
//! anything runs. Another page can hand it a program to open with (`scratch_handoff`).

use std::rc::Rc;

use yew::prelude::*;

use crate::runtime::trace::Event;
use crate::ui::scratchpad::{Action, RunStatus, Scratchpad};
use crate::web::caret::go_to_error;
use crate::web::components::{OutputView, PadEditor, RunStatusView, TimelineView};
use crate::web::hooks::use_live_run;
use crate::web::scratch_handoff::take_handed_program;

/// The scratchpad page.
#[component]
pub fn ScratchpadPage() -> Html {
    let pad = use_reducer(|| take_handed_program().map_or_else(Scratchpad::default, |code| Scratchpad::new(&code)));
    use_live_run(&pad, pad.dispatcher());
    let editor = use_node_ref();
    let trace = {
        let pad = pad.clone();
        use_memo((pad.run, pad.trace.events.len()), move |_| pad.trace.clone())
    };
    let reached = trace.events.iter().map(Event::time).fold(0.0, f64::max);
    let send = |action: Action| {
        let dispatcher = pad.dispatcher();
        Callback::from(move |()| dispatcher.dispatch(action.clone()))
    };
    let on_run = send(Action::Start);
    let on_stop = send(Action::Stop);
    let on_edit = pad.dispatcher().to_callback().reform(Action::Edit);
    let on_speed = pad.dispatcher().to_callback().reform(Action::SetSpeed);
    let on_goto = {
        let pad = pad.clone();
        let editor = editor.clone();
        Callback::from(move |()| {
            if let Some(error) = &pad.error {
                go_to_error(&editor, &pad.source, error);
            }
        })
    };
    let source = AttrValue::from(pad.source.clone());
    html! {
        <main id="main" class="page page-wide">
            <h1>{ "Scratchpad" }</h1>
            <p class="lede">
                { "Write a program in Loopscope's Python dialect and run it on the browser \
                   clock. Times are lesson seconds: at 0.1× one lesson second takes ten real ones." }
            </p>
            <div class="workbench">
                <section class="pane" aria-labelledby="program-heading">
                    <h2 id="program-heading">{ "Program" }</h2>
                    <PadEditor
                        speed={pad.speed}
                        running={pad.status == RunStatus::Running}
                        source={source.clone()}
                        error={pad.error.clone().map(|e| (e, source))}
                        node={editor}
                        {on_speed}
                        {on_run}
                        {on_stop}
                        {on_edit}
                        {on_goto}
                    />
                    <p class="hint">
                        { "Ctrl+Enter runs. Tab indents; press Escape, then Tab, to leave the editor." }
                    </p>
                </section>
                <section class="pane" aria-labelledby="output-heading">
                    <h2 id="output-heading">{ "Output" }</h2>
                    <RunStatusView status={pad.status.clone()} speed={pad.speed} {reached} />
                    <OutputView trace={Rc::clone(&trace)} />
                </section>
            </div>
            <section class="pane" aria-labelledby="timeline-heading">
                <h2 id="timeline-heading">{ "Timeline" }</h2>
                <TimelineView {trace} />
            </section>
        </main>
    }
}
