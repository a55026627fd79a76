//! Arbitrary text through the deadline grammar: `parse_deadline` with several contexts, and the
//! inline finder. Neither may panic, and every span must lie inside the text on char boundaries.

#![no_main]

use libfuzzer_sys::fuzz_target;
use ukaz::{find_deadline, parse_deadline, Date, DeadlineContext, Deadline};

fn contexts() -> [DeadlineContext; 4] {
    let base = DeadlineContext::new();
    let doc = Date::new(2020, 10, 20).map_or(base, |d| base.document_date(d));
    let late = Date::new(2199, 12, 31).map_or(base, |d| base.document_date(d));
    [base, doc, doc.academic_year(2020).heading_year(2021), late]
}

fn check(text: &str, d: &Deadline) {
    let (s, e) = (d.span.start as usize, d.span.end as usize);
    assert!(s <= e && e <= text.len(), "span {s}..{e} outside {} bytes", text.len());
    assert!(text.is_char_boundary(s) && text.is_char_boundary(e), "span {s}..{e} off char boundaries");
    if let (Some(a), Some(b)) = (d.start, d.end) {
        assert!(a <= b, "start {a} after end {b}");
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for ctx in contexts() {
        if let Some(d) = parse_deadline(&text, &ctx) {
            check(&text, &d);
        }
        if let Some(d) = find_deadline(&text, &ctx) {
            check(&text, &d);
        }
    }
});
