//! The pipeline: runs the passes in order and assembles the [`Document`].
//!
//! ```text
//! text ─lex─> lines ─block─> kinds ─layout─> parts ─header─> metadata
//!                                            └─tree─> clauses ─dedup─> ─extract─> fields
//!                                            └─appendix─> plans ─tasks─> task list
//! ```

use crate::diag::{Code, Diagnostic};
use crate::extract::deadline::{self, YearContext};
use crate::extract::{clause, meeting, ocr, signature, trailer};
use crate::model::{Document, DocumentKind, Encoding, Format, Source, SCHEMA_VERSION};
use crate::{appendix, block, dedup, header, layout, lex, tasks, tree};
use sha2::{Digest, Sha256};

/// Parses `text` into a document whose source is `source`.
pub(crate) fn parse_document(text: &str, source: Source) -> Document {
    match crate::repair::repair(text) {
        None => parse_text(text, source),
        Some(repaired) => {
            let mut doc = parse_text(&repaired.text, source);
            repaired.restore(&mut doc, text);
            doc
        }
    }
}

/// [`parse_document`] on a text whose look-alikes are repaired (see [`crate::repair`]).
fn parse_text(text: &str, source: Source) -> Document {
    let lines = lex::lines(text);
    let blocks = block::classify(text, &lines);
    let layout = layout::segment(text, &blocks);
    let mut diags: Vec<Diagnostic> = Vec::new();
    if !layout.is_operative() {
        diags.push(Diagnostic::new(Code::InputNotOperative, "no operative part found: expected an operative formula (`ПРИКАЗЫВАЮ:`, `решила:`) or numbered clauses under a document type line", None));
        let h = header::read_other(text, &blocks);
        return assemble(source, h, Parts::default(), diags);
    }
    if layout.site_report {
        diags.push(Diagnostic::new(Code::InputNotOperative, "a site's news item, no act of its own: the decisions or instructions it quotes are read as clauses", None));
    }
    let mut head = header::read(text, &blocks, &layout);
    header::fill_from_trailer(text, &blocks, &layout.trailer, &mut head);
    // Without a type line the formula tells the kind (`ПРИКАЗЫВАЮ:`), but not in a site's news
    // item, which quotes a meeting's decisions (`По итогам заседания коллегия решила:`).
    if head.kind.is_none() && !layout.site_report {
        head.kind = layout.formula.and_then(|f| blocks.get(f)).and_then(|b| formula_kind(b.line.text(text)));
    }
    let body_end = layout.signatures.first().map_or(blocks.len(), |s| s.role_lines.start.min(s.name_line));
    let mut meeting = meeting::read(text, blocks.get(..body_end).unwrap_or(&[]));
    if let Some(m) = meeting.as_mut() {
        let appendix_lines: Vec<&[block::Block]> = layout.appendices.iter().filter_map(|r| blocks.get(r.clone())).collect();
        meeting::present_in_appendix(text, blocks.get(..body_end).unwrap_or(&[]), &appendix_lines, m);
    }
    if let Some(m) = meeting.as_mut().filter(|m| m.secretary.is_none()) {
        m.secretary = signature::minutes_keeper(text, &blocks, &layout.signatures);
    }
    let title = head.title.as_deref().unwrap_or("");
    // The title's academic year, else the one the operative text plans (the title read once).
    let named = deadline::planned_academic_year(title, "");
    let academic_year = named.or_else(|| deadline::planned_academic_year(title, operative_text(text, &blocks, &layout)));
    let ctx = YearContext {
        academic_year,
        academic_in_text: academic_year.is_some() && named.is_none(),
        document: head.date,
        // A news item's date is its publication's: the decisions it quotes count from their
        // meeting.
        quoted: layout.site_report,
        ..YearContext::default()
    };
    let tree::Collected { clauses: mut raws, control: control_paragraph } = tree::collect(text, &blocks, &layout.operative, &mut diags);
    let removed = dedup::dedup(text, &mut raws, &mut diags);
    drop_numbering_of_removed(&raws, &removed, &mut diags);
    tree::check_numbering(text, &raws, &removed, &mut diags);
    let mut kept: Vec<tree::RawClause> = prune(raws, &removed);
    let mut clauses = clause::build(text, &mut kept, &ctx, &mut diags);
    for table in &layout.decision_tables {
        let read = appendix::read(text, &blocks, table.clone(), &ctx, &mut diags);
        let span = read.span;
        let rows = appendix::decisions::clauses(text, read);
        if rows.is_empty() {
            let unread = crate::text::clean(text.get(span.range()).unwrap_or(""));
            let message = format!("a table of decisions with no row read: «{unread}»; kept here");
            diags.push(Diagnostic::new(Code::TableUnread, message, Some(span)));
        }
        clause::place_decision_rows(&mut clauses, rows);
    }
    report_page_foot(text, &blocks, layout.page_foot, &mut diags);
    for b in layout.trailer_notes.iter().filter_map(|&i| blocks.get(i)) {
        diags.push(crate::tree::dropped_note(text, &b.line));
    }
    for section in &layout.visas {
        report_visas(text, &blocks, section.clone(), &mut diags);
    }
    let mut signatures = signature::read(text, &blocks, &layout.signatures, &mut diags);
    // The head who approves the minutes signs them, once, whatever role the foot gives him.
    let approved = signature::read(text, &blocks, layout.approval.as_slice(), &mut diags);
    let signed_below = |a: &crate::model::Signature| signatures.iter().any(|s| s.name.replace(' ', "") == a.name.replace(' ', ""));
    let approvals: Vec<_> = approved.into_iter().filter(|a| !signed_below(a)).collect();
    signatures.splice(0..0, approvals);
    let appendices: Vec<_> = layout.appendices.iter().map(|r| appendix::read(text, &blocks, r.clone(), &ctx, &mut diags)).collect();
    report_letter_zeros(text, &blocks, &mut diags);
    let parts = Parts {
        meeting,
        control: trailer::control(&clauses).or_else(|| control_paragraph.and_then(|(a, b)| trailer::control_in(text, a, b))),
        executor: trailer::executor(text, &blocks, &layout.trailer).or_else(|| trailer::executor_in_stamps(text, &blocks)),
        distribution: trailer::distribution(text, &blocks, &layout.trailer),
        tasks: tasks::tasks(&clauses, &appendices),
        clauses,
        signatures,
        appendices,
    };
    assemble(source, head, parts, diags)
}

/// Drops what the tree reported about the numbers of clauses the dedup pass removed as a repeat:
/// a repeated block's numbers follow the clauses before it no better than its copy's did.
fn drop_numbering_of_removed(raws: &[tree::RawClause], removed: &[bool], diags: &mut Vec<Diagnostic>) {
    let mut repeats: Vec<(u32, u32)> = raws.iter().zip(removed).filter(|(_, &gone)| gone).map(|(r, _)| r.span()).map(|s| (s.start, s.end)).collect();
    if repeats.is_empty() {
        return;
    }
    repeats.sort_unstable();
    let in_repeat = |at: u32| {
        let k = repeats.partition_point(|&(start, _)| start <= at);
        k.checked_sub(1).and_then(|k| repeats.get(k)).is_some_and(|&(_, end)| at < end)
    };
    diags.retain(|d| !matches!(d.code, Code::NumberingUnexpected | Code::NumberingGap) || !d.span.is_some_and(|s| in_repeat(s.start)));
}

/// Reports the zeros a scan put for the letter `О` (`000 «…»`, `МБ0У`; see [`ocr`]) but in the
/// page furniture, once each: the tables' responsible cells have reported theirs.
fn report_letter_zeros(text: &str, blocks: &[block::Block], diags: &mut Vec<Diagnostic>) {
    let mut reported: Vec<(u32, u32)> = diags.iter().filter(|d| d.code == Code::TextOcrDigit).filter_map(|d| d.span).map(|s| (s.start, s.end)).collect();
    reported.sort_unstable();
    for b in blocks {
        let line = b.line.text(text);
        if !line.contains('0') || b.kind == block::LineKind::Editorial {
            continue;
        }
        for (s, e) in ocr::letter_zeros(line) {
            let found = line.get(s..e).unwrap_or("");
            let message = format!("expected the letter «О», found the digit «0» in «{found}»; the text keeps it");
            let at = b.line.content_start;
            let span = Some(crate::span::Span::from_range(at + s..at + e));
            if span.is_none_or(|s| reported.binary_search(&(s.start, s.end)).is_err()) {
                diags.push(Diagnostic::new(Code::TextOcrDigit, message, span));
            }
        }
    }
}

/// The text from the operative formula on: what the document plans, not the facts its preamble
/// states (`Потребность в кадрах на 2024/2025 учебный год составляет …`); all of it without a
/// formula.
fn operative_text<'a>(text: &'a str, blocks: &[block::Block], layout: &layout::Layout) -> &'a str {
    let start = layout.formula.and_then(|f| blocks.get(f)).map_or(0, |b| b.line.start);
    text.get(start..).unwrap_or(text)
}

/// Reports the site's page foot from line `foot` on, which no part of the document holds.
fn report_page_foot(text: &str, blocks: &[block::Block], foot: Option<usize>, diags: &mut Vec<Diagnostic>) {
    let lines = foot.and_then(|f| blocks.get(f..)).unwrap_or(&[]);
    let (Some(first), Some(last)) = (lines.first(), lines.iter().rev().find(|b| !b.line.is_blank())) else { return };
    let shown: String = crate::text::clean(first.line.text(text)).chars().take(80).collect();
    let message = format!("dropped the site's page foot from «{shown}» on");
    diags.push(Diagnostic::new(Code::TextPageFurniture, message, Some(crate::span::Span::from_range(first.line.content_start..last.line.content_end))));
}

/// Reports a section of visas or acknowledgements set aside (lines `section`), by its heading.
fn report_visas(text: &str, blocks: &[block::Block], section: std::ops::Range<usize>, diags: &mut Vec<Diagnostic>) {
    let lines = blocks.get(section).unwrap_or(&[]);
    let (Some(first), Some(last)) = (lines.first(), lines.iter().rev().find(|b| !b.line.is_blank())) else { return };
    let shown: String = crate::text::clean(first.line.text(text)).chars().take(80).collect();
    let count = lines.iter().filter(|b| !b.line.is_blank()).count();
    let message = format!("set aside the visas or acknowledgements «{shown}» ({count} lines): they neither sign nor execute the act");
    diags.push(Diagnostic::new(Code::TextVisas, message, Some(crate::span::Span::from_range(first.line.content_start..last.line.content_end))));
}

/// The kind an operative formula implies when there is no type line (`Коллегия решила:`).
fn formula_kind(line: &str) -> Option<DocumentKind> {
    let compact = crate::text::clean(line);
    let verb = compact.trim_end_matches(':').rsplit(' ').next()?;
    crate::lexicon::formula_verb(&crate::lexicon::lower(verb))
}

/// Drops removed clauses from the arena, renumbering parent and child links.
fn prune(raws: Vec<tree::RawClause>, removed: &[bool]) -> Vec<tree::RawClause> {
    let mut new_index = vec![usize::MAX; raws.len()];
    let mut next = 0;
    for (i, slot) in new_index.iter_mut().enumerate() {
        if !removed.get(i).copied().unwrap_or(false) {
            *slot = next;
            next += 1;
        }
    }
    let map = |i: usize| new_index.get(i).copied().filter(|&n| n != usize::MAX);
    raws.into_iter()
        .enumerate()
        .filter(|(i, _)| !removed.get(*i).copied().unwrap_or(false))
        .map(|(_, mut r)| {
            r.parent = r.parent.and_then(map);
            r.children = r.children.iter().filter_map(|&c| map(c)).collect();
            r
        })
        .collect()
}

/// Everything below the header.
#[derive(Default)]
struct Parts {
    meeting: Option<crate::model::Meeting>,
    clauses: Vec<crate::model::Clause>,
    tasks: Vec<crate::model::Task>,
    signatures: Vec<crate::model::Signature>,
    executor: Option<String>,
    distribution: Vec<String>,
    control: Option<crate::model::Control>,
    appendices: Vec<crate::model::Appendix>,
}

fn assemble(source: Source, h: header::Header, parts: Parts, mut diags: Vec<Diagnostic>) -> Document {
    diags.sort_by_key(|d| d.span.map_or(u32::MAX, |s| s.start));
    Document {
        schema: SCHEMA_VERSION.to_string(),
        source,
        kind: h.kind.unwrap_or(DocumentKind::Other),
        kind_label: h.kind_label,
        authority: h.authority,
        date: h.date,
        number: h.number,
        place: h.place,
        title: h.title,
        preamble: h.preamble,
        operative_formula: h.operative_formula,
        meeting: parts.meeting,
        clauses: parts.clauses,
        tasks: parts.tasks,
        signatures: parts.signatures,
        executor: parts.executor,
        distribution: parts.distribution,
        control: parts.control,
        appendices: parts.appendices,
        diagnostics: diags,
    }
}

/// The source record of text handed over directly (UTF-8, plain text).
pub(crate) fn text_source(name: &str, text: &str) -> Source {
    bytes_source(name, text.as_bytes(), Encoding::Utf8, Format::Text)
}

/// The source record of raw input bytes read as `encoding` and `format`.
pub(crate) fn bytes_source(name: &str, raw: &[u8], encoding: Encoding, format: Format) -> Source {
    Source { name: name.to_string(), bytes: raw.len() as u64, sha256: sha256_hex(raw), encoding, format }
}

/// Lowercase hex SHA-256 of `bytes`.
pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(64);
    for b in digest {
        out.push(char::from_digit(u32::from(b >> 4), 16).unwrap_or('0'));
        out.push(char::from_digit(u32::from(b & 15), 16).unwrap_or('0'));
    }
    out
}
