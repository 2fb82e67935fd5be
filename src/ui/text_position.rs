//! Positions in the editor's text: a compile error's line and column (1-based, counted in
//! characters) as the UTF-16 offset a browser's `setSelectionRange` takes.

/// The UTF-16 offset of `line`:`col` in `source`. A position past the end of its line stops
/// at the line's end; a line past the end of the text stops at the text's end.
pub fn utf16_offset(source: &str, line: u32, col: u32) -> u32 {
    let mut offset = 0;
    for (index, text) in source.split('\n').enumerate() {
        if index + 1 == line as usize {
            let chars = text.chars().take(col.saturating_sub(1) as usize);
            return offset + chars.map(char::len_utf16).sum::<usize>() as u32;
        }
        offset += text.encode_utf16().count() as u32 + 1;
    }
    source.encode_utf16().count() as u32
}

/// The number of lines the editor shows for `source` (a final newline starts an empty line).
pub fn line_count(source: &str) -> usize {
    source.split('\n').count()
}
