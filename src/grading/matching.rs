//! Resolving a prediction's line references to the ideal run's lines.
//!
//! Index references are resolved first, then text references in prediction order, each text
//! taking the first of its lines not yet taken; the printed list is resolved before the
//! "never prints" bin. A line can be taken once.

use super::prediction::{LineRef, Prediction};
use super::run::Line;
use std::collections::HashMap;

/// What one reference resolved to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Resolved {
    /// An ideal line, by index.
    Line(usize),
    /// A line that prints, but every occurrence of it was already taken.
    Taken,
    /// No line that prints (an index past the end, or a text no line has).
    Nothing,
}

/// Hands out the ideal lines to references, each line at most once.
pub(super) struct Matcher<'a> {
    by_text: HashMap<&'a str, Vec<usize>>,
    taken: Vec<bool>,
}

impl<'a> Matcher<'a> {
    /// A matcher over `lines`, none taken yet.
    pub(super) fn new(lines: &'a [Line]) -> Matcher<'a> {
        let mut by_text: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, line) in lines.iter().enumerate() {
            by_text.entry(line.text.as_str()).or_default().push(i);
        }
        Matcher { by_text, taken: vec![false; lines.len()] }
    }

    /// Resolves `refs`: index references first, then text references, in order.
    pub(super) fn resolve<'r>(&mut self, refs: impl Iterator<Item = &'r LineRef> + Clone) -> Vec<Resolved> {
        let mut out = vec![Resolved::Nothing; refs.clone().count()];
        for (slot, r) in out.iter_mut().zip(refs.clone()) {
            if let LineRef::Index(i) = r {
                let candidates = (*i < self.taken.len()).then_some(std::slice::from_ref(i));
                *slot = take(&mut self.taken, candidates);
            }
        }
        for (slot, r) in out.iter_mut().zip(refs) {
            if let LineRef::Text(text) = r {
                *slot = self.take_text(text);
            }
        }
        out
    }

    /// Takes the first free line with this text.
    pub(super) fn take_text(&mut self, text: &str) -> Resolved {
        take(&mut self.taken, self.by_text.get(text).map(Vec::as_slice))
    }
}

/// Takes the first free line of `candidates` (`None`: no such line prints).
fn take(taken: &mut [bool], candidates: Option<&[usize]>) -> Resolved {
    let Some(candidates) = candidates else { return Resolved::Nothing };
    match candidates.iter().find(|&&i| !taken[i]) {
        Some(&i) => {
            taken[i] = true;
            Resolved::Line(i)
        }
        None => Resolved::Taken,
    }
}

/// The prediction resolved against the ideal lines.
pub(super) struct Resolution {
    /// One per predicted printed line.
    pub printed: Vec<Resolved>,
    /// One per entry of the "never prints" bin.
    pub never: Vec<Resolved>,
}

/// Resolves both of the prediction's lists against `lines`.
pub(super) fn resolve(lines: &[Line], prediction: &Prediction) -> Resolution {
    let mut matcher = Matcher::new(lines);
    let printed = matcher.resolve(prediction.lines.iter().map(|p| &p.line));
    let never = matcher.resolve(prediction.never.iter());
    Resolution { printed, never }
}
