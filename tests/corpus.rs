//! Snapshots every corpus document (`corpus/**/*.txt`, `.html`, `.docx`) after checking the
//! output invariants: spans inside the decoded input and on char boundaries, children inside
//! parents, JSON round trip.
//!
//! Review changes with `cargo insta review`; add a document by dropping a `.txt`, `.html` or `.docx` file
//! into `corpus/` and running the tests.

#[test]
fn corpus() {
    insta::glob!("../corpus", "**/*.{txt,html,docx}", |path| {
        let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        // Decoded as the command line decodes it: documents in Windows-1251, KOI8-R or UTF-16
        // are corpus documents too.
        let decoded = ukaz::decode(&name, &bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let doc = decoded.parse(&name, &bytes);
        let src = &decoded.text;
        if let Err(violation) = ukaz::testing::check_invariants(src, &doc) {
            panic!("{}: {violation}", path.display());
        }
        insta::assert_json_snapshot!("json", doc);
        insta::assert_snapshot!("tree", ukaz::testing::dump(src, &doc));
    });
}
