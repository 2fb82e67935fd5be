//! The lesson texts' only markup: paragraphs separated by blank lines, and `code` spans in
//! backticks. The page draws code spans as `<code>` elements from these pieces, never by
//! parsing HTML.

/// A piece of a paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline<'a> {
    /// Plain text.
    Text(&'a str),
    /// Code, without its backticks.
    Code(&'a str),
}

/// The paragraphs of `text`, each as plain and code pieces. An unmatched backtick is text.
pub fn paragraphs(text: &str) -> Vec<Vec<Inline<'_>>> {
    text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).map(pieces).collect()
}

/// One paragraph's pieces.
fn pieces(mut text: &str) -> Vec<Inline<'_>> {
    let mut out = Vec::new();
    while let Some(open) = text.find('`') {
        let Some(len) = text[open + 1..].find('`') else { break };
        if open > 0 {
            out.push(Inline::Text(&text[..open]));
        }
        out.push(Inline::Code(&text[open + 1..open + 1 + len]));
        text = &text[open + 2 + len..];
    }
    if !text.is_empty() {
        out.push(Inline::Text(text));
    }
    out
}
