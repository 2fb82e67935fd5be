//! A deterministic shuffle: the same seed text always gives the same order, so an exercise's
//! cards start in the same (scrambled) order for every learner and every visit.

/// FNV-1a over `text`: a small, stable hash used as a seed and as a checksum.
pub fn fnv1a(text: &[u8]) -> u32 {
    text.iter().fold(0x811c_9dc5_u32, |hash, &byte| (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193))
}

/// The positions `0..n` in an order fixed by `seed`. For two or more items the result is
/// never the identity, so a shuffled list never starts already in its original order.
pub fn shuffled_positions(n: usize, seed: &str) -> Vec<usize> {
    let mut state = u64::from(fnv1a(seed.as_bytes())) | 1;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut order: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        let j = (next() % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    if n >= 2 && order.iter().enumerate().all(|(i, &p)| i == p) {
        order.rotate_left(1);
    }
    order
}
