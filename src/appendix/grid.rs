//! Table layouts in plain text → lines of cells by column.
//!
//! Exports write tables in several ways; each is turned into the same shape, a [`GridLine`]
//! whose cells are indexed by column:
//!
//! - **tabs**: `1.1.⇥Проведение …⇥август⇥ООО` (Word's "save as text");
//! - **pipes**: `| 1.1 | Проведение … | август | ООО |`, with `+---+` or `|---|` rules skipped;
//! - **one cell per line**: `1.1.|` / `Проведение …|` / `август|` (a cell may wrap over several
//!   lines; `|` ends it), rows starting at a row number;
//! - **space-aligned**: columns separated by runs of two or more spaces, aligned with a header.
//!
//! Lines with no column structure inside the table are kept as free lines.

use crate::block::scan::scan_clause_start;
use crate::block::Block;
use crate::text::{char_at, is_space, trim_range};

/// The source ranges of one cell (several when it wraps).
pub(crate) type Cell = Vec<(usize, usize)>;

/// One line (or, for one-cell-per-line tables, one row) of a table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct GridLine {
    /// Cells by column index.
    pub cells: Vec<Cell>,
    /// First byte of the line.
    pub start: usize,
    /// End of the line.
    pub end: usize,
    /// A line without column structure (free text inside the table).
    pub free: bool,
}

/// How a table is written; on a tie, the earlier (more explicit) layout wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Layout {
    /// Tab-separated cells.
    Tabs,
    /// `|`-separated cells on one line.
    Pipes,
    /// One cell per line, each ending in `|`.
    CellPerLine,
    /// Columns aligned with runs of spaces; the column starts in chars.
    Aligned,
}

/// Least number of lines that must show a layout for the table to be read in it.
const MIN_LINES: usize = 2;

/// Detects the layout of the table lines.
pub(crate) fn detect(src: &str, lines: &[Block]) -> Option<Layout> {
    let texts: Vec<&str> = lines.iter().filter(|b| !b.line.is_blank()).map(|b| raw(src, b)).collect();
    let count = |f: &dyn Fn(&str) -> bool| texts.iter().filter(|t| f(t)).count();
    let tabs = count(&|t| t.contains('\t'));
    let pipes = count(&|t| t.matches('|').count() >= 2);
    let cell_lines = count(&|t| t.trim_end().ends_with('|') && t.matches('|').count() == 1);
    let aligned = count(&|t| is_aligned_line(t));
    let best = [(tabs, Layout::Tabs), (pipes, Layout::Pipes), (cell_lines, Layout::CellPerLine), (aligned, Layout::Aligned)]
        .into_iter()
        .max_by_key(|&(n, l)| (n, std::cmp::Reverse(l)))?;
    (best.0 >= MIN_LINES).then_some(best.1)
}

/// Whether a line is part of a table written in `layout` (used to find where the table starts).
pub(crate) fn is_table_line(src: &str, b: &Block, layout: Layout) -> bool {
    let line = raw(src, b);
    match layout {
        Layout::Tabs => line.contains('\t'),
        Layout::Pipes => line.matches('|').count() >= 2 || is_rule(line),
        Layout::CellPerLine => line.trim_end().ends_with('|'),
        Layout::Aligned => is_aligned_line(line),
    }
}

/// The whole line, trailing tabs and spaces included (they are empty cells).
fn raw<'a>(src: &'a str, b: &Block) -> &'a str {
    src.get(b.line.start..b.line.end).unwrap_or("")
}

/// Reads the table lines into grid lines in the given layout.
pub(crate) fn read(src: &str, lines: &[Block], layout: Layout) -> Vec<GridLine> {
    match layout {
        Layout::Tabs => lines.iter().filter(|b| !b.line.is_blank()).map(|b| split_line(src, b, '\t')).collect(),
        Layout::Pipes => lines.iter().filter(|b| !b.line.is_blank() && !is_rule(raw(src, b))).map(|b| split_line(src, b, '|')).collect(),
        Layout::CellPerLine => cell_per_line(src, lines),
        Layout::Aligned => aligned(src, lines),
    }
}

/// Splits one line on `sep`; pipe borders at the ends are not cells. A line without `sep` is
/// free text, unless it is a lone row number or section heading.
fn split_line(src: &str, b: &Block, sep: char) -> GridLine {
    let (start, end) = (b.line.start, b.line.end);
    let text = src.get(start..end).unwrap_or("");
    if !text.contains(sep) && scan_clause_start(b.line.text(src)).is_none() {
        return GridLine { cells: Vec::new(), start: b.line.content_start, end: b.line.content_end, free: true };
    }
    let mut cells = Vec::new();
    let mut offset = start;
    let parts: Vec<&str> = text.split(sep).collect();
    let last = parts.len().saturating_sub(1);
    for (k, part) in parts.iter().enumerate() {
        let (a, e) = trim_range(src, offset, offset + part.len());
        let border = sep == '|' && (k == 0 || k == last) && a == e;
        if !border {
            cells.push(if a < e { vec![(a, e)] } else { Vec::new() });
        }
        offset += part.len() + sep.len_utf8();
    }
    GridLine { cells, start: b.line.content_start, end: b.line.content_end, free: false }
}

/// `+----+----+`, `|----|----|`, `|:---|`: table rules, not rows.
fn is_rule(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty() && t.chars().all(|c| matches!(c, '-' | '+' | '=' | '|' | ':' | '─' | '┼' | '│') || is_space(c)) && t.contains(['-', '=', '─'])
}

/// One cell per line: a cell ends at `|`; a row starts at a cell that is a row number or a
/// numbered section heading.
fn cell_per_line(src: &str, lines: &[Block]) -> Vec<GridLine> {
    let mut rows: Vec<GridLine> = Vec::new();
    let mut pending: Cell = Vec::new();
    for b in lines.iter().filter(|b| !b.line.is_blank()) {
        let text = b.line.text(src);
        let (body_end, closes) = match text.rfind('|') {
            Some(i) => (b.line.content_start + i, true),
            None => (b.line.content_end, false),
        };
        let (a, e) = trim_range(src, b.line.content_start, body_end);
        if a < e {
            pending.push((a, e));
        }
        if !closes {
            continue;
        }
        let cell = std::mem::take(&mut pending);
        let starts_row = cell.first().and_then(|&(a, e)| src.get(a..e)).is_some_and(|t| scan_clause_start(t).is_some());
        match rows.last_mut() {
            Some(row) if !starts_row => {
                row.cells.push(cell);
                row.end = b.line.content_end;
            }
            _ => rows.push(GridLine { cells: vec![cell], start: b.line.content_start, end: b.line.content_end, free: false }),
        }
    }
    rows
}

/// Runs of non-space text separated by two or more spaces (or a tab): `(start, end)` in bytes.
fn segments(line: &str) -> Segments<'_> {
    Segments { line, at: 0, pending: None }
}

/// Whether a line has at least three space-separated segments (an aligned table line).
fn is_aligned_line(line: &str) -> bool {
    segments(line).nth(2).is_some()
}

/// The iterator of [`segments`].
struct Segments<'a> {
    line: &'a str,
    /// Byte offset of the next char to read.
    at: usize,
    /// The first char of the next segment (start, end), seen while ending the previous one.
    pending: Option<(usize, usize)>,
}

impl Iterator for Segments<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let mut current = self.pending.take();
        let mut gap = 0;
        while let Some((len, space)) = char_at(self.line, self.at) {
            let (i, end) = (self.at, self.at + len);
            self.at = end;
            if space {
                gap += if self.line.as_bytes().get(i) == Some(&b'\t') { 2 } else { 1 };
                continue;
            }
            match current.as_mut() {
                Some(seg) if gap >= 2 => {
                    self.pending = Some((i, end));
                    return Some(*seg);
                }
                Some(seg) => seg.1 = end,
                None => current = Some((i, end)),
            }
            gap = 0;
        }
        current
    }
}

/// Space-aligned columns: column starts (in chars) are taken from the lines with most segments;
/// every segment goes to the column whose start is nearest at or before it.
fn aligned(src: &str, lines: &[Block]) -> Vec<GridLine> {
    let non_blank: Vec<&Block> = lines.iter().filter(|b| !b.line.is_blank()).collect();
    let mut starts: Vec<usize> = Vec::new();
    let widest = non_blank.iter().map(|b| segments(raw(src, b)).count()).max().unwrap_or(0);
    for b in non_blank.iter().filter(|b| segments(raw(src, b)).count() == widest) {
        let text = raw(src, b);
        for (s, _) in segments(text) {
            let col = text.get(..s).map_or(0, |p| p.chars().count());
            if !starts.iter().any(|&c| c.abs_diff(col) <= 1) {
                starts.push(col);
            }
        }
    }
    starts.sort_unstable();
    non_blank
        .iter()
        .map(|b| {
            let text = raw(src, b);
            let segs: Vec<(usize, usize)> = segments(text).collect();
            if segs.len() < 2 && scan_clause_start(b.line.text(src)).is_none() && starts.first().is_some_and(|&f| f == 0) {
                let col = segs.first().map_or(0, |&(s, _)| text.get(..s).map_or(0, |p| p.chars().count()));
                if col == 0 {
                    return GridLine { cells: Vec::new(), start: b.line.content_start, end: b.line.content_end, free: true };
                }
            }
            let mut cells: Vec<Cell> = vec![Vec::new(); starts.len().max(1)];
            for (s, e) in segs {
                let col = text.get(..s).map_or(0, |p| p.chars().count());
                let index = starts.iter().rposition(|&c| c <= col + 1).unwrap_or(0);
                if let Some(cell) = cells.get_mut(index) {
                    cell.push((b.line.start + s, b.line.start + e));
                }
            }
            GridLine { cells, start: b.line.content_start, end: b.line.content_end, free: false }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::block::classify;
    use crate::lex::lines;

    fn grid(src: &str) -> (Option<Layout>, Vec<Vec<String>>) {
        let blocks = classify(src, &lines(src));
        let layout = detect(src, &blocks);
        let rows = layout.map(|l| read(src, &blocks, l)).unwrap_or_default();
        let shown = rows
            .iter()
            .map(|r| {
                if r.free {
                    return vec![format!("FREE {}", src.get(r.start..r.end).unwrap_or(""))];
                }
                r.cells.iter().map(|c| c.iter().filter_map(|&(a, b)| src.get(a..b)).collect::<Vec<_>>().join(" / ")).collect()
            })
            .collect();
        (layout, shown)
    }

    #[test]
    fn pipes_with_rules() {
        let (layout, rows) = grid("+----+------+\n| №  | Мероприятие | Срок |\n|----|------|\n| 1.1 | Анализ | май |\n");
        assert_eq!(layout, Some(Layout::Pipes));
        assert_eq!(rows, [vec!["№", "Мероприятие", "Срок"], vec!["1.1", "Анализ", "май"]]);
    }

    #[test]
    fn one_cell_per_line() {
        let (layout, rows) = grid("1.1.|\nАнализ результатов\nГИА|\nмай|\nООО|\n1.2.|\nОтчет|\nиюнь|\n");
        assert_eq!(layout, Some(Layout::CellPerLine));
        assert_eq!(rows, [vec!["1.1.", "Анализ результатов / ГИА", "май", "ООО"], vec!["1.2.", "Отчет", "июнь"]]);
    }

    #[test]
    fn aligned_columns() {
        let src = "№     Мероприятие              Срок        Ответственный\n\
                   1.1   Анализ результатов       август      ООО\n\
                   \x20     ГИА 2020 года\n\
                   1.2   Отчет                    сентябрь    ИМО, ООО\n";
        let (layout, rows) = grid(src);
        assert_eq!(layout, Some(Layout::Aligned));
        assert_eq!(rows.get(1), Some(&vec!["1.1".to_string(), "Анализ результатов".into(), "август".into(), "ООО".into()]));
        assert_eq!(rows.get(2), Some(&vec![String::new(), "ГИА 2020 года".into(), String::new(), String::new()]));
    }
}
