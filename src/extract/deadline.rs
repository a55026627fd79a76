//! Deadlines: one nom grammar for the ways these documents state a term, resolved to ISO
//! intervals with the year rules of the contract.
//!
//! Parsing is two steps. [`parse_term`] reads the text (lower-cased, offsets preserved) into a
//! [`Term`] — what is written, years possibly missing. [`resolve()`] places the term on the
//! calendar with a [`YearContext`]: the year of the section heading, the academic year the
//! document plans, the document date, in that order.
//!
//! ```text
//! term              = recurring | continuous | relative | by_term | between | during
//!                   | period_list | event                ; a period_list of one day_date is `on`
//! recurring         = <"ежегодн" | "ежеквартальн" | "ежемесячн" | "раз в" | "по пятницам" …>
//!                   | day_of_month_term
//! day_of_month_term = ["в срок" ws+] ("до" | "не позднее" | "к") ws+ digit{1,2} ["-го"] ws+ "числа"
//!                     ([ws* ","] ws+ month_word)* (any but "," ";")*
//! continuous        = "постоянно" | "систематически" | "на постоянной основе" | "регулярно" | …
//! relative          = span_term [[","] ws+ from_phrase]
//! by_term           = by_prep ws+ point
//! by_prep           = "в срок до" | "в срок не позднее" | "не позднее" | "не позже" | "в срок по"
//!                   | "до" | "к" | "по"
//! point             = ("конца" | "концу" | "окончания" | "окончанию") ws+ period_end
//!                   | day_date | month_ref | year_period
//! between           = [("в период" | "в срок") ws+] "с" ws+ (day_date | digit{1,2}) ws+ ("по" | "до") ws+ day_date
//!                   | (day_date | digit{1,2}) ws* dash ws* day_date
//! during            = ("в течение" | "в период" | "во" | "в" | "на") ws+ (period_list | "учебного года" | "года")
//! period_list       = period (list_sep period)*
//! period            = academic | quarter | half | decade | season | month_range | month_ref | year_period
//!                   | day_date
//! event             = <"в период" | "в сроки" | "по мере" | "в соответствии" | "после" …> any*
//! ```
//!
//! Day dates (`31 марта 2021 г.`, `«31» марта`, `1-го`, `31.03.21`, `31/03/2021`) and month names
//! (`марта`, `сент.`) come from [`super::date`]. The recurring/continuous/event openers are tried
//! before the grammar, the event openers again after it fails.
//!
//! [`parse_deadline`] and [`find_deadline`] are the public entry points; the pipeline uses
//! [`read_deadline`], [`read_deadline_text`] and [`find_inline`].

use super::date::{
    dash, day_date, fail, lower_same_len, month_name, phrase, ws0, ws1, year, year4, year_phrase, year_word,
    DateLit,
};
use crate::date::Date;
use crate::lexicon;
use crate::memo::Memo;
use crate::model::{Deadline, DeadlineKind};
use crate::span::Span;
use crate::text::{clean, is_space};

mod api;
mod inline;
mod resolve;

pub use api::{find_deadline, parse_deadline, DeadlineContext};
pub(crate) use inline::{find_inline, may_open_term, term_inside, term_part};
pub(crate) use resolve::resolve;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_till, take_while, take_while1, take_while_m_n};
use nom::character::complete::char;
use nom::combinator::{map_opt, opt, recognize, value};
use nom::multi::{many0, many1};
use nom::{IResult, Parser};

/// A term as written, years possibly missing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Term {
    /// `до 31 марта 2021 г.`, `до конца 2021 года`: the last allowed day.
    By(Point),
    /// A single day.
    On(DateLit),
    /// `с 01.09.2020 по 31.05.2021`.
    Between(DateLit, DateLit),
    /// `с 01.10.2023`, `с 00 часов 00 минут 17 марта 2020 года`: a period from a day on, with
    /// no end written.
    Since(DateLit),
    /// One period (`декабрь 2020 г.`) or several (`март, май 2021 г.`).
    Periods(Vec<PeriodLit>),
    /// Counted from the document (`в 3-дневный срок`) or from another event.
    Relative { amount: u32, unit: Unit, from_document: bool },
    /// `постоянно`, `систематически`; from a day on when one is written (`с 1 сентября 2023
    /// года, постоянно`).
    Continuous(Option<DateLit>),
    /// `ежегодно`, `ежеквартально`, …, within a window if one is written (`еженедельно, с 1
    /// июня по 31 августа 2021 г.`).
    Recurring(Option<Box<Term>>),
    /// Tied to an event or another document.
    Event,
}

/// The end point of a `by` term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Point {
    /// A day.
    Day(DateLit),
    /// The end of a period: `до конца 2021 года`, `не позднее марта`.
    EndOf(PeriodLit),
    /// The day before a period starts: `до марта 2021 г.`.
    Before(PeriodLit),
    /// The first day of a period: `к началу 2024/2025 учебного года`, as `до 1 сентября` names
    /// the day itself.
    StartOf(PeriodLit),
}

/// A period as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PeriodLit {
    /// One day among others: `10 февраля 2021 г., 10 марта 2021 г.`.
    Day(DateLit),
    /// A month: `декабрь 2020 г.`, `март`.
    Month(u32, Option<i32>),
    /// A range of months: `февраль - март 2021 г.`, `ноябрь-май`.
    MonthRange((u32, Option<i32>), (u32, Option<i32>)),
    /// A quarter: `IV квартал 2020 г.`.
    Quarter(u32, Option<i32>),
    /// A half-year: `1 полугодие 2021`.
    Half(u32, Option<i32>),
    /// A ten-day part of a month (the third runs to the month's end): `1 декада ноября 2023 г.`.
    Decade(u32, u32, Option<i32>),
    /// A calendar year: `2021 год`.
    Year(i32),
    /// A range of calendar years: `2021-2023 гг.`.
    Years(i32, i32),
    /// An academic year starting in September of the year: `2020/2021 учебный год`.
    Academic(i32),
    /// `в течение года` with no year written: the academic year of the context.
    YearUnwritten,
    /// `до конца года`: the calendar year of the section heading or the document.
    CurrentYear,
    /// `учебного года` with no year written.
    AcademicUnwritten,
    /// `месяца` (the document's month).
    CurrentMonth,
    /// `квартала` (the document's quarter).
    CurrentQuarter,
}

/// Units of a relative term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    /// Calendar days.
    Day,
    /// Working days (Monday–Friday).
    WorkingDay,
    /// Weeks.
    Week,
    /// Months.
    Month,
    /// Hours (`в течение 2 часов с момента принятия настоящего решения`): whole days of them.
    Hour,
    /// Years, only counted (`в течение 2 лет с даты постановки на учет`): `в течение года` alone
    /// is a period, the academic year.
    Year,
}

/// Where missing years come from (the contract's year rules, in order).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct YearContext {
    /// Rule 1: the one year the heading of the section (or an ancestor clause) names.
    pub heading_year: Option<i32>,
    /// The heading year is the one a plan's title plans (`… на 2018 год`), not a section's: it
    /// places no month before the document's month (a plan approved in October has its `январь`
    /// in the next year).
    pub heading_from_title: bool,
    /// Rule 2: the academic year `Y/Y+1` the document plans (`Y`).
    pub academic_year: Option<i32>,
    /// The academic year is only written in the text, not named by a title: it places no month
    /// more than a year after the document's date.
    pub academic_in_text: bool,
    /// Rule 3: the document date.
    pub document: Option<Date>,
    /// The terms are quoted from another act (a site's news item quoting a meeting's decisions):
    /// none is counted from this text's date.
    pub quoted: bool,
}

impl YearContext {
    /// The context of a plan section headed by `heading`: the one year it names is rule 1's.
    pub(crate) fn under_heading(&self, heading: &str) -> YearContext {
        match crate::extract::clause::years_named(heading).as_slice() {
            [y] => YearContext { heading_year: Some(*y), heading_from_title: false, ..*self },
            _ => *self,
        }
    }
}

/// A term placed on the calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Resolved {
    /// The kind of the deadline.
    pub kind: DeadlineKind,
    /// Each `[start, end]`, in the order of the text.
    pub periods: Vec<(Option<Date>, Option<Date>)>,
    /// Whether a year was taken from context.
    pub year_inferred: bool,
}

/// Reads a deadline from `text` (the term without its `Срок:` label), placing it with `ctx`.
/// `offset` is where `text` starts in the document. Returns `None` for empty text; text that
/// cannot be read gives kind `unknown`.
pub(crate) fn read_deadline(text: &str, offset: usize, ctx: &YearContext) -> Option<Deadline> {
    let (start, end) = crate::text::trim_range(text, 0, text.len());
    let written = text.get(start..end)?;
    read_deadline_text(written, Span::from_range(offset + start..offset + end), ctx)
}

/// Reads a deadline from already assembled text (a wrapped table cell), located at `span`.
pub(crate) fn read_deadline_text(written: &str, span: Span, ctx: &YearContext) -> Option<Deadline> {
    if crate::text::is_blank(written) {
        return None;
    }
    let resolved = parse_term(written).or_else(|| parse_term(&without_notes(written)?)).and_then(|t| resolve(&t, ctx)).unwrap_or(Resolved {
        kind: DeadlineKind::Unknown,
        periods: Vec::new(),
        year_inferred: false,
    });
    Some(Deadline {
        text: tidy_text(written),
        kind: resolved.kind,
        start: resolved.periods.iter().filter_map(|p| p.0).min(),
        end: resolved.periods.iter().filter_map(|p| p.1).max(),
        periods: resolved.periods,
        year_inferred: resolved.year_inferred,
        span,
    })
}

/// `до 1 февраля 2022 г. (ГИА-11)`: the term without the notes in parentheses that name no term
/// of their own (whom or what it is for), when it has any.
fn without_notes(written: &str) -> Option<String> {
    let mut kept = String::with_capacity(written.len());
    let mut rest = written;
    let mut dropped = false;
    while let Some(open) = rest.find('(') {
        let close = open + rest.get(open..)?.find(')')?;
        let inner = rest.get(open + 1..close)?;
        kept.push_str(rest.get(..open)?);
        if parse_term(inner).is_some() {
            kept.push_str(rest.get(open..=close)?);
        } else {
            dropped = true;
        }
        rest = rest.get(close + 1..)?;
    }
    kept.push_str(rest);
    dropped.then(|| crate::text::clean(&kept))
}

/// The academic year `Y/Y+1` a document plans: the (latest) one its title names, else the one its text
/// names most often (the first on a tie) — unless the title names calendar years for what it
/// plans (`… на 2024–2026 годы`). An academic year reported on (`по итогам …`) or prepared for
/// (`к новому 2024/2025 учебному году`) is not planned. Returns `Y`.
pub(crate) fn planned_academic_year(title: &str, text: &str) -> Option<i32> {
    // `Итоги … в 2022-2023 учебном году и задачи на 2023-2024 учебный год`: the latest is planned.
    let in_title = academic_years(title).into_iter().max();
    if in_title.is_none() && plans_calendar_years(title) {
        return None;
    }
    in_title.or_else(|| {
        let years = academic_years(text);
        let mut best: Option<(i32, usize)> = None;
        for &y in &years {
            let n = years.iter().filter(|&&x| x == y).count();
            if best.is_none_or(|(_, m)| n > m) {
                best = Some((y, n));
            }
        }
        best.map(|(y, _)| y)
    })
}

/// Whether a title names an academic year it prepares for (`План мероприятий по подготовке … к
/// новому 2024/2025 учебному году`).
pub(crate) fn prepares_for_academic_year(title: &str) -> bool {
    written_academic_years(title).any(|(_, role)| role == YearRole::PreparedFor)
}

/// `… на 2024–2026 годы`, `… на 2023 год`: a title that plans calendar years.
fn plans_calendar_years(title: &str) -> bool {
    let lower = lower_same_len(title);
    let plans = years_after_on(&lower).any(|(_, after)| after.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '–' | '-' | ' ')).starts_with("год"));
    plans
}

/// Each year of four digits written after `на ` in a lower-cased title, with the text after it.
fn years_after_on(lower: &str) -> impl Iterator<Item = (i32, &str)> + '_ {
    lower.match_indices("на ").filter_map(|(at, _)| {
        let rest = lower.get(at + "на ".len()..)?;
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let year: i32 = rest.get(..4).filter(|_| digits == 4)?.parse().ok()?;
        Some((year, rest.get(4..)?))
    })
}

/// `… на 2021 год`: the one calendar year a title plans (`… на 2024–2026 годы` plans several).
pub(crate) fn planned_calendar_year(title: &str) -> Option<i32> {
    let lower = lower_same_len(title);
    let mut years = years_after_on(&lower).filter_map(|(year, after)| {
        let word = after.trim_start_matches(is_space).split(|c: char| !crate::text::is_letter(c)).next().unwrap_or("");
        matches!(word, "год" | "г").then_some(year)
    });
    let year = years.next()?;
    years.next().is_none().then_some(year)
}

/// What a text does with an academic year it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum YearRole {
    /// Plans it (`на 2020/2021 учебный год`).
    Planned,
    /// Reports on it (`по итогам 2019/2020 учебного года`).
    ReportedOn,
    /// Prepares for it (`к новому 2024/2025 учебному году`).
    PreparedFor,
}

/// Every academic year planned in `text` (`2020/2021`, `2020-2021 учебного года`), in order.
fn academic_years(text: &str) -> Vec<i32> {
    written_academic_years(text).filter(|&(_, role)| role == YearRole::Planned).map(|(y, _)| y).collect()
}

/// Every academic year written in `text`, in order, with what the text does with it.
fn written_academic_years(text: &str) -> impl Iterator<Item = (i32, YearRole)> + '_ {
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b'1', b'2', bytes).filter_map(move |i| {
        let boundary = i == 0 || bytes.get(i - 1).is_some_and(|b| !b.is_ascii_digit());
        let four_digits = bytes.get(i..i + 4).is_some_and(|y| y.iter().all(u8::is_ascii_digit));
        if !(boundary && four_digits && joined_to_next_year(text.get(i + 4..).unwrap_or(""))) {
            return None;
        }
        // Only the few bytes an academic year can take are lower-cased, not the whole text.
        let window = lower_same_len(text.get(i..).map_or("", |rest| prefix_chars(rest, ACADEMIC_WINDOW_CHARS)));
        let Ok((_, PeriodLit::Academic(y))) = academic(&window) else { return None };
        let before = text.get(..i).unwrap_or("");
        let role = if reported_on(before) {
            YearRole::ReportedOn
        } else if prepared_for(before) {
            YearRole::PreparedFor
        } else {
            YearRole::Planned
        };
        Some((y, role))
    })
}

/// Whether the text `before` an academic year makes it the one reported on, not the one planned
/// (`по итогам 2019/2020 учебного года`, `за 2019-2020 учебный год`).
fn reported_on(before: &str) -> bool {
    let word = before.trim_end_matches(is_space).rsplit(is_space).next().unwrap_or("");
    crate::block::scan::with_lower(word, |w| matches!(w, "итогам" | "итогах" | "итоги" | "итогов" | "за"))
}

/// Whether the text `before` an academic year makes it the one prepared for, not the one planned
/// (`к новому 2024/2025 учебному году`, `к началу 2024-2025 учебного года`): what is done for it
/// is done before it starts, in the months before September, which the document's date places.
fn prepared_for(before: &str) -> bool {
    let mut words = before.trim_end_matches(is_space).rsplit(is_space).filter(|w| !w.is_empty());
    let last = words.next().unwrap_or("");
    let is_to = |w: &str| crate::block::scan::with_lower(w, |w| matches!(w, "к" | "ко"));
    let opens_year = crate::block::scan::with_lower(last, |w| matches!(w, "новому" | "началу" | "предстоящему" | "следующему"));
    is_to(last) || opens_year && words.next().is_some_and(is_to)
}

/// Whether a year is followed by what joins it to a second year in [`academic`]: a slash or a
/// dash, maybe after spaces. A quick test before the grammar runs.
fn joined_to_next_year(after_year: &str) -> bool {
    let rest = after_year.trim_start_matches(is_space);
    rest.starts_with('/') || dash(rest).is_ok()
}

/// The longest academic year written out: `2020 – 2021 учебного года` with spaces to spare.
const ACADEMIC_WINDOW_CHARS: usize = 48;

/// The first `n` chars of `s`.
fn prefix_chars(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).and_then(|(i, _)| s.get(..i)).unwrap_or(s)
}

/// Cleans a term for output and drops a trailing `.`/`;`/`,` — but keeps the dot of an
/// abbreviation (`г.`, `дн.`). A dot after a full word or a digit (`01.03.2021.`) ends the sentence.
fn tidy_text(written: &str) -> String {
    let mut t = clean(written);
    while t.ends_with([';', ',']) {
        t.pop();
    }
    let last_word = t.rsplit(' ').next().unwrap_or("");
    let stem = last_word.strip_suffix('.').unwrap_or(last_word);
    let before_dot = stem.chars().next_back();
    // `г..`: the sentence's stop after an abbreviation's; `год.`, `дня.`, `мая.`, `май.`: short
    // whole words; `ВПР.`: an acronym, which takes no dot of its own.
    let acronym = stem.chars().count() >= 2 && stem.chars().all(|c| c.is_uppercase() && crate::text::is_letter(c));
    let sentence_stop = last_word.chars().filter(|&c| crate::text::is_letter(c)).count() > 3
        || before_dot.is_some_and(|c| c.is_ascii_digit() || c == '.')
        || matches!(stem, "год" | "дня" | "лет" | "мая" | "май" | "мае")
        || acronym;
    if sentence_stop && t.ends_with('.') {
        t.pop();
    }
    t
}

/// Terms each thread remembers: plan tables repeat the same few terms row after row.
const CACHE_TERMS: usize = 1 << 12;

/// Texts longer than this are read afresh each time rather than remembered.
const CACHE_TERM_BYTES: usize = 256;

thread_local! {
    static TERMS: Memo<String, Option<Term>> = Memo::new(CACHE_TERMS);
}

/// Parses a term (see the module grammar). `None` when the text is not a term.
pub(crate) fn parse_term(text: &str) -> Option<Term> {
    if text.len() > CACHE_TERM_BYTES {
        return parse_term_uncached(text);
    }
    TERMS.with(|m| m.get_or(text, || parse_term_uncached(text)))
}

fn parse_term_uncached(text: &str) -> Option<Term> {
    // `ежене-` / `дельно`, `в дни` / `проведения ЕГЭ`: the term is read as the cleaned text
    // joins it.
    if crate::text::has_broken_word(text) || text.contains(['\n', '\r', '\t']) {
        return parse_term_uncached(&crate::text::clean(text));
    }
    let lower = lower_same_len(text);
    let lower = lower.trim_matches(|c: char| is_space(c) || matches!(c, '(' | ')' | ':'));
    let lower = lower.trim_start_matches(|c: char| is_space(c) || matches!(c, '-' | '–' | '—'));
    if lower.is_empty() {
        return None;
    }
    if let Some(bound) = bound_after_at_once(lower) {
        return parse_term_uncached(bound);
    }
    if let Some(first) = first_of_then(lower).or_else(|| first_then_report(lower)) {
        return Some(first);
    }
    if let Some(term) = standing_since(lower) {
        return Some(term);
    }
    if is_recurring(lower) || day_of_month_term(lower).is_ok() {
        return Some(Term::Recurring(recurring_window(lower).map(Box::new)));
    }
    if is_continuous(lower) {
        return Some(Term::Continuous(None));
    }
    if let Some(term) = whole_reading(lower).or_else(|| days_of_an_event(lower)).or_else(|| dates_after_event(lower)) {
        return Some(term);
    }
    if is_event(lower) || !has_date_content(lower) && starts_with_preposition(lower) || lasts_through_an_event(lower) || until_an_event(lower) {
        return Some(Term::Event);
    }
    None
}

/// `с 13.05.2024 до завершения работ`, `ежедневно с 01.04.2023 до окончания половодья`: from a
/// day on until an event, whose day is not known.
fn until_an_event(lower: &str) -> bool {
    let Some(rest) = lower.strip_prefix("с ") else { return false };
    let Some((_, end)) = rest.split_once(" до ") else { return false };
    !has_date_content(end) && is_event(&format!("до {end}"))
}

/// A production of the term grammar.
type Reading = fn(&str) -> IResult<&str, Term>;

/// The first reading of the grammar that leaves nothing but words without dates: `не позднее 18
/// часов 26 июля` is no count of hours, as the day after it shows, but the day.
fn whole_reading(lower: &str) -> Option<Term> {
    const READINGS: [Reading; 7] = [relative, by_day_list, by_term, between, since, during, period_list];
    READINGS.iter().find_map(|read| {
        let (rest, term) = read(lower).ok()?;
        let whole = rest_is_empty(rest) || (mixed_rest_ok(&term) && (!has_date_content(rest) || only_times_of_day(rest)));
        whole.then(|| by_hour_of_day(term, rest))
    })
}

/// `03.09.2018 до 12.00`: a day with the hour the work is due by is a term by that day.
fn by_hour_of_day(term: Term, rest: &str) -> Term {
    match term {
        Term::On(day) if rest.trim_start_matches(|c: char| is_space(c) || c == ',').starts_with("до ") && only_times_of_day(rest) => Term::By(Point::Day(day)),
        term => term,
    }
}

/// `в день голосования 10 сентября 2023 года`, `в дни голосования 6, 7 и 8 сентября 2024 года`:
/// an event whose days are written after it is a term of those days.
pub(super) fn days_of_an_event(lower: &str) -> Option<Term> {
    let event = lower.strip_prefix("в день ").or_else(|| lower.strip_prefix("в дни "))?;
    let digit = event.find(|c: char| c.is_ascii_digit())?;
    let (rest, term) = period_list(event.get(digit..)?).ok()?;
    let days = match &term {
        Term::On(_) => true,
        Term::Periods(items) => items.iter().all(|p| matches!(p, PeriodLit::Day(_))),
        _ => false,
    };
    (days && rest_is_empty(rest)).then_some(term)
}

/// `незамедлительно, но не позднее 2 часов с момента …`: the bound after "at once", which is the
/// term.
fn bound_after_at_once(lower: &str) -> Option<&str> {
    let rest = lexicon::AT_ONCE_WORDS.iter().chain(&["оперативно"]).find_map(|w| lower.strip_prefix(w))?;
    let after_comma = rest.trim_start_matches(is_space).strip_prefix(',')?.trim_start_matches(is_space);
    // `незамедлительно, но не позднее …`, `незамедлительно, в течение 2 часов с момента …`.
    let rest = after_comma.strip_prefix("но").filter(|r| r.starts_with(is_space)).map_or(after_comma, |r| r.trim_start_matches(is_space));
    (!rest.is_empty()).then_some(rest)
}

/// `до 1 июля 2024 г., далее – ежеквартально`, `до 15.10.2023 и далее ежемесячно`: a dated first
/// term and what follows it (`далее`, "thereafter"), which only says how often to repeat; the
/// first term, when it names a day, is the term.
fn first_of_then(lower: &str) -> Option<Term> {
    let at = lower.find("далее")?;
    let head = lower.get(..at)?.trim_end_matches(is_space);
    let head = head.strip_suffix(" и").unwrap_or(head).trim_end_matches(|c: char| is_space(c) || matches!(c, ',' | ';' | '('));
    let first = parse_term_uncached(head)?;
    matches!(first, Term::By(_) | Term::On(_) | Term::Periods(_) | Term::Between(..)).then_some(first)
}

/// `до 1 июня 2023 года, информацию направить в комиссию до 5 июня`: the day to act by, then,
/// after a comma, an action of reporting on it with a term of its own. The first day is the term.
fn first_then_report(lower: &str) -> Option<Term> {
    let (rest, first) = by_term(lower).ok()?;
    let report = rest.trim_start_matches(is_space).strip_prefix(',')?;
    (matches!(first, Term::By(Point::Day(_))) && crate::morph::holds_action_verb(report) && has_date_content(report)).then_some(first)
}

/// Whether only whitespace and closing punctuation remain.
fn rest_is_empty(rest: &str) -> bool {
    rest.chars().all(|c| is_space(c) || matches!(c, '.' | ',' | ';' | ')' | '»'))
}

/// `, 17.00`, `в 17:00`, `, 10.00, 12.00`, `17.00 ч.`, `(до 7.30 по местному времени)`, `(не
/// ранее 07.30)`: the times of day a schedule adds after its dates, which the term's value does
/// not hold.
fn only_times_of_day(rest: &str) -> bool {
    let is_time = |w: &str| time_of_day(w).is_ok_and(|(rest, _)| rest.is_empty());
    let words = rest.split(|c: char| is_space(c) || matches!(c, ',' | ';' | '(' | ')' | '-' | '–' | '—')).filter(|w| !w.is_empty());
    let word_ok = |w: &str| is_time(w.trim_end_matches('.')) || matches!(w, "в" | "до" | "с" | "к" | "не" | "ранее" | "позднее" | "ч." | "час." | "часов" | "ч" | "по" | "местному" | "московскому" | "времени" | "мск");
    words.clone().any(|w| is_time(w.trim_end_matches('.'))) && words.into_iter().all(word_ok)
}

/// Terms that may be followed by words that add no date (`ноябрь-май, в установленные сроки`,
/// `до 1 июня (включительно)`).
fn mixed_rest_ok(term: &Term) -> bool {
    matches!(term, Term::Periods(_) | Term::By(_) | Term::On(_) | Term::Between(..))
}

/// Whether the text names a date: a digit or a month name.
fn has_date_content(s: &str) -> bool {
    s.chars().any(|c| c.is_ascii_digit())
        || s.split(|c: char| !crate::text::is_letter(c)).any(|w| crate::lexicon::month(w).is_some())
}

fn starts_with_preposition(s: &str) -> bool {
    let first = s.split(is_space).next().unwrap_or("");
    lexicon::is_term_preposition(first)
}

/// `ежегодно`, `ежеквартально`, `1 раз в квартал`, …
fn is_recurring(s: &str) -> bool {
    lexicon::RECURRING_MARKERS.iter().any(|w| s.contains(w))
}

/// The window a recurring term closes with: `с 1 июня по 31 августа 2021 г.`, `в течение 2022
/// года` — a `between` or `during` term at a word start that runs to the end of the text; or,
/// for a term that recurs within the year, the day it recurs until (`еженедельно, по
/// понедельникам, до 02.09.2024`; `ежегодно до 1 февраля` names the day of every year).
fn recurring_window(s: &str) -> Option<Term> {
    let word_starts = s.char_indices().filter(|&(_, c)| is_space(c) || c == ',').map(|(i, c)| i + c.len_utf8());
    let every_year = s.starts_with("ежегодн");
    let window = |tail| alt((between, during)).parse(tail).or_else(|e| if every_year { Err(e) } else { by_term(tail) });
    word_starts.filter_map(|at| s.get(at..)).find_map(|tail| match window(tail) {
        Ok((rest, window)) if rest_is_empty(rest) => Some(window),
        _ => None,
    })
}

/// A day of every month: `до 5 числа месяца, следующего за отчетным кварталом`, `не позднее
/// 10-го числа`, `до 20 числа последнего месяца квартала`. The words naming the month are read
/// on while they are such words, and then to a comma; what a comma sets off after them (`, в
/// министерство`) is left.
///
/// ```text
/// day_of_month_term = ["в срок" ws+] ("до" | "не позднее" | "к") ws+ digit{1,2} ["-го"] ws+ "числа"
///                     ([ws* ","] ws+ month_word)* (any but "," ";")*
/// ```
pub(super) fn day_of_month_term(i: &str) -> IResult<&str, Term> {
    let (rest, _) = opt((phrase("в срок"), ws1)).parse(i)?;
    let (rest, _) = (alt((tag("до"), phrase("не позднее"), tag("к"))), ws1).parse(rest)?;
    let (rest, _) = (take_while_m_n(1, 2, |c: char| c.is_ascii_digit()), opt(tag("-го")), ws1).parse(rest)?;
    let (rest, _) = tag("числа")(rest)?;
    let month_word = map_opt(take_while1(crate::text::is_letter), |w: &str| is_month_word(w).then_some(()));
    let (rest, _) = many0((opt((ws0, char(','))), ws1, month_word)).parse(rest)?;
    // `… следующего за месяцем приема заявлений`: words going on without a comma still say
    // which month.
    let (rest, _) = take_till(|c: char| matches!(c, ',' | ';'))(rest)?;
    Ok((rest, Term::Recurring(None)))
}

/// A word of the phrase naming which month a day of the month falls in: `месяца, следующего за
/// отчетным кварталом`, `каждого месяца`, `последнего месяца квартала`.
fn is_month_word(word: &str) -> bool {
    matches!(
        word,
        "месяца" | "квартала" | "года" | "полугодия" | "каждого" | "текущего" | "отчетного" | "отчётного" | "следующего" | "последнего"
            | "первого" | "за" | "отчетным" | "отчётным" | "месяцем" | "кварталом" | "периодом" | "годом" | "полугодием"
    )
}

/// A recurring term as it closes a clause: `ежеквартально до 5 числа месяца, следующего за
/// отчетным`, `ежегодно до 1 февраля`, `еженедельно, по понедельникам`, `ежемесячно`.
///
/// ```text
/// recurring_phrase = recurring_word [ws* ","] [ws+ (time_limit | day_of_month_term | by_term | weekdays)
///                                              | ws* "(" ws* (time_limit | day_of_month_note | by_term
///                                                             | weekdays | clock_zone) ws* ")"]
///                    [[ws* ","] ws+ time_limit] [after_reporting_year]
///                    [[ws* ","] ws+ (between | during)]
/// recurring_word   = "ежегодно" | "ежеполугодно" | "ежеквартально" | "ежемесячно" | "ежедекадно"
///                  | "еженедельно" | "ежедневно" | frequency
/// ```
pub(crate) fn recurring_phrase(i: &str) -> IResult<&str, Term> {
    let every = alt((tag("ежегодно"), tag("ежеполугодно"), tag("ежеквартально"), tag("ежемесячно"), tag("ежедекадно"), tag("еженедельно"), tag("ежедневно")));
    let (rest, _) = alt((every, frequency)).parse(i)?;
    let (rest, _) = opt((ws0, char(','))).parse(rest)?;
    let detail = (ws1, alt((time_limit, day_of_month_term, by_term, weekdays))).map(|_| ());
    // `еженедельно (по пятницам)`, `ежемесячно (до 5 числа)`, `ежедневно (по местному времени)`:
    // the detail in parentheses.
    let in_parentheses = (ws0, char('('), ws0, alt((time_limit.map(|_| ()), day_of_month_note.map(|_| ()), by_term.map(|_| ()), weekdays.map(|_| ()), clock_zone.map(|_| ()))), ws0, char(')')).map(|_| ());
    let (rest, _) = opt(alt((detail, in_parentheses))).parse(rest)?;
    let (rest, _) = opt((opt((ws0, char(','))), ws1, time_limit)).parse(rest)?;
    let (rest, _) = opt(after_reporting_year).parse(rest)?;
    let (rest, window) = opt((opt((ws0, char(','))), ws1, alt((between, during))).map(|(.., w)| Box::new(w))).parse(rest)?;
    Ok((rest, Term::Recurring(window)))
}

/// `не реже одного раза в квартал`, `не менее 2 раз в год`, `один раз в месяц`: how often, by a
/// count per period.
///
/// ```text
/// frequency = [("не реже" | "не менее") ws+] count ws+ ("раза" | "раз") ws+ ("в" | "во") ws+ period
/// count     = digit{1,2} | "одного" | "один" | "двух" | "два" | "трех" | "трёх" | "три" | "четырех" | "четырёх"
/// period    = "неделю" | "месяц" | "квартал" | "полугодие" | "учебный год" | "год" | "четверть" | "триместр"
/// ```
fn frequency(i: &str) -> IResult<&str, &str> {
    let count = alt((
        take_while_m_n(1, 2, |c: char| c.is_ascii_digit()),
        alt((tag("одного"), tag("один"), tag("двух"), tag("два"), tag("трех"), tag("трёх"), tag("три"), tag("четырех"), tag("четырёх"))),
    ));
    let period = alt((tag("неделю"), tag("месяц"), tag("квартал"), tag("полугодие"), phrase("учебный год"), tag("год"), tag("четверть"), tag("триместр")));
    recognize((
        opt((alt((phrase("не реже"), phrase("не менее"))), ws1)),
        count,
        ws1,
        alt((tag("раза"), tag("раз"))),
        ws1,
        alt((tag("во"), tag("в"))),
        ws1,
        period,
    ))
    .parse(i)
}

/// `до 12.00`, `к 10:00`, `в 9.30`, `к 07.30 и 19.30`, `до 15.00 часов`, `в 17 часов`, `к 08.00
/// (мск)`, `в 08.00 (по местному времени)`: the time or times of day a daily or weekly term falls
/// by.
///
/// ```text
/// time_limit = ["в срок" ws+] ("до" | "к" | "в") ws+ clock (ws+ "и" ws+ clock)* [ws* hours] [ws* zone]
/// clock      = time_of_day | digit{1,2} ws* hours
/// hours      = "ч." | "часов" | "часам" | "часа" | "час."
/// zone       = "(" clock_zone ")" | clock_zone
/// ```
fn time_limit(i: &str) -> IResult<&str, Term> {
    // `ежедневно в срок до 10.00`.
    let (rest, _) = opt((phrase("в срок"), ws1)).parse(i)?;
    let (rest, _) = (alt((tag("до"), tag("к"), tag("в"))), ws1, clock).parse(rest)?;
    let (rest, _) = many0((ws1, tag("и"), ws1, clock)).parse(rest)?;
    let (rest, _) = opt((ws0, hours)).parse(rest)?;
    let zone = alt((tag("(мск)"), (char('('), ws0, clock_zone, ws0, char(')')).map(|_| ""), clock_zone));
    let (rest, _) = opt((ws0, zone)).parse(rest)?;
    Ok((rest, Term::Recurring(None)))
}

/// A time of day (`12.00`) or a whole hour (`17 часов`).
fn clock(i: &str) -> IResult<&str, ()> {
    alt((time_of_day.map(|_| ()), (take_while_m_n(1, 2, |c: char| c.is_ascii_digit()), ws0, hours).map(|_| ()))).parse(i)
}

/// `часов`, `ч.`: the word for hours after a time.
fn hours(i: &str) -> IResult<&str, &str> {
    alt((tag("ч."), tag("часов"), tag("часам"), tag("часа"), tag("час."))).parse(i)
}

/// `по московскому времени`, `по местному времени`: whose clock a time of day is read by.
///
/// ```text
/// clock_zone = "по" ws+ ("московскому" | "местному") ws+ "времени"
/// ```
fn clock_zone(i: &str) -> IResult<&str, &str> {
    recognize((tag("по"), ws1, alt((tag("московскому"), tag("местному"))), ws1, tag("времени"))).parse(i)
}

/// `до 5 числа`, `до 10 числа месяца, следующего за отчетным кварталом`: a day of every month,
/// as a note in parentheses holds it, up to the closing parenthesis.
///
/// ```text
/// day_of_month_note = ["в срок" ws+] ("до" | "не позднее" | "к") ws+ digit{1,2} ["-го"] ws+ "числа" (any - ")")*
/// ```
fn day_of_month_note(i: &str) -> IResult<&str, &str> {
    let (rest, _) = opt((phrase("в срок"), ws1)).parse(i)?;
    let (rest, _) = (alt((tag("до"), phrase("не позднее"), tag("к"))), ws1).parse(rest)?;
    let (rest, _) = (take_while_m_n(1, 2, |c: char| c.is_ascii_digit()), opt(tag("-го")), ws1, tag("числа")).parse(rest)?;
    let (rest, _) = take_till(|c| c == ')').parse(rest)?;
    Ok((rest, ""))
}

/// A time of day written with a dot or a colon: `12.00`, `9:30`.
///
/// ```text
/// time_of_day = digit{1,2} ("." | ":") digit{2}          ; hours below 24, minutes below 60
/// ```
pub(crate) fn time_of_day(i: &str) -> IResult<&str, (u32, u32)> {
    let number = |n| map_opt(take_while_m_n(n, 2, |c: char| c.is_ascii_digit()), |d: &str| d.parse::<u32>().ok());
    let (rest, (hours, _, minutes)) = (number(1), alt((char('.'), char(':'))), number(2)).parse(i)?;
    if hours < 24 && minutes < 60 {
        Ok((rest, (hours, minutes)))
    } else {
        fail(i)
    }
}

/// `… до 20 января года, следующего за отчетным [годом]`: the year after the one reported on.
///
/// ```text
/// after_reporting_year = ws+ "года" ws* [","] ws* "следующего за отчетным" (any but "," ";")*
/// ```
fn after_reporting_year(i: &str) -> IResult<&str, ()> {
    let (rest, _) = (ws1, tag("года"), ws0, opt(char(',')), ws0, phrase("следующего за отчетным")).parse(i)?;
    // `… за отчетным годом`: words going on without a comma still name the year; what a comma
    // sets off after them (`, в Правительство края`) is left.
    let (rest, _) = take_till(|c: char| matches!(c, ',' | ';'))(rest)?;
    Ok((rest, ()))
}

/// `по понедельникам`, `по пятницам`: the weekday a weekly term falls on.
///
/// ```text
/// weekdays = "по" ws+ ("понедельникам" | "вторникам" | "средам" | "четвергам" | "пятницам" | "субботам" | "воскресеньям")
/// ```
fn weekdays(i: &str) -> IResult<&str, Term> {
    let days = alt((tag("понедельникам"), tag("вторникам"), tag("средам"), tag("четвергам"), tag("пятницам"), tag("субботам"), tag("воскресеньям")));
    let (rest, _) = (tag("по"), ws1, days).parse(i)?;
    Ok((rest, Term::Recurring(None)))
}

/// Whether the text opens with a continuous term.
fn is_continuous(s: &str) -> bool {
    lexicon::CONTINUOUS_TERMS.iter().any(|w| s.starts_with(w))
}

/// Whether the text is a continuous term and nothing else.
pub(crate) fn is_continuous_only(s: &str) -> bool {
    lexicon::CONTINUOUS_TERMS.iter().any(|w| s.strip_prefix(w).is_some_and(rest_is_empty))
}

/// `в течение эпидемического сезона 2023-2024 годов`, `в течение 24 часов`, `не позднее 2 часов с
/// момента происшествия`: `в течение` over what the grammar does not read as a period or a count
/// of days — a season, a campaign — or a count of hours, which only what happens starts.
fn lasts_through_an_event(s: &str) -> bool {
    let hours = |rest: &str| rest.trim_start_matches(|c: char| c.is_ascii_digit()).trim_start_matches(is_space).starts_with("час");
    let after = |opener: &str| s.strip_prefix(opener).filter(|r| r.starts_with(is_space)).map(|r| r.trim_start_matches(is_space));
    if let Some(rest) = after("не позднее").or_else(|| after("не позже")) {
        return rest.starts_with(|c: char| c.is_ascii_digit()) && hours(rest);
    }
    let Some(rest) = after("в течение") else { return false };
    // `в течение не менее 48 часов`: how long a thing is kept, at least; no time to act by.
    let bound = ["не менее ", "не более ", "не меньше ", "не больше "].iter().any(|b| rest.starts_with(b));
    !bound && (rest.starts_with(crate::text::is_letter) || rest.starts_with(|c: char| c.is_ascii_digit()) && hours(rest))
}

/// `по графику Минпросвещения России (октябрь – ноябрь)`, `в период проведения ВПР (с
/// 15.03.2023 по 20.05.2023)`, `в период проведения ВПР с 15.03.2023 по 20.05.2023`: an event
/// phrase with its months or days after it, in parentheses or from `с`, is dated from them, as a
/// cell mixing months with an event phrase is.
fn dates_after_event(lower: &str) -> Option<Term> {
    let (event, dates) = match lower.rfind('(') {
        // The term's closing parenthesis is trimmed off with its outer ones.
        Some(open) => (lower.get(..open)?, lower.get(open + 1..)?.trim_end_matches(|c: char| is_space(c) || matches!(c, '.' | ')'))),
        None => {
            let from = lower.match_indices(" с ").map(|(at, _)| at).find(|&at| lower.get(at + " с ".len()..).is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit())))?;
            (lower.get(..from)?, lower.get(from + 1..)?)
        }
    };
    if !is_event(event.trim_end_matches(is_space)) {
        return None;
    }
    let term = match period_list(dates) {
        Ok((rest, term)) if rest_is_empty(rest) => term,
        _ => whole_reading(dates)?,
    };
    matches!(term, Term::Periods(_) | Term::Between(..) | Term::On(_)).then_some(term)
}

/// `с 1 сентября 2023 года, постоянно`, `с 01.09.2022 еженедельно`: a day with its year, then a
/// continuous or recurring term, which holds from that day on.
fn standing_since(lower: &str) -> Option<Term> {
    let (rest, Term::Since(day)) = since(lower).ok()? else { return None };
    let rest = rest.trim_start_matches(|c: char| is_space(c) || matches!(c, ',' | '–' | '—' | '-'));
    if is_continuous_only(rest) {
        return Some(Term::Continuous(Some(day)));
    }
    let recurs = recurring_phrase(rest).is_ok_and(|(after, _)| rest_is_empty(after));
    recurs.then(|| Term::Recurring(Some(Box::new(Term::Since(day)))))
}

/// Phrases that tie a term to an event or another document.
fn is_event(s: &str) -> bool {
    lexicon::EVENT_TERM_OPENERS.iter().any(|o| s.starts_with(o)) || counts_back_from_event(s)
}

/// Stems of the units a span of time is counted in (lower case): days, weeks, months, hours.
pub(super) const TIME_UNIT_STEMS: [&str; 5] = ["дн", "недел", "месяц", "час", "сут"];

/// `не менее чем за 30 календарных дней до дня проведения аттестации`: a count of days (or
/// weeks, months) back from an event, not `не менее чем за счет средств`.
fn counts_back_from_event(s: &str) -> bool {
    let Some(count) = ["не менее чем за ", "не менее, чем за ", "не ранее чем за ", "не ранее, чем за "].iter().find_map(|p| s.strip_prefix(p)) else { return false };
    let mut words = count.split(is_space).filter(|w| !w.is_empty()).take(3);
    let unit = |w: &str| TIME_UNIT_STEMS.iter().any(|u| w.starts_with(u));
    count.starts_with(|c: char| c.is_ascii_digit()) || words.any(unit)
}

/// A relative term: `в 3-дневный срок`, `в трехдневный срок`, `в течение 10 дней со дня
/// подписания настоящего приказа`, `в месячный срок`, `в течение 5 рабочих дней`.
///
/// ```text
/// relative  = span_term [[","] ws+ from_phrase]
/// span_term = "в" ws+ [count ws* [dash] ws* ["ти" | "х"] ws*] count_word? ("дневный" | "недельный"
///             | "месячный") ws+ "срок"
///           | ("в течение" | ["в срок" ws+] "не позднее" | "не позже") ws+ [(count | spelt_count) ws+]
///             [("рабочих" | "рабочего" | "рабочий" | "календарных" | "календарного" | "календарный") ws+] unit
/// unit      = "дней" | "дня" | "день" | "суток" | "недели" | "недель" | "неделю" | "месяца" | "месяцев"
///           | "месяц" | "часов" | "часа" | "час" | ("лет" | "года" | "год")  ; years only counted
/// ```
pub(crate) fn relative(i: &str) -> IResult<&str, Term> {
    let (rest, (amount, unit)) = alt((adjective_span, counted_span)).parse(i)?;
    let (rest, from) = opt((opt(char(',')), ws1, from_phrase).map(|(.., f)| f)).parse(rest)?;
    // `на срок 14 дней` alone is how long something lasts; counted from an event it is a term
    // (`на срок 14 дней со дня возвращения`).
    if from.is_none() && i.starts_with("на срок") {
        return fail(i);
    }
    // Hours with nothing to count from run from an incident (`в течение 24 часов`), not the act.
    Ok((rest, Term::Relative { amount, unit, from_document: from.unwrap_or(unit != Unit::Hour) }))
}

/// What a relative term is counted from; `true` when it is the document itself (`со дня
/// подписания настоящего приказа`, `с даты издания приказа`).
///
/// ```text
/// from_phrase = ("со дня" | "с дня" | "с момента" | "с даты" | "от даты" | "после" | "по окончании"
///               | "по завершении" | "по истечении" | "по получении" | "с начала") ws+ any*
///             | "до" ws letter any*                ; counted back from an event
/// ```
fn from_phrase(i: &str) -> IResult<&str, bool> {
    // `не позднее 7 дней до открытия лагеря`: counted back from an event (a word, not a day).
    if i.strip_prefix("до ").is_some_and(|event| event.starts_with(crate::text::is_letter)) {
        return Ok(("", false));
    }
    let (rest, _) = alt((
        phrase("со дня"),
        phrase("с дня"),
        phrase("с момента"),
        phrase("с даты"),
        phrase("от даты"),
        tag("после"),
        phrase("по окончании"),
        phrase("по завершении"),
        phrase("по истечении"),
        phrase("по получении"),
        phrase("с начала"),
    ))
    .parse(i)?;
    let (rest, _) = ws1(rest)?;
    // `со дня подписания настоящего приказа разработать план-график`: the act names the document
    // and an action follows it, which the term times.
    if let Some(action) = action_after_document(rest) {
        return Ok((action, true));
    }
    Ok(("", names_document(rest)))
}

/// `подписания настоящего приказа разработать …`: the text from the action after the words that
/// name the document (an act on it, `настоящего`, its noun), if an infinitive of action follows.
fn action_after_document(event: &str) -> Option<&str> {
    let mut taken = 0;
    let mut words = 0;
    for word in event.split_inclusive(is_space) {
        taken += word.len();
        let bare = word.trim_matches(|c: char| is_space(c) || matches!(c, ',' | ';'));
        if bare.is_empty() {
            continue;
        }
        words += 1;
        if words > 3 {
            return None;
        }
        if lexicon::is_document_noun(bare) {
            // The term ends at the noun; the space after it is the rest's.
            let noun_end = taken - (word.len() - word.trim_end_matches(is_space).len());
            let rest = event.get(noun_end..)?;
            let verb = rest.trim_start_matches(is_space).split(is_space).next().unwrap_or("");
            return (names_document(event.get(..noun_end)?) && crate::morph::is_action_verb(verb)).then_some(rest);
        }
    }
    None
}

/// Whether an event names the document itself: `подписания настоящего приказа`, `издания
/// приказа`, `его подписания`, `подписания` alone — not an event the document only mentions (`получения
/// информации, указанной в пункте 1.2 настоящего распоряжения`), nor its entry into force
/// (`вступления в силу настоящего решения`), which may come after its publication.
fn names_document(event: &str) -> bool {
    let words: Vec<&str> = event.split(|c: char| is_space(c) || matches!(c, '.' | ',' | ';')).filter(|w| !w.is_empty()).collect();
    let document = |rest: &[&str]| match rest {
        [d] => lexicon::is_document_noun(d),
        // `со дня принятия решения коллегии`: the decision of the body that takes it.
        [d, body] if lexicon::is_document_noun(d) && lexicon::is_body_genitive(body) => true,
        [this, ..] => this.starts_with("настоящ"),
        [] => false,
    };
    match words.as_slice() {
        // `со дня его подписания`: the act itself, named by a pronoun.
        ["его" | "ее" | "её", a] => lexicon::is_act_on_document(a),
        // `со дня подписания`, `с даты издания`: only a document is signed or issued.
        ["подписания" | "издания"] => true,
        [a, rest @ ..] if lexicon::is_act_on_document(a) => document(rest),
        _ => false,
    }
}

/// `в 3-дневный срок`, `в трехдневный срок`, `в месячный срок`, `в недельный срок`.
fn adjective_span(i: &str) -> IResult<&str, (u32, Unit)> {
    let (rest, _) = (tag("в"), ws1).parse(i)?;
    let (rest, n) = opt((
        take_while_m_n(1, 3, |c: char| c.is_ascii_digit()),
        ws0,
        opt(dash),
        ws0,
        opt((alt((tag("ти"), tag("х"))), ws0)),
    ))
    .parse(rest)?;
    let (rest, word) = take_while1(|c: char| crate::text::is_letter(c))(rest)?;
    let (rest, _) = (ws1, tag("срок")).parse(rest)?;
    let digits = n.and_then(|(d, ..)| d.parse::<u32>().ok());
    // The count is the adjective's stem (`трех|дневный`, `шести|месячный`) or its digits.
    let span = [("дневный", Unit::Day), ("недельный", Unit::Week), ("месячный", Unit::Month)].into_iter().find_map(|(suffix, unit)| {
        let stem = word.strip_suffix(suffix)?;
        let amount = if stem.is_empty() { digits.unwrap_or(1) } else { count_word(stem)? };
        Some((amount, unit))
    });
    let Some(span) = span else { return fail(i) };
    Ok((rest, span))
}

/// `в течение 10 дней`, `в течение 5 рабочих дней`, `в течение месяца`, `в течение двух недель`,
/// `не позднее 5 рабочих дней`, `на срок 14 дней` (counted from an event, see [`relative`]).
fn counted_span(i: &str) -> IResult<&str, (u32, Unit)> {
    let (rest, _) = (alt((phrase("в течение"), phrase("в срок не позднее"), phrase("не позднее"), phrase("не позже"), phrase("на срок"))), ws1).parse(i)?;
    // `не позднее чем через 5 дней со дня …`
    let (rest, _) = opt((tag("чем"), ws1, tag("через"), ws1)).parse(rest)?;
    let (rest, n) = opt(alt((
        // At most three digits: a term of a thousand days is not a term, and the count bounds
        // the working-day walk.
        // The count may be spelt out after it in parentheses, as legal texts do (`3 (трех)`).
        map_opt((take_while_m_n(1, 3, |c: char| c.is_ascii_digit()), ws1, opt((spelt_out, ws1))), |(d, ..): (&str, &str, _)| d.parse::<u32>().ok()),
        // A count in words; any other word is the unit (`в течение месяца после …`).
        spelt_count,
    )))
    .parse(rest)?;
    // `1 рабочего дня`, `одного календарного дня`: the singular after one.
    let (rest, kind) = opt(alt((tag("рабочих"), tag("рабочего"), tag("рабочий"), tag("календарных"), tag("календарного"), tag("календарный")))).parse(rest)?;
    let (rest, _) = ws0(rest)?;
    let (rest, word) = take_while1(|c: char| crate::text::is_letter(c))(rest)?;
    let working = kind.is_some_and(|k| k.starts_with("рабоч"));
    let unit = match word {
        "дней" | "дня" | "день" if working => Unit::WorkingDay,
        "дней" | "дня" | "день" | "суток" => Unit::Day,
        "недели" | "недель" | "неделю" => Unit::Week,
        "месяца" | "месяцев" | "месяц" => Unit::Month,
        "часов" | "часа" | "час" => Unit::Hour,
        "лет" | "года" | "год" if n.is_some() => Unit::Year,
        _ => return fail(i),
    };
    Ok((rest, (n.unwrap_or(1), unit)))
}

/// `(трех)`, `(десяти)`: a count spelt out in parentheses after its digits.
fn spelt_out(i: &str) -> IResult<&str, u32> {
    let (rest, (_, word, _)) = (char('('), take_while1(|c: char| crate::text::is_letter(c)), char(')')).parse(i)?;
    match count_word(word) {
        Some(n) => Ok((rest, n)),
        None => fail(i),
    }
}

/// A count in words and the space after it: `трех `, `шестидесяти `, `сорока пяти `
/// (tens, then units), `тридцати (30) `.
fn spelt_count(i: &str) -> IResult<&str, u32> {
    let word = || take_while1(|c: char| crate::text::is_letter(c));
    let (rest, n) = map_opt((word(), ws1), |(w, _): (&str, &str)| count_word(w)).parse(i)?;
    if n < 20 || n % 10 != 0 || n == 100 {
        return digits_in_parentheses(rest).map(|(rest, _)| (rest, n));
    }
    let units = map_opt((word(), ws1), |(w, _): (&str, &str)| count_word(w).filter(|u| *u < 10));
    let (rest, u) = opt(units).parse(rest)?;
    let (rest, _) = digits_in_parentheses(rest)?;
    Ok((rest, n + u.unwrap_or(0)))
}

/// `(30) ` after a count in words, as legal texts write it; nothing when absent.
fn digits_in_parentheses(i: &str) -> IResult<&str, ()> {
    opt((char('('), take_while_m_n(1, 3, |c: char| c.is_ascii_digit()), char(')'), ws1)).map(|_| ()).parse(i)
}

/// Numbers written as words, in the forms terms use: the nominative (`на срок десять дней`),
/// the genitive (`в течение трех дней`, `не позднее шестидесяти дней`), and a compound's stem
/// (`двух|недельный`, `трех|месячный`, which is the genitive, but for `одно`).
fn count_word(w: &str) -> Option<u32> {
    Some(match w {
        "одно" | "один" | "одного" | "одна" | "одной" | "одну" => 1,
        "два" | "две" | "двух" | "двое" => 2,
        "три" | "трех" | "трёх" | "трое" => 3,
        "четыре" | "четырех" | "четырёх" => 4,
        "пять" | "пяти" => 5,
        "шесть" | "шести" => 6,
        "семь" | "семи" => 7,
        "восемь" | "восьми" => 8,
        "девять" | "девяти" => 9,
        "десять" | "десяти" => 10,
        "одиннадцать" | "одиннадцати" => 11,
        "двенадцать" | "двенадцати" => 12,
        "тринадцать" | "тринадцати" => 13,
        "четырнадцать" | "четырнадцати" => 14,
        "пятнадцать" | "пятнадцати" => 15,
        "шестнадцать" | "шестнадцати" => 16,
        "семнадцать" | "семнадцати" => 17,
        "восемнадцать" | "восемнадцати" => 18,
        "девятнадцать" | "девятнадцати" => 19,
        "двадцать" | "двадцати" => 20,
        "тридцать" | "тридцати" => 30,
        "сорок" | "сорока" => 40,
        "пятьдесят" | "пятидесяти" => 50,
        "шестьдесят" | "шестидесяти" => 60,
        "семьдесят" | "семидесяти" => 70,
        "восемьдесят" | "восьмидесяти" => 80,
        "девяносто" | "девяноста" => 90,
        "сто" | "ста" => 100,
        _ => return None,
    })
}

/// `до 31 марта 2021 г.`, `не позднее 1 июня`, `в срок до 07.03.2012`, `к 1 сентября`,
/// `до конца 2021 года`, `до марта 2021 г.`.
///
/// ```text
/// by_term = by_prep ws+ point
/// ```
fn by_term(i: &str) -> IResult<&str, Term> {
    let (rest, prep) = alt((
        value("до", phrase("в срок до")),
        value("позднее", phrase("в срок не позднее")),
        value("позднее", phrase("не позднее")),
        value("позднее", phrase("не позже")),
        value("по", phrase("в срок по")),
        value("до", tag("до")),
        value("до", tag("к")),
        value("по", tag("по")),
    ))
    .parse(i)?;
    let (rest, _) = ws1(rest)?;
    // `до 08:00 14.01.2024`: the hour before the day, which the term's value does not hold.
    let rest = match (clock_before_day, day_date).parse(rest) {
        Ok(_) => clock_before_day(rest)?.0,
        Err(_) => rest,
    };
    let (rest, point) = point(prep, rest)?;
    Ok((rest, Term::By(point)))
}

/// `08:00`, `18.00 часов`, `18 часов по местному времени`, `00 часов 00 минут`: the hour
/// written before the day it falls on, as election calendars and regime orders write it.
///
/// ```text
/// clock_before_day = (time_of_day [ws+ hours] | digit{1,2} ws+ hours) [ws+ digit{1,2} ws+ "минут"]
///                    [ws+ ("по местному времени" | "по московскому времени" | "(мск)")] ws+
/// hours            = "часов" | "часа" | "час." | "ч."
/// ```
fn clock_before_day(i: &str) -> IResult<&str, ()> {
    let hours = || alt((tag("часов"), tag("часа"), tag("час."), tag("ч.")));
    let number = || take_while_m_n(1, 2, |c: char| c.is_ascii_digit());
    let (rest, _) = alt(((time_of_day, opt((ws1, hours()))).map(|_| ()), (number(), ws1, hours()).map(|_| ()))).parse(i)?;
    let (rest, _) = opt((ws1, number(), ws1, tag("минут"))).parse(rest)?;
    let zone = alt((phrase("по местному времени"), phrase("по московскому времени"), tag("(мск)")));
    let (rest, _) = opt((ws1, zone)).parse(rest)?;
    let (rest, _) = ws1(rest)?;
    Ok((rest, ()))
}

/// The end point after a `by` preposition.
///
/// ```text
/// point = ("конца" | "концу" | "окончания" | "окончанию") ws+ period_end
///       | day_date | month_ref | year_period        ; after "по", a day only
/// ```
fn point<'a>(prep: &'static str, i: &'a str) -> IResult<&'a str, Point> {
    if let Ok((rest, _)) = (alt((tag("конца"), tag("концу"), tag("окончания"), tag("окончанию"))), ws1).parse(i) {
        let (rest, p) = period_end(rest)?;
        return Ok((rest, Point::EndOf(p)));
    }
    if let Ok((rest, _)) = (alt((tag("начала"), tag("началу"))), ws1).parse(i) {
        let (rest, p) = period_end(rest)?;
        // `к началу учебного года` with no year: the coming one, which the year rules do not
        // place; left an event.
        if matches!(p, PeriodLit::YearUnwritten | PeriodLit::AcademicUnwritten) {
            return fail(i);
        }
        return Ok((rest, Point::StartOf(p)));
    }
    if let Ok((rest, d)) = day_date(i) {
        return Ok((rest, Point::Day(d)));
    }
    if prep == "по" {
        return fail(i);
    }
    let (rest, p) = alt((month_ref.map(|(m, y)| PeriodLit::Month(m, y)), year_period)).parse(i)?;
    Ok((rest, if prep == "позднее" { Point::EndOf(p) } else { Point::Before(p) }))
}

/// What `до конца …` ends: a written period, or `года`, `месяца`, `квартала`, `учебного года`.
fn period_end(i: &str) -> IResult<&str, PeriodLit> {
    let (i, _) = opt((alt((tag("текущего"), tag("этого"), tag("календарного"))), ws1)).parse(i)?;
    alt((
        period,
        value(PeriodLit::AcademicUnwritten, phrase("учебного года")),
        value(PeriodLit::CurrentYear, tag("года")),
        value(PeriodLit::CurrentMonth, tag("месяца")),
        value(PeriodLit::CurrentQuarter, tag("квартала")),
    ))
    .parse(i)
}

/// `с 01.09.2020 по 31.05.2021`, `в период с 1 по 10 апреля`, `01.09.2020 - 31.05.2021`.
///
/// ```text
/// between = [("в период" | "на период" | "в срок") ws+] "с" ws+ (day_date | digit{1,2}) ws+ ("по" | "до") ws+ day_date
///         | "не ранее" ws+ day_date [","] ws+ "и" ws+ ("не позднее" | "до") ws+ day_date
///         | day_date ws* dash ws* day_date
///         | digit{1,2} ws* dash ws* day_date          ; `1–10 ноября 2020 г.`
/// ```
pub(super) fn between(i: &str) -> IResult<&str, Term> {
    // The first bound: a day with its month (and year), a day and month in figures (`29.04`), or
    // a day alone, which take the rest from the second bound.
    let first_bound = |i| alt((day_date.map(First::Day), day_month_figures.map(|(d, m)| First::DayMonth(d, m)), day_only.map(|_| First::DayAlone))).parse(i);
    let complete = |first: First, i: &str, to: DateLit| match first {
        First::Day(from) => from,
        First::DayMonth(day, month) => DateLit { day: Some(day), month, ..to },
        First::DayAlone => DateLit { day: leading_day(i), ..to },
    };
    let with_words = |i| {
        let (rest, _) = opt((alt((phrase("в период"), phrase("на период"), phrase("в срок"))), ws1)).parse(i)?;
        let (rest, _) = (tag("с"), ws1).parse(rest)?;
        let (rest, from) = first_bound(rest)?;
        let (rest, _) = (ws1, alt((tag("по"), tag("до"))), ws1).parse(rest)?;
        let (rest, to) = day_date(rest)?;
        Ok((rest, Term::Between(complete(from, i, to), to)))
    };
    // `не ранее 24 июня и не позднее 13 июля 2023 года`: a window, as election calendars set it.
    let window = |i| {
        let (rest, _) = (phrase("не ранее"), ws1).parse(i)?;
        let (rest, from) = day_date(rest)?;
        let (rest, _) = (opt(char(',')), ws1, tag("и"), ws1, alt((phrase("не позднее"), tag("до"))), ws1).parse(rest)?;
        let (rest, to) = day_date(rest)?;
        Ok((rest, Term::Between(from, to)))
    };
    let with_dash = |i| {
        let (rest, from) = first_bound(i)?;
        let (rest, _) = (ws0, dash, ws0).parse(rest)?;
        let (rest, to) = day_date(rest)?;
        Ok((rest, Term::Between(complete(from, i, to), to)))
    };
    alt((with_words, window, with_dash)).parse(i)
}

/// The first bound of a range as written (see [`between`]).
#[derive(Clone, Copy)]
enum First {
    Day(DateLit),
    DayMonth(u32, u32),
    DayAlone,
}

/// `29.04` before `– 01.05.2024`: a day and a month in figures, no year (see
/// [`super::date::day_month_figures`]).
fn day_month_figures(i: &str) -> IResult<&str, (u32, u32)> {
    super::date::day_month_figures(i, 1)
}

/// `с 01.10.2023`, `с 18 марта 2020 года`, `с 00 часов 00 минут 17 марта 2020 года`: a period
/// that starts on a day with its year and has no end. Read where a term is labelled (`Срок –
/// с 01.10.2023`); closing a clause, such a day is when the act takes effect (`вступает в силу
/// с 1 января 2023 года`), no term.
///
/// ```text
/// since = "с" ws+ [clock_before_day] day_date   ; year written
/// ```
fn since(i: &str) -> IResult<&str, Term> {
    let (rest, _) = (tag("с"), ws1).parse(i)?;
    let (rest, _) = opt(clock_before_day).parse(rest)?;
    let (rest, day) = day_date(rest)?;
    if day.year.is_none() {
        return fail(i);
    }
    Ok((rest, Term::Since(day)))
}

/// A bare day number (`1` in `с 1 по 10 апреля`).
fn day_only(i: &str) -> IResult<&str, u32> {
    let (rest, d) = take_while_m_n(1, 2, |c: char| c.is_ascii_digit())(i)?;
    Ok((rest, d.parse().unwrap_or(0)))
}

/// The first number in a `с N по …` phrase.
fn leading_day(s: &str) -> Option<u32> {
    s.split(|c: char| !c.is_ascii_digit()).find(|w| !w.is_empty())?.parse().ok()
}

/// `в течение 2020/2021 учебного года`, `в течение года`, `в декабре 2020 г.`, `в I квартале`.
///
/// ```text
/// during = ("в течение" | "в период" | "во" | "в" | "на") ws+ ["всего" ws+] [("текущего" | "этого") ws+]
///          (period_list | "учебного года" | "года")
/// ```
pub(super) fn during(i: &str) -> IResult<&str, Term> {
    let (rest, _) = (alt((phrase("в течение"), phrase("в период"), tag("во"), tag("в"), tag("на"))), ws1).parse(i)?;
    let (rest, _) = opt((tag("всего"), ws1)).parse(rest)?;
    let (rest, _) = opt((alt((tag("текущего"), tag("этого"))), ws1)).parse(rest)?;
    let (rest, p) = alt((
        period_list_items,
        value(vec![PeriodLit::AcademicUnwritten], phrase("учебного года")),
        value(vec![PeriodLit::YearUnwritten], tag("года")),
    ))
    .parse(rest)?;
    Ok((rest, Term::Periods(p)))
}

/// Several days, each a `by` term of its own: `до 20.01.2021, до 20.04.2021`, `до 25 декабря
/// 2024 года и до 25 мая 2025 года` — the days of a `dates` term.
///
/// ```text
/// by_day_list = "до" ws+ day_date ((ws* ("," | ";") ws* | ws+ "и" ws+) "до" ws+ day_date)+
/// ```
fn by_day_list(i: &str) -> IResult<&str, Term> {
    let by_day = || (tag("до"), ws1, day_date).map(|(.., d)| PeriodLit::Day(d));
    let (rest, first) = by_day().parse(i)?;
    let separator = || alt(((ws0, alt((char(','), char(';'))), ws0).map(|_| ()), (ws1, tag("и"), ws1).map(|_| ())));
    let (rest, more) = many1((separator(), by_day()).map(|(_, d)| d)).parse(rest)?;
    let mut days = vec![first];
    days.extend(more);
    Ok((rest, Term::Periods(days)))
}

/// One or more periods: `декабрь 2020 г.`, `март, май 2021 г.`, `ноябрь январь апрель`,
/// `10 февраля, 10 марта 2021 г.`; a lone day (`25.11.2020`) is a term of that day.
fn period_list(i: &str) -> IResult<&str, Term> {
    let (rest, items) = period_list_items(i)?;
    match items.as_slice() {
        [PeriodLit::Day(d)] => Ok((rest, Term::On(*d))),
        _ => Ok((rest, Term::Periods(items))),
    }
}

/// ```text
/// period_list = period [item_note] (list_sep period [item_note])*
/// list_sep    = ws* "," ws* reserve_days | ws* ("," | ";") ws* | ws+ "и" ws+ | ws+
/// ```
fn period_list_items(i: &str) -> IResult<&str, Vec<PeriodLit>> {
    // Notes go with a list of days, not with a lone period (`в летний период 2021 года (приложение 1)`).
    match listed_periods(i, true) {
        Ok((rest, items)) if items.len() > 1 => Ok((rest, items)),
        _ => listed_periods(i, false),
    }
}

/// [`period_list_items`], with or without an [`item_note`] after each item.
fn listed_periods(i: &str, notes: bool) -> IResult<&str, Vec<PeriodLit>> {
    let note = |i| if notes { opt(item_note).parse(i) } else { Ok((i, None)) };
    let item = || (alt((shared_month_days, shared_parts, period.map(|p| vec![p]))), note).map(|(p, _)| p);
    let sep = alt((
        (ws0, char(','), ws0, reserve_days).map(|_| ()),
        (ws0, alt((char(','), char(';'))), ws0).map(|_| ()),
        (ws1, tag("и"), ws1).map(|_| ()),
        ws1.map(|_| ()),
    ));
    let (rest, mut items) = item().parse(i)?;
    let (rest, more) = many0((sep, item()).map(|(_, p)| p)).parse(rest)?;
    items.extend(more.into_iter().flatten());
    Ok((rest, items))
}

/// `17.10.2023 (4-6 кл.), 19.10.2023 (7-11 кл.)`: a short note in parentheses after a listed day
/// saying whom or what it is for; no date or month in it.
///
/// ```text
/// item_note = ws* "(" (any but "(" ")" line break){1,40} ")"
/// ```
pub(super) fn item_note(i: &str) -> IResult<&str, ()> {
    let inner = take_till(|c: char| matches!(c, '(' | ')' | '\n' | '\r'));
    let undated = |note: &str| {
        let words_ok = note.split(|c: char| !crate::text::is_letter(c)).all(|w| lexicon::month(w).is_none());
        (note.chars().count() <= 40 && !note.trim().is_empty() && words_ok && crate::extract::clause::years_named(note).is_empty()).then_some(())
    };
    let (rest, _) = (ws0, char('('), map_opt(inner, undated)).parse(i)?;
    // The term's reader trims a `)` that closes the whole text.
    if rest.is_empty() {
        return Ok((rest, ()));
    }
    let (rest, _) = char(')')(rest)?;
    Ok((rest, ()))
}

/// `в дополнительные сроки - `, `резервные дни: `: an exam's or olympiad's main day is listed
/// first, then the days kept in reserve, under this label.
///
/// ```text
/// reserve_days = ["в" ws+] ("дополнительн" | "резервн") letter* ws+ ("сроки" | "срок" | "дни" | "день"
///                | "даты" | "дата") ws* [("-" | "–" | "—" | ":") ws*]
/// ```
fn reserve_days(i: &str) -> IResult<&str, ()> {
    let (rest, _) = opt((tag("в"), ws1)).parse(i)?;
    let (rest, _) = (alt((tag("дополнительн"), tag("резервн"))), take_while(crate::text::is_letter), ws1).parse(rest)?;
    let (rest, _) = alt((tag("сроки"), tag("срок"), tag("дни"), tag("день"), tag("даты"), tag("дата"))).parse(rest)?;
    let (rest, _) = (ws0, opt((alt((char('-'), char('–'), char('—'), char(':'))), ws0))).parse(rest)?;
    Ok((rest, ()))
}

/// Days that share the month written after the last of them: `10 и 24 апреля 2021 года`,
/// `10, 17 и 24 апреля`.
///
/// ```text
/// shared_month_days = day_number (day_sep day_number)+ ws+ month_ref
/// day_sep           = ws* "," ws* | ws+ "и" ws+
/// ```
fn shared_month_days(i: &str) -> IResult<&str, Vec<PeriodLit>> {
    let day_number = || {
        take_while_m_n(1, 2, |c: char| c.is_ascii_digit())
            .map_opt(|d: &str| d.parse::<u32>().ok().filter(|d| (1..=31).contains(d)))
    };
    let day_sep = alt(((ws0, char(','), ws0).map(|_| ()), (ws1, tag("и"), ws1).map(|_| ())));
    let (rest, first) = day_number().parse(i)?;
    let (rest, more) = many1((day_sep, day_number()).map(|(_, d)| d)).parse(rest)?;
    let (rest, _) = ws1(rest)?;
    let (rest, (month, year)) = month_ref(rest)?;
    let days = std::iter::once(first).chain(more);
    Ok((rest, days.map(|day| PeriodLit::Day(DateLit { day: Some(day), month, year })).collect()))
}

/// Quarters or halves that share the noun written after the last of them: `II, IV квартал`,
/// `II и IV кварталы 2025 года`, `1, 2 полугодие`.
///
/// ```text
/// shared_parts = ordinal (part_sep ordinal)+ ws* ("квартал" | "кв" | "полугоди") letter* ["."] [ws+ year_phrase]
/// part_sep     = ws* "," ws* | ws+ "и" ws+
/// ```
fn shared_parts(i: &str) -> IResult<&str, Vec<PeriodLit>> {
    let part_sep = || alt(((ws0, char(','), ws0).map(|_| ()), (ws1, tag("и"), ws1).map(|_| ())));
    let (rest, first) = ordinal(i)?;
    let (rest, more) = many1((part_sep(), ordinal).map(|(_, n)| n)).parse(rest)?;
    let (rest, _) = ws0(rest)?;
    let (rest, noun) = alt((tag("квартал"), tag("кв"), tag("полугоди"))).parse(rest)?;
    let (rest, _) = take_while1_or_empty(rest);
    let (rest, _) = opt(char('.')).parse(rest)?;
    let (rest, y) = opt((ws0, year_phrase).map(|(_, y)| y)).parse(rest)?;
    let halves = noun == "полугоди";
    let parts: Vec<u32> = std::iter::once(first).chain(more).collect();
    if parts.iter().any(|&n| n > if halves { 2 } else { 4 }) {
        return fail(i);
    }
    Ok((rest, parts.into_iter().map(|n| if halves { PeriodLit::Half(n, y) } else { PeriodLit::Quarter(n, y) }).collect()))
}

/// ```text
/// period = academic | quarter | half | decade | season | month_range | month_ref | year_period | day_date
/// ```
fn period(i: &str) -> IResult<&str, PeriodLit> {
    alt((academic, quarter, half, decade, season, month_range, month_ref.map(|(m, y)| PeriodLit::Month(m, y)), year_period, day_date.map(PeriodLit::Day)))
        .parse(i)
}

/// A month with its year if written: `декабрь 2020 г.`, `марта`.
///
/// ```text
/// month_ref = month_name [ws+ year_phrase]
/// ```
fn month_ref(i: &str) -> IResult<&str, (u32, Option<i32>)> {
    let (rest, m) = month_name(i)?;
    let (rest, y) = opt((ws0, year_phrase).map(|(_, y)| y)).parse(rest)?;
    Ok((rest, (m, y)))
}

/// `февраль - март 2021 г.`, `ноябрь-май`, `с января по март`, `ноябрь 2020 – май 2021`.
///
/// ```text
/// month_range = ["с" ws+] month_ref ws* (dash | "по") ws* month_ref
/// ```
fn month_range(i: &str) -> IResult<&str, PeriodLit> {
    let (rest, _) = opt((tag("с"), ws1)).parse(i)?;
    let (rest, from) = month_ref(rest)?;
    let (rest, _) = alt(((ws0, dash, ws0).map(|_| ()), (ws1, tag("по"), ws1).map(|_| ()))).parse(rest)?;
    let (rest, to) = month_ref(rest)?;
    Ok((rest, PeriodLit::MonthRange(from, to)))
}

/// `2020/2021 учебный год`, `2020-2021 уч. г.`, `2020 – 2021 учебном году`, `2020/21`.
///
/// ```text
/// academic = year4 ws* ("/" | dash) ws* year [ws* academic_word]   ; dash needs the word
/// ```
fn academic(i: &str) -> IResult<&str, PeriodLit> {
    let (rest, y1) = year4(i)?;
    let (rest, _) = ws0(rest)?;
    let (rest, slash) = alt((value(true, char('/')), value(false, dash))).parse(rest)?;
    let (rest, _) = ws0(rest)?;
    let (rest, y2) = year(rest)?;
    let (rest, word) = opt((ws0, academic_word)).parse(rest)?;
    if word.is_some() || slash {
        if y2 != y1 + 1 {
            return fail(i);
        }
        return Ok((rest, PeriodLit::Academic(y1)));
    }
    let (rest, _) = (ws0, alt((years_word, year_word))).parse(rest)?;
    if y2 <= y1 {
        return fail(i);
    }
    Ok((rest, PeriodLit::Years(y1, y2)))
}

/// `учебный год`, `учебного года`, `учебном году`, `уч. г.`, `уч.год`.
fn academic_word(i: &str) -> IResult<&str, ()> {
    let (rest, _) = alt((tag("учебн"), tag("уч."), tag("уч "))).parse(i)?;
    let (rest, _) = take_while1_or_empty(rest);
    let (rest, _) = ws0(rest)?;
    let (rest, _) = opt(year_word).parse(rest)?;
    Ok((rest, ()))
}

/// The plural year words after a range of years: `годы`, `годах`, `годов`.
fn years_word(i: &str) -> IResult<&str, &str> {
    let (rest, w) = alt((tag("годы"), tag("годах"), tag("годов"))).parse(i)?;
    if rest.starts_with(|c: char| crate::text::is_letter(c)) {
        return fail(i);
    }
    Ok((rest, w))
}

fn take_while1_or_empty(i: &str) -> (&str, &str) {
    let n = i.find(|c: char| !crate::text::is_letter(c)).unwrap_or(i.len());
    (i.get(n..).unwrap_or(""), i.get(..n).unwrap_or(""))
}

/// A year with its word: `2021 год`, `2021 г.`, `в 2021 году`.
fn year_period(i: &str) -> IResult<&str, PeriodLit> {
    let (rest, y) = year4(i)?;
    let (rest, _) = (ws0, year_word).parse(rest)?;
    Ok((rest, PeriodLit::Year(y)))
}

/// A Roman or Arabic ordinal 1–4, or an ordinal word (`первое`, `вторая`, `третьей`).
fn ordinal(i: &str) -> IResult<&str, u32> {
    let (rest, n) = alt((
        value(4, tag("iv")),
        value(3, tag("iii")),
        value(2, tag("ii")),
        value(1, tag("i")),
        value(4, tag("4")),
        value(3, tag("3")),
        value(2, tag("2")),
        value(1, tag("1")),
        value(1, alt((tag("первое"), tag("первом"), tag("первый"), tag("первого"), tag("первая"), tag("первой")))),
        value(2, alt((tag("второе"), tag("втором"), tag("второй"), tag("второго"), tag("вторая")))),
        value(3, alt((tag("третий"), tag("третьем"), tag("третьего"), tag("третья"), tag("третьей")))),
        value(4, alt((tag("четвертый"), tag("четвертом"), tag("четвертого")))),
    ))
    .parse(i)?;
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return fail(i);
    }
    // A Russian ending (`1-й`, `2-го`), not the next numeral of a range (`II-III`).
    let (rest, _) = opt((char('-'), take_while1(|c: char| matches!(c, 'а'..='я')))).parse(rest)?;
    Ok((rest, n))
}

/// `IV квартал 2020 г.`, `1 кв. 2021`, `в I квартале`, and a range of quarters, `II–III кварталы
/// 2021 года` or `IV квартал 2020 г. – I квартал 2021 г.`, read as the range of their months.
///
/// ```text
/// quarter     = quarter_one [ws* dash ws* quarter_one]
/// quarter_one = ordinal [ws* dash ws* ordinal] ws* ("квартал" letter* | "кв." | "кв") [ws+ year_phrase]
/// ```
fn quarter(i: &str) -> IResult<&str, PeriodLit> {
    alt((quarter_span, quarter_one)).parse(i)
}

/// Two quarters with a dash between: `IV квартал 2020 г. – I квартал 2021 г.` (the months from
/// the first's start to the second's end).
fn quarter_span(i: &str) -> IResult<&str, PeriodLit> {
    let (rest, first) = quarter_one(i)?;
    let (rest, _) = (ws0, dash, ws0).parse(rest)?;
    let (rest, last) = quarter_one(rest)?;
    match (first, last) {
        (PeriodLit::Quarter(a, ya), PeriodLit::Quarter(b, yb)) => Ok((rest, PeriodLit::MonthRange((3 * a - 2, ya.or(yb)), (3 * b, yb)))),
        _ => fail(i),
    }
}

/// One quarter, or a range of quarters of one year (`II–III кварталы 2021 года`).
fn quarter_one(i: &str) -> IResult<&str, PeriodLit> {
    let (rest, q) = ordinal(i)?;
    let (rest, last) = opt((ws0, dash, ws0, ordinal).map(|(_, _, _, q)| q)).parse(rest)?;
    let (rest, _) = ws0(rest)?;
    let (rest, _) = alt((tag("квартал"), tag("кв"))).parse(rest)?;
    let (rest, _) = take_while1_or_empty(rest);
    let (rest, _) = opt(char('.')).parse(rest)?;
    let (rest, y) = opt((ws0, year_phrase).map(|(_, y)| y)).parse(rest)?;
    match last {
        None => Ok((rest, PeriodLit::Quarter(q, y))),
        Some(last) if q < last && last <= 4 => Ok((rest, PeriodLit::MonthRange((3 * q - 2, y), (3 * last, y)))),
        Some(_) => fail(i),
    }
}

/// `1 полугодие 2021`, `II полугодие`, `первое полугодие`, `I полугодие 2021-2022 учебного года`.
///
/// ```text
/// half = ordinal ws* "полугоди" letter* [ws+ (academic | year_phrase)]
/// ```
fn half(i: &str) -> IResult<&str, PeriodLit> {
    let (rest, h) = numbered_part(i, 2, "полугоди")?;
    // `I полугодие 2021-2022 учебного года`: the school's half, September to December or January
    // to May.
    if let Ok((after, PeriodLit::Academic(y))) = (ws0, academic).map(|(_, a)| a).parse(rest) {
        let months = if h == 1 { ((9, Some(y)), (12, Some(y))) } else { ((1, Some(y + 1)), (5, Some(y + 1))) };
        return Ok((after, PeriodLit::MonthRange(months.0, months.1)));
    }
    let (rest, y) = opt((ws0, year_phrase).map(|(_, y)| y)).parse(rest)?;
    Ok((rest, PeriodLit::Half(h, y)))
}

/// An ordinal up to `most` and the noun (`stem` and its ending) it numbers: `II полугодие`,
/// `первой декаде`. Returns the ordinal.
fn numbered_part<'a>(i: &'a str, most: u32, stem: &'static str) -> IResult<&'a str, u32> {
    let (rest, n) = ordinal(i)?;
    if n > most {
        return fail(i);
    }
    let (rest, _) = (ws0, tag(stem)).parse(rest)?;
    Ok((take_while1_or_empty(rest).0, n))
}

/// `1 декада ноября 2023 г.`, `во второй декаде декабря`, `III декада января 2024 года`.
///
/// ```text
/// decade = ordinal ws* "декад" letter* ws+ month_name [ws+ year_phrase]     ; ordinal 1–3
/// ```
fn decade(i: &str) -> IResult<&str, PeriodLit> {
    let (rest, d) = numbered_part(i, 3, "декад")?;
    let (rest, (m, y)) = (ws1, month_ref).map(|(_, r)| r).parse(rest)?;
    Ok((rest, PeriodLit::Decade(d, m, y)))
}

/// `летний период 2024 года`, `в течение весеннего периода`: a season named with `период`, read
/// as its months (June–August, March–May, September–November). Winter, which spans two years,
/// and a campaign (`летней оздоровительной кампании`), whose dates are set elsewhere, are left to
/// the event terms.
///
/// ```text
/// season = ("летн" | "весенн" | "осенн") letter* ws+ "период" letter* [ws+ year_phrase]
/// ```
fn season(i: &str) -> IResult<&str, PeriodLit> {
    let (rest, first) = alt((value(6, tag("летн")), value(3, tag("весенн")), value(9, tag("осенн")))).parse(i)?;
    let (rest, _) = take_while1_or_empty(rest);
    let (rest, _) = (ws1, tag("период")).parse(rest)?;
    let (rest, _) = take_while1_or_empty(rest);
    let (rest, y) = opt((ws0, year_phrase).map(|(_, y)| y)).parse(rest)?;
    Ok((rest, PeriodLit::MonthRange((first, y), (first + 2, y))))
}

#[cfg(test)]
mod tests;
