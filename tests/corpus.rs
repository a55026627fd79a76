//! Snapshots every corpus document (`corpus/**/*.txt`) after checking the output invariants:
//! spans inside the input and on char boundaries, children inside parents, JSON round trip.
//!
//! Review changes with `cargo insta review`; add a document by dropping a `.txt` file into
//! `corpus/` and running the tests.

#[test]
fn corpus() {
    insta::glob!("../corpus", "**/*.txt", |path| {
        let bytes = std::fs::read(path).unwrap_or_default();
        let src = String::from_utf8_lossy(&bytes);
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let doc = ukaz::parse_source(&src, ukaz::text_source(&name, &src));
        if let Err(violation) = ukaz::testing::check_invariants(&src, &doc) {
            panic!("{}: {violation}", path.display());
        }
        insta::assert_json_snapshot!("json", doc);
        insta::assert_snapshot!("tree", ukaz::testing::dump(&src, &doc));
    });
}
