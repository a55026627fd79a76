//! The public typed tree: [`Document`] and its parts, serialised with serde to exactly the JSON
//! of the `ukaz/1` contract (`spec/SCHEMA.md`).
//!
//! Every field is always present in JSON (`null` or `[]`, never omitted), keys are snake_case,
//! dates ISO 8601, spans `[start, end]` byte offsets into the parsed text.

use crate::date::Date;
use crate::diag::Diagnostic;
use crate::span::Span;
use serde::{Deserialize, Serialize};

/// The contract version written in every document's `schema` field.
pub const SCHEMA_VERSION: &str = "ukaz/1";

/// One parsed document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Contract version, always [`SCHEMA_VERSION`].
    pub schema: String,
    /// Where the text came from.
    pub source: Source,
    /// What kind of document this is.
    pub kind: DocumentKind,
    /// The type line as written, cleaned: `Решение коллегии`, `ПРИКАЗ`.
    pub kind_label: Option<String>,
    /// Issuing body from the header, lines joined.
    pub authority: Option<String>,
    /// Date of the document itself.
    pub date: Option<Date>,
    /// Registration number without `№`.
    pub number: Option<String>,
    /// Place of issue (`г. Усинск`).
    pub place: Option<String>,
    /// Subject line (`Об итогах …`).
    pub title: Option<String>,
    /// Text between the title and the operative formula.
    pub preamble: Option<String>,
    /// The formula that opens the operative part (`ПРИКАЗЫВАЮ:`, `Коллегия решила:`).
    pub operative_formula: Option<String>,
    /// Meeting details, for protocols and decisions that list them.
    pub meeting: Option<Meeting>,
    /// The operative part as a tree, duplicates removed.
    pub clauses: Vec<Clause>,
    /// Every leaf clause and plan row, flattened, with inherited assignees and deadline.
    pub tasks: Vec<Task>,
    /// Signature blocks, duplicates removed.
    pub signatures: Vec<Signature>,
    /// The executor (исполнитель) line under the signature.
    pub executor: Option<String>,
    /// The distribution (рассылка) list.
    pub distribution: Vec<String>,
    /// Who controls execution (`Контроль … возложить на …`).
    pub control: Option<Control>,
    /// Attached plans, tables and lists.
    pub appendices: Vec<Appendix>,
    /// Everything surprising that was seen and how it was handled.
    pub diagnostics: Vec<Diagnostic>,
}

/// Where a document's text came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// The path as given (`-` for stdin; `archive.zip/member.txt` for a zip member).
    pub name: String,
    /// Size of the raw input in bytes.
    pub bytes: u64,
    /// SHA-256 of the raw input bytes, lowercase hex.
    pub sha256: String,
    /// The encoding the bytes were decoded from.
    pub encoding: Encoding,
    /// The container format the text was extracted from.
    pub format: Format,
}

/// A batch output line for a document that could not be read:
/// `{"schema": "ukaz/1", "source": Source, "error": {"code", "message"}}`.
///
/// # Example
/// ```
/// let record = ukaz::ErrorRecord {
///     schema: ukaz::SCHEMA_VERSION.into(),
///     source: ukaz::bytes_source("a.doc", b"", ukaz::Encoding::Utf8, ukaz::Format::Text),
///     error: ukaz::ErrorInfo { code: "input.unsupported_format".into(), message: "a.doc: …".into() },
/// };
/// let json = serde_json::to_value(&record)?;
/// assert_eq!(json["error"]["code"], "input.unsupported_format");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorRecord {
    /// Contract version, always [`SCHEMA_VERSION`].
    pub schema: String,
    /// The input as far as it was read.
    pub source: Source,
    /// Why it could not be read.
    pub error: ErrorInfo,
}

/// The `error` of an [`ErrorRecord`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorInfo {
    /// Stable dotted code (`input.unsupported_format`).
    pub code: String,
    /// What went wrong, naming the input.
    pub message: String,
}

/// Text encodings ukaz reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Encoding {
    /// UTF-8 (with or without BOM).
    #[serde(rename = "utf-8")]
    Utf8,
    /// Windows-1251 (Cyrillic).
    #[serde(rename = "windows-1251")]
    Windows1251,
    /// KOI8-R.
    #[serde(rename = "koi8-r")]
    Koi8R,
    /// IBM 866 (DOS Cyrillic).
    #[serde(rename = "ibm866")]
    Ibm866,
    /// UTF-16 little-endian.
    #[serde(rename = "utf-16le")]
    Utf16Le,
    /// UTF-16 big-endian.
    #[serde(rename = "utf-16be")]
    Utf16Be,
}

impl Encoding {
    /// The name as written in JSON (`windows-1251`).
    ///
    /// # Example
    /// ```
    /// assert_eq!(ukaz::Encoding::Koi8R.label(), "koi8-r");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Windows1251 => "windows-1251",
            Encoding::Koi8R => "koi8-r",
            Encoding::Ibm866 => "ibm866",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
        }
    }
}

/// Container formats ukaz reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text.
    Text,
    /// An HTML page.
    Html,
    /// A Word document (`.docx`).
    Docx,
}

/// The kind of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DocumentKind {
    /// решение (коллегии, совета, …)
    Decision,
    /// приказ
    Order,
    /// протокол
    Protocol,
    /// постановление
    Resolution,
    /// распоряжение
    Directive,
    /// Not an operative document: news, letters, unknown.
    Other,
}

/// A person named in a meeting block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// The name as written (`Е.К. Орешко`).
    pub name: String,
    /// The position written with it, if any.
    pub position: Option<String>,
    /// Where it is written.
    pub span: Span,
}

/// The meeting block of a protocol or collegium decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    /// How the meeting was held (`в режиме видеоконференцсвязи (ВКС)`).
    pub format: Option<String>,
    /// The chair (председатель).
    pub chair: Option<Person>,
    /// The secretary (секретарь).
    pub secretary: Option<Person>,
    /// Those present (присутствовали) who are named.
    pub present: Vec<Person>,
    /// Those heard (слушали), as written.
    pub heard: Vec<String>,
}

/// A signature block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signature {
    /// The signer's role as written, cleaned (`Председатель Коллегии`).
    pub role: Option<String>,
    /// The signer's name as written.
    pub name: String,
    /// From the role to the name.
    pub span: Span,
}

/// Who controls execution of the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Control {
    /// The control sentence, cleaned.
    pub text: String,
    /// People named in it, as written.
    pub persons: Vec<String>,
    /// Where it is written.
    pub span: Span,
}

/// The role a clause plays in the operative part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// A topic heading (`По вопросу: «…»`).
    Topic,
    /// Only names who must act, then `:` (`Отделу образования:`).
    Addressee,
    /// Everything else.
    Action,
}

/// How binding a clause is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// An instruction.
    Order,
    /// `Рекомендовать …`.
    Recommendation,
    /// `… принять к сведению`.
    Note,
}

/// One clause of the operative part.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Clause {
    /// The number as written, trailing dot removed; `None` for an unnumbered paragraph.
    pub number: Option<String>,
    /// The clause without its number and deadline line, cleaned.
    pub text: String,
    /// Topic, addressee or action.
    pub role: Role,
    /// Order, recommendation or note.
    pub modality: Modality,
    /// Who must act, as stated in this clause itself.
    pub assignees: Vec<Assignee>,
    /// The term stated in this clause itself.
    pub deadline: Option<Deadline>,
    /// Sub-clauses.
    pub children: Vec<Clause>,
    /// From the number to the end of its last own line (deadline included, children excluded).
    pub span: Span,
}

/// Someone who must act.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assignee {
    /// As written (usually dative), cleaned, without parenthesised persons.
    pub text: String,
    /// The same in the nominative.
    pub name: String,
    /// People named with it, as written.
    pub persons: Vec<String>,
    /// Where it is written.
    pub span: Span,
}

/// How a deadline is stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DeadlineKind {
    /// By a day: `до 31 марта 2021 г.`.
    By,
    /// On a single day.
    On,
    /// During one period: a month, quarter, year, academic year, range.
    Period,
    /// Several separate periods: `март, май 2021 г.`.
    Dates,
    /// Continuously: `постоянно`.
    Continuous,
    /// Repeatedly: `ежегодно`, `ежеквартально`.
    Recurring,
    /// Tied to an event or another document.
    Event,
    /// Nothing else fits.
    Unknown,
}

/// A term: when something must be done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deadline {
    /// As written, without the `Срок:` label, cleaned.
    pub text: String,
    /// How the term is stated.
    pub kind: DeadlineKind,
    /// First day of the term, where it has one.
    pub start: Option<Date>,
    /// Last allowed day of the term, where it has one.
    pub end: Option<Date>,
    /// Each `[start, end]` the term covers, in the order of the text.
    pub periods: Vec<(Option<Date>, Option<Date>)>,
    /// Whether a year was taken from context rather than written.
    pub year_inferred: bool,
    /// Where the term is written.
    pub span: Span,
}

/// Where a task comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TaskSource {
    /// A leaf clause.
    Clause,
    /// A row of an appendix plan.
    Plan,
}

/// One thing someone must do: a leaf clause or a plan row, with inherited fields resolved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Task {
    /// The clause number, or `appendix N/ROW` for plan rows; `None` (JSON `null`) for an
    /// unnumbered clause, whose number is `null` too.
    #[serde(rename = "ref")]
    pub reference: Option<String>,
    /// Clause or plan row.
    pub source: TaskSource,
    /// What must be done.
    pub text: String,
    /// The task's own assignees, else the nearest ancestor's.
    pub assignees: Vec<Assignee>,
    /// The task's own deadline, else the nearest ancestor's.
    pub deadline: Option<Deadline>,
    /// The clause or row.
    pub span: Span,
}

/// What an appendix holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AppendixKind {
    /// A plan table of activities.
    Plan,
    /// A list.
    List,
    /// Free text.
    Text,
}

/// An attached plan, list or text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Appendix {
    /// The appendix title, if any.
    pub title: Option<String>,
    /// Plan, list or text.
    pub kind: AppendixKind,
    /// Plan sections with their rows.
    pub sections: Vec<PlanSection>,
    /// The text, for list and text appendices.
    pub text: Option<String>,
    /// The whole appendix.
    pub span: Span,
}

/// A section of a plan (`1. Анализ проведения ГИА-11 в 2020 году`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanSection {
    /// The section number as written, if any.
    pub number: Option<String>,
    /// The section heading.
    pub title: String,
    /// The rows of the section.
    pub rows: Vec<PlanRow>,
}

/// One activity of a plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanRow {
    /// The row number as written, trailing dot removed.
    pub number: Option<String>,
    /// The activity.
    pub text: String,
    /// The term column, read as a deadline.
    pub deadline: Option<Deadline>,
    /// The responsible column, split on commas.
    pub responsible: Vec<String>,
    /// The expected result column.
    pub result: Option<String>,
    /// The row, with its wrapped continuation lines.
    pub span: Span,
}
