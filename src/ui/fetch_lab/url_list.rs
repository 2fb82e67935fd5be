//! A custom URL list as the learner typed it, one URL per line: checked, never fetched or
//! executed here. Only absolute `http://` and `https://` URLs with a host pass, and nothing
//! that could end a Python string literal (quotes, backslashes, spaces, control characters).

use std::fmt;

/// Most URLs a custom list may hold.
pub const MAX_URLS: usize = 200;
/// Longest URL accepted, in characters.
pub const MAX_URL_CHARS: usize = 2000;

/// Why a custom URL list was refused, and where (1-based line and column).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UrlError {
    /// Line of the list.
    pub line: usize,
    /// Column in that line, counted in characters.
    pub col: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for UrlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}:{}: {}", self.line, self.col, self.message)
    }
}

/// The URLs of `text`, one per non-blank line (surrounding spaces ignored).
pub fn parse_url_list(text: &str) -> Result<Vec<String>, UrlError> {
    let mut urls = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        let url = raw.trim();
        if url.is_empty() {
            continue;
        }
        let indent = raw.chars().take_while(|c| c.is_whitespace()).count();
        check_url(url).map_err(|(offset, message)| UrlError { line, col: indent + offset + 1, message })?;
        if urls.len() == MAX_URLS {
            return Err(UrlError { line, col: 1, message: format!("at most {MAX_URLS} URLs") });
        }
        urls.push(url.to_string());
    }
    if urls.is_empty() {
        return Err(UrlError { line: 1, col: 1, message: "enter at least one URL, one per line".into() });
    }
    Ok(urls)
}

/// Checks one trimmed URL; on error, the character offset of the problem and a message.
fn check_url(url: &str) -> Result<(), (usize, String)> {
    if url.chars().count() > MAX_URL_CHARS {
        return Err((MAX_URL_CHARS, format!("a URL may have at most {MAX_URL_CHARS} characters")));
    }
    if let Some((offset, c)) = url.chars().enumerate().find(|(_, c)| forbidden(*c)) {
        let shown = if c.is_control() || c.is_whitespace() { format!("{:?}", c) } else { format!("'{c}'") };
        return Err((offset, format!("a URL cannot contain {shown}")));
    }
    let Some(rest) = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://")) else {
        return Err((0, "only http:// and https:// URLs can be fetched".into()));
    };
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host = &rest[..host_end];
    if host.is_empty() || host.starts_with(':') {
        return Err((url.len() - rest.len(), "the URL needs a host name after //".into()));
    }
    Ok(())
}

/// Characters no URL on the list may hold.
fn forbidden(c: char) -> bool {
    c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '\\' | '<' | '>' | '`' | '{' | '}')
}
