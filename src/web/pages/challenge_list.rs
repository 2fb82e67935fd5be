//! The challenge list (`#/challenges`): every challenge in order with its level, what it
//! practises, and the best Check kept in progress.

use yew::prelude::*;

use crate::ui::challenge_level::level_label;
use crate::ui::route::Route;
use crate::web::challenge_catalogue::challenges;
use crate::web::components::InternalError;
use crate::web::storage;

/// The page.
#[component]
pub fn ChallengeListPage() -> Html {
    let progress = use_state(|| storage::load().0);
    let all = challenges();
    let all = match &*all {
        Ok(all) => all,
        Err(why) => return html! { <InternalError report={AttrValue::from(why.clone())} /> },
    };
    let passed = all.iter().filter(|c| progress.challenge(c.id()).is_some_and(|b| b.passed)).count();
    html! {
        <main id="main" class="page">
            <h1>{ "Challenges" }</h1>
            <p class="lede">
                { "Now write the async code yourself. Run plays the examples live; Check grades your \
                   code at once on the virtual clock, by what it returns and by its timeline: how many \
                   tasks ran at once, how long it took, whether the loop was ever blocked." }
            </p>
            <p class="done" id="challenges-done">
                <strong>{ format!("{passed} / {} passed", all.len()) }</strong>
            </p>
            <ol class="challenge-list" aria-label="Challenges, in order">
                { for all.iter().map(|c| {
                    let best = progress.challenge(c.id());
                    html! {
                        <li class="challenge-item" data-id={c.id().to_string()}>
                            <a class="card" href={Route::Challenge { id: c.id().to_string() }.href()}>
                                <span class="card-title">{ format!("{}. {}", c.number, c.meta.title) }</span>
                                <span class="card-text">{ c.meta.lesson.clone() }</span>
                                <span class="exercise-tags">
                                    <span class="tag">{ level_label(c.meta.level) }</span>
                                    <span class={classes!("tag", "challenge-best", best.is_some_and(|b| b.passed).then_some("done"))}>
                                        { best.map_or("not tried".to_string(), |b| b.label()) }
                                    </span>
                                </span>
                            </a>
                        </li>
                    }
                }) }
            </ol>
        </main>
    }
}
