//! Look-alike characters a scan's recognition put in the wrong alphabet: letters for digits in a
//! number (`О8.О9.2О2З`, `№ 2З1-о`, a clause number `З.`) and Latin letters inside a Russian word
//! (`ПPИKAЗЫВАЮ`, `Cрок`), and `ъ` read for the `ь` ending a word (`обеспечитъ`). No scanner
//! or dictionary could read those, so a text holding them is parsed through
//! a repaired copy, and every span of the result is mapped back onto the text as given: spans
//! still point into the caller's text, the result's texts give each repaired word as written
//! (the contract's «as written»; only read values, numbers and dates, keep the repair), and each
//! repair is reported (`text.ocr_letter`, `text.mixed_script`).
//!
//! The zero typed for the letter `О` (`000 «…»`) is the other way round and is not repaired
//! here: see [`crate::extract::ocr`].

use crate::diag::{Code, Diagnostic};
use crate::model::{Appendix, Assignee, Clause, Deadline, Document, Task};
use crate::span::Span;
use crate::text::is_alnum;
use std::collections::HashMap;

/// A text with its look-alikes repaired, and where each repair is.
pub(crate) struct Repaired {
    /// The repaired text, to be parsed in place of the original.
    pub text: String,
    edits: Vec<Edit>,
}

/// One replaced token: its byte ranges in the original and in the repaired text.
struct Edit {
    original: (usize, usize),
    repaired: (usize, usize),
    code: Code,
}

/// The repaired copy of `text`, or `None` when it holds no look-alike to repair (nearly always).
pub(crate) fn repair(text: &str) -> Option<Repaired> {
    let tokens = suspect_tokens(text);
    if tokens.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut edits = Vec::with_capacity(tokens.len());
    let mut copied = 0;
    for (start, end, code, fixed) in tokens {
        out.push_str(text.get(copied..start)?);
        let at = out.len();
        out.push_str(&fixed);
        edits.push(Edit { original: (start, end), repaired: (at, out.len()), code });
        copied = end;
    }
    out.push_str(text.get(copied..)?);
    Some(Repaired { text: out, edits })
}

impl Repaired {
    /// Maps every span of `doc` (parsed from [`Repaired::text`]) back onto `original`, and
    /// reports each repair.
    pub(crate) fn restore(&self, doc: &mut Document, original: &str) {
        // The texts first, while the spans still point into the repaired copy; the words of the
        // whole text (the header's and trailer's texts) are looked up once.
        let whole = Span::from_range(0..self.text.len());
        let whole_words = self.written_words(original, whole);
        for_each_text(doc, whole, &mut |within: Span, text: &mut String| {
            let words = if within == whole { None } else { Some(self.written_words(original, within)) };
            if let Some(written) = as_written(text, words.as_ref().unwrap_or(&whole_words)) {
                *text = written;
            }
        });
        for_each_span(doc, &mut |span: &mut Span| *span = self.map_span(*span));
        for edit in &self.edits {
            let (found, read) = (original.get(edit.original.0..edit.original.1).unwrap_or(""), self.text.get(edit.repaired.0..edit.repaired.1).unwrap_or(""));
            let message = match edit.code {
                Code::TextOcrLetter if found.ends_with('ъ') => format!("expected «ь» at a word's end, found «ъ» in «{found}»; read as «{read}»"),
                Code::TextOcrLetter if !read.bytes().any(|b| b.is_ascii_digit()) => format!("expected letters, found the digit «3» among them in «{found}»; read as «{read}»"),
                Code::TextOcrLetter => format!("expected digits, found letters among them in «{found}»; read as «{read}»"),
                _ => format!("expected Russian letters, found Latin ones among them in «{found}»; read as «{read}»"),
            };
            doc.diagnostics.push(Diagnostic::new(edit.code, message, Some(Span::from_range(edit.original.0..edit.original.1))));
        }
        doc.diagnostics.sort_by_key(|d| d.span.map_or(u32::MAX, |s| s.start));
    }

    /// Each word repaired inside `within` (a span of the repaired copy) with the word as written,
    /// for a text read from there to keep what the document says (the contract's «as written»):
    /// only where every one of its readings there is a repair, all written one way — not where
    /// the copy also writes the word correctly, or wrongly in two ways.
    fn written_words<'a>(&'a self, original: &'a str, within: Span) -> HashMap<&'a str, &'a str> {
        let (from, to) = (within.start as usize, within.end as usize);
        let mut words: HashMap<&str, (Option<&str>, usize)> = HashMap::new();
        // The edits are in the text's order: those inside the span are found by halving.
        let first = self.edits.partition_point(|e| e.repaired.0 < from);
        let inside = self.edits.get(first..).unwrap_or(&[]).iter().take_while(|e| e.repaired.0 < to);
        for edit in inside.filter(|e| e.repaired.1 <= to) {
            let (Some(found), Some(read)) = (original.get(edit.original.0..edit.original.1), self.text.get(edit.repaired.0..edit.repaired.1)) else { continue };
            let entry = words.entry(read).or_insert((Some(found), 0));
            if entry.0 != Some(found) {
                entry.0 = None;
            }
            entry.1 += 1;
        }
        if words.is_empty() {
            return HashMap::new();
        }
        let mut readings: HashMap<&str, usize> = words.keys().map(|&read| (read, 0)).collect();
        for (_, _, token) in tokens(self.text.get(from..to).unwrap_or("")) {
            if let Some(n) = readings.get_mut(token) {
                *n += 1;
            }
        }
        let all_repairs = |read: &str, repairs: usize| readings.get(read) == Some(&repairs);
        words.into_iter().filter(|&(read, (_, repairs))| all_repairs(read, repairs)).filter_map(|(read, (found, _))| Some((read, found?))).collect()
    }

    fn map_span(&self, span: Span) -> Span {
        Span::from_range(self.map(span.start as usize)..self.map(span.end as usize))
    }

    /// The original offset of the repaired text's byte offset `at`. A repaired token maps as a
    /// whole: an offset inside one goes to its start.
    fn map(&self, at: usize) -> usize {
        let before = self.edits.partition_point(|e| e.repaired.0 <= at);
        let Some(edit) = before.checked_sub(1).and_then(|i| self.edits.get(i)) else {
            return at;
        };
        if at >= edit.repaired.1 {
            edit.original.1 + (at - edit.repaired.1)
        } else {
            edit.original.0
        }
    }
}

/// Every token to repair: its byte range, what it is, and its repaired text. A token can only
/// be one where an ASCII letter or digit touches a Cyrillic letter, or at a Cyrillic `З` before
/// a stop, so the bytes are scanned for those first.
fn suspect_tokens(text: &str) -> Vec<(usize, usize, Code, String)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    if !may_hold_lookalikes(bytes) {
        return found;
    }
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let suspect = match b {
            b'3' => touches(bytes, i, |_, _| true),
            b'0'..=b'9' => touches(bytes, i, is_digit_lookalike),
            // `2015 r.`, `r. Темников`: a Latin `r` alone for the `г` of a year or a town.
            b'r' if lone_r_at(bytes, i) => true,
            b'A'..=b'Z' | b'a'..=b'z' => touches(bytes, i, |_, _| true),
            0xd0 => bytes.get(i + 1) == Some(&0x97) && matches!(bytes.get(i + 2), Some(b'.' | b')')),
            // `ъ` before a byte that is no letter's: a word ending in it; not one broken at a line
            // end after it (`объ-` / `ектов`).
            0xd1 => bytes.get(i + 1) == Some(&0x8a) && bytes.get(i + 2).is_none_or(|&b| b.is_ascii() && b != b'-'),
            _ => false,
        };
        if !suspect {
            i += 1;
            continue;
        }
        let (start, end) = token_around(text, i);
        if let Some(repair) = text.get(start..end).and_then(|token| repair_token(text, start, end, token)) {
            found.push((start, end, repair.0, repair.1));
        }
        i = end.max(i + 1);
    }
    found
}

/// A quick test that most texts fail, over every three bytes at once, no branch per byte (so
/// the compiler can run it on vectors): whether an ASCII letter touches a Cyrillic letter, a
/// digit a Cyrillic letter of the `О`, `З` row (lead byte `D0`), a `3` any Cyrillic letter, a
/// `З` a stop, or a lone `r` (` r.`) stands there. Only then is the text scanned byte by byte.
fn may_hold_lookalikes(bytes: &[u8]) -> bool {
    let n = bytes.len();
    let (Some(x), Some(y), Some(z)) = (bytes.get(..n.saturating_sub(2)), bytes.get(1..n.saturating_sub(1)), bytes.get(2..)) else { return false };
    let letter = |b: u8| (b | 0x20).wrapping_sub(b'a') < 26;
    let digit = |b: u8| b.wrapping_sub(b'0') < 10;
    let lead = |b: u8| b & 0xfe == 0xd0;
    let tail = |b: u8| b & 0xc0 == 0x80;
    let ze_or_o = |b: u8| matches!(b, 0x97 | 0xb7 | 0x9e | 0xbe);
    // A `ъ` ending the text has no byte after it for the windows to see.
    let ends_in_hard_sign = bytes.ends_with(&[0xd1, 0x8a]);
    ends_in_hard_sign || x.iter().zip(y).zip(z).fold(false, |hit, ((&x, &y), &z)| {
        let letter_before = letter(x) & lead(y);
        let letter_after = lead(x) & tail(y) & letter(z);
        let digit_before = digit(x) & (y == 0xd0);
        let digit_after = (x == 0xd0) & ze_or_o(y) & digit(z);
        let ze_stop = (x == 0xd0) & (y == 0x97) & ((z == b'.') | (z == b')'));
        let three_in_word = ((x == b'3') & lead(y)) | (lead(x) & tail(y) & (z == b'3'));
        let lone_r = (x == b' ') & (y == b'r') & (z == b'.');
        let hard_sign_end = (x == 0xd1) & (y == 0x8a) & (z < 0x80);
        hit | letter_before | letter_after | digit_before | digit_after | ze_stop | three_in_word | lone_r | hard_sign_end
    })
}

/// Whether the `r` at byte `i` stands alone before a stop, as a scan reads the `г` of `2015 г.`
/// or `г. Темников`: after a year's digits and a space, or opening a line's words before a
/// capitalised Russian word.
fn lone_r_at(bytes: &[u8], i: usize) -> bool {
    let after_space = i == 0 || i.checked_sub(1).and_then(|k| bytes.get(k)) == Some(&b' ');
    if !after_space || bytes.get(i + 1) != Some(&b'.') {
        return false;
    }
    let before = bytes.get(..i).unwrap_or(&[]);
    let year = before.len() >= 5 && before.get(before.len() - 5..before.len() - 1).is_some_and(|y| y.iter().all(u8::is_ascii_digit));
    let line_start = before.iter().rev().take_while(|&&b| b != b'\n').all(|&b| b == b' ' || b == b'\t');
    let town = line_start && bytes.get(i + 2) == Some(&b' ') && bytes.get(i + 3) == Some(&0xd0);
    year || town
}

/// Whether the char before or after the ASCII byte at `i` is a Cyrillic letter that `accept`
/// takes (given its two UTF-8 bytes).
fn touches(bytes: &[u8], i: usize, accept: impl Fn(u8, u8) -> bool) -> bool {
    let cyrillic = |lead: u8, tail: u8| matches!(lead, 0xd0 | 0xd1) && (0x80..=0xbf).contains(&tail) && accept(lead, tail);
    let after = matches!((bytes.get(i + 1), bytes.get(i + 2)), (Some(&l), Some(&t)) if cyrillic(l, t));
    let before = i >= 2 && matches!((bytes.get(i - 2), bytes.get(i - 1)), (Some(&l), Some(&t)) if cyrillic(l, t));
    after || before
}

/// `З`, `з`, `О`, `о` by their UTF-8 bytes.
fn is_digit_lookalike(lead: u8, tail: u8) -> bool {
    lead == 0xd0 && matches!(tail, 0x97 | 0xb7 | 0x9e | 0xbe)
}

/// The run of letters and digits holding byte `i`.
fn token_around(text: &str, i: usize) -> (usize, usize) {
    let head = text.get(..i).unwrap_or("");
    let start = head.char_indices().rev().take_while(|&(_, c)| is_alnum(c)).last().map_or(i, |(k, _)| k);
    let tail = text.get(i..).unwrap_or("");
    let end = i + tail.find(|c: char| !is_alnum(c)).unwrap_or(tail.len());
    (start, end)
}

/// What `token` (at `start..end` of `text`) is read as, if it holds look-alikes.
fn repair_token(text: &str, start: usize, end: usize, token: &str) -> Option<(Code, String)> {
    if token == "r" && lone_r_at(text.as_bytes(), start) {
        return Some((Code::TextMixedScript, "г".to_string()));
    }
    if let Some(digits) = as_number(token).or_else(|| as_clause_digit(text, start, end, token)) {
        return Some((Code::TextOcrLetter, digits));
    }
    if let Some(word) = with_soft_sign(token).or_else(|| with_ze_for_three(token)) {
        return Some((Code::TextOcrLetter, word));
    }
    as_russian_word(token).map(|word| (Code::TextMixedScript, word))
}

/// `обеспечитъ` → `обеспечить`: no Russian word ends in `ъ`, a scan's reading of `ь`.
fn with_soft_sign(token: &str) -> Option<String> {
    let stem = token.strip_suffix('ъ')?;
    let russian = stem.chars().count() >= 2 && stem.chars().all(|c| matches!(c, 'А'..='я' | 'Ё' | 'ё'));
    russian.then(|| format!("{stem}ь"))
}

/// `ПРИКА3ЫВАЮ` → `ПРИКАЗЫВАЮ`: a Russian word in capitals or in lower case (its first letter
/// may be a capital) with the digit `3` for `З` between two of its letters; the word has at
/// least four letters and no other digit.
fn with_ze_for_three(token: &str) -> Option<String> {
    let chars: Vec<char> = token.chars().collect();
    let russian = |c: &char| matches!(c, 'А'..='я' | 'Ё' | 'ё');
    let only_ze = chars.iter().all(|c| russian(c) || *c == '3') && chars.iter().filter(|c| russian(c)).count() >= 4;
    let letter_at = |k: Option<usize>| k.and_then(|k| chars.get(k)).is_some_and(russian);
    let inside = chars.iter().enumerate().filter(|&(_, &c)| c == '3').all(|(k, _)| letter_at(k.checked_sub(1)) && letter_at(Some(k + 1)));
    let upper = chars.iter().filter(|c| russian(c)).all(|c| c.is_uppercase());
    let lower_after_first = chars.iter().skip(1).filter(|c| russian(c)).all(|c| c.is_lowercase());
    let ze = if upper { 'З' } else { 'з' };
    (only_ze && inside && (upper || lower_after_first) && chars.contains(&'3')).then(|| chars.iter().map(|&c| if c == '3' { ze } else { c }).collect())
}

/// The digit a Cyrillic look-alike stands for.
fn digit_for(c: char) -> Option<char> {
    match c {
        'О' | 'о' => Some('0'),
        'З' | 'з' => Some('3'),
        _ => None,
    }
}

/// `2О2З` → `2023`: digits with look-alike letters among them, no other letter. Zeros alone
/// (`0О0`, a company's `ООО`) are left to [`crate::extract::ocr`].
fn as_number(token: &str) -> Option<String> {
    let has_digit = token.bytes().any(|b| b.is_ascii_digit());
    let read: Option<String> = token.chars().map(|c| if c.is_ascii_digit() { Some(c) } else { digit_for(c) }).collect();
    let read = read?;
    (has_digit && read != token && read.bytes().any(|b| b != b'0')).then_some(read)
}

/// A lone `З` that is a clause number: opening a line before `.` or `)` and then a digit
/// (`З.4.`) or a word (`З. Заместителю`, not the initial of `З. А. Петрова`), or between
/// numbers (`2.З.`).
fn as_clause_digit(text: &str, start: usize, end: usize, token: &str) -> Option<String> {
    if token != "З" {
        return None;
    }
    let before = text.get(..start)?;
    let after = text.get(end..)?;
    let rest = after.strip_prefix(['.', ')'])?;
    let line_start = before.rsplit('\n').next()?.chars().all(crate::text::is_space);
    let after_number = before.strip_suffix('.').is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()));
    let opens_word = || {
        let word = rest.trim_start_matches([' ', '\t']);
        let letters = word.chars().take_while(|&c| crate::text::is_letter(c)).count();
        word.len() < rest.len() && letters >= 2
    };
    let reads = rest.starts_with(|c: char| c.is_ascii_digit()) || (line_start && opens_word()) || (after_number && !rest.starts_with(|c: char| crate::text::is_letter(c)));
    reads.then(|| "3".to_string())
}

/// `ПPИKAЗ` → `ПРИКАЗ`: a Russian word with Latin letters of the same look among its letters.
fn as_russian_word(token: &str) -> Option<String> {
    let cyrillic = token.chars().any(|c| matches!(c, 'А'..='я' | 'Ё' | 'ё'));
    let latin = token.chars().any(|c| c.is_ascii_alphabetic());
    if !cyrillic || !latin || token.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    token.chars().map(|c| if c.is_ascii_alphabetic() { cyrillic_for(c) } else { Some(c) }).collect()
}

/// The Cyrillic letter a Latin one looks like.
fn cyrillic_for(c: char) -> Option<char> {
    const PAIRS: [(char, char); 20] = [
        ('A', 'А'), ('B', 'В'), ('C', 'С'), ('E', 'Е'), ('H', 'Н'), ('K', 'К'), ('M', 'М'), ('O', 'О'), ('P', 'Р'), ('T', 'Т'),
        ('X', 'Х'), ('Y', 'У'), ('a', 'а'), ('c', 'с'), ('e', 'е'), ('k', 'к'), ('o', 'о'), ('p', 'р'), ('x', 'х'), ('y', 'у'),
    ];
    PAIRS.iter().find(|&&(latin, _)| latin == c).map(|&(_, cyr)| cyr)
}

/// The runs of letters and digits of `text`, with their byte ranges.
fn tokens(text: &str) -> impl Iterator<Item = (usize, usize, &str)> {
    let mut rest = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = rest.find(|&(_, c)| is_alnum(c))?;
        let mut end = text.len();
        while let Some(&(i, c)) = rest.peek() {
            if !is_alnum(c) {
                end = i;
                break;
            }
            rest.next();
        }
        text.get(start..end).map(|token| (start, end, token))
    })
}

/// `text` with each repaired word of `words` as written, if it holds one.
fn as_written(text: &str, words: &HashMap<&str, &str>) -> Option<String> {
    let mut out = String::new();
    let mut copied = 0;
    for (start, end, token) in tokens(text) {
        if let Some(found) = words.get(token) {
            out.push_str(text.get(copied..start)?);
            out.push_str(found);
            copied = end;
        }
    }
    (copied > 0).then(|| out + text.get(copied..).unwrap_or(""))
}

/// Calls `f` on every text of `doc` said to be as written, with the span it was read from
/// (`whole`, the whole text, for the header's and trailer's, which have none): not its numbers,
/// dates and diagnostics, which are read values.
fn for_each_text(doc: &mut Document, whole: Span, f: &mut impl FnMut(Span, &mut String)) {
    let header = [&mut doc.kind_label, &mut doc.authority, &mut doc.place, &mut doc.title, &mut doc.preamble, &mut doc.operative_formula, &mut doc.executor];
    header.into_iter().flatten().for_each(|t| f(whole, t));
    doc.distribution.iter_mut().for_each(|t| f(whole, t));
    if let Some(m) = &mut doc.meeting {
        m.format.iter_mut().chain(m.heard.iter_mut()).for_each(|t| f(whole, t));
        for person in m.chair.iter_mut().chain(m.secretary.iter_mut()).chain(m.present.iter_mut()) {
            f(person.span, &mut person.name);
            person.position.iter_mut().for_each(|t| f(person.span, t));
        }
    }
    doc.clauses.iter_mut().for_each(|c| clause_texts(c, f));
    for task in &mut doc.tasks {
        f(task.span, &mut task.text);
        assignee_and_deadline_texts(&mut task.assignees, &mut task.deadline, f);
    }
    for signature in &mut doc.signatures {
        signature.role.iter_mut().for_each(|t| f(signature.span, t));
        f(signature.span, &mut signature.name);
    }
    if let Some(c) = &mut doc.control {
        f(c.span, &mut c.text);
        c.persons.iter_mut().for_each(|t| f(c.span, t));
    }
    doc.appendices.iter_mut().for_each(|a| appendix_texts(a, f));
}

fn clause_texts(clause: &mut Clause, f: &mut impl FnMut(Span, &mut String)) {
    f(clause.span, &mut clause.text);
    assignee_and_deadline_texts(&mut clause.assignees, &mut clause.deadline, f);
    clause.children.iter_mut().for_each(|c| clause_texts(c, f));
}

fn assignee_and_deadline_texts(assignees: &mut [Assignee], deadline: &mut Option<Deadline>, f: &mut impl FnMut(Span, &mut String)) {
    for assignee in assignees {
        f(assignee.span, &mut assignee.text);
        f(assignee.span, &mut assignee.name);
        assignee.persons.iter_mut().for_each(|t| f(assignee.span, t));
    }
    if let Some(d) = deadline {
        f(d.span, &mut d.text);
    }
}

fn appendix_texts(appendix: &mut Appendix, f: &mut impl FnMut(Span, &mut String)) {
    let span = appendix.span;
    appendix.title.iter_mut().chain(appendix.text.iter_mut()).for_each(|t| f(span, t));
    for section in &mut appendix.sections {
        f(span, &mut section.title);
        for row in &mut section.rows {
            f(row.span, &mut row.text);
            row.responsible.iter_mut().chain(row.result.iter_mut()).for_each(|t| f(row.span, t));
            if let Some(d) = &mut row.deadline {
                f(d.span, &mut d.text);
            }
        }
    }
}

/// Calls `f` on every span of `doc`, diagnostics' included.
fn for_each_span(doc: &mut Document, f: &mut impl FnMut(&mut Span)) {
    if let Some(m) = &mut doc.meeting {
        m.chair.iter_mut().chain(m.secretary.iter_mut()).chain(m.present.iter_mut()).for_each(|p| f(&mut p.span));
    }
    doc.clauses.iter_mut().for_each(|c| clause_spans(c, f));
    doc.tasks.iter_mut().for_each(|t| task_spans(t, f));
    doc.signatures.iter_mut().for_each(|s| f(&mut s.span));
    if let Some(c) = &mut doc.control {
        f(&mut c.span);
    }
    doc.appendices.iter_mut().for_each(|a| appendix_spans(a, f));
    doc.diagnostics.iter_mut().filter_map(|d| d.span.as_mut()).for_each(f);
}

fn clause_spans(clause: &mut Clause, f: &mut impl FnMut(&mut Span)) {
    f(&mut clause.span);
    assignee_and_deadline_spans(&mut clause.assignees, &mut clause.deadline, f);
    clause.children.iter_mut().for_each(|c| clause_spans(c, f));
}

fn task_spans(task: &mut Task, f: &mut impl FnMut(&mut Span)) {
    f(&mut task.span);
    assignee_and_deadline_spans(&mut task.assignees, &mut task.deadline, f);
}

fn assignee_and_deadline_spans(assignees: &mut [Assignee], deadline: &mut Option<Deadline>, f: &mut impl FnMut(&mut Span)) {
    assignees.iter_mut().for_each(|a| f(&mut a.span));
    if let Some(d) = deadline {
        f(&mut d.span);
    }
}

fn appendix_spans(appendix: &mut Appendix, f: &mut impl FnMut(&mut Span)) {
    f(&mut appendix.span);
    for row in appendix.sections.iter_mut().flat_map(|s| s.rows.iter_mut()) {
        f(&mut row.span);
        if let Some(d) = &mut row.deadline {
            f(&mut d.span);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repaired(text: &str) -> String {
        repair(text).map_or_else(|| text.to_string(), |r| r.text)
    }

    #[test]
    fn letters_among_digits_are_digits() {
        assert_eq!(repaired("О8.О9.2О2З   № 2З1-о"), "08.09.2023   № 231-о");
        assert_eq!(repaired("не позднее 1О ноября 2О23 г."), "не позднее 10 ноября 2023 г.");
    }

    #[test]
    fn zeros_alone_and_words_stay() {
        for text in ["000 «Ромашка»", "0О0 «Ромашка»", "СЗО", "ООО «Вектор»", "КО2", "1-о", "МБ0У"] {
            assert!(repair(text).is_none(), "{text}");
        }
    }

    #[test]
    fn a_lone_ze_numbers_a_clause() {
        assert_eq!(repaired("2. Назначить.\nЗ. Заместителю директора:\nЗ.4. представить"), "2. Назначить.\n3. Заместителю директора:\n3.4. представить");
        assert_eq!(repaired("2.З. Обеспечить"), "2.3. Обеспечить");
        assert!(repair("З. А. Петрова").is_none());
        assert!(repair("Зайцева З.А.").is_none());
    }

    #[test]
    fn a_hard_sign_ending_a_word_is_the_soft_one() {
        assert_eq!(repaired("руководителям обеспечитъ исполнение"), "руководителям обеспечить исполнение");
        assert_eq!(repaired("доступности объ-\nектов"), "доступности объ-\nектов");
        assert_eq!(repaired("деятельностъ."), "деятельность.");
        for text in ["объявление", "подъезд", "съезд ", "ъ ", "Аъ "] {
            assert!(repair(text).is_none(), "{text}");
        }
    }

    #[test]
    fn latin_look_alikes_in_a_russian_word() {
        assert_eq!(repaired("ПPИKAЗЫВАЮ:\nCрок: до 1 июня"), "ПРИКАЗЫВАЮ:\nСрок: до 1 июня");
        assert_eq!(repaired("ПРИКА3ЫВАЮ:\nобра3ования"), "ПРИКАЗЫВАЮ:\nобразования");
        assert_eq!(repaired("г. Ка3ань"), "г. Казань");
        // A lone `r` for the `г` of a year or a town.
        assert_eq!(repaired("от 15 мая 2017 r.   № 184\n   r. Темников"), "от 15 мая 2017 г.   № 184\n   г. Темников");
        assert!(repair("see r. 5").is_none());
        for text in ["COVID-19", "IT-отдел", "e-mail", "СOVID", "ВПР3", "3класс", "КаЗ3Нь", "ГИА3х"] {
            assert!(repair(text).is_none(), "{text}");
        }
    }

    #[test]
    fn the_quick_test_lets_every_repair_through() {
        for text in ["О8.О9.2О2З", "ПPИKAЗЫВАЮ", "ПРИКА3ЫВАЮ", "обра3ования", "2017 r.", "Cрок", "З. Заместителю", "2.З. Обеспечить", "1О ноября", "обеспечитъ "] {
            assert!(may_hold_lookalikes(text.as_bytes()), "{text}");
        }
        assert!(!may_hold_lookalikes("Провести 1 июня 2023 года. N 5".as_bytes()));
    }

    proptest::proptest! {
        /// The quick test never turns away a text the full scan would repair.
        #[test]
        fn the_quick_test_is_never_stricter(text in "[ .)0-9ЗзОоCcPpAaEeKНнЫыърN\n-]{0,24}") {
            let bytes = text.as_bytes();
            let mut found = Vec::new();
            let mut i = 0;
            while i < bytes.len() {
                let (s, e) = token_around(&text, i);
                if let Some(r) = text.get(s..e).and_then(|t| repair_token(&text, s, e, t)) {
                    found.push(r);
                }
                i = e.max(i + 1);
                while !text.is_char_boundary(i) { i += 1; }
            }
            proptest::prop_assert!(found.is_empty() || may_hold_lookalikes(bytes), "{text:?}");
        }
    }

    #[test]
    fn texts_keep_the_words_as_written() {
        let doc = crate::parse("ПPИKAЗЫВАЮ:\n1. Сдать oтчет до 1О.О9.2О2З.\n");
        assert_eq!(doc.operative_formula.as_deref(), Some("ПPИKAЗЫВАЮ:"));
        let clause = doc.clauses.first();
        assert_eq!(clause.map(|c| c.text.as_str()), Some("Сдать oтчет до 1О.О9.2О2З."));
        let deadline = clause.and_then(|c| c.deadline.as_ref());
        assert_eq!(deadline.map(|d| d.text.as_str()), Some("до 1О.О9.2О2З"));
        assert_eq!(deadline.and_then(|d| d.end).map(|d| d.to_string()).as_deref(), Some("2023-09-10"));
    }

    #[test]
    fn a_word_written_both_ways_keeps_each_as_written() {
        let doc = crate::parse("ПРИКАЗЫВАЮ:\n1. Сдать oтчет.\n2. Проверить отчет.\n3. Направить руково-\nдителям отчет.\n4. Руковoдителям сдать отчет.\n");
        let texts: Vec<&str> = doc.clauses.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["Сдать oтчет.", "Проверить отчет.", "Направить руководителям отчет.", "Руковoдителям сдать отчет."]);
    }

    #[test]
    fn spans_map_back_onto_the_original() {
        let text = "ПPИKAЗЫВАЮ:\n1. Сдать отчет до 1О.О9.2О2З.\n";
        let Some(r) = repair(text) else { panic!("nothing repaired") };
        let doc = crate::parse(&r.text);
        let mut mapped = doc.clone();
        r.restore(&mut mapped, text);
        let clause = mapped.clauses.first().map(|c| c.span.range());
        assert_eq!(clause.and_then(|s| text.get(s)), Some("1. Сдать отчет до 1О.О9.2О2З."));
        assert!(mapped.diagnostics.iter().any(|d| d.code == Code::TextMixedScript));
        assert_eq!(mapped.diagnostics.iter().filter(|d| d.code == Code::TextOcrLetter).count(), 3);
    }
}
