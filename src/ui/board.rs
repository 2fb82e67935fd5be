//! The prediction board: the cards a learner orders to predict a run's output, the "never
//! prints" bin, a time per card, the total time and the ending exception.
//!
//! Cards are the run's output lines plus the exercise's decoys, dealt in a scrambled order
//! fixed per exercise. The board changes only through [`Board::apply`]; each change leaves a
//! sentence in [`Board::said`] for screen readers. [`Board::prediction`] turns it into the
//! grader's [`Prediction`].

use super::shuffle::shuffled_positions;
use crate::grading::{LineRef, PredictedLine, Prediction};

/// One candidate output line.
#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    /// Stable id: its index in the dealt lines (output lines first, then decoys).
    pub id: usize,
    /// The line's text.
    pub text: String,
    /// The predicted time, lesson seconds.
    pub t: Option<f64>,
}

/// The whole board.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Board {
    /// The lines predicted to print, in order.
    pub printed: Vec<Card>,
    /// The "never prints" bin.
    pub never: Vec<Card>,
    /// The predicted total run time.
    pub total: Option<f64>,
    /// The predicted exception type; blank for "ends normally".
    pub exception: String,
    /// What the last action did, in words (for an ARIA live region).
    pub said: String,
}

/// What can happen to a [`Board`]. Card ids that are not on the board change nothing.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Moves a printed card one place up.
    MoveUp(usize),
    /// Moves a printed card one place down.
    MoveDown(usize),
    /// Puts a card (printed or binned) at `index` among the printed cards (drag and drop).
    MoveTo {
        /// The card.
        card: usize,
        /// Its new position (clamped to the list).
        index: usize,
    },
    /// Puts a printed card into the "never prints" bin.
    ToNever(usize),
    /// Takes a card out of the bin, to the end of the printed cards.
    FromNever(usize),
    /// Sets a card's time (`None`, negative or not finite: no time).
    SetTime {
        /// The card.
        card: usize,
        /// The time, lesson seconds.
        t: Option<f64>,
    },
    /// Sets the total run time (`None`, negative or not finite: no time).
    SetTotal(Option<f64>),
    /// Sets the predicted exception type.
    SetException(String),
}

/// A usable time: finite and not negative.
fn valid(t: Option<f64>) -> Option<f64> {
    t.filter(|t| t.is_finite() && *t >= 0.0)
}

impl Board {
    /// Deals `lines` and `decoys` as printed cards, in an order fixed by `seed`.
    pub fn deal(lines: &[String], decoys: &[String], seed: &str) -> Board {
        let all: Vec<&String> = lines.iter().chain(decoys).collect();
        let printed = shuffled_positions(all.len(), seed)
            .into_iter()
            .map(|id| Card { id, text: all[id].clone(), t: None })
            .collect();
        Board { printed, ..Board::default() }
    }

    /// The dealt board rearranged as `prediction` says: its lines in order with their times,
    /// its bin, total and exception. Cards it does not name stay printed, after the named ones;
    /// references to no card are skipped.
    pub fn restore(dealt: Board, prediction: &Prediction) -> Board {
        let mut left = dealt.printed;
        let mut take = |line: &LineRef| {
            let at = match line {
                LineRef::Text(text) => left.iter().position(|c| &c.text == text),
                LineRef::Index(id) => left.iter().position(|c| c.id == *id),
            }?;
            Some(left.remove(at))
        };
        let printed: Vec<Card> =
            prediction.lines.iter().filter_map(|p| take(&p.line).map(|card| Card { t: valid(p.t), ..card })).collect();
        let never: Vec<Card> = prediction.never.iter().filter_map(&mut take).collect();
        Board {
            printed: printed.into_iter().chain(left).collect(),
            never,
            total: valid(prediction.total),
            exception: prediction.exception.clone().unwrap_or_default(),
            said: String::new(),
        }
    }

    /// The prediction this board shows. Lines are referred to by text.
    pub fn prediction(&self) -> Prediction {
        let text = |c: &Card| LineRef::Text(c.text.clone());
        let exception = self.exception.trim();
        Prediction {
            lines: self.printed.iter().map(|c| PredictedLine { line: text(c), t: c.t }).collect(),
            never: self.never.iter().map(text).collect(),
            total: self.total,
            exception: (!exception.is_empty()).then(|| exception.to_string()),
        }
    }

    /// Where a card is among the printed ones.
    pub fn position(&self, card: usize) -> Option<usize> {
        self.printed.iter().position(|c| c.id == card)
    }

    /// Applies `action`.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::MoveUp(card) => {
                if let Some(at) = self.position(card) {
                    self.place(card, at.saturating_sub(1));
                }
            }
            Action::MoveDown(card) => {
                if let Some(at) = self.position(card) {
                    self.place(card, at + 1);
                }
            }
            Action::MoveTo { card, index } => self.place(card, index),
            Action::ToNever(card) => {
                if let Some(at) = self.position(card) {
                    let moved = self.printed.remove(at);
                    self.said = format!("“{}” put in the never-prints bin.", moved.text);
                    self.never.push(moved);
                }
            }
            Action::FromNever(card) => self.place(card, self.printed.len()),
            Action::SetTime { card, t } => {
                if let Some(c) = self.printed.iter_mut().find(|c| c.id == card) {
                    c.t = valid(t);
                }
            }
            Action::SetTotal(t) => self.total = valid(t),
            Action::SetException(name) => self.exception = name,
        }
    }

    /// Puts `card` (printed or binned) at `index` among the printed cards.
    fn place(&mut self, card: usize, index: usize) {
        let moved = if let Some(at) = self.position(card) {
            self.printed.remove(at)
        } else if let Some(at) = self.never.iter().position(|c| c.id == card) {
            self.never.remove(at)
        } else {
            return;
        };
        let index = index.min(self.printed.len());
        self.said = format!("“{}” moved to position {} of {}.", moved.text, index + 1, self.printed.len() + 1);
        self.printed.insert(index, moved);
    }
}
