//! The pages' building blocks, one component per file.

mod compile_error_view;
mod editor;
mod finish_list;
mod output_view;
mod run_bar;
mod run_status;
mod speed_picker;
mod timeline_svg;
mod timeline_view;
mod timeline_words;

pub use compile_error_view::{CompileErrorView, ERROR_ID};
pub use editor::Editor;
pub use finish_list::FinishList;
pub use output_view::OutputView;
pub use run_bar::RunBar;
pub use run_status::RunStatusView;
pub use timeline_view::TimelineView;
