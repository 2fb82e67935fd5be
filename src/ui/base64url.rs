//! Base64 with the URL-safe alphabet (RFC 4648 §5) and no padding, for share links. Written
//! out here because it is thirty lines and the engine keeps its dependencies few.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// `bytes` in URL-safe base64 without padding.
pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

/// The bytes `text` encodes; `Err(i)` names the 0-based character index at fault: a
/// character outside the alphabet, a last character with bits no encoder sets, or a length no
/// encoding has (reported just past the end).
pub fn decode(text: &str) -> Result<Vec<u8>, usize> {
    if text.len() % 4 == 1 {
        return Err(text.chars().count());
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut n = 0u32;
    let mut bits = 0;
    for (i, c) in text.chars().enumerate() {
        let value = ALPHABET.iter().position(|&a| char::from(a) == c).ok_or(i)?;
        n = n << 6 | value as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((n >> bits & 0xff) as u8);
        }
    }
    if n & ((1 << bits) - 1) != 0 {
        return Err(text.chars().count() - 1);
    }
    Ok(out)
}
