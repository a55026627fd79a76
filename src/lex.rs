//! Pass 1: `&str` → `Vec<Line>`: the input split into lines, each with its byte range and the
//! range of its content without surrounding whitespace.
//!
//! Only `\n` ends a line; `\r`, NBSP, soft hyphens and other Unicode spaces count as whitespace
//! and are trimmed from the content range, never removed from the text.

use crate::span::Span;
use crate::text::trim_range;

/// One line of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line {
    /// First byte of the line.
    pub start: usize,
    /// End of the line, before its `\n`.
    pub end: usize,
    /// First byte of the content (after leading whitespace).
    pub content_start: usize,
    /// End of the content (before trailing whitespace).
    pub content_end: usize,
}

impl Line {
    /// The trimmed content of the line.
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        src.get(self.content_start..self.content_end).unwrap_or("")
    }

    /// Whether the line holds only whitespace.
    pub fn is_blank(&self) -> bool {
        self.content_start == self.content_end
    }

    /// The span of the trimmed content.
    pub fn span(&self) -> Span {
        Span::from_range(self.content_start..self.content_end)
    }
}

/// Splits `src` into lines (see the module docs). An empty input has no lines.
pub(crate) fn lines(src: &str) -> Vec<Line> {
    let mut out = Vec::with_capacity(src.len() / 40 + 1);
    let mut start = 0;
    let bytes = src.as_bytes();
    while start < bytes.len() {
        let end = memchr_newline(bytes, start).unwrap_or(bytes.len());
        let (content_start, content_end) = trim_range(src, start, end);
        out.push(Line { start, end, content_start, content_end });
        start = end + 1;
    }
    out
}

/// Position of the next `\n` at or after `from`.
fn memchr_newline(bytes: &[u8], from: usize) -> Option<usize> {
    bytes.get(from..)?.iter().position(|&b| b == b'\n').map(|i| i + from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_content_not_text() {
        let src = "  Срок:\u{a0}до 1 мая\r\n\r\n\tПриказ";
        let lines = lines(src);
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0].text(src), "Срок:\u{a0}до 1 мая");
        assert!(lines[1].is_blank());
        assert_eq!(lines[2].text(src), "Приказ");
        assert_eq!(lines[2].end, src.len());
    }
}
