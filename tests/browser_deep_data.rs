#![cfg(target_arch = "wasm32")]
//! In the browser, where wasm gets about 1 MB of native stack whatever its own stack size,
//! data nested tens of thousands deep is built and freed as CPython does it (the fixtures of
//! `tests/fixtures/deep/`, run in the page; comparing such data is in e2e/hostile_page.test.mjs,
//! which runs the optimised build).

use loopscope::fixture::{normalize, parse, render};
use loopscope::python::interp::Limits;
use loopscope::python::Program;
use loopscope::web::clock::VirtualHost;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// Each fixture's source and its output recorded from CPython 3.11.
const FIXTURES: &[(&str, &str, &str)] = &[
    ("nested_lists", include_str!("fixtures/deep/nested_lists.py"), include_str!("fixtures/deep/nested_lists.expected")),
    (
        "nested_tuples_and_dicts",
        include_str!("fixtures/deep/nested_tuples_and_dicts.py"),
        include_str!("fixtures/deep/nested_tuples_and_dicts.expected"),
    ),
    (
        "linked_list_of_instances",
        include_str!("fixtures/deep/linked_list_of_instances.py"),
        include_str!("fixtures/deep/linked_list_of_instances.expected"),
    ),
    ("generator_chain", include_str!("fixtures/deep/generator_chain.py"), include_str!("fixtures/deep/generator_chain.expected")),
];

#[wasm_bindgen_test]
fn deep_data_is_built_and_freed_as_in_cpython() {
    for (name, source, expected) in FIXTURES {
        let mut program = Program::new(source, "main.py", Box::new(VirtualHost), Limits::default())
            .unwrap_or_else(|e| panic!("{name}: {e:?}"));
        let outcome = program.run_to_end();
        let actual = normalize(&render(&program.trace(), outcome.exit_code));
        assert_eq!(actual, normalize(&parse(expected)), "{name}");
    }
}
