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
use crate::text::{is_space, segments, trim_range};

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
    let texts = || lines.iter().filter(|b| !b.line.is_blank()).map(|b| raw(src, b));
    let (mut tabs, mut pipes, mut cell_lines) = (0usize, 0usize, 0usize);
    for t in texts() {
        let bars = t.matches('|').count();
        tabs += usize::from(t.contains('\t'));
        pipes += usize::from(bars >= 2);
        cell_lines += usize::from(bars == 1 && t.trim_end().ends_with('|'));
    }
    let aligned = aligned_count(texts, tabs, tabs.max(pipes).max(cell_lines));
    let best = [(tabs, Layout::Tabs), (pipes, Layout::Pipes), (cell_lines, Layout::CellPerLine), (aligned, Layout::Aligned)]
        .into_iter()
        .max_by_key(|&(n, l)| (n, std::cmp::Reverse(l)))?;
    (best.0 >= MIN_LINES).then_some(best.1)
}

/// The number of aligned lines ([`is_aligned_line`]) when it may beat `to_beat`, the count of
/// the best other layout (a tie goes to the other); else a number no larger than `to_beat`.
/// Lines with tabs (`tabs` of them) count to both layouts, so aligned lines only win with
/// aligned lines without tabs, which are looked at first: the long tab-separated rows are read
/// only when those could tip the balance.
fn aligned_count<'a, I: Iterator<Item = &'a str>>(texts: impl Fn() -> I, tabs: usize, to_beat: usize) -> usize {
    let without_tabs = texts().filter(|t| !t.contains('\t') && is_aligned_line(t)).count();
    if without_tabs + tabs <= to_beat {
        return without_tabs;
    }
    let mut with_tabs = 0;
    let mut unread = tabs;
    for t in texts().filter(|t| t.contains('\t')) {
        if without_tabs + with_tabs + unread <= to_beat {
            break;
        }
        unread -= 1;
        with_tabs += usize::from(is_aligned_line(t));
    }
    without_tabs + with_tabs
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
    let mut cells = Vec::with_capacity(8);
    let mut offset = start;
    let mut parts = text.split(sep).peekable();
    let mut first = true;
    while let Some(part) = parts.next() {
        let (a, e) = trim_range(src, offset, offset + part.len());
        let border = sep == '|' && (first || parts.peek().is_none()) && a == e;
        if !border {
            cells.push(if a < e { vec![(a, e)] } else { Vec::new() });
        }
        offset += part.len() + sep.len_utf8();
        first = false;
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

/// Whether a line has at least three space-separated segments (an aligned table line).
fn is_aligned_line(line: &str) -> bool {
    segments(line).nth(2).is_some()
}

/// The segments of a line with the column (in chars) each starts at.
fn columned_segments(text: &str) -> Vec<(usize, usize, usize)> {
    let (mut at, mut col) = (0, 0);
    segments(text)
        .map(|(s, e)| {
            col += text.get(at..s).map_or(0, |p| p.chars().count());
            let start_col = col;
            col += text.get(s..e).map_or(0, |p| p.chars().count());
            at = e;
            (s, e, start_col)
        })
        .collect()
}

/// Space-aligned columns: column starts (in chars) are taken from the lines with most segments;
/// every segment goes to the column whose start is nearest at or before it.
fn aligned(src: &str, lines: &[Block]) -> Vec<GridLine> {
    let non_blank: Vec<&Block> = lines.iter().filter(|b| !b.line.is_blank()).collect();
    let segs: Vec<Vec<(usize, usize, usize)>> = non_blank.iter().map(|b| columned_segments(raw(src, b))).collect();
    let widest = segs.iter().map(Vec::len).max().unwrap_or(0);
    let mut starts: Vec<usize> = Vec::new();
    for line in segs.iter().filter(|l| l.len() == widest) {
        for &(_, _, col) in line {
            if !starts.iter().any(|&c| c.abs_diff(col) <= 1) {
                starts.push(col);
            }
        }
    }
    starts.sort_unstable();
    non_blank
        .iter()
        .zip(segs)
        .map(|(b, segs)| {
            if segs.len() < 2 && scan_clause_start(b.line.text(src)).is_none() && starts.first().is_some_and(|&f| f == 0) {
                let col = segs.first().map_or(0, |&(_, _, col)| col);
                if col == 0 {
                    return GridLine { cells: Vec::new(), start: b.line.content_start, end: b.line.content_end, free: true };
                }
            }
            let mut cells: Vec<Cell> = vec![Vec::new(); starts.len().max(1)];
            for (s, e, col) in segs {
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
