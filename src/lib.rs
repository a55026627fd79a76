//! **ukaz** turns the raw text of Russian official decision documents — решения коллегий,
//! приказы, протоколы совещаний, постановления, распоряжения — into a typed, source-anchored
//! tree: document metadata, the numbered clause hierarchy, who must act and by when,
//! signatures, meeting attendees and appendix plans, with repeated sections removed and every
//! oddity reported as a diagnostic. The JSON form is the `ukaz/1` contract (`spec/SCHEMA.md`).
//!
//! # Example
//!
//! ```
//! let text = "ПРИКАЗ\n\n20 октября 2020 года\n\n№ 798\n\nОб утверждении плана\n\n\
//!             ПРИКАЗЫВАЮ:\n\n1. Отделу образования (Кунцевич Е.В.) разместить план \
//!             на сайте до 01 ноября 2020 года.\n";
//! let doc = ukaz::parse(text);
//! assert_eq!(doc.kind, ukaz::DocumentKind::Order);
//! assert_eq!(doc.number.as_deref(), Some("798"));
//! let task = &doc.tasks[0];
//! assert_eq!(task.assignees[0].name, "Отдел образования");
//! assert_eq!(task.assignees[0].persons, ["Кунцевич Е.В."]);
//! assert_eq!(task.deadline.as_ref().and_then(|d| d.end).map(|d| d.to_string()), Some("2020-11-01".into()));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The JSON of that task (excerpt):
//!
//! ```json
//! {"ref": "1", "source": "clause", "text": "Отделу образования (Кунцевич Е.В.) разместить план на сайте до 01 ноября 2020 года.",
//!  "assignees": [{"text": "Отделу образования", "name": "Отдел образования", "persons": ["Кунцевич Е.В."], "span": [122, 183]}],
//!  "deadline": {"text": "до 01 ноября 2020 года", "kind": "by", "start": null, "end": "2020-11-01",
//!               "periods": [[null, "2020-11-01"]], "year_inferred": false, "span": [230, 264]}, "span": [119, 265]}
//! ```
//!
//! # Pipeline
//!
//! Parsing is a chain of small pure passes over `&str`; the text is never rewritten, so every
//! span points into it. The one exception is a damaged copy whose scan put letters among digits
//! (`2О2З`) or Latin letters inside Russian words (`ПPИKAЗ`): it is parsed through a repaired
//! copy, and every span of the result is mapped back onto the text as given, so the rule holds
//! for the caller; the result's texts give the words as written, and each repair is reported as
//! `text.ocr_letter` or `text.mixed_script`.
//!
//! ```text
//! &str ─lex─> Line ─block─> LineKind ─layout─> header │ operative │ signatures │ trailer │ appendices
//!   header ─> kind, authority, date, number, place, title, preamble, formula, meeting
//!   operative ─tree─> clauses ─dedup─> ─extract─> text, role, modality, assignees, deadline
//!   appendices ─table─> plan sections and rows
//!   clauses + rows ─tasks─> flattened task list ─> Document (serde) ─> JSON
//! ```
//!
//! # Glossary
//!
//! | Russian | here |
//! |---|---|
//! | пункт, подпункт | [`Clause`] (children are sub-clauses) |
//! | поручение (лист) | [`Task`] |
//! | ответственный, исполнитель, адресат | [`Assignee`] |
//! | срок | [`Deadline`] |
//! | приложение, план мероприятий, дорожная карта | [`Appendix`], [`PlanSection`], [`PlanRow`] |
//! | гриф, реквизиты (вид, дата, номер) | fields of [`Document`] |
//! | преамбула, постановляющая часть | `preamble`, `operative_formula`, `clauses` |
//! | подпись | [`Signature`] |
//! | присутствовали, слушали | [`Meeting`] |
//! | контроль исполнения | [`Control`] |
//!
//! # Features
//!
//! - `cli` (default): the `ukaz` command-line tool (`ukaz parse`, `ukaz batch`); implies `batch`.
//! - `batch` (default through `cli`): [`batch()`], parallel parsing of files, folders and zip
//!   archives with rayon.

#![forbid(unsafe_code)]
#![warn(missing_docs, missing_debug_implementations)]

mod appendix;
#[cfg(feature = "batch")]
mod batch;
mod block;
mod date;
mod dedup;
mod diag;
mod document;
mod extract;
mod header;
mod input;
mod layout;
mod lex;
mod lexicon;
mod memo;
mod model;
mod morph;
mod repair;
mod span;
mod tasks;
mod text;
mod tree;

#[doc(hidden)]
pub mod testing;

#[cfg(feature = "batch")]
pub use batch::{batch, read_file, BatchOptions, NameFilter, Outcome, Record, Summary};
pub use date::{Date, DateParseError};
pub use diag::{Code, Diagnostic, Severity};
pub use extract::deadline::{find_deadline, parse_deadline, DeadlineContext};
pub use input::{decode, decode_with, Decoded, InputError, Limits};
pub use model::{
    Appendix, AppendixKind, Assignee, Clause, Control, Deadline, DeadlineKind, Document, DocumentKind, Encoding,
    ErrorInfo, ErrorRecord, Format, Meeting, Modality, Person, PlanRow, PlanSection, Role, Signature, Source, Task, TaskSource,
    SCHEMA_VERSION,
};
pub use span::{LineIndex, Span};

/// Parses the text of one document. Never fails: problems become [`Diagnostic`]s.
///
/// The document's [`Source`] names it `-` and describes `text` itself (UTF-8, plain text); use
/// [`parse_source`] to describe where the text came from.
///
/// # Example
/// ```
/// let doc = ukaz::parse("Коллегия решила:\n1. Принять информацию к сведению.\n");
/// assert_eq!(doc.clauses[0].modality, ukaz::Modality::Note);
/// assert!(doc.tasks.is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn parse(text: &str) -> Document {
    document::parse_document(text, document::text_source("-", text))
}

/// Parses `text` and records `source` as where it came from.
///
/// # Example
/// ```
/// let text = "ПРИКАЗЫВАЮ:\n1. Утвердить план.\n";
/// let source = ukaz::Source {
///     name: "2020/prikaz.txt".into(),
///     bytes: 1234,
///     sha256: "00".repeat(32),
///     encoding: ukaz::Encoding::Windows1251,
///     format: ukaz::Format::Text,
/// };
/// let doc = ukaz::parse_source(text, source);
/// assert_eq!(doc.source.name, "2020/prikaz.txt");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn parse_source(text: &str, source: Source) -> Document {
    document::parse_document(text, source)
}

/// The source record of UTF-8 text read from `name`: its size and SHA-256.
///
/// # Example
/// ```
/// let source = ukaz::text_source("doc.txt", "abc");
/// assert_eq!(source.bytes, 3);
/// assert!(source.sha256.starts_with("ba7816bf"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn text_source(name: &str, text: &str) -> Source {
    document::text_source(name, text)
}

/// The nominative name of an addressee written in the dative, as [`Assignee::name`] gives it:
/// the head phrase inflected, genitive tails, quoted names and abbreviations kept as written.
///
/// # Example
/// ```
/// assert_eq!(
///     ukaz::addressee_name("Органам местного самоуправления, осуществляющим управление в сфере образования"),
///     "Органы местного самоуправления, осуществляющие управление в сфере образования",
/// );
/// assert_eq!(ukaz::addressee_name("Директору МБОУ «СОШ № 2» Петровой А.А."), "Директор МБОУ «СОШ № 2» Петрова А.А.");
/// ```
pub fn addressee_name(dative: &str) -> String {
    extract::assignee::nominative_name(dative)
}

/// The source record of raw input bytes: their size and SHA-256, and how they were read.
///
/// # Example
/// ```
/// let source = ukaz::bytes_source("a.txt", b"\xcf\xd0", ukaz::Encoding::Windows1251, ukaz::Format::Text);
/// assert_eq!(source.bytes, 2);
/// assert_eq!(source.encoding, ukaz::Encoding::Windows1251);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn bytes_source(name: &str, raw: &[u8], encoding: Encoding, format: Format) -> Source {
    document::bytes_source(name, raw, encoding, format)
}

/// Decodes raw bytes (see [`decode`]) and parses them; the [`Source`] describes the raw bytes,
/// and text that did not decode cleanly gets an `input.encoding` diagnostic.
///
/// # Example
/// ```
/// let koi8 = b"\xf0\xf2\xe9\xeb\xe1\xfa\xf9\xf7\xe1\xe0:\n1. \xf5\xd4\xd7\xc5\xd2\xc4\xc9\xd4\xd8 \xd0\xcc\xc1\xce.\n";
/// let doc = ukaz::parse_bytes("prikaz.txt", koi8)?;
/// assert_eq!(doc.source.encoding, ukaz::Encoding::Koi8R);
/// assert_eq!(doc.source.bytes, koi8.len() as u64);
/// assert_eq!(doc.clauses[0].text, "Утвердить план.");
///
/// let err = ukaz::parse_bytes("scan.pdf", b"%PDF-1.7").err().ok_or("expected an error")?;
/// assert_eq!(err.code(), "input.unsupported_format");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn parse_bytes(name: &str, raw: &[u8]) -> Result<Document, InputError> {
    Ok(decode(name, raw)?.parse(name, raw))
}

#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
