//! Arbitrary bytes, decoded lossily as UTF-8, through the whole pipeline: the output must satisfy
//! the span and nesting invariants and survive a JSON round trip.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let doc = ukaz::parse(&text);
    if let Err(e) = ukaz::testing::check_invariants(&text, &doc) {
        panic!("{e}");
    }
    let json = serde_json::to_string(&doc).unwrap_or_default();
    let back: ukaz::Document = match serde_json::from_str(&json) {
        Ok(back) => back,
        Err(e) => panic!("JSON does not read back: {e}"),
    };
    assert!(back == doc, "JSON round trip changed the document");
});
