//! Versions pinned in Cargo.lock, so a tool version that must match a crate is written once.

use std::fs;
use std::path::Path;

use crate::error::{Error, Result};

/// The version of `package` recorded in the repository's Cargo.lock.
pub fn locked_version(root: &Path, package: &str) -> Result<String> {
    let path = root.join("Cargo.lock");
    let text = fs::read_to_string(&path)
        .map_err(|error| Error::new(format!("{}: {error}", path.display())))?;
    version_in(&text, package)
        .ok_or_else(|| Error::new(format!("{}: no package `{package}`", path.display())))
}

/// The `version` of the first `[[package]]` named `package` in Cargo.lock's text.
fn version_in(lock: &str, package: &str) -> Option<String> {
    let name_line = format!("name = \"{package}\"");
    let mut lines = lock.lines().skip_while(|line| *line != name_line).skip(1);
    let version = lines
        .next()?
        .strip_prefix("version = \"")?
        .strip_suffix('"')?;
    Some(version.to_owned())
}

#[cfg(test)]
mod tests {
    use super::version_in;

    const LOCK: &str = r#"
[[package]]
name = "wasm-bindgen-futures"
version = "0.4.80"

[[package]]
name = "wasm-bindgen"
version = "0.2.130"
"#;

    #[test]
    fn finds_the_version_of_the_exact_package_name() {
        assert_eq!(version_in(LOCK, "wasm-bindgen").as_deref(), Some("0.2.130"));
    }

    #[test]
    fn a_missing_package_has_no_version() {
        assert_eq!(version_in(LOCK, "trunk"), None);
    }
}
