//! Diagnostics: everything surprising the parser saw, and how it handled it.
//!
//! Parsing never fails on text; problems become [`Diagnostic`]s in the document. Each carries a
//! stable dotted [`Code`] that JSON consumers can filter on, a severity, a message in the style
//! «what was expected, what was found» (lowercase, no trailing period, input quoted in «»), and
//! the span of the offending text.

use crate::span::{LineIndex, Span};
use serde::{Deserialize, Serialize};
use std::fmt::{self, Write as _};

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Something was lost or is likely wrong in the output.
    Error,
    /// The input is unusual; the output is a best guess.
    Warning,
    /// Something was handled as documented (a repeat removed, a note dropped).
    Info,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        })
    }
}

macro_rules! codes {
    ($( $(#[$doc:meta])* $variant:ident = $code:literal, $severity:ident; )*) => {
        /// The stable dotted code of a diagnostic (`"deadline.unparsed"`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[non_exhaustive]
        pub enum Code {
            $( $(#[$doc])* #[serde(rename = $code)] $variant, )*
        }

        impl Code {
            /// The dotted code as it appears in JSON.
            pub fn as_str(self) -> &'static str {
                match self { $( Code::$variant => $code, )* }
            }

            /// The severity diagnostics with this code have.
            pub fn severity(self) -> Severity {
                match self { $( Code::$variant => Severity::$severity, )* }
            }

            /// Every code, in declaration order.
            pub const ALL: &'static [Code] = &[ $( Code::$variant, )* ];
        }
    };
}

codes! {
    /// A clause number that does not fit the numbering around it (a typo such as `1.1.4` after
    /// `1.2.3`); the clause was placed by its position.
    NumberingUnexpected = "numbering.unexpected", Warning;
    /// A clause number skips one or more numbers (`1.1` followed by `1.3`).
    NumberingGap = "numbering.gap", Warning;
    /// Clauses nest deeper than the parser follows; deeper ones were attached at the cap.
    NumberingTooDeep = "numbering.too_deep", Warning;
    /// A repeated block (clauses or a signature block pasted twice) was dropped.
    DedupRemoved = "dedup.removed", Info;
    /// A deadline could not be read; its text is kept with kind `unknown`.
    DeadlineUnparsed = "deadline.unparsed", Warning;
    /// A deadline ends before the date of the document itself.
    DeadlineBeforeDocument = "deadline.before_document", Warning;
    /// A clause states more terms than its one deadline (a `Срок:` line under each of its
    /// items); the first is its deadline, each other one is kept here.
    DeadlineExtra = "deadline.extra", Info;
    /// Digits typed where letters belong (`000` for `ООО`); corrected in the output.
    TextOcrDigit = "text.ocr_digit", Info;
    /// Letters a scan put among digits (`2О2З`, a clause number `З.`); read as the digits they
    /// stand for, the text parsed through a repaired copy (spans still point into the input).
    TextOcrLetter = "text.ocr_letter", Info;
    /// Latin letters inside a Russian word (`ПPИKAЗ`); read as the Russian letters they look
    /// like, the text parsed through a repaired copy (spans still point into the input).
    TextMixedScript = "text.mixed_script", Info;
    /// An editorial note of a legal database between clauses was dropped.
    TextEditorialNote = "text.editorial_note", Info;
    /// Page furniture was dropped: a page number or a running head between clauses, or a
    /// site's page foot under the text (`Версия для печати`, `Опубликовано … | Просмотров: 287`).
    TextPageFurniture = "text.page_furniture", Info;
    /// A section of visas, acknowledgements or receipts under the signatures (`СОГЛАСОВАНО:`,
    /// `С приказом ознакомлены:`) was set aside: its names neither sign nor execute the act.
    TextVisas = "text.visas", Info;
    /// A table cell that could not be placed in a row; its text is kept here.
    TableUnplacedCell = "table.unplaced_cell", Warning;
    /// Lines of a plan's table that are no row's (a signature or a note under it, a line of
    /// totals); their text is kept here.
    TableTrailingText = "table.trailing_text", Info;
    /// A table of decisions in the operative part whose rows could not be read; its text is
    /// kept here.
    TableUnread = "table.unread", Warning;
    /// No operative part (formula or numbered clauses) was found: not a decision document.
    InputNotOperative = "input.not_operative", Warning;
    /// The input bytes did not decode cleanly; replacement characters were used.
    InputEncoding = "input.encoding", Warning;
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One diagnostic: what was seen, where, and how it was handled.
///
/// # Example
/// ```
/// use ukaz::{Code, Diagnostic, Span};
/// let d = Diagnostic::new(Code::DeadlineUnparsed, "cannot read «когда-нибудь»", Some(Span::new(0, 4)));
/// assert_eq!(d.code.as_str(), "deadline.unparsed");
/// assert_eq!(d.severity, ukaz::Severity::Warning);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// How serious it is.
    pub severity: Severity,
    /// Stable dotted code.
    pub code: Code,
    /// Human-readable message: lowercase, no trailing period, input quoted in «».
    pub message: String,
    /// The text concerned, if any.
    pub span: Option<Span>,
}

impl Diagnostic {
    /// A diagnostic with the code's default severity.
    pub fn new(code: Code, message: impl Into<String>, span: Option<Span>) -> Diagnostic {
        Diagnostic { severity: code.severity(), code, message: message.into(), span }
    }

    /// Renders the diagnostic with a source gutter and `^^^` underline, as compilers do.
    ///
    /// `name` is the file name shown in the location line; `text` the parsed input.
    pub fn render(&self, name: &str, text: &str) -> String {
        let mut out = format!("{}[{}]: {}\n", self.severity, self.code, self.message);
        let Some(span) = self.span else {
            let _ = writeln!(out, "  --> {name}");
            return out;
        };
        let index = LineIndex::new(text);
        let (line, col) = index.line_col(text, span.start as usize);
        let _ = writeln!(out, "  --> {name}:{line}:{col}");
        let line_text = text.lines().nth(line - 1).unwrap_or("");
        let shown: String = line_text.chars().take(160).collect();
        let width = line.to_string().len();
        let _ = writeln!(out, "{:width$} |", "");
        let _ = writeln!(out, "{line} | {shown}");
        let (_, end_col) = index.line_col(text, span.end as usize);
        let (end_line, _) = index.line_col(text, span.end as usize);
        let len = if end_line == line { end_col.saturating_sub(col).max(1) } else { 3 };
        let _ = writeln!(out, "{:width$} | {}{}", "", " ".repeat(col - 1), "^".repeat(len.min(160)));
        out
    }
}

/// Where passes report diagnostics.
pub(crate) trait DiagnosticSink {
    /// Records one diagnostic.
    fn report(&mut self, diagnostic: Diagnostic);
}

impl DiagnosticSink for Vec<Diagnostic> {
    fn report(&mut self, diagnostic: Diagnostic) {
        self.push(diagnostic);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_serialise_dotted() {
        for code in Code::ALL {
            let json = serde_json::to_string(code).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
        }
    }

    #[test]
    fn render_underlines_in_chars() {
        let text = "1. Обеспечить.\nСрок: когда-нибудь";
        let start = text.find("когда").unwrap_or(0);
        let span = Span::from_range(start..text.len());
        let d = Diagnostic::new(Code::DeadlineUnparsed, "cannot read «когда-нибудь»", Some(span));
        insta::assert_snapshot!(d.render("doc.txt", text), @r"
        warning[deadline.unparsed]: cannot read «когда-нибудь»
          --> doc.txt:2:7
          |
        2 | Срок: когда-нибудь
          |       ^^^^^^^^^^^^
        ");
    }
}
