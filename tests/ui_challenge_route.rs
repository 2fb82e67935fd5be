#![cfg(not(target_arch = "wasm32"))]
//! Challenge routes: the list, one challenge, and its embed view each have a fragment that
//! leads back to them; a malformed id is "not found".

use loopscope::ui::route::Route;

#[test]
fn challenge_pages_round_trip_through_their_href() {
    let pages = [
        Route::Challenges,
        Route::Challenge { id: "fetch-in-order".into() },
        Route::EmbedChallenge { id: "fetch-in-order".into() },
    ];
    for route in pages {
        assert_eq!(Route::from_hash(&route.href()), route);
    }
    assert_eq!(Route::Challenge { id: "a-b".into() }.href(), "#/ch/a-b");
    assert_eq!(Route::EmbedChallenge { id: "a-b".into() }.href(), "#/embed/ch/a-b");
}

#[test]
fn an_embedded_challenge_is_not_an_embedded_exercise() {
    assert_eq!(Route::from_hash("#/embed/ch/x"), Route::EmbedChallenge { id: "x".into() });
    assert_eq!(Route::from_hash("#/embed/x"), Route::Embed { id: "x".into() });
}

#[test]
fn malformed_challenge_ids_are_not_found() {
    for hash in ["#/ch/", "#/ch/A", "#/ch/a/b", "#/ch/a?s=1", "#/embed/ch/A"] {
        assert_eq!(Route::from_hash(hash), Route::NotFound(hash.into()), "{hash}");
    }
}
