//! Calendar dates as documents write them: `31 марта 2021 г.`, `«31» марта 2021 года`, `1-го
//! ноября`, `31.03.2021`, `31.03.21`, `31/03/2021`, and month names alone.
//!
//! The parsers work on lower-cased text (see [`lower_same_len`]), whose byte offsets equal the
//! original's, so a consumed length maps straight back onto the source.

use crate::date::{Date, YEARS};
use crate::lexicon;
use crate::text::is_space;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while, take_while1, take_while_m_n};
use nom::character::complete::{char, one_of, satisfy};
use nom::combinator::{opt, recognize};
use nom::{IResult, Parser};

/// A date as written: the day may be missing (`март 2021`), the year too (`31 марта`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DateLit {
    /// Day of the month, if written.
    pub day: Option<u32>,
    /// Month, 1–12.
    pub month: u32,
    /// Year, if written.
    pub year: Option<i32>,
}

impl DateLit {
    /// The calendar date, when day and year are both written.
    pub fn to_date(self) -> Option<Date> {
        Date::new(self.year?, self.month, self.day?)
    }
}

/// `s` lower-cased char by char, keeping every char's UTF-8 length (so offsets are preserved);
/// `ё` becomes `е`.
pub(crate) fn lower_same_len(s: &str) -> std::borrow::Cow<'_, str> {
    crate::text::lower(s, true)
}

/// Whitespace, in the scanners' sense.
pub(crate) fn ws0(i: &str) -> IResult<&str, &str> {
    take_while(is_space)(i)
}

/// At least one whitespace char.
pub(crate) fn ws1(i: &str) -> IResult<&str, &str> {
    take_while1(is_space)(i)
}

/// The words of `words` (lower case, one space apart) with any run of whitespace between them,
/// so that a phrase wrapped onto the next line (`в срок` / `до 1 июня`) reads as written on one.
pub(crate) fn phrase<'a>(words: &'static str) -> impl Fn(&'a str) -> IResult<&'a str, &'a str> {
    move |i: &'a str| {
        // Written with single spaces, as nearly always: the phrase whole.
        if let Some(rest) = i.strip_prefix(words) {
            return Ok((rest, i.get(..words.len()).unwrap_or("")));
        }
        let mut rest = i;
        for (k, word) in words.split(' ').enumerate() {
            if k > 0 {
                rest = ws1(rest)?.0;
            }
            rest = tag(word).parse(rest)?.0;
        }
        Ok((rest, i.get(..i.len() - rest.len()).unwrap_or("")))
    }
}

/// Any dash: hyphen (and the non-breaking one sites typeset, `10‑дневный`), en dash, em dash,
/// minus; also `--` and `---`, as Markdown writers type an en and an em dash, and `\-`, a hyphen
/// Markdown escapes.
pub(crate) fn dash(i: &str) -> IResult<&str, char> {
    // `\-`: Markdown's escaped hyphen.
    let i = i.strip_prefix('\\').filter(|r| r.starts_with('-')).unwrap_or(i);
    let (rest, c) = one_of("-–—‒−\u{2010}\u{2011}")(i)?;
    let rest = if c == '-' { rest.trim_start_matches('-') } else { rest };
    Ok((rest, c))
}

/// A four-digit year in the plausible range, or a two-digit one (`21` → 2021).
///
/// ```text
/// year = digit{4} | digit{2}
/// ```
pub(crate) fn year(i: &str) -> IResult<&str, i32> {
    let (rest, digits) = take_while_m_n(2, 4, |c: char| c.is_ascii_digit())(i)?;
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return fail(i);
    }
    let n: i32 = digits.parse().unwrap_or(0);
    let y = match digits.len() {
        4 if YEARS.contains(&n) => n,
        2 => two_digit_year(n),
        _ => return fail(i),
    };
    Ok((rest, y))
}

/// The year a two-digit year names: `15.04.87 г.` is 1987, `01.03.21` 2021. Archives hold
/// typewritten acts of the last century and clerks of this one write the short form alike; the
/// pivot is the middle of the century.
pub(crate) fn two_digit_year(n: i32) -> i32 {
    if n < TWO_DIGIT_PIVOT { 2000 + n } else { 1900 + n }
}

/// Two-digit years below this are read in this century, the rest in the last.
const TWO_DIGIT_PIVOT: i32 = 50;

/// A four-digit year only.
pub(crate) fn year4(i: &str) -> IResult<&str, i32> {
    let (rest, digits) = take_while_m_n(4, 4, |c: char| c.is_ascii_digit())(i)?;
    let n: i32 = digits.parse().unwrap_or(0);
    if rest.starts_with(|c: char| c.is_ascii_digit()) || !YEARS.contains(&n) {
        return fail(i);
    }
    Ok((rest, n))
}

/// The word after a year: `года`, `год`, `году`, `г.`, `г`, `гг.`.
///
/// ```text
/// year_word = "года" | "году" | "год" | "гг." | "г." | "г"
/// ```
pub(crate) fn year_word(i: &str) -> IResult<&str, &str> {
    let (rest, w) = alt((tag("года"), tag("году"), tag("год"), tag("гг."), tag("гг"), tag("г."), tag("г")))
        .parse(i)?;
    if rest.starts_with(|c: char| crate::text::is_letter(c)) {
        return fail(i);
    }
    Ok((rest, w))
}

/// A year with its optional word: `2021 г.`, `2021 года`, `2021г`.
pub(crate) fn year_phrase(i: &str) -> IResult<&str, i32> {
    let (rest, y) = year4(i)?;
    let (rest, _) = opt((ws0, year_word)).parse(rest)?;
    Ok((rest, y))
}

/// Day of the month: 1–2 digits, optionally in quotes (`«31»`, `« 31 »`) or with an ending
/// (`1-го`).
///
/// ```text
/// day = ["«" | "\""] ws* digit{1,2} [ws* ("»" | "\"")] ["-го" | "-е" | "-ое"]
/// ```
fn day(i: &str) -> IResult<&str, u32> {
    let (rest, quoted) = opt(one_of("«\"“")).parse(i)?;
    let rest = if quoted.is_some() { ws0(rest)?.0 } else { rest };
    let (rest, digits) = take_while_m_n(1, 2, |c: char| c.is_ascii_digit())(rest)?;
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return fail(i);
    }
    let rest = if quoted.is_some() { opt((ws0, one_of("»\"”"))).parse(rest)?.0 } else { opt(one_of("»\"”")).parse(rest)?.0 };
    let (rest, _) = opt((char('-'), alt((tag("го"), tag("ое"), tag("е"))))).parse(rest)?;
    let d: u32 = digits.parse().unwrap_or(0);
    if !(1..=31).contains(&d) {
        return fail(i);
    }
    Ok((rest, d))
}

/// A month name in any case or abbreviated (`марта`, `сентябрь`, `сент.`).
///
/// ```text
/// month_name = letter+ ["."]        ; one of lexicon::month
/// ```
pub(crate) fn month_name(i: &str) -> IResult<&str, u32> {
    let (rest, word) = take_while1(|c: char| crate::text::is_letter(c))(i)?;
    let m = lexicon::month(word).map_or_else(|| fail(i), |m| Ok((rest, m)))?.1;
    let (rest, _) = opt(char('.')).parse(rest)?;
    Ok((rest, m))
}

/// A date in words: `31 марта 2021 г.`, `«31» марта 2021 года`, `1-го ноября`, `01 ноября`.
///
/// ```text
/// word_date = day ws+ month_name [ws+ year [ws* year_word]]
/// ```
pub(crate) fn word_date(i: &str) -> IResult<&str, DateLit> {
    let (rest, d) = day(i)?;
    let (rest, _) = ws1(rest)?;
    let (rest, m) = month_name(rest)?;
    let (rest, y) = opt((ws1, year_phrase)).parse(rest)?;
    let year = y.map(|(_, y)| y);
    check_day(i, rest, DateLit { day: Some(d), month: m, year })
}

/// A date in digits: `31.03.2021`, `31.03.21`, `31/03/2021`, `31-03-2021`, optionally followed by
/// a year word (`03.11.2020 г.`).
///
/// ```text
/// numeric_date = digit{1,2} sep digit{1,2} sep year [ws* year_word]   ; the same sep twice
/// sep          = "." | "/" | "-"                                       ; "-" only with year4
/// ```
pub(crate) fn numeric_date(i: &str) -> IResult<&str, DateLit> {
    let num2 = || take_while_m_n(1, 2, |c: char| c.is_ascii_digit());
    let (rest, d) = num2().parse(i)?;
    let (rest, sep) = one_of("./-")(rest)?;
    let (rest, m) = num2().parse(rest)?;
    let (rest, _) = char(sep)(rest)?;
    let (rest, y) = if sep == '-' { year4(rest)? } else { year(rest)? };
    let (rest, _) = opt((ws0, year_word)).parse(rest)?;
    let (d, m): (u32, u32) = (d.parse().unwrap_or(0), m.parse().unwrap_or(0));
    check_day(i, rest, DateLit { day: Some(d), month: m, year: Some(y) })
}

/// A day date in any of its forms.
pub(crate) fn day_date(i: &str) -> IResult<&str, DateLit> {
    alt((numeric_date, word_date, day_month_date)).parse(i)
}

/// `30.04`, `02.06`: a day and a month in two figures each and no year, as plans set the terms
/// of their own year; not a decimal amount (`12.05 млн`, `10.25 %`).
///
/// ```text
/// day_month_date = day_month_figures(2) !("," digit) !(ws* unit)
/// ```
fn day_month_date(i: &str) -> IResult<&str, DateLit> {
    let (rest, (day, month)) = day_month_figures(i, 2)?;
    let decimal = rest.strip_prefix(',').is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    let after = rest.trim_start_matches(is_space);
    let unit = ["%", "тыс", "млн", "млрд", "руб", "процент", "кв", "га", "км", "кг", "м2", "м³", "балл"].iter().any(|u| after.starts_with(u));
    if decimal || unit {
        return fail(i);
    }
    check_day(i, rest, DateLit { day: Some(day), month, year: None })
}

/// A day and a month in figures of `min_digits` to two each (`29.04`, `1.5`), no year after them.
///
/// ```text
/// day_month_figures = digit{min_digits,2} "." digit{min_digits,2} !("." digit | digit)
/// ```
pub(crate) fn day_month_figures(i: &str, min_digits: usize) -> IResult<&str, (u32, u32)> {
    let figures = || take_while_m_n(min_digits, 2, |c: char| c.is_ascii_digit());
    let (rest, (d, _, m)) = (figures(), char('.'), figures()).parse(i)?;
    let (day, month): (u32, u32) = (d.parse().unwrap_or(0), m.parse().unwrap_or(0));
    let year_follows = rest.strip_prefix('.').is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    if year_follows || rest.starts_with(|c: char| c.is_ascii_digit()) || !(1..=31).contains(&day) || !(1..=12).contains(&month) {
        return fail(i);
    }
    Ok((rest, (day, month)))
}

/// Checks the day exists in its month (in its year, or in a leap year when no year is given).
fn check_day<'a>(i: &'a str, rest: &'a str, lit: DateLit) -> IResult<&'a str, DateLit> {
    let ok = match (lit.day, lit.year) {
        (Some(d), Some(y)) => Date::new(y, lit.month, d).is_some(),
        (Some(d), None) => Date::new(2000, lit.month, d).is_some(),
        (None, _) => (1..=12).contains(&lit.month),
    };
    if ok {
        Ok((rest, lit))
    } else {
        fail(i)
    }
}

/// A document date line: `от 26.11.2020`, `20 октября 2020 года`, `от «07» октября 2020 г.`,
/// and the time a document system stamps after it (`02.03.2021 14:20`).
///
/// ```text
/// document_date = ["от" ws+] day_date [ws+ clock_time]       ; with the year written
/// ```
pub(crate) fn document_date(i: &str) -> IResult<&str, Date> {
    let (rest, _) = opt((tag("от"), ws1)).parse(i)?;
    let (rest, lit) = day_date(rest)?;
    let (rest, _) = opt((ws1, clock_time)).parse(rest)?;
    match lit.to_date() {
        Some(d) => Ok((rest, d)),
        None => fail(i),
    }
}

/// A time of day: `14:20`, `9:05`, `14:20:31`.
///
/// ```text
/// clock_time = digit{1,2} ":" digit{2} [":" digit{2}]
/// ```
fn clock_time(i: &str) -> IResult<&str, &str> {
    let two_digits = || take_while_m_n(2, 2, |c: char| c.is_ascii_digit());
    recognize((take_while_m_n(1, 2, |c: char| c.is_ascii_digit()), char(':'), two_digits(), opt((char(':'), two_digits())))).parse(i)
}

/// A registration number: `№ 291`, `№291`, `N 15-р`, `№ 01-07/123`, `No 45` (how a typewriter
/// or a scan writes `№`).
///
/// ```text
/// number = ("№" | "no" &(ws | digit) | "n") ws* (letter | digit | "-" | "/" | ".")+
/// ```
pub(crate) fn reg_number<'a>(i: &'a str) -> IResult<&'a str, &'a str> {
    let no = |i: &'a str| -> IResult<&'a str, &'a str> {
        let (rest, _) = tag("no").parse(i)?;
        if rest.starts_with(|c: char| is_space(c) || c.is_ascii_digit()) { Ok((rest, "no")) } else { fail(i) }
    };
    // A scan reads `№` as `N°`, `Nº` or `Nо` (a Cyrillic `о`).
    let ocr_sign = |i: &'a str| -> IResult<&'a str, &'a str> {
        let (rest, sign) = recognize((tag("n"), ws0, alt((tag("°"), tag("º"), tag("о"))))).parse(i)?;
        if rest.starts_with(|c: char| is_space(c) || c.is_ascii_digit()) { Ok((rest, sign)) } else { fail(i) }
    };
    let (rest, _) = alt((tag("№"), no, ocr_sign, tag("n"))).parse(i)?;
    let (rest, _) = ws0(rest)?;
    let (rest, n) = recognize((
        satisfy(|c| c.is_alphanumeric()),
        take_while(|c: char| c.is_alphanumeric() || matches!(c, '-' | '/' | '.' | '_')),
    ))
    .parse(rest)?;
    let n = n.trim_end_matches('.');
    if !n.chars().any(|c| c.is_ascii_digit()) {
        return fail(i);
    }
    Ok((rest, n))
}

/// A recoverable parse error at `i`.
pub(crate) fn fail<T>(i: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Option<(String, usize)> {
        let lower = lower_same_len(s);
        let (rest, lit) = day_date(&lower).ok()?;
        let shown = format!("{:?}.{}.{:?}", lit.day, lit.month, lit.year);
        Some((shown, lower.len() - rest.len()))
    }

    #[test]
    fn day_dates() {
        assert_eq!(parse("31 марта 2021 г."), Some(("Some(31).3.Some(2021)".into(), "31 марта 2021 г.".len())));
        assert_eq!(parse("«31» марта 2021 года").map(|p| p.0), Some("Some(31).3.Some(2021)".into()));
        assert_eq!(parse("« 15 » апреля 2022 г.").map(|p| p.0), Some("Some(15).4.Some(2022)".into()));
        assert_eq!(parse("1-го ноября").map(|p| p.0), Some("Some(1).11.None".into()));
        assert_eq!(parse("31.03.21").map(|p| p.0), Some("Some(31).3.Some(2021)".into()));
        assert_eq!(parse("31/03/2021").map(|p| p.0), Some("Some(31).3.Some(2021)".into()));
        assert_eq!(parse("03.11.2020 г.").map(|p| p.1), Some("03.11.2020 г.".len()));
        assert_eq!(parse("31.02.2021"), None);
        assert_eq!(parse("2.1.1"), None);
        assert_eq!(parse("100 марок"), None);
    }

    #[test]
    fn two_digit_years_in_either_century() {
        assert_eq!(year("87 г.").ok().map(|r| r.1), Some(1987));
        assert_eq!(year("21").ok().map(|r| r.1), Some(2021));
        assert_eq!(year("49").ok().map(|r| r.1), Some(2049));
        assert_eq!(year("50").ok().map(|r| r.1), Some(1950));
    }

    #[test]
    fn numbers_and_document_dates() {
        assert_eq!(reg_number("no 45 от").ok().map(|r| r.1), Some("45"));
        assert!(reg_number("none").is_err());
        for scanned in ["n° 315-р", "n°315-р", "n º 315-р", "nо 315-р"] {
            assert_eq!(reg_number(scanned).ok().map(|r| r.1), Some("315-р"), "{scanned}");
        }
        let l = lower_same_len("№ 15-р от");
        assert_eq!(reg_number(&l).ok().map(|r| r.1), Some("15-р"));
        let l = lower_same_len("от 07 октября 2020 года");
        assert_eq!(document_date(&l).ok().map(|r| r.1.to_string()), Some("2020-10-07".into()));
        let l = lower_same_len("02.03.2021 14:20 № 215");
        assert_eq!(document_date(&l).ok().map(|r| (r.1.to_string(), r.0)), Some(("2021-03-02".into(), " № 215")));
    }
}
