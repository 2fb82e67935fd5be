#![cfg(not(target_arch = "wasm32"))]
//! Share links: code and prediction survive the trip through a URL-safe token, the token is
//! bound to its exercise, and a garbled or tampered token is a typed error, never a panic.

use loopscope::grading::{LineRef, PredictedLine, Prediction};
use loopscope::ui::base64url;
use loopscope::ui::route::Route;
use loopscope::ui::share::{decode, encode, ShareError, Shared};

fn sample() -> Shared {
    Shared {
        code: Some("import asyncio\nprint('héllo ✓')\n".into()),
        prediction: Some(Prediction {
            lines: vec![PredictedLine { line: LineRef::Text("héllo ✓".into()), t: Some(0.5) }],
            never: vec![LineRef::Text("never".into())],
            total: Some(1.25),
            exception: Some("KeyError".into()),
        }),
    }
}

#[test]
fn base64url_round_trips_every_length_and_uses_only_url_safe_characters() {
    for len in 0..40 {
        let bytes: Vec<u8> = (0..len).map(|i| (i * 37 + 250) as u8).collect();
        let text = base64url::encode(&bytes);
        assert!(text.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'), "{text}");
        assert_eq!(base64url::decode(&text), Ok(bytes));
    }
    assert_eq!(base64url::encode(b"hi?"), "aGk_");
    assert_eq!(base64url::decode("aG+_"), Err(2));
    assert_eq!(base64url::decode("aGk_a"), Err(5));
}

#[test]
fn a_share_round_trips_through_the_route() {
    let token = encode("result-order", &sample());
    let href = Route::Exercise { id: "result-order".into(), share: Some(token.clone()) }.href();
    let Route::Exercise { id, share: Some(back) } = Route::from_hash(&href) else { panic!("{href}") };
    assert_eq!(back, token);
    assert_eq!(decode(&id, &back), Ok(sample()));
    assert_eq!(decode("x", &encode("x", &Shared::default())), Ok(Shared::default()));
}

#[test]
fn a_token_for_another_exercise_is_tampered() {
    let token = encode("result-order", &sample());
    assert_eq!(decode("other", &token), Err(ShareError::Tampered));
}

#[test]
fn every_single_character_change_is_caught() {
    let token = encode("ex", &sample());
    for i in 1..token.len() {
        for replacement in ['A', 'z', '-', '%'] {
            let mut changed: Vec<char> = token.chars().collect();
            if changed[i] == replacement {
                continue;
            }
            changed[i] = replacement;
            let changed: String = changed.into_iter().collect();
            assert!(decode("ex", &changed).is_err(), "{changed}");
        }
    }
}

#[test]
fn garbled_and_cut_tokens_are_typed_errors() {
    let token = encode("ex", &sample());
    assert_eq!(decode("ex", ""), Err(ShareError::Empty));
    assert_eq!(decode("ex", "9abc"), Err(ShareError::Version('9')));
    assert_eq!(decode("ex", "1ab$d"), Err(ShareError::Garbled { col: 4 }));
    assert_eq!(decode("ex", "1aQ"), Err(ShareError::Tampered));
    assert_eq!(decode("ex", &token[..token.len() - 3]), Err(ShareError::Tampered));
    assert_eq!(ShareError::Garbled { col: 4 }.to_string(), "the link is garbled at character 4");
}

#[test]
fn a_checksummed_payload_that_is_not_a_share_is_a_payload_error() {
    let mut bytes = b"[1]".to_vec();
    let mut sum_input = b"ex\0".to_vec();
    sum_input.extend_from_slice(b"[1]");
    bytes.extend_from_slice(&loopscope::ui::shuffle::fnv1a(&sum_input).to_be_bytes());
    let token = format!("1{}", base64url::encode(&bytes));
    assert_eq!(decode("ex", &token), Err(ShareError::Payload { at: (1, 2) }));
}
