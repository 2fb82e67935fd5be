#![cfg(not(target_arch = "wasm32"))]
//! Hash routes: every page has a fragment, the fragment leads back to the page, and anything
//! else is "not found" rather than a guess.

use loopscope::ui::route::Route;

#[test]
fn an_empty_fragment_and_the_root_fragment_are_home() {
    assert_eq!(Route::from_hash(""), Route::Home);
    assert_eq!(Route::from_hash("#"), Route::Home);
    assert_eq!(Route::from_hash("#/"), Route::Home);
}

#[test]
fn each_page_round_trips_through_its_href() {
    let exercise = Route::Exercise { id: "result-order".into(), share: None };
    let shared = Route::Exercise { id: "result-order".into(), share: Some("1abc-_".into()) };
    let embed = Route::Embed { id: "result-order".into() };
    for route in [Route::Home, Route::Play, Route::FetchLab, Route::Timers, exercise, shared, embed] {
        assert_eq!(Route::from_hash(&route.href()), route);
    }
    assert_eq!(Route::exercise_href("a-b"), "#/ex/a-b");
}

#[test]
fn a_trailing_slash_is_ignored() {
    assert_eq!(Route::from_hash("#/play/"), Route::Play);
}

#[test]
fn unknown_fragments_are_not_found_and_keep_their_text() {
    assert_eq!(Route::from_hash("#/nope"), Route::NotFound("#/nope".into()));
    assert_eq!(Route::from_hash("#/PLAY"), Route::NotFound("#/PLAY".into()));
    for odd in ["#/ex/", "#/ex/Bad_Id", "#/ex/a?x=1", "#/play?s=1", "#/ex/a/b"] {
        assert_eq!(Route::from_hash(odd), Route::NotFound(odd.into()));
    }
    assert_eq!(Route::NotFound("#/nope".into()).href(), "#/");
}

#[test]
fn an_embed_takes_an_id_and_nothing_else() {
    assert_eq!(Route::from_hash("#/embed/lock-race"), Route::Embed { id: "lock-race".into() });
    for bad in ["#/embed/", "#/embed/Lock", "#/embed/a?s=x", "#/embed/a/b"] {
        assert_eq!(Route::from_hash(bad), Route::NotFound(bad.into()), "{bad}");
    }
}
