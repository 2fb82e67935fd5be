#![cfg(not(target_arch = "wasm32"))]
//! No program or user text can become markup or code: the sources (`src/**/*.rs`, `www/*.js`)
//! never write HTML as a string (`inner_html`, `set_inner_html`, `innerHTML`, `outerHTML`,
//! `insertAdjacentHTML`, `document.write`, Yew's `from_html_unchecked`, React-style
//! `dangerously…`) and never turn a string into code (`eval(`, `new Function`, js-sys's
//! `Function::new…`). Every hit is reported as `file:line: text`.

use std::fs;
use std::path::{Path, PathBuf};

/// Substrings that are never allowed, anywhere in a source line (comments included, so a
/// forbidden API is not even discussed as an option).
const FORBIDDEN: &[&str] = &[
    "inner_html",
    "innerHTML",
    "outer_html",
    "outerHTML",
    "insertAdjacentHTML",
    "insert_adjacent_html",
    "document.write",
    "from_html_unchecked",
    "dangerously",
    "new Function",
    "Function::new",
];

/// Whether `line` calls a global `eval(`: the word `eval` followed by `(`, not a method
/// (`self.eval(`), not part of a longer name (`py_eval(`), and not a Rust `fn eval(` definition.
fn calls_global_eval(line: &str) -> bool {
    line.match_indices("eval(").any(|(at, _)| {
        let before = line[..at].chars().next_back();
        let part_of_name = before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.');
        !part_of_name && !line[..at].trim_end().ends_with("fn")
    })
}

/// What is wrong with `line`, if anything.
fn offence(line: &str) -> Option<&'static str> {
    FORBIDDEN
        .iter()
        .copied()
        .find(|word| line.contains(word))
        .or_else(|| calls_global_eval(line).then_some("eval("))
}

/// Every file under `dir` (recursively) whose name ends with `suffix`.
fn files(dir: &Path, suffix: &str, found: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for path in entries.flatten().map(|entry| entry.path()) {
        if path.is_dir() {
            files(&path, suffix, found);
        } else if path.to_string_lossy().ends_with(suffix) {
            found.push(path);
        }
    }
}

#[test]
fn the_checker_catches_each_forbidden_form_and_passes_the_interpreters_own_eval() {
    for bad in [
        "el.set_inner_html(&text);",
        "node.innerHTML = text;",
        "Html::from_html_unchecked(s.into())",
        "let f = js_sys::Function::new_no_args(&src);",
        "const f = new Function(src);",
        "js_sys::eval(&src)?;",
        "eval(src);",
        "x = [eval(src)];",
    ] {
        assert!(offence(bad).is_some(), "not caught: {bad}");
    }
    for good in [
        "let obj = self.eval(f, value)?;",
        "pub(crate) fn eval(&self, f: &mut Frame, e: &Expr) -> PyResult<Value> {",
        "literal_eval(x)",
        "el.set_text_content(Some(&text));",
    ] {
        assert_eq!(offence(good), None, "wrongly caught: {good}");
    }
}

#[test]
fn no_source_file_writes_markup_from_strings_or_runs_strings_as_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sources = Vec::new();
    files(&root.join("src"), ".rs", &mut sources);
    files(&root.join("www"), ".js", &mut sources);
    assert!(
        sources.len() > 20,
        "the scan found only {} files",
        sources.len()
    );
    let mut hits = Vec::new();
    for file in &sources {
        let text = fs::read_to_string(file).expect("source files are UTF-8");
        for (number, line) in text.lines().enumerate() {
            if let Some(word) = offence(line) {
                let shown = file.strip_prefix(root).unwrap_or(file).display();
                hits.push(format!(
                    "{shown}:{}: `{word}` in: {}",
                    number + 1,
                    line.trim()
                ));
            }
        }
    }
    assert!(
        hits.is_empty(),
        "forbidden HTML or code-from-string APIs:\n{}",
        hits.join("\n")
    );
}
