#![cfg(not(target_arch = "wasm32"))]
//! Loading refuses an inconsistent catalogue with an error naming the file (and line:col
//! where there is one): unknown tracks or tags, duplicate ids, missing or misnamed files.

use loopscope::catalogue::{Catalogue, CatalogueError, ExerciseFiles, Problem};

const TRACKS: &str = r#"[{"id": "basics", "title": "Basics", "summary": "First steps."}]"#;

const META: &str = r#"{
  "id": "hello",
  "title": "Hello",
  "track": "basics",
  "difficulty": "beginner",
  "kind": "predict",
  "concept": "c",
  "explanation": "e",
  "predict": {"order": true, "times": true, "total": true, "exception": false},
  "hints": ["h"],
  "misconceptions": ["sequential-vs-concurrent"]
}"#;

const EXPECTED: &str = "# header\n0.500 out hello\nexit 0\n";

fn files<'a>(stem: &'a str, meta: Option<&'a str>, expected: Option<&'a str>) -> ExerciseFiles<'a> {
    ExerciseFiles { track: "basics", stem, source: Some("print('hello')\n"), meta, expected }
}

fn load(exercises: &[ExerciseFiles<'_>]) -> Result<Catalogue, CatalogueError> {
    Catalogue::from_files(Some(TRACKS), exercises)
}

fn meta_with(from: &str, to: &str) -> String {
    assert!(META.contains(from));
    META.replace(from, to)
}

#[test]
fn a_consistent_catalogue_loads() {
    let catalogue = load(&[files("01-hello", Some(META), Some(EXPECTED))]).expect("loads");
    let e = &catalogue.exercises[0];
    assert_eq!((e.id.as_str(), e.number, e.ideal.lines.len(), e.decoys.len()), ("hello", 1, 1, 0));
}

/// `(replace in the metadata, with, start of the expected message)`.
const BAD_META: &[(&str, &str, &str)] = &[
    (
        r#""track": "basics""#,
        r#""track": "advanced""#,
        "exercises/basics/01-hello.json: track `advanced` differs from the folder",
    ),
    (r#""id": "hello""#, r#""id": "goodbye""#, "exercises/basics/01-hello.json: the file name must be <NN>-<id>"),
    (
        r#""beginner""#,
        r#""expert""#,
        "exercises/basics/01-hello.json:5:24: unknown variant `expert`, expected one of `beginner`",
    ),
    (
        r#""sequential-vs-concurrent""#,
        r#""async-is-magic""#,
        "exercises/basics/01-hello.json:11:37: unknown variant `async-is-magic`, expected one of",
    ),
    (
        r#""hints": ["h"],"#,
        r#""hints": ["h"], "colour": "red","#,
        "exercises/basics/01-hello.json:10:26: unknown field `colour`, expected one of `id`",
    ),
    (
        r#""hints": ["h"],"#,
        r#""hints": ["h"], "decoys": ["hello"],"#,
        "exercises/basics/01-hello.json: decoy `hello` is a line the program prints",
    ),
    (
        r#""exception": false"#,
        r#""exception": false, "colour": 1"#,
        "exercises/basics/01-hello.json:9:87: unknown field `colour`, expected one of `order`",
    ),
    (r#""title": "Hello","#, "", "exercises/basics/01-hello.json:12:1: missing field `title`"),
];

#[test]
fn bad_metadata_is_refused_with_its_place() {
    for &(from, to, message) in BAD_META {
        let meta = meta_with(from, to);
        let error = load(&[files("01-hello", Some(&meta), Some(EXPECTED))]).expect_err(message);
        assert!(error.to_string().starts_with(message), "got {error}, expected {message}");
    }
}

#[test]
fn an_unknown_track_is_refused() {
    let meta = meta_with(r#""track": "basics""#, r#""track": "elsewhere""#);
    let exercise = ExerciseFiles { track: "elsewhere", ..files("01-hello", Some(&meta), Some(EXPECTED)) };
    let error = load(&[exercise]).expect_err("unknown track");
    assert_eq!(error.problem, Problem::UnknownTrack("elsewhere".into()));
}

#[test]
fn a_duplicate_id_is_refused() {
    let error = load(&[files("01-hello", Some(META), Some(EXPECTED)), files("02-hello", Some(META), Some(EXPECTED))])
        .expect_err("duplicate");
    assert_eq!(
        (error.file.as_str(), error.problem),
        ("exercises/basics/02-hello.json", Problem::DuplicateId("hello".into()))
    );
}

#[test]
fn a_duplicate_track_is_refused() {
    let tracks = TRACKS.replace("]", r#", {"id": "basics", "title": "Again", "summary": "s"}]"#);
    let error = Catalogue::from_files(Some(&tracks), &[]).expect_err("duplicate track");
    assert_eq!(error.to_string(), "exercises/tracks.json: id `basics` is used twice");
}

#[test]
fn missing_files_are_named() {
    let cases = [
        (files("01-hello", Some(META), None), "exercises/basics/01-hello.py: no .expected file beside it"),
        (files("01-hello", None, Some(EXPECTED)), "exercises/basics/01-hello.py: no .json file beside it"),
        (
            ExerciseFiles { source: None, ..files("01-hello", Some(META), Some(EXPECTED)) },
            "exercises/basics/01-hello.json: no .py file beside it",
        ),
    ];
    for (exercise, message) in cases {
        assert_eq!(load(&[exercise]).expect_err(message).to_string(), message);
    }
    let error = Catalogue::from_files(None, &[]).expect_err("no tracks");
    assert_eq!(error.to_string(), "exercises/tracks.json: no .json file beside it");
}

#[test]
fn file_names_need_a_number_and_the_id() {
    for stem in ["hello", "x1-hello", "-hello", "01-hello-again", "01_hello"] {
        let error = load(&[files(stem, Some(META), Some(EXPECTED))]).expect_err(stem);
        assert_eq!(error.problem, Problem::Misnamed, "{stem}");
    }
}

#[test]
fn tracks_json_errors_have_their_place() {
    let error = Catalogue::from_files(Some("[{\"id\": 3}]"), &[]).expect_err("bad tracks");
    assert_eq!((error.file.as_str(), error.at), ("exercises/tracks.json", Some((1, 9))));
}
