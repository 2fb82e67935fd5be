//! Embeds the exercise catalogue: writes `$OUT_DIR/exercises.rs`, a table of `include_str!`s
//! for `exercises/tracks.json` and every `exercises/<track>/<NN-slug>.{py,json,expected}`, read
//! by `src/catalogue/embedded.rs`. Adding an exercise is adding files; no Rust changes. A file
//! missing from a trio is embedded as `None`, so the catalogue can say which one is missing.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs, io};

/// The three files of one exercise, each present or not.
#[derive(Default)]
struct Trio {
    source: Option<PathBuf>,
    meta: Option<PathBuf>,
    expected: Option<PathBuf>,
}

fn main() -> io::Result<()> {
    println!("cargo:rerun-if-changed=exercises");
    let root = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap_or_default()).join("exercises");
    let mut code = String::new();
    let tracks = root.join("tracks.json");
    let _ = writeln!(code, "pub(super) const TRACKS: Option<&str> = {};", include(tracks.is_file().then_some(&tracks)));
    let _ = writeln!(code, "pub(super) const EXERCISES: &[ExerciseFiles<'static>] = &[");
    for ((track, stem), trio) in trios(&root)? {
        let _ = writeln!(
            code,
            "    ExerciseFiles {{ track: {track:?}, stem: {stem:?}, source: {}, meta: {}, expected: {} }},",
            include(trio.source.as_ref()),
            include(trio.meta.as_ref()),
            include(trio.expected.as_ref()),
        );
    }
    code.push_str("];\n");
    let out = PathBuf::from(env::var("OUT_DIR").unwrap_or_default()).join("exercises.rs");
    fs::write(out, code)
}

/// `Some(include_str!(...))` or `None`. The path is spelt from `CARGO_MANIFEST_DIR` when the
/// crate compiles, not written out here: a target directory shared by two checkouts may reuse
/// this script's output from the other one, and its absolute paths would then point there.
fn include(path: Option<&PathBuf>) -> String {
    let root = env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    match path {
        Some(p) => {
            let relative = p.strip_prefix(&root).unwrap_or(p).display().to_string();
            format!("Some(include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), {:?})))", format!("/{relative}"))
        }
        None => "None".to_string(),
    }
}

/// Every `<track>/<stem>.{py,json,expected}` under `root`, sorted by track and stem.
fn trios(root: &Path) -> io::Result<BTreeMap<(String, String), Trio>> {
    let mut found: BTreeMap<(String, String), Trio> = BTreeMap::new();
    if !root.is_dir() {
        return Ok(found);
    }
    for dir in fs::read_dir(root)? {
        let dir = dir?.path();
        let Some(track) = dir.file_name().and_then(|n| n.to_str()).filter(|_| dir.is_dir()) else { continue };
        for file in fs::read_dir(&dir)? {
            let file = file?.path();
            let (Some(stem), Some(ext)) =
                (file.file_stem().and_then(|s| s.to_str()), file.extension().and_then(|e| e.to_str()))
            else {
                continue;
            };
            if !matches!(ext, "py" | "json" | "expected") {
                continue;
            }
            let trio = found.entry((track.to_string(), stem.to_string())).or_default();
            let slot = match ext {
                "py" => &mut trio.source,
                "json" => &mut trio.meta,
                _ => &mut trio.expected,
            };
            *slot = Some(file.clone());
        }
    }
    Ok(found)
}
