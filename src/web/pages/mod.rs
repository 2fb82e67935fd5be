//! The site's pages, one per route.

mod catalogue;
mod challenge;
mod challenge_embed;
mod challenge_list;
mod embed;
mod exercise;
mod fetch_lab;
mod not_found;
mod scratchpad;
mod timer_check;

pub use catalogue::CataloguePage;
pub use challenge::ChallengePage;
pub use challenge_embed::ChallengeEmbedPage;
pub use challenge_list::ChallengeListPage;
pub use embed::EmbedPage;
pub use exercise::ExercisePage;
pub use fetch_lab::FetchLabPage;
pub use not_found::NotFound;
pub use scratchpad::ScratchpadPage;
pub use timer_check::TimerCheck;
