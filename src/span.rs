//! Byte spans into the original input, and a lazy byte → line/column index.
//!
//! Every node of the output tree carries a [`Span`]: a half-open `[start, end)` range of byte
//! offsets into the decoded text that was parsed. The text itself is never rewritten, so a span
//! can always be used to highlight the source of a value.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::ops::Range;

/// A half-open `[start, end)` range of byte offsets into the parsed text.
///
/// Serialised as a two-element JSON array `[start, end]`.
///
/// # Example
/// ```
/// let span = ukaz::Span::new(3, 9);
/// assert_eq!(span.len(), 6);
/// assert_eq!(serde_json::to_string(&span)?, "[3,9]");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    /// First byte of the range.
    pub start: u32,
    /// One past the last byte of the range.
    pub end: u32,
}

impl Span {
    /// A span from `start` to `end` (swapped if given in the wrong order).
    pub fn new(start: u32, end: u32) -> Span {
        if start <= end {
            Span { start, end }
        } else {
            Span { start: end, end: start }
        }
    }

    /// A span from `usize` offsets, saturating at `u32::MAX` (inputs are limited well below).
    pub fn from_range(range: Range<usize>) -> Span {
        Span::new(to_u32(range.start), to_u32(range.end))
    }

    /// Number of bytes covered.
    pub fn len(self) -> u32 {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The span as a `usize` range, for slicing the text it points into.
    pub fn range(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The smallest span covering both `self` and `other`.
    pub fn cover(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }

    /// Whether `other` lies entirely inside `self`.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The text this span points at, or `""` if it does not fit `text`.
    pub fn slice(self, text: &str) -> &str {
        text.get(self.range()).unwrap_or("")
    }
}

/// Converts a byte offset to `u32`, saturating (inputs are limited to well below 4 GiB).
pub(crate) fn to_u32(offset: usize) -> u32 {
    u32::try_from(offset).unwrap_or(u32::MAX)
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (self.start, self.end).serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Span {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let (start, end) = <(u32, u32)>::deserialize(deserializer)?;
        Ok(Span::new(start, end))
    }
}

/// Maps byte offsets to 1-based line and column numbers; columns count chars, not bytes.
///
/// # Example
/// ```
/// let text = "первая\nвторая строка";
/// let index = ukaz::LineIndex::new(text);
/// assert_eq!(index.line_col(text, 14), (2, 1)); // «в» starts line 2
/// ```
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<usize>,
}

impl LineIndex {
    /// Builds the index of line starts of `text`.
    pub fn new(text: &str) -> LineIndex {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { line_starts }
    }

    /// 1-based line and char column of byte `offset` in `text` (the text the index was built on).
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = self.line_starts.partition_point(|&start| start <= offset).max(1);
        let start = self.line_starts.get(line - 1).copied().unwrap_or(0);
        let upto = floor_char_boundary(text, offset.min(text.len()));
        let column = text.get(start..upto).map_or(0, |s| s.chars().count());
        (line, column + 1)
    }
}

/// The largest char boundary of `text` at or below `offset`.
pub(crate) fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut i = offset.min(text.len());
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_chars() {
        let text = "Срок: до 1 мая\nПриказ";
        let index = LineIndex::new(text);
        assert_eq!(index.line_col(text, 0), (1, 1));
        let offset = text.find("до").unwrap_or(0);
        assert_eq!(index.line_col(text, offset), (1, 7));
        let offset = text.find("Приказ").unwrap_or(0);
        assert_eq!(index.line_col(text, offset), (2, 1));
    }

    #[test]
    fn span_json_is_a_pair() {
        let span: Span = serde_json::from_str("[5, 2]").unwrap_or_default();
        assert_eq!(span, Span::new(2, 5));
    }
}
