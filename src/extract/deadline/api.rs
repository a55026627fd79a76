//! The public face of the deadline grammar: read one term, or find the term that closes a
//! clause, with the year context a caller supplies.

use super::{find_inline, read_deadline, term_inside, YearContext};
use crate::date::Date;
use crate::model::{Deadline, DeadlineKind};

/// Where the missing years of a term come from, in the order the contract applies them: the
/// year the section heading names, the academic year the document plans, the document date.
///
/// Build it with [`DeadlineContext::new`] (or `Default`) and the setters; every field is
/// optional. With no context at all, terms that write their years still read.
///
/// # Example
/// ```
/// let ctx = ukaz::DeadlineContext::new()
///     .document_date(ukaz::Date::new(2020, 10, 20).ok_or("bad date")?)
///     .academic_year(2020);
/// let d = ukaz::parse_deadline("май", &ctx).ok_or("not a term")?;
/// assert_eq!(d.end.map(|d| d.to_string()).as_deref(), Some("2021-05-31"));
/// assert!(d.year_inferred);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct DeadlineContext {
    /// The date of the document: terms counted from it (`в 3-дневный срок`) end relative to it,
    /// and a month without a year is the first such month on or after it.
    pub document_date: Option<Date>,
    /// The one year the heading of the term's section names (`Анализ ГИА-11 в 2020 году`).
    pub heading_year: Option<i32>,
    /// The academic year `Y/Y+1` the document plans, as `Y`.
    pub academic_year: Option<i32>,
}

impl DeadlineContext {
    /// A context with nothing known.
    ///
    /// # Example
    /// ```
    /// assert_eq!(ukaz::DeadlineContext::new(), ukaz::DeadlineContext::default());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new() -> DeadlineContext {
        DeadlineContext::default()
    }

    /// Sets the document date.
    ///
    /// # Example
    /// ```
    /// let date: ukaz::Date = "2020-10-20".parse()?;
    /// let ctx = ukaz::DeadlineContext::new().document_date(date);
    /// let d = ukaz::parse_deadline("в 3-дневный срок", &ctx).ok_or("not a term")?;
    /// assert_eq!(d.end.map(|d| d.to_string()).as_deref(), Some("2020-10-23"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn document_date(mut self, date: Date) -> DeadlineContext {
        self.document_date = Some(date);
        self
    }

    /// Sets the year the section heading names.
    ///
    /// # Example
    /// ```
    /// let ctx = ukaz::DeadlineContext::new().heading_year(2021);
    /// let d = ukaz::parse_deadline("сентябрь", &ctx).ok_or("not a term")?;
    /// assert_eq!(d.start.map(|d| d.to_string()).as_deref(), Some("2021-09-01"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn heading_year(mut self, year: i32) -> DeadlineContext {
        self.heading_year = Some(year);
        self
    }

    /// Sets the academic year `year/year+1` the document plans.
    ///
    /// # Example
    /// ```
    /// let ctx = ukaz::DeadlineContext::new().academic_year(2020);
    /// let d = ukaz::parse_deadline("в течение учебного года", &ctx).ok_or("not a term")?;
    /// assert_eq!(d.end.map(|d| d.to_string()).as_deref(), Some("2021-08-31"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn academic_year(mut self, year: i32) -> DeadlineContext {
        self.academic_year = Some(year);
        self
    }

    /// The internal form.
    pub(crate) fn years(&self) -> YearContext {
        YearContext { heading_year: self.heading_year, academic_year: self.academic_year, document: self.document_date, ..YearContext::default() }
    }
}

/// Reads a term written on its own — the text of a `Срок:` line without its label, or a plan's
/// deadline cell — and places it on the calendar.
///
/// Returns `None` when the text is not a term (blank, a number, `ГИА-9`, a phone number) or
/// names a month whose year the context cannot supply. The deadline's `span` is in bytes of
/// `text`; `text` is the term cleaned as the contract says.
///
/// # Example
/// ```
/// use ukaz::{parse_deadline, DeadlineContext, DeadlineKind};
///
/// let ctx = DeadlineContext::new();
/// let d = parse_deadline("до «31» марта 2021 г.", &ctx).ok_or("not a term")?;
/// assert_eq!(d.kind, DeadlineKind::By);
/// assert_eq!(d.end.map(|d| d.to_string()).as_deref(), Some("2021-03-31"));
///
/// let d = parse_deadline("IV квартал 2020 г.", &ctx).ok_or("not a term")?;
/// assert_eq!(d.kind, DeadlineKind::Period);
/// assert_eq!(d.start.map(|d| d.to_string()).as_deref(), Some("2020-10-01"));
///
/// assert!(parse_deadline("ГИА-9", &ctx).is_none());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn parse_deadline(text: &str, ctx: &DeadlineContext) -> Option<Deadline> {
    read_deadline(text, 0, &ctx.years()).filter(|d| d.kind != DeadlineKind::Unknown)
}

/// Finds the term that closes a clause (`… разместить на сайте до 01 ноября 2020 года.`,
/// `… ежеквартально до 5 числа месяца, следующего за отчетным.`) or stands in parentheses
/// (`(срок – до 1 ноября)`), and reads it. A period or an event that says when the action is done
/// (`провести с 1 по 10 апреля`, `в установленные сроки`) is a term; a bare year (`в 2023 году`)
/// or what a plan is for (`на 2022 год`) is not. Failing those, a term with a full date put
/// after the verb (`провести в срок до 18 апреля 2022 года проверку`).
///
/// The deadline's `span` is in bytes of `clause`.
///
/// # Example
/// ```
/// let ctx = ukaz::DeadlineContext::new().document_date("2020-10-20".parse()?);
/// let d = ukaz::find_deadline("Разместить план на сайте до 01 ноября 2020 года.", &ctx)
///     .ok_or("no term")?;
/// assert_eq!(d.text, "до 01 ноября 2020 года");
/// assert_eq!((d.span.start, d.span.end), (46, 80));
/// let seminar = ukaz::find_deadline("Провести семинар с 1 по 10 апреля.", &ctx).ok_or("no term")?;
/// assert_eq!(seminar.kind, ukaz::DeadlineKind::Period);
/// assert!(ukaz::find_deadline("Обеспечить участие в исследовании в 2023 году.", &ctx).is_none());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn find_deadline(clause: &str, ctx: &DeadlineContext) -> Option<Deadline> {
    let (start, end) = find_inline(clause).or_else(|| term_inside(clause))?;
    read_deadline(clause.get(start..end)?, start, &ctx.years())
}
