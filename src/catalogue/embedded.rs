//! The catalogue files compiled into the crate by `build.rs`.

/// The files of one exercise, as found under `exercises/<track>/`.
#[derive(Clone, Copy, Debug)]
pub struct ExerciseFiles<'a> {
    /// The folder: the track id.
    pub track: &'a str,
    /// The file name without extension: `01-result-order`.
    pub stem: &'a str,
    /// The `.py` program.
    pub source: Option<&'a str>,
    /// The `.json` metadata.
    pub meta: Option<&'a str>,
    /// The `.expected` recording from CPython.
    pub expected: Option<&'a str>,
}

include!(concat!(env!("OUT_DIR"), "/exercises.rs"));
