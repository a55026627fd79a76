//! Calendar placement: a [`Term`] as written becomes ISO intervals, with missing years filled in
//! by the contract's rules (section heading year, planned academic year, document date).

use super::{Point, PeriodLit, Resolved, Term, Unit, YearContext};
use crate::date::Date;
use crate::extract::date::DateLit;
use crate::model::DeadlineKind;

/// Places a term on the calendar. `None` when a needed year cannot be placed.
pub(crate) fn resolve(term: &Term, ctx: &YearContext) -> Option<Resolved> {
    let mut inferred = false;
    let (kind, periods) = match term {
        Term::Continuous(None) => (DeadlineKind::Continuous, Vec::new()),
        Term::Continuous(Some(day)) => (DeadlineKind::Continuous, vec![(Some(place_day(*day, ctx, &mut inferred)?), None)]),
        Term::Recurring(window) => (DeadlineKind::Recurring, window_periods(window.as_deref(), ctx)),
        Term::Event => (DeadlineKind::Event, Vec::new()),
        Term::Relative { amount, unit, from_document } => {
            match (*from_document && !ctx.quoted, ctx.document) {
                (true, Some(doc)) => (DeadlineKind::By, vec![(None, Some(add_span(doc, *amount, *unit)))]),
                _ => (DeadlineKind::Event, Vec::new()),
            }
        }
        Term::On(d) => {
            let date = place_day(*d, ctx, &mut inferred)?;
            (DeadlineKind::On, vec![(Some(date), Some(date))])
        }
        Term::Between(a, b) => {
            let end = place_day(*b, ctx, &mut inferred)?;
            let a = DateLit { year: a.year.or_else(|| Some(if a.month <= b.month { end.year() } else { end.year() - 1 })), ..*a };
            let start = place_day(a, ctx, &mut inferred)?;
            (DeadlineKind::Period, vec![(Some(start), Some(end))])
        }
        Term::Since(day) => (DeadlineKind::Period, vec![(Some(place_day(*day, ctx, &mut inferred)?), None)]),
        Term::By(point) => (DeadlineKind::By, vec![(None, Some(place_point(point, ctx, &mut inferred)?))]),
        Term::Periods(items) if is_unplaceable_year(items, ctx) => (DeadlineKind::Continuous, Vec::new()),
        Term::Periods(items) => {
            let periods = place_periods(items, ctx, &mut inferred)?;
            let kind = if periods.len() == 1 { DeadlineKind::Period } else { DeadlineKind::Dates };
            (kind, periods.into_iter().map(|(s, e)| (Some(s), Some(e))).collect())
        }
    };
    // A period written backwards (`ноябрь 2020 г. – май 2012 г.`) is not a term.
    if periods.iter().any(|&(s, e)| matches!((s, e), (Some(s), Some(e)) if s > e)) {
        return None;
    }
    Some(Resolved { kind, periods, year_inferred: inferred })
}

/// The periods of a recurring term's window, where its year is written (`ежегодно в декабре`
/// names every December, not one).
fn window_periods(window: Option<&Term>, ctx: &YearContext) -> Vec<(Option<Date>, Option<Date>)> {
    match window.and_then(|w| resolve(w, ctx)) {
        Some(r) if !r.year_inferred && r.kind != DeadlineKind::Continuous => r.periods,
        _ => Vec::new(),
    }
}

/// `в течение (учебного) года` where no academic year can be placed: a continuous term.
fn is_unplaceable_year(items: &[PeriodLit], ctx: &YearContext) -> bool {
    matches!(items, [PeriodLit::YearUnwritten | PeriodLit::AcademicUnwritten]) && context_academic_year(ctx).is_none()
}

/// The date `amount` units after `doc`.
fn add_span(doc: Date, amount: u32, unit: Unit) -> Date {
    match unit {
        Unit::Day => doc.add_days(i64::from(amount)),
        Unit::Week => doc.add_days(7 * i64::from(amount)),
        Unit::Month => add_months(doc, amount),
        Unit::Hour => doc.add_days(i64::from(amount / 24)),
        Unit::WorkingDay => add_working_days(doc, amount),
        Unit::Year => add_months(doc, amount.saturating_mul(12)),
    }
}

/// The same day `n` months later, clamped to the month's end.
fn add_months(d: Date, n: u32) -> Date {
    let total = d.month() - 1 + n;
    let year = d.year() + i32::try_from(total / 12).unwrap_or(0);
    let month = total % 12 + 1;
    let last = Date::last_of_month(year, month).map_or(28, Date::day);
    Date::new(year, month, d.day().min(last)).unwrap_or(d)
}

/// `n` working days (Monday–Friday) after `d`; public holidays are not known.
fn add_working_days(d: Date, n: u32) -> Date {
    let mut date = d;
    let mut left = n;
    while left > 0 {
        date = date.add_days(1);
        // 1970-01-01 was a Thursday.
        if date.weekday() < 5 {
            left -= 1;
        }
    }
    date
}

/// Places a day date: its year, else its month by the year rules.
fn place_day(d: DateLit, ctx: &YearContext, inferred: &mut bool) -> Option<Date> {
    let year = match d.year {
        Some(y) => y,
        None => place_month(d.month, ctx, inferred)?,
    };
    Date::new(year, d.month, d.day?)
}

/// The year of a month without one, by the contract's rules: the section heading year, the
/// planned academic year (September–December → Y, else Y+1), the document date (the first such
/// month on or after the document's month).
///
/// A plan title's year places no month before the document's month (see
/// [`YearContext::heading_from_title`]).
///
/// An academic year only written in the text ahead of the document's own (`на 2022/2023 учебный
/// год` in a decision of February 2022) places no month more than a year after the document's
/// date, nor the document's month a year on: the work is done before that year, and the
/// document date places it.
fn place_month(month: u32, ctx: &YearContext, inferred: &mut bool) -> Option<i32> {
    let academic = ctx.academic_year.map(|y| if month >= 9 { y } else { y + 1 });
    let too_far = |year: i32| ctx.academic_in_text && ctx.document.is_some_and(|doc| months_between(doc, year, month) >= 12);
    let past = |year: i32| ctx.heading_from_title && ctx.document.is_some_and(|doc| months_between(doc, year, month) < 0);
    let year = if let Some(y) = ctx.heading_year.filter(|&y| !past(y)) {
        y
    } else if let Some(y) = academic.filter(|&y| !too_far(y)) {
        y
    } else {
        let doc = ctx.document?;
        if month >= doc.month() {
            doc.year()
        } else {
            doc.year() + 1
        }
    };
    *inferred = true;
    Some(year)
}

/// How many months from the document's month to `month` of `year` (negative before it).
fn months_between(doc: Date, year: i32, month: u32) -> i64 {
    (i64::from(year) * 12 + i64::from(month)) - (i64::from(doc.year()) * 12 + i64::from(doc.month()))
}

/// The academic year of the context: the planned one, else the one holding the document date.
fn context_academic_year(ctx: &YearContext) -> Option<i32> {
    ctx.academic_year.or_else(|| ctx.document.map(|d| if d.month() >= 9 { d.year() } else { d.year() - 1 }))
}

/// The last allowed day of a `by` term.
fn place_point(point: &Point, ctx: &YearContext, inferred: &mut bool) -> Option<Date> {
    match point {
        Point::Day(d) => place_day(*d, ctx, inferred),
        Point::EndOf(p) => place_period(*p, ctx, inferred).map(|(_, e)| e),
        Point::Before(p) => place_period(*p, ctx, inferred).map(|(s, _)| s.add_days(-1)),
        Point::StartOf(p) => place_period(*p, ctx, inferred).map(|(s, _)| s),
    }
}

/// Places a list of periods: a year written once at the end applies to every item without one;
/// otherwise each item is placed on its own by rules 1–2, and under rule 3 each later item is
/// the first such month at or after the one before it.
fn place_periods(items: &[PeriodLit], ctx: &YearContext, inferred: &mut bool) -> Option<Vec<(Date, Date)>> {
    // `сентябрь, декабрь 2023 г., май 2024 г.`: a year written after items covers those before it
    // back to the one written before; the last item's year covers those that run up to it.
    let next_year = |k: usize| items.get(k..).and_then(|rest| rest.iter().find_map(|p| written_year(*p)));
    let trailing_year = items.last().and_then(|p| written_year(*p));
    let mut out: Vec<(Date, Date)> = Vec::with_capacity(items.len());
    for (k, item) in items.iter().enumerate() {
        let item = match (trailing_year.and(next_year(k)), written_year(*item)) {
            (Some(y), None) => with_year(*item, y),
            _ => *item,
        };
        let chained = ctx.heading_year.is_none() && ctx.academic_year.is_none();
        let placed = match (chained, out.last()) {
            (true, Some(&(_, prev_end))) if written_year(item).is_none() => {
                let local = YearContext { document: Some(prev_end), ..YearContext::default() };
                place_period(item, &local, inferred)?
            }
            _ => place_period(item, ctx, inferred)?,
        };
        out.push(placed);
    }
    Some(out)
}

/// The year written with a period, if any (the end's for a range).
pub(super) fn written_year(p: PeriodLit) -> Option<i32> {
    match p {
        PeriodLit::Month(_, y) | PeriodLit::Quarter(_, y) | PeriodLit::Half(_, y) | PeriodLit::Decade(_, _, y) => y,
        PeriodLit::Day(d) => d.year,
        PeriodLit::MonthRange(_, (_, y)) => y,
        PeriodLit::Year(y) | PeriodLit::Years(_, y) | PeriodLit::Academic(y) => Some(y),
        _ => None,
    }
}

/// The period with year `y` filled in where it was missing.
fn with_year(p: PeriodLit, y: i32) -> PeriodLit {
    match p {
        PeriodLit::Month(m, None) => PeriodLit::Month(m, Some(y)),
        PeriodLit::Day(d) if d.year.is_none() => PeriodLit::Day(DateLit { year: Some(y), ..d }),
        PeriodLit::Quarter(q, None) => PeriodLit::Quarter(q, Some(y)),
        PeriodLit::Half(h, None) => PeriodLit::Half(h, Some(y)),
        PeriodLit::Decade(d, m, None) => PeriodLit::Decade(d, m, Some(y)),
        PeriodLit::MonthRange((a, None), (b, None)) => PeriodLit::MonthRange((a, None), (b, Some(y))),
        other => other,
    }
}

/// First and last day of one period.
fn place_period(p: PeriodLit, ctx: &YearContext, inferred: &mut bool) -> Option<(Date, Date)> {
    let months = |y1: i32, m1: u32, y2: i32, m2: u32| Some((Date::first_of_month(y1, m1)?, Date::last_of_month(y2, m2)?));
    match p {
        PeriodLit::Day(d) => {
            let day = place_day(d, ctx, inferred)?;
            Some((day, day))
        }
        PeriodLit::Month(m, y) => {
            let y = y.map_or_else(|| place_month(m, ctx, inferred), Some)?;
            months(y, m, y, m)
        }
        PeriodLit::MonthRange((m1, y1), (m2, y2)) => {
            let (start, end) = match (y1, y2) {
                (Some(a), Some(b)) => (a, b),
                (None, Some(b)) => (if m1 <= m2 { b } else { b - 1 }, b),
                (Some(a), None) => (a, if m2 >= m1 { a } else { a + 1 }),
                (None, None) => {
                    let a = place_month(m1, ctx, inferred)?;
                    (a, if m2 >= m1 { a } else { a + 1 })
                }
            };
            months(start, m1, end, m2)
        }
        PeriodLit::Quarter(q, y) => {
            let first = 3 * q - 2;
            let y = y.map_or_else(|| place_month(first, ctx, inferred), Some)?;
            months(y, first, y, first + 2)
        }
        PeriodLit::Half(h, y) => {
            let first = 6 * h - 5;
            let y = y.map_or_else(|| place_month(first, ctx, inferred), Some)?;
            months(y, first, y, first + 5)
        }
        PeriodLit::Decade(d, m, y) => {
            let y = y.map_or_else(|| place_month(m, ctx, inferred), Some)?;
            let start = Date::new(y, m, 10 * d - 9)?;
            let end = if d < 3 { Date::new(y, m, 10 * d)? } else { Date::last_of_month(y, m)? };
            Some((start, end))
        }
        PeriodLit::Year(y) => months(y, 1, y, 12),
        PeriodLit::Years(a, b) => months(a, 1, b, 12),
        PeriodLit::Academic(y) => months(y, 9, y + 1, 8),
        PeriodLit::YearUnwritten | PeriodLit::AcademicUnwritten => {
            let y = context_academic_year(ctx)?;
            *inferred = true;
            months(y, 9, y + 1, 8)
        }
        PeriodLit::CurrentYear => {
            let y = ctx.heading_year.or_else(|| ctx.document.map(Date::year))?;
            *inferred = true;
            months(y, 1, y, 12)
        }
        PeriodLit::CurrentMonth => {
            let d = ctx.document?;
            *inferred = true;
            months(d.year(), d.month(), d.year(), d.month())
        }
        PeriodLit::CurrentQuarter => {
            let d = ctx.document?;
            let first = (d.month() - 1) / 3 * 3 + 1;
            *inferred = true;
            months(d.year(), first, d.year(), first + 2)
        }
    }
}
