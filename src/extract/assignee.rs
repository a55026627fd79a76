//! Assignees: who must act. Reads the lead of a clause — an assigning verb (`Рекомендовать`),
//! the addressees in the dative, the action verb — splits several addressees where a new one
//! starts, pulls out the persons named with them and builds their nominative names.
//!
//! Works on byte ranges of the source, so every assignee keeps its span.

use crate::block::scan::{find_persons, scan_person};
use crate::lexicon;
use crate::model::Assignee;
use crate::morph::{self, Number};
use crate::span::Span;
use crate::text::{clean, is_space};

/// A word of a phrase and where it stands.
#[derive(Debug, Clone, Copy)]
struct Word<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    /// Depth inside quotes and parentheses.
    depth: u32,
    /// Punctuation between the previous word and this one (`,`, `;`, or none).
    sep: Option<char>,
}

/// Splits `src[start..end]` into words with absolute offsets, tracking quote/bracket depth.
fn words(src: &str, start: usize, end: usize) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let Some(slice) = src.get(start..end) else { return out };
    let (mut depth, mut sep, mut in_ascii_quote) = (0u32, None, false);
    let mut word_start: Option<usize> = None;
    for (i, c) in slice.char_indices().chain(std::iter::once((slice.len(), ' '))) {
        let in_word = i < slice.len() && (c.is_alphanumeric() || matches!(c, '-' | '.' | '№' | '/'));
        if in_word {
            word_start.get_or_insert(i);
            continue;
        }
        if let Some(s) = word_start.take() {
            if let Some(text) = slice.get(s..i) {
                out.push(Word { text, start: start + s, end: start + i, depth, sep: sep.take() });
            }
        }
        match c {
            '«' | '(' | '“' | '„' => depth += 1,
            '»' | ')' | '”' => depth = depth.saturating_sub(1),
            '"' => {
                in_ascii_quote = !in_ascii_quote;
                depth = if in_ascii_quote { depth + 1 } else { depth.saturating_sub(1) };
            }
            ',' | ';' if depth == 0 => sep = Some(c),
            _ => {}
        }
    }
    out
}

/// The start of a clause: who is addressed, and how.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Lead {
    /// The clause opens with `Рекомендовать`.
    pub recommend: bool,
    /// The byte range of the addressee phrase, if any.
    pub phrase: Option<(usize, usize)>,
    /// The clause only names addressees, then `:` (`Отделу образования:`).
    pub addressee_only: bool,
}

/// Reads the lead of a clause whose first paragraph is `src[start..end]`.
pub(crate) fn read_lead(src: &str, start: usize, end: usize) -> Lead {
    let words = words(src, start, end);
    let mut lead = Lead::default();
    let Some(first) = words.first() else { return lead };
    let first_lower = lexicon::lower(first.text);
    let mut from = 0;
    if lexicon::is_assigning_verb(&first_lower) {
        lead.recommend = lexicon::is_recommend_verb(&first_lower);
        from = 1;
    }
    let Some(head) = words.get(from) else { return lead };
    let verb = words.iter().skip(from).position(|w| w.depth == 0 && is_action_verb(w.text)).map(|i| i + from);
    let colon = colon_end(src, start, end);
    match (verb, colon) {
        (None, Some(colon)) if colon > head.start => {
            lead.phrase = Some(trim_phrase(src, head.start, colon));
            lead.addressee_only = true;
        }
        (Some(v), _) if v > from && is_addressee_start(&words, from) => {
            let verb_start = words.get(v).map_or(end, |w| w.start);
            lead.phrase = Some(trim_phrase(src, head.start, verb_start));
        }
        _ => {}
    }
    lead
}

/// Whether a word is an infinitive that can carry the action (`обеспечить`, `провести`).
fn is_action_verb(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    w.chars().count() > 3 && (w.ends_with("ть") || w.ends_with("ти") || w.ends_with("чь") || w.ends_with("ться"))
        && morph::classify(w).infinitive
}

/// Whether the words at `i` start an addressee: a dative word, an abbreviation, a quoted name
/// or a person.
fn is_addressee_start(words: &[Word<'_>], i: usize) -> bool {
    let Some(w) = words.get(i) else { return false };
    if w.depth > 0 || is_abbreviation(w.text) {
        return true;
    }
    morph::classify(w.text.trim_end_matches('.')).dative.is_some()
}

/// `КГАУ`, `МБОУ`, `ГБУ`, `ОМВД`: two or more capitals.
fn is_abbreviation(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && word.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
}

/// Where the final `:` of the paragraph stands, if it ends with one.
fn colon_end(src: &str, start: usize, end: usize) -> Option<usize> {
    let slice = src.get(start..end)?;
    let trimmed = slice.trim_end_matches(|c: char| is_space(c) || c == '*');
    trimmed.ends_with(':').then(|| start + trimmed.len() - 1)
}

/// `src[start..end]` without surrounding whitespace and trailing commas.
fn trim_phrase(src: &str, start: usize, end: usize) -> (usize, usize) {
    let slice = src.get(start..end).unwrap_or("");
    let t = slice.trim_end_matches(|c: char| is_space(c) || matches!(c, ',' | ';' | ':' | '*'));
    (start, start + t.len())
}

/// Splits an addressee phrase where a new addressee starts: after `,`, `и` or `совместно с`,
/// when the next word is itself an addressee start (never before a participle:
/// `Органам …, осуществляющим управление …` stays one).
pub(crate) fn split(src: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let words = words(src, start, end);
    let mut cuts: Vec<(usize, usize)> = Vec::new(); // (end of previous, start of next)
    let mut i = 1;
    while let Some(w) = words.get(i) {
        if w.depth > 0 {
            i += 1;
            continue;
        }
        let lower = lexicon::lower(w.text);
        if lower == "совместно" && words.get(i + 1).is_some_and(|n| matches!(n.text, "с" | "со")) {
            if let Some(next) = words.get(i + 2) {
                cuts.push((w.start, next.start));
            }
            i += 3;
            continue;
        }
        if lower == "и" && w.sep.is_none() && starts_new_addressee(&words, i + 1) {
            if let Some(next) = words.get(i + 1) {
                cuts.push((w.start, next.start));
            }
            i += 2;
            continue;
        }
        if matches!(w.sep, Some(',' | ';')) && starts_new_addressee(&words, i) {
            let prev_end = words.get(i - 1).map_or(start, |p| p.end);
            cuts.push((comma_before(src, prev_end, w.start), w.start));
        }
        i += 1;
    }
    let mut segments = Vec::with_capacity(cuts.len() + 1);
    let mut seg_start = start;
    for (cut_end, next_start) in cuts {
        segments.push(trim_phrase(src, seg_start, cut_end));
        seg_start = next_start;
    }
    segments.push(trim_phrase(src, seg_start, end));
    segments.retain(|(a, b)| a < b);
    segments
}

/// The position of the separator between `from` and `to` (so the segment ends before it).
fn comma_before(src: &str, from: usize, to: usize) -> usize {
    src.get(from..to).and_then(|s| s.rfind([',', ';'])).map_or(to, |i| from + i)
}

/// Whether the word at `i` starts a new addressee: a dative noun or adjective that is not a
/// participle, an abbreviation, a quoted name or a person.
fn starts_new_addressee(words: &[Word<'_>], i: usize) -> bool {
    let Some(w) = words.get(i) else { return false };
    if is_abbreviation(w.text) {
        return true;
    }
    let class = morph::classify(w.text.trim_end_matches('.'));
    class.dative.is_some() && !class.participle
}

/// Builds the assignee written at `src[start..end]`: text without parenthesised persons, the
/// persons, the nominative name.
pub(crate) fn build(src: &str, start: usize, end: usize) -> Assignee {
    let raw = src.get(start..end).unwrap_or("");
    let mut persons = Vec::new();
    let mut kept = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(open) = rest.find('(') {
        let Some(close) = rest.get(open..).and_then(|r| r.find(')')).map(|c| c + open) else { break };
        let inner = rest.get(open + 1..close).unwrap_or("");
        let names = find_persons(inner);
        kept.push_str(rest.get(..open).unwrap_or(""));
        if names.is_empty() {
            kept.push_str(rest.get(open..=close).unwrap_or(""));
        } else {
            persons.extend(names.iter().filter_map(|&(a, b)| inner.get(a..b)).map(clean));
        }
        rest = rest.get(close + 1..).unwrap_or("");
    }
    kept.push_str(rest);
    let text = clean(&kept);
    let text = text.trim_end_matches([',', ';', ':', ' ']).to_string();
    let own: Vec<String> = find_persons(&text).iter().filter_map(|&(a, b)| text.get(a..b)).map(str::to_string).collect();
    let mut all = own;
    all.extend(persons);
    let name = nominative_name(&text);
    Assignee { text, name, persons: all, span: Span::from_range(start..end) }
}

/// Assignees named on an `Ответственный: …` line: split on commas and semicolons.
pub(crate) fn from_responsible_line(src: &str, start: usize, end: usize) -> Vec<Assignee> {
    let mut out = Vec::new();
    let slice = src.get(start..end).unwrap_or("");
    let mut offset = start;
    for part in slice.split([',', ';']) {
        let (a, b) = crate::text::trim_range(src, offset, offset + part.len());
        let b = a + src.get(a..b).unwrap_or("").trim_end_matches('.').len().max(usize::from(b > a));
        if a < b {
            let mut assignee = build(src, a, b.min(end));
            if assignee.persons.is_empty() && scan_person(&assignee.text).is_some() {
                assignee.persons.push(assignee.text.clone());
            }
            out.push(assignee);
        }
        offset += part.len() + 1;
    }
    out
}

/// The addressee in the nominative: the head phrase (the leading dative words) inflected, a
/// participle in the dative after a comma inflected to agree, dative surnames of persons
/// inflected; genitive tails, quoted names and abbreviations left as written.
pub(crate) fn nominative_name(text: &str) -> String {
    let words = words(text, 0, text.len());
    let mut replacements: Vec<(usize, usize, String)> = Vec::new();
    let mut head_number: Option<Number> = None;
    let mut in_head = true;
    for (i, w) in words.iter().enumerate() {
        if w.depth > 0 || is_abbreviation(w.text) {
            in_head = false;
            continue;
        }
        let class = morph::classify(w.text);
        let after_comma = w.sep == Some(',');
        let is_person_surname = is_surname_of_person(text, &words, i);
        if in_head {
            match class.dative {
                Some(d) if !w.text.chars().all(|c| c.is_ascii_digit()) => {
                    let want = if d.noun { None } else { head_number.or(d.number) };
                    if let Some(nom) = morph::nominative(w.text, want) {
                        replacements.push((w.start, w.end, nom));
                    }
                    if d.noun {
                        head_number = head_number.or(d.number);
                        in_head = false;
                    }
                    continue;
                }
                _ => in_head = false,
            }
        }
        if (after_comma && class.participle) || is_person_surname {
            if let Some(nom) = morph::nominative(w.text, if is_person_surname { None } else { head_number }) {
                replacements.push((w.start, w.end, nom));
            }
        }
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (a, b, rep) in replacements {
        out.push_str(text.get(last..a).unwrap_or(""));
        out.push_str(&rep);
        last = b;
    }
    out.push_str(text.get(last..).unwrap_or(""));
    capitalise(&out)
}

/// Whether word `i` is the surname of a person written with initials (`Петровой А.А.`,
/// `А.А. Петровой`).
fn is_surname_of_person(text: &str, words: &[Word<'_>], i: usize) -> bool {
    let Some(w) = words.get(i) else { return false };
    if !w.text.starts_with(crate::block::scan::is_upper) || w.text.contains('.') {
        return false;
    }
    let from_here = text.get(w.start..).and_then(scan_person).is_some();
    let before = words.get(i.wrapping_sub(1)).filter(|p| p.text.ends_with('.') && p.text.chars().count() <= 4);
    let with_initials_before = before.is_some_and(|p| text.get(p.start..).and_then(scan_person).is_some());
    from_here || with_initials_before
}

/// The first letter in upper case.
fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lead_of(s: &str) -> (bool, Option<&str>, bool) {
        let l = read_lead(s, 0, s.len());
        (l.recommend, l.phrase.and_then(|(a, b)| s.get(a..b)), l.addressee_only)
    }

    fn split_texts(s: &str) -> Vec<&str> {
        split(s, 0, s.len()).into_iter().filter_map(|(a, b)| s.get(a..b)).collect()
    }

    #[test]
    fn leads() {
        assert_eq!(lead_of("Министерству образования Камчатского края:"), (false, Some("Министерству образования Камчатского края"), true));
        assert_eq!(
            lead_of("КГАУ ДПО «Камчатский институт развития образования» провести оценку"),
            (false, Some("КГАУ ДПО «Камчатский институт развития образования»"), false)
        );
        assert_eq!(lead_of("Рекомендовать руководителям ОО:"), (true, Some("руководителям ОО"), true));
        assert_eq!(lead_of("Утвердить План мероприятий."), (false, None, false));
        assert_eq!(lead_of("Информацию начальника отдела принять к сведению."), (false, None, false));
    }

    #[test]
    fn splits_on_new_addressees_only() {
        assert_eq!(
            split_texts("Органам местного самоуправления, осуществляющим управление в сфере образования"),
            ["Органам местного самоуправления, осуществляющим управление в сфере образования"]
        );
        assert_eq!(split_texts("Отделу образования и руководителям организаций"), ["Отделу образования", "руководителям организаций"]);
        assert_eq!(
            split_texts("Министерству образования совместно с КГАУ «Центр информатизации и оценки»"),
            ["Министерству образования", "КГАУ «Центр информатизации и оценки»"]
        );
        assert_eq!(
            split_texts("Отделу общего образования (Кунцевич Е.В.), информационно-методическому отделу (Иванова В.В.)"),
            ["Отделу общего образования (Кунцевич Е.В.)", "информационно-методическому отделу (Иванова В.В.)"]
        );
        assert_eq!(split_texts("Отделу образования, культуры и спорта"), ["Отделу образования, культуры и спорта"]);
    }

    #[test]
    fn builds_names_and_persons() {
        let s = "Отделу общего образования (Кунцевич Е.В.)";
        let a = build(s, 0, s.len());
        assert_eq!((a.text.as_str(), a.name.as_str()), ("Отделу общего образования", "Отдел общего образования"));
        assert_eq!(a.persons, ["Кунцевич Е.В."]);
        assert_eq!(
            nominative_name("Органам местного самоуправления, осуществляющим управление в сфере образования"),
            "Органы местного самоуправления, осуществляющие управление в сфере образования"
        );
        assert_eq!(nominative_name("руководителям органов, осуществляющих управление"), "Руководители органов, осуществляющих управление");
        assert_eq!(nominative_name("Общеобразовательным организациям в Камчатском крае"), "Общеобразовательные организации в Камчатском крае");
        assert_eq!(nominative_name("КГАУ ДПО «Камчатский институт»"), "КГАУ ДПО «Камчатский институт»");
    }
}
