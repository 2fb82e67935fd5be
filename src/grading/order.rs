//! The order score: how much of the predicted sequence of printed lines is in the right order.
//!
//! The predicted sequence is compared with the ideal one by their longest common subsequence.
//! Ideal lines are distinct, so that is the longest run of predicted lines whose ideal indices
//! increase (lines that never print match nothing). The score is its length divided by the
//! longer of the two sequences: 1 exactly when the prediction is the ideal sequence, lower for
//! each line moved, missing or extra. Lines outside the chosen subsequence are the ones
//! reported as out of order.

/// The order score and which predicted entries are in order.
pub(super) struct Order {
    /// In `[0, 1]`.
    pub score: f64,
    /// Per predicted entry: part of the longest in-order subsequence.
    pub in_order: Vec<bool>,
}

/// Scores `predicted` (ideal index per entry, `None` for an entry matching no line) against
/// the ideal sequence `0..ideal_len`.
pub(super) fn score(predicted: &[Option<usize>], ideal_len: usize) -> Order {
    let mut tails: Vec<(usize, usize)> = Vec::new(); // (ideal index, entry) ending each length
    let mut previous: Vec<Option<usize>> = vec![None; predicted.len()];
    for (entry, value) in predicted.iter().enumerate() {
        let Some(value) = *value else { continue };
        let k = tails.partition_point(|&(v, _)| v < value);
        previous[entry] = k.checked_sub(1).map(|j| tails[j].1);
        if k == tails.len() {
            tails.push((value, entry));
        } else {
            tails[k] = (value, entry);
        }
    }
    let mut in_order = vec![false; predicted.len()];
    let mut cursor = tails.last().map(|&(_, entry)| entry);
    while let Some(entry) = cursor {
        in_order[entry] = true;
        cursor = previous[entry];
    }
    let longest = predicted.len().max(ideal_len);
    let score = if longest == 0 { 1.0 } else { tails.len() as f64 / longest as f64 };
    Order { score, in_order }
}
