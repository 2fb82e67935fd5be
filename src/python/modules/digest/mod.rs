//! The message digests behind `hashlib`, written out from their specifications (FIPS 180-4
//! for SHA-256, RFC 1321 for MD5): both are a few dozen lines, not worth a dependency.

mod md5;
mod sha256;

pub use md5::md5;
pub use sha256::sha256;

/// The message padded as MD5 and SHA-256 pad it: a 1 bit, zeros, then the bit length in
/// 8 bytes (big- or little-endian) so the total is a multiple of 64 bytes.
fn padded(data: &[u8], big_endian: bool) -> Vec<u8> {
    let bits = (data.len() as u64).wrapping_mul(8);
    let mut m = data.to_vec();
    m.push(0x80);
    while m.len() % 64 != 56 {
        m.push(0);
    }
    m.extend_from_slice(&if big_endian { bits.to_be_bytes() } else { bits.to_le_bytes() });
    m
}
