//! Inputs the `parse` fuzz target once failed on (`corpus/regressions/parse/*.in`), kept as they
//! were found: each must parse without panicking and satisfy the output invariants.

#[test]
fn parse_regressions() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/regressions/parse");
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut checked = 0;
    for entry in entries.flatten() {
        let bytes = std::fs::read(entry.path()).unwrap_or_else(|e| panic!("{}: {e}", entry.path().display()));
        let text = String::from_utf8_lossy(&bytes);
        let doc = ukaz::parse(&text);
        if let Err(violation) = ukaz::testing::check_invariants(&text, &doc) {
            panic!("{}: {violation}", entry.path().display());
        }
        checked += 1;
    }
    assert!(checked > 0, "no regression inputs in {}", dir.display());
}
