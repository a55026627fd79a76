//! Pass 1: `&str` → `Vec<Line>`: the input split into lines, each with its byte range and the
//! range of its content without surrounding whitespace.
//!
//! Only `\n` ends a line; `\r`, NBSP, soft hyphens and other Unicode spaces count as whitespace
//! and are trimmed from the content range, never removed from the text. So are the marks a
//! Markdown converter sets around a line: a heading's `#` … `######` before it, a hard break's
//! `\` after it.

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
    let ends = memchr::memchr_iter(b'\n', src.as_bytes()).chain(std::iter::once(src.len()));
    for end in ends {
        if start >= src.len() {
            break;
        }
        let (content_start, content_end) = without_markdown_marks(src, trim_line(src, start, end));
        out.push(Line { start, end, content_start, content_end });
        start = end + 1;
    }
    out
}

/// Most `#` a Markdown heading opens with.
const HEADING_MARKS: usize = 6;

/// The content range `(a, e)` of a line without a Markdown heading's marks and the space after
/// them (`## РЕШЕНИЕ КОЛЛЕГИИ`) or a hard break's backslash at its end (`Председатель
/// коллегии,\`).
fn without_markdown_marks(src: &str, (a, e): (usize, usize)) -> (usize, usize) {
    let bytes = src.as_bytes();
    let marks = bytes.get(a..e).map_or(0, |b| b.iter().take_while(|&&c| c == b'#').count());
    let heading = (1..=HEADING_MARKS).contains(&marks) && bytes.get(a + marks) == Some(&b' ');
    let a = if heading { trim_range(src, a + marks, e).0 } else { a };
    let hard_break = e > a + 1 && bytes.get(e - 1) == Some(&b'\\') && bytes.get(e - 2) != Some(&b'\\');
    if hard_break {
        return (a, trim_range(src, a, e - 1).1);
    }
    (a, e)
}

/// [`trim_range`] of one line, byte by byte where the line starts and ends with ASCII or Russian
/// (U+0400..U+047F, never whitespace).
fn trim_line(src: &str, start: usize, end: usize) -> (usize, usize) {
    let bytes = src.as_bytes();
    let plain = |b: Option<&u8>| matches!(b, Some(0x21..=0x7e | 0xd0 | 0xd1));
    // The last byte of a Russian letter is a continuation byte: look at the lead before it.
    let plain_end = match bytes.get(end.wrapping_sub(1)) {
        Some(0x80..=0xbf) => matches!(bytes.get(end.wrapping_sub(2)), Some(0xd0 | 0xd1)),
        b => plain(b),
    };
    if start < end && plain(bytes.get(start)) && plain_end {
        return (start, end);
    }
    trim_range(src, start, end)
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

    #[test]
    fn markdown_heading_marks_and_hard_breaks_are_no_content() {
        let src = "## РЕШЕНИЕ КОЛЛЕГИИ\nПредседатель коллегии,\\\n#хештег\n####### семь\n\\\n";
        let texts: Vec<&str> = lines(src).iter().map(|l| l.text(src)).collect();
        assert_eq!(texts, ["РЕШЕНИЕ КОЛЛЕГИИ", "Председатель коллегии,", "#хештег", "####### семь", "\\"]);
    }

    proptest::proptest! {
        #[test]
        fn trim_line_agrees_with_trim_range(s in "[ \t\r\u{a0}\u{ad}\u{2003}\u{400}-\u{4ff}aZ.é]{0,12}") {
            proptest::prop_assert_eq!(trim_line(&s, 0, s.len()), trim_range(&s, 0, s.len()));
        }
    }
}
