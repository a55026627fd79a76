//! Terms inside a clause's text: one that closes the clause (`… разместить на сайте до 01
//! ноября 2020 года.`) or one in parentheses (`(срок – до 1 ноября)`).

use super::{by_term, is_continuous_only, recurring_phrase, relative, PeriodLit, Point, Term};
use crate::extract::date::lower_same_len;
use crate::text::is_space;

/// Finds a term that closes a clause's text (`… разместить на сайте до 01 ноября 2020 года.`) or
/// stands in parentheses (`(срок – до 1 ноября)`): its byte range in `text`.
///
/// Of the last 64 words, the first that opens a closing term running to the end of the text wins,
/// so `в срок до 1 июня` is taken whole rather than from `до`.
pub(crate) fn find_inline(text: &str) -> Option<(usize, usize)> {
    let lower = lower_same_len(text);
    if let Some(found) = find_parenthesised(&lower) {
        return Some(found);
    }
    let body_end = closing_end(&lower);
    let body = lower.get(..body_end)?;
    let starts = word_starts(body);
    let last = starts.get(starts.len().saturating_sub(64)..)?;
    let start = last.iter().copied().find(|&start| {
        let (Some(before), Some(tail)) = (body.get(..start), body.get(start..)) else { return false };
        closing_term(tail, before)
    })?;
    Some((start, body_end))
}

/// Where the clause's words end: before closing punctuation, but after the dot of `г.`.
fn closing_end(lower: &str) -> usize {
    let end = lower.trim_end_matches(|c: char| is_space(c) || matches!(c, '.' | ';' | ',')).len();
    let body = lower.get(..end).unwrap_or("");
    let abbreviated = body.rsplit(|c: char| !crate::text::is_letter(c)).next().is_some_and(|w| matches!(w, "г" | "гг"));
    if abbreviated && lower.get(end..).is_some_and(|r| r.starts_with('.')) {
        end + 1
    } else {
        end
    }
}

/// Byte offsets where words start.
fn word_starts(body: &str) -> Vec<usize> {
    let mut prev_space = true;
    let mut out = Vec::new();
    for (i, c) in body.char_indices() {
        if prev_space && !is_space(c) {
            out.push(i);
        }
        prev_space = is_space(c);
    }
    out
}

/// Whether `tail` is wholly a term that may close a clause; `before` is the clause text up to it.
///
/// ```text
/// closing_term = by_term | recurring_phrase | relative | continuous     ; to the end of the text
/// ```
///
/// Periods (`с 1 по 10 апреля`, `в течение учебного года`) say when an activity happens, and are
/// not taken.
fn closing_term(tail: &str, before: &str) -> bool {
    let whole = |rest: &str| rest.trim_matches(is_space).is_empty();
    if let Ok((rest, term)) = by_term(tail) {
        if whole(rest) && is_inline_point(&term, tail) && !opens_period(before) {
            return true;
        }
    }
    recurring_phrase(tail).is_ok_and(|(rest, _)| whole(rest))
        || relative(tail).is_ok_and(|(rest, _)| whole(rest))
        || is_continuous_only(tail)
}

/// Whether the text ends inside `с 1 …`, so that a following `до 10 апреля` closes a period.
fn opens_period(before: &str) -> bool {
    let words: Vec<&str> = before.split(is_space).filter(|w| !w.is_empty()).collect();
    let recent = words.get(words.len().saturating_sub(3)..).unwrap_or(&[]);
    recent.windows(2).any(|pair| {
        matches!(pair, [w, next] if matches!(*w, "с" | "со") && next.starts_with(|c: char| c.is_ascii_digit() || c == '«'))
    })
}

/// Which `by` terms count when they close a clause: a day (with its year after `к`), the end of
/// a period, or a written month and year — never after `по`, which closes activity periods.
fn is_inline_point(term: &Term, tail: &str) -> bool {
    if tail.starts_with("по") {
        return false;
    }
    match term {
        Term::By(Point::Day(d)) => d.year.is_some() || !tail.starts_with('к'),
        Term::By(Point::EndOf(_)) => true,
        Term::By(Point::Before(PeriodLit::Month(_, Some(_)))) => true,
        _ => false,
    }
}

/// `(срок – до 1 ноября)`, `(срок исполнения: до 1.12.2020)`: the term inside.
fn find_parenthesised(lower: &str) -> Option<(usize, usize)> {
    let open = lower.find("(срок")?;
    let close = open + lower.get(open..)?.find(')')?;
    let inner = lower.get(open + 1..close)?;
    let value = crate::block::scan::scan_labelled(inner, crate::lexicon::is_deadline_label, true)
        .or_else(|| inner.strip_prefix("срок").map(|r| inner.len() - r.trim_start_matches(is_space).len()))?;
    let start = open + 1 + value;
    (start < close).then_some((start, close))
}
