//! Zeros a scan's recognition put where the letter `О` belongs: `000 «СтройКомфорт»` for
//! `ООО`, `МБ0У` and `С0Ш` inside a word in capitals, `0мской` at a word's start, a heading's
//! `0 состоянии …`. The text keeps them as written; each is reported (`text.ocr_digit`), and
//! names read from them (an addressee's) have the letters back.

use crate::text::is_space;

/// The byte ranges of the zeros in `text` that stand for the letter `О`.
pub(crate) fn letter_zeros(text: &str) -> Vec<(usize, usize)> {
    memchr::memchr_iter(b'0', text.as_bytes()).filter_map(|at| token_at(text, at)).fold(Vec::new(), |mut found, token| {
        if found.last() != Some(&token) {
            found.push(token);
        }
        found
    })
}

/// The token of letters and digits around the zero at byte `at`, if its zeros stand for `О`.
fn token_at(text: &str, at: usize) -> Option<(usize, usize)> {
    let start = text.get(..at)?.char_indices().rev().take_while(|&(_, c)| crate::text::is_alnum(c)).last().map_or(at, |(i, _)| i);
    let end = at + text.get(at..)?.find(|c: char| !crate::text::is_alnum(c)).unwrap_or(text.len() - at);
    let token = text.get(start..end)?;
    let after = text.get(end..)?;
    let zeros_only = token.bytes().all(|b| b == b'0');
    let reads = if zeros_only { stands_for_o(token, after, text.get(..start)?) } else { in_cyrillic_word(token) };
    reads.then_some((start, end))
}

/// `000 «…»`, `000 "…"` (a company's form before its quoted name), or a lone `0` opening a
/// heading before a word in lower case (`0 состоянии`, `1. 0 мерах`).
fn stands_for_o(token: &str, after: &str, before: &str) -> bool {
    let next = after.trim_start_matches(is_space);
    let spaced = after.len() > next.len();
    match token.len() {
        3 => spaced && next.starts_with(['«', '"', '“']),
        2 => after_plural_noun(before) && !next.starts_with(|c: char| c.is_ascii_digit() || c == '%') && !next.starts_with("мин") && !next.starts_with("коп"),
        1 => spaced && opens_heading(before) && next.starts_with(|c: char| ('а'..='я').contains(&c) || c == 'ё'),
        _ => false,
    }
}

/// `Руководителям 00:`, `директоров 00`: a noun in the plural (dative, genitive, prepositional or
/// instrumental, by its ending) right before, as the organisations (`ОО`) follow those who head
/// them.
fn after_plural_noun(before: &str) -> bool {
    let trimmed = before.trim_end_matches(is_space);
    let spaced = trimmed.len() < before.len();
    let word = trimmed.rsplit(|c: char| !crate::text::is_letter(c)).next().unwrap_or("");
    let lower = crate::lexicon::lower(word);
    // `10 часов 00 минут`, `250 рублей 00 копеек`: the minutes of an hour, the kopecks of a sum.
    let measure = lower.starts_with("час") || lower.starts_with("руб");
    spaced && !measure && word.chars().count() >= 5 && ["ям", "ам", "ей", "ов", "ях", "ах", "ями", "ами"].iter().any(|e| lower.ends_with(e))
}

/// Whether only a clause number, a bullet or nothing stands before on the line.
fn opens_heading(before: &str) -> bool {
    let line = before.rsplit('\n').next().unwrap_or("");
    line.chars().all(|c| is_space(c) || c.is_ascii_digit() || matches!(c, '.' | ')' | '-' | '*'))
}

/// `МБ0У`, `С0Ш`, `0мской`: a word of Cyrillic letters with zeros among them and no other digit.
fn in_cyrillic_word(token: &str) -> bool {
    let cyrillic = |c: char| ('А'..='я').contains(&c) || matches!(c, 'Ё' | 'ё');
    token.chars().any(cyrillic) && token.chars().all(|c| c == '0' || cyrillic(c))
}

/// Tokens of zeros (with the letter `О` or a Latin `O` among them) in a name that holds no
/// number, a plan's responsible cell (`000`, `0О0`): their byte ranges.
pub(crate) fn zero_tokens(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if !text.contains('0') {
        return out;
    }
    let mut start = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (crate::text::is_alnum(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                if let Some(tok) = text.get(s..i) {
                    let zeros = tok.chars().filter(|&c| c == '0').count();
                    let only_o = tok.chars().all(|c| matches!(c, '0' | 'О' | 'O'));
                    if zeros > 0 && only_o && tok.chars().count() >= 2 {
                        out.push((s, i));
                    }
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// `text` with each zero [`letter_zeros`] finds read as the letter `О`.
pub(crate) fn with_letters(text: &str) -> String {
    letters_in(text, &letter_zeros(text))
}

/// A responsible cell's name with its [`zero_tokens`] read as `ООО`.
pub(crate) fn name_with_letters(name: &str) -> String {
    letters_in(name, &zero_tokens(name))
}

/// `text` with the zeros (and Latin `O`) inside `ranges` made the letter `О`.
fn letters_in(text: &str, ranges: &[(usize, usize)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for &(s, e) in ranges {
        out.push_str(text.get(last..s).unwrap_or(""));
        out.extend(text.get(s..e).unwrap_or("").chars().map(|c| if matches!(c, '0' | 'O') { 'О' } else { c }));
        last = e;
    }
    out.push_str(text.get(last..).unwrap_or(""));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        letter_zeros(text).into_iter().filter_map(|(s, e)| text.get(s..e)).collect()
    }

    #[test]
    fn zeros_among_letters_and_before_a_quoted_name() {
        assert_eq!(found("застройщика 000 «СтройКомфорт» и МБ0У С0Ш № 12 в 0мской области"), ["000", "МБ0У", "С0Ш", "0мской"]);
        assert_eq!(found("1. 0 состоянии преступности\n0 мерах"), ["0", "0"]);
        assert_eq!(with_letters("Рекомендовать 000 «УК «Жилсервис»"), "Рекомендовать ООО «УК «Жилсервис»");
        assert_eq!(name_with_letters("0О0 «Альфа», ИМО"), "ООО «Альфа», ИМО");
        // The organisations after those who head them; not a time or an amount.
        assert_eq!(found("Руководителям 00:\nдиректоров 00 района в 10.00, на 100 %"), ["00", "00"]);
        assert_eq!(found("занятия в 8 ч. 00 мин., в 10 часов 00 минут, 250 рублей 00 копеек, итого 00 рублей"), Vec::<&str>::new());
    }

    #[test]
    fn numbers_stay_numbers() {
        assert!(found("от 10.02.2020г. № 100, 000 рублей, в 2020году, 0 случаев, 10 000 человек, COVID-2019").is_empty());
    }
}
