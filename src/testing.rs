//! Shared checks for tests and fuzz targets: span and nesting invariants, JSON round trip, and
//! the reviewer-friendly tree dump used by corpus snapshots.
//!
//! Not part of the stable API.

use crate::model::{Clause, Deadline, Document};
use crate::span::Span;
use std::fmt::Write as _;

/// Checks the output invariants of a parsed document:
///
/// - every span lies inside the input and on char boundaries;
/// - a clause's deadline and assignees lie inside the clause's span, and a child clause starts
///   after its parent starts;
/// - plan rows lie inside their appendix;
/// - the JSON serialisation reads back to an equal document.
///
/// Returns a description of the first violation.
pub fn check_invariants(src: &str, doc: &Document) -> Result<(), String> {
    let mut spans: Vec<(&'static str, Span)> = Vec::new();
    check_clauses(&doc.clauses, None, &mut spans)?;
    for t in &doc.tasks {
        spans.push(("task", t.span));
        spans.extend(t.deadline.iter().map(|d| ("task deadline", d.span)));
    }
    spans.extend(doc.signatures.iter().map(|s| ("signature", s.span)));
    spans.extend(doc.diagnostics.iter().filter_map(|d| d.span).map(|s| ("diagnostic", s)));
    spans.extend(doc.control.iter().map(|c| ("control", c.span)));
    if let Some(m) = &doc.meeting {
        spans.extend(m.chair.iter().chain(&m.secretary).chain(&m.present).map(|p| ("person", p.span)));
    }
    for a in &doc.appendices {
        spans.push(("appendix", a.span));
        for row in a.sections.iter().flat_map(|s| &s.rows) {
            if !a.span.contains(row.span) {
                return Err(format!("plan row {:?} outside its appendix {:?}", row.span, a.span));
            }
            spans.push(("plan row", row.span));
            spans.extend(row.deadline.iter().map(|d| ("plan deadline", d.span)));
        }
    }
    for (what, span) in spans {
        check_span(src, what, span)?;
    }
    round_trip(doc)
}

fn check_clauses(clauses: &[Clause], parent: Option<Span>, spans: &mut Vec<(&'static str, Span)>) -> Result<(), String> {
    let mut prev_start = parent.map_or(0, |p| p.start);
    for c in clauses {
        if c.span.start < prev_start {
            return Err(format!("clause {:?} at {:?} starts before its parent or previous sibling", c.number, c.span));
        }
        prev_start = c.span.start;
        for (what, inner) in c.deadline.iter().map(|d: &Deadline| ("deadline", d.span)).chain(c.assignees.iter().map(|a| ("assignee", a.span))) {
            if !c.span.contains(inner) {
                return Err(format!("{what} {inner:?} outside clause {:?} {:?}", c.number, c.span));
            }
        }
        spans.push(("clause", c.span));
        spans.extend(c.deadline.iter().map(|d| ("deadline", d.span)));
        spans.extend(c.assignees.iter().map(|a| ("assignee", a.span)));
        check_clauses(&c.children, Some(c.span), spans)?;
    }
    Ok(())
}

fn check_span(src: &str, what: &str, span: Span) -> Result<(), String> {
    let (s, e) = (span.start as usize, span.end as usize);
    if s > e || e > src.len() {
        return Err(format!("{what} span {span:?} outside the input of {} bytes", src.len()));
    }
    if !src.is_char_boundary(s) || !src.is_char_boundary(e) {
        return Err(format!("{what} span {span:?} not on char boundaries"));
    }
    Ok(())
}

/// Serialises and deserialises the document and requires the result to be equal.
pub fn round_trip(doc: &Document) -> Result<(), String> {
    let json = serde_json::to_string(doc).map_err(|e| format!("serialise: {e}"))?;
    let back: Document = serde_json::from_str(&json).map_err(|e| format!("deserialise: {e}"))?;
    if &back != doc {
        return Err("JSON round trip changed the document".to_string());
    }
    Ok(())
}

/// A reviewer-friendly dump of the tree: one node per line, `KIND@start..end «text»`, nested by
/// indentation, diagnostics last (rust-analyzer's `.rast` layout).
pub fn dump(src: &str, doc: &Document) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "DOCUMENT kind={:?} date={:?} number={:?}", doc.kind, doc.date, doc.number);
    let field = |out: &mut String, name: &str, v: &Option<String>| {
        if let Some(v) = v {
            let _ = writeln!(out, "  {name} «{}»", short(v));
        }
    };
    field(&mut out, "LABEL", &doc.kind_label);
    field(&mut out, "AUTHORITY", &doc.authority);
    field(&mut out, "PLACE", &doc.place);
    field(&mut out, "TITLE", &doc.title);
    field(&mut out, "PREAMBLE", &doc.preamble);
    field(&mut out, "FORMULA", &doc.operative_formula);
    if let Some(m) = &doc.meeting {
        let _ = writeln!(out, "  MEETING format={:?}", m.format);
        for p in m.chair.iter().chain(&m.secretary).chain(&m.present) {
            let _ = writeln!(out, "    PERSON@{:?} «{}» {:?}", p.span, p.name, p.position);
        }
        let _ = writeln!(out, "    HEARD {:?}", m.heard);
    }
    dump_clauses(&mut out, src, &doc.clauses, 1);
    for s in &doc.signatures {
        let _ = writeln!(out, "  SIGNATURE@{:?} {:?} «{}»", s.span, s.role, s.name);
    }
    field(&mut out, "EXECUTOR", &doc.executor);
    if !doc.distribution.is_empty() {
        let _ = writeln!(out, "  DISTRIBUTION {:?}", doc.distribution);
    }
    if let Some(c) = &doc.control {
        let _ = writeln!(out, "  CONTROL@{:?} {:?}", c.span, c.persons);
    }
    for a in &doc.appendices {
        let _ = writeln!(out, "  APPENDIX@{:?} {:?} «{}»", a.span, a.kind, short(a.title.as_deref().unwrap_or("")));
        for s in &a.sections {
            let _ = writeln!(out, "    SECTION {:?} «{}»", s.number, short(&s.title));
            for r in &s.rows {
                let _ = writeln!(out, "      ROW@{:?} {:?} «{}» responsible={:?}", r.span, r.number, short(&r.text), r.responsible);
                if let Some(d) = &r.deadline {
                    let _ = writeln!(out, "        {}", deadline_line(d));
                }
            }
        }
    }
    for t in &doc.tasks {
        let names: Vec<&str> = t.assignees.iter().map(|a| a.name.as_str()).collect();
        let _ = writeln!(out, "  TASK {} {:?} {:?} {}", t.reference.as_deref().unwrap_or("-"), t.source, names, t.deadline.as_ref().map(deadline_line).unwrap_or_default());
    }
    for d in &doc.diagnostics {
        let _ = writeln!(out, "{} {}@{:?}: {}", d.severity, d.code, d.span, d.message);
    }
    out
}

fn dump_clauses(out: &mut String, src: &str, clauses: &[Clause], depth: usize) {
    for c in clauses {
        let pad = "  ".repeat(depth);
        let _ = writeln!(out, "{pad}CLAUSE@{:?} {} {:?}/{:?} «{}»", c.span, c.number.as_deref().unwrap_or("-"), c.role, c.modality, short(&c.text));
        for a in &c.assignees {
            let _ = writeln!(out, "{pad}  ASSIGNEE@{:?} «{}» -> «{}» {:?}", a.span, a.text, a.name, a.persons);
        }
        if let Some(d) = &c.deadline {
            let _ = writeln!(out, "{pad}  {}", deadline_line(d));
            let _ = src;
        }
        dump_clauses(out, src, &c.children, depth + 1);
    }
}

fn deadline_line(d: &Deadline) -> String {
    let periods: Vec<String> = d.periods.iter().map(|(s, e)| format!("{}..{}", opt(s), opt(e))).collect();
    format!("DEADLINE@{:?} {:?} «{}» [{}]{}", d.span, d.kind, d.text, periods.join(", "), if d.year_inferred { " inferred" } else { "" })
}

fn opt(d: &Option<crate::date::Date>) -> String {
    d.map(|d| d.to_string()).unwrap_or_else(|| "_".into())
}

/// The first 60 chars of `s`, with `…` if cut.
fn short(s: &str) -> String {
    let mut out: String = s.chars().take(60).collect();
    if s.chars().count() > 60 {
        out.push('…');
    }
    out
}
