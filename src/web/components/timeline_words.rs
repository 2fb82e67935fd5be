//! The timeline in words, for screen readers and anyone who prefers a list: each lane and,
//! in order, what it did and when. The list is built only while the disclosure is open, and
//! a lane lists at most [`MAX_STEPS`] steps.

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::timeline::Timeline;

/// Most steps listed per lane; the rest are counted.
const MAX_STEPS: usize = 200;

/// Props of [`TimelineWords`].
#[derive(Properties, PartialEq)]
pub struct TimelineWordsProps {
    /// The timeline to describe.
    pub timeline: Rc<Timeline>,
}

/// A disclosure holding one list item per lane, each with its steps in order.
#[component]
pub fn TimelineWords(props: &TimelineWordsProps) -> Html {
    let open = use_state_eq(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |event: Event| {
            open.set(event.target_unchecked_into::<web_sys::Element>().has_attribute("open"))
        })
    };
    html! {
        <details id="timeline-words" class="timeline-words" {ontoggle}>
            <summary>{ "The timeline in words" }</summary>
            if *open {
                <ul>
                    { for props.timeline.lanes.iter().map(|lane| {
                        let steps = lane.describe();
                        let more = steps.len().saturating_sub(MAX_STEPS);
                        html! {
                            <li>
                                <strong>{ lane.title() }</strong>
                                <ol>
                                    { for steps.into_iter().take(MAX_STEPS).map(|step| html! { <li>{ step }</li> }) }
                                </ol>
                                if more > 0 {
                                    <p class="more">{ format!("… and {more} more steps.") }</p>
                                }
                            </li>
                        }
                    }) }
                </ul>
            }
        </details>
    }
}
