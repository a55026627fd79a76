//! Pass 5: drops repeated clauses — a section pasted twice keeps its first copy — and reports
//! each removed run as `dedup.removed`.
//!
//! A clause repeats an earlier one when both stand at the same place in the numbering (the same
//! chain of parent numbers), have the same number, cleaned text and deadline, and their
//! children repeat each other in the same way. Works on the collected clauses before their
//! fields are read, so the removed ones cost nothing further.

use crate::diag::{Code, Diagnostic, DiagnosticSink};
use crate::span::Span;
use crate::text::{clean, clean_join};
use crate::tree::RawClause;
use std::collections::hash_map::DefaultHasher;
use std::collections::HashSet;
use std::hash::{Hash, Hasher};

/// Most clause numbers listed in one diagnostic message.
const LISTED: usize = 20;

/// Marks repeated clauses (and their descendants) as removed, detaches them from their parents
/// and reports each run of removed clauses. Returns which clauses were removed.
pub(crate) fn dedup(src: &str, raws: &mut [RawClause], diags: &mut impl DiagnosticSink) -> Vec<bool> {
    clean_texts(src, raws);
    let prints = fingerprints(src, raws);
    let paths = paths(src, raws);
    let mut removed = vec![false; raws.len()];
    let mut seen: HashSet<(u64, u64)> = HashSet::new();
    let mut run: Vec<usize> = Vec::new();
    for i in 0..raws.len() {
        let parent_removed = raws.get(i).and_then(|r| r.parent).is_some_and(|p| removed.get(p).copied().unwrap_or(false));
        if parent_removed {
            set(&mut removed, i);
            run.push(i);
            continue;
        }
        let key = (paths.get(i).copied().unwrap_or(0), prints.get(i).copied().unwrap_or(0));
        if seen.insert(key) {
            report_run(src, raws, &mut run, diags);
        } else {
            set(&mut removed, i);
            run.push(i);
        }
    }
    report_run(src, raws, &mut run, diags);
    for raw in raws.iter_mut() {
        raw.children.retain(|&c| !removed.get(c).copied().unwrap_or(false));
    }
    removed
}

fn set(flags: &mut [bool], i: usize) {
    if let Some(f) = flags.get_mut(i) {
        *f = true;
    }
}

/// Fills in each clause's cleaned text.
fn clean_texts(src: &str, raws: &mut [RawClause]) {
    for raw in raws.iter_mut() {
        raw.text = clean_join(raw.body.iter().filter_map(|&(a, b)| src.get(a..b)));
    }
}

/// A hash of each clause with its subtree: number, text, deadline, children.
fn fingerprints(src: &str, raws: &[RawClause]) -> Vec<u64> {
    let mut prints = vec![0u64; raws.len()];
    // Children come after their parents, so a reverse walk sees children first.
    for i in (0..raws.len()).rev() {
        let Some(raw) = raws.get(i) else { continue };
        let mut h = DefaultHasher::new();
        raw.written.and_then(|(a, b)| src.get(a..b)).hash(&mut h);
        raw.text.hash(&mut h);
        raw.deadline.and_then(|(a, b)| src.get(a..b)).map(clean).hash(&mut h);
        // A child the tree placed by position whose own number names another parent (`2.3`
        // under `6`) is no part of this clause.
        let own_number = |c: &usize| raws.get(*c).is_none_or(|child| !self_placed(src, child) || numbered_under(src, raw, child));
        for c in raw.children.iter().filter(|c| own_number(c)) {
            prints.get(*c).hash(&mut h);
        }
        if let Some(p) = prints.get_mut(i) {
            *p = h.finish();
        }
    }
    prints
}

/// Whether a clause's written number names its own place (`2.3.`), wherever the tree put it.
fn self_placed(src: &str, raw: &RawClause) -> bool {
    number_of(src, raw).is_some_and(|w| w.contains('.'))
}

/// A clause's written number without its closing stop or parenthesis.
fn number_of<'a>(src: &'a str, raw: &RawClause) -> Option<&'a str> {
    raw.written.and_then(|(a, b)| src.get(a..b)).map(|w| w.trim_end_matches(['.', ')']))
}

/// Whether `child`'s number continues `parent`'s (`2.3` under `2`).
fn numbered_under(src: &str, parent: &RawClause, child: &RawClause) -> bool {
    let (Some(p), Some(c)) = (number_of(src, parent), number_of(src, child)) else { return true };
    c.strip_prefix(p).is_some_and(|rest| rest.starts_with('.'))
}

/// A hash of each clause's chain of parent numbers (of an unnumbered parent, its text). A
/// clause whose number names its own place (`2.3.`) needs no chain: its number is in its
/// fingerprint, and a page scanned twice may set it under another parent (`6.`) by position.
fn paths(src: &str, raws: &[RawClause]) -> Vec<u64> {
    let mut out = vec![0u64; raws.len()];
    for (i, raw) in raws.iter().enumerate() {
        let mut h = DefaultHasher::new();
        raw.recorded_question.hash(&mut h);
        if let Some(p) = raw.parent.filter(|_| !self_placed(src, raw)) {
            out.get(p).hash(&mut h);
            let parent = raws.get(p);
            match parent.and_then(|r| r.written) {
                Some((a, b)) => src.get(a..b).hash(&mut h),
                // An unnumbered question (`По третьему вопросу «…»:`) is told by its text: the
                // same decision under two questions (`1. Информацию принять к сведению.`) is no
                // repeat.
                None => parent.map(|r| r.text.as_str()).hash(&mut h),
            }
        }
        if let Some(slot) = out.get_mut(i) {
            *slot = h.finish();
        }
    }
    out
}

/// Reports a run of removed clauses as one diagnostic and empties the run.
fn report_run(src: &str, raws: &[RawClause], run: &mut Vec<usize>, diags: &mut impl DiagnosticSink) {
    let Some(&first) = run.first() else { return };
    let numbers: Vec<&str> = run
        .iter()
        .filter_map(|&i| raws.get(i))
        .map(|r| r.written.and_then(|(a, b)| src.get(a..b)).unwrap_or("(unnumbered)"))
        .collect();
    let mut listed = numbers.iter().take(LISTED).copied().collect::<Vec<_>>().join(", ");
    if numbers.len() > LISTED {
        listed.push_str(&format!(" and {} more", numbers.len() - LISTED));
    }
    let start = raws.get(first).map_or(0, |r| r.start);
    let end = run.iter().filter_map(|&i| raws.get(i)).map(|r| r.end).max().unwrap_or(start);
    diags.report(Diagnostic::new(
        Code::DedupRemoved,
        format!("removed a repeat of clauses {listed}"),
        Some(Span::from_range(start..end.max(start))),
    ));
    run.clear();
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_page_scanned_twice_after_the_signature_is_dropped() {
        let page = "2.3. обеспечить работу кабинетов;\n2.4. представлять мониторинг.\n3. Признать утратившим силу приказ.\n4. Контроль оставляю за собой.\n";
        let src = format!("ПРИКАЗЫВАЮ:\n1. Утвердить план.\n2. Руководителям:\n2.1. обеспечить выполнение;\n2.2. утвердить списки;\n{page}\nМинистр                 Л.Н. Вишнякова\n\n{page}");
        let doc = crate::parse(&src);
        let numbers: Vec<&str> = doc.clauses.iter().filter_map(|c| c.number.as_deref()).collect();
        assert_eq!(numbers, ["1", "2", "3", "4"]);
        assert_eq!(doc.clauses.get(1).map(|c| c.children.len()), Some(4));
        assert!(doc.diagnostics.iter().any(|d| d.code == crate::Code::DedupRemoved));
        // The repeat's numbers, out of order after `4`, are not reported: it is gone.
        let numbering = |d: &&crate::Diagnostic| matches!(d.code, crate::Code::NumberingUnexpected | crate::Code::NumberingGap);
        assert_eq!(doc.diagnostics.iter().filter(numbering).count(), 0, "{:?}", doc.diagnostics);
    }

    /// The same decision under two unnumbered questions is two decisions.
    #[test]
    fn one_decision_under_two_questions_is_no_repeat() {
        let src = "Решение коллегии:\nПо второму вопросу «О ГИА»:\n1. Информацию принять к сведению.\n2. Провести семинар.\n\
                   По третьему вопросу «О питании»:\n1. Информацию принять к сведению.\n2. Обеспечить охват.\n";
        let doc = crate::parse(src);
        let children: Vec<usize> = doc.clauses.iter().map(|c| c.children.len()).collect();
        assert_eq!(children, [2, 2]);
        assert!(!doc.diagnostics.iter().any(|d| d.code == crate::Code::DedupRemoved));
    }
}
