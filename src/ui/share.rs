//! Share links: an exercise's edited code and a prediction, packed into the URL's hash so a
//! link restores them on any static host.
//!
//! A token is `1` (the format version) followed by URL-safe base64 of the JSON payload with a
//! four-byte FNV-1a checksum of the exercise id and the payload appended; a link opened on
//! another exercise, or changed by hand, fails the checksum and decodes to a [`ShareError`].

use std::fmt;

use serde::{Deserialize, Serialize};

use super::base64url;
use super::shuffle::fnv1a;
use crate::grading::Prediction;

/// The format version, the token's first character.
const VERSION: char = '1';

/// What a share link carries besides the exercise id.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Shared {
    /// The program, when it was edited.
    #[serde(default, rename = "c", skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// A prediction.
    #[serde(default, rename = "p", skip_serializing_if = "Option::is_none")]
    pub prediction: Option<Prediction>,
}

/// Why a share token cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// The token is empty.
    Empty,
    /// The token starts with another version.
    Version(char),
    /// A character that base64 has no place for, at this 1-based column of the token (or a
    /// token cut short, reported just past its end).
    Garbled {
        /// 1-based column.
        col: usize,
    },
    /// The checksum does not match: the link was changed, cut, or is for another exercise.
    Tampered,
    /// The payload is not the JSON of a share (at its 1-based line:col).
    Payload {
        /// Line and column in the payload.
        at: (usize, usize),
    },
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::Empty => write!(f, "the link carries no data"),
            ShareError::Version(v) => write!(f, "the link is of an unknown format ({v})"),
            ShareError::Garbled { col } => write!(f, "the link is garbled at character {col}"),
            ShareError::Tampered => write!(f, "the link was changed or cut short"),
            ShareError::Payload { at: (line, col) } => write!(f, "the link's data is unreadable at {line}:{col}"),
        }
    }
}

impl std::error::Error for ShareError {}

/// The checksum binding `payload` to the exercise `id`.
fn checksum(id: &str, payload: &[u8]) -> [u8; 4] {
    let mut bytes = Vec::with_capacity(id.len() + 1 + payload.len());
    bytes.extend_from_slice(id.as_bytes());
    bytes.push(0);
    bytes.extend_from_slice(payload);
    fnv1a(&bytes).to_be_bytes()
}

/// The token sharing `shared` on exercise `id`.
pub fn encode(id: &str, shared: &Shared) -> String {
    let mut bytes = serde_json::to_vec(shared).unwrap_or_default();
    let sum = checksum(id, &bytes);
    bytes.extend_from_slice(&sum);
    format!("{VERSION}{}", base64url::encode(&bytes))
}

/// Reads a token made by [`encode`] for exercise `id`.
pub fn decode(id: &str, token: &str) -> Result<Shared, ShareError> {
    let mut chars = token.chars();
    match chars.next() {
        None => Err(ShareError::Empty),
        Some(VERSION) => {
            let bytes = base64url::decode(chars.as_str()).map_err(|i| ShareError::Garbled { col: i + 2 })?;
            let Some(split) = bytes.len().checked_sub(4) else { return Err(ShareError::Tampered) };
            let (payload, sum) = bytes.split_at(split);
            if sum != checksum(id, payload) {
                return Err(ShareError::Tampered);
            }
            serde_json::from_slice(payload).map_err(|e| ShareError::Payload { at: (e.line(), e.column()) })
        }
        Some(other) => Err(ShareError::Version(other)),
    }
}
