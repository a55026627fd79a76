//! Arbitrary bytes through the input layer, read as each format the batch tool accepts (plain
//! text in any encoding, HTML, DOCX — a zip of XML parts): decoding may refuse the bytes with an
//! error, but never panic, and decoded text must parse with the output invariants intact.

#![no_main]

use libfuzzer_sys::fuzz_target;

/// The names whose extensions choose each reader.
const NAMES: [&str; 4] = ["doc.txt", "page.html", "order.docx", "unknown"];

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else { return };
    let name = NAMES[usize::from(selector) % NAMES.len()];
    let limits = ukaz::Limits { max_size: 1 << 20, ..ukaz::Limits::default() };
    let Ok(decoded) = ukaz::decode_with(name, bytes, &limits) else { return };
    let doc = decoded.parse(name, bytes);
    if let Err(e) = ukaz::testing::check_invariants(&decoded.text, &doc) {
        panic!("{e}");
    }
});
