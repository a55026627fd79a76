//! Plan tables in plain text: rows of cells become plan sections and rows.
//!
//! Exports break tables in known ways, and each is mended here: a cell wrapped onto a following
//! line is joined back to its row (by column, or to the nearest filled column on its left); a
//! row whose number landed on the line below gets it back; a line holding only a term and a
//! responsible (a displaced merged cell) goes to the row that lacks them; free text lines inside
//! the table (a result cell shared by several rows) join the row above. Cells are read by what
//! they hold: the first is the activity, the first that reads as a term is the deadline, then
//! the responsible, then the result. `000` typed for `ООО` is corrected with `text.ocr_digit`.

use crate::block::scan::scan_clause_start;
use crate::block::{Block, LineKind};
use crate::diag::{Code, Diagnostic, DiagnosticSink};
use crate::extract::clause::{check_deadline, years_named};
use crate::extract::deadline::{self, YearContext};
use crate::model::{PlanRow, PlanSection};
use crate::span::Span;
use crate::text::{clean, clean_join, is_space, trim_range};

/// A cell: the source ranges of its text (several when wrapped).
type Cell = Vec<(usize, usize)>;

/// A row being assembled.
#[derive(Debug, Default)]
struct Draft {
    number: Option<(usize, usize)>,
    /// Cells by column index (the number column is index 0).
    cells: Vec<Cell>,
    /// Free lines that joined the row (a shared result cell).
    loose: Vec<(usize, usize)>,
    start: usize,
    end: usize,
}

/// A section being assembled.
#[derive(Debug, Default)]
struct SectionDraft {
    number: Option<String>,
    title: String,
    rows: Vec<Draft>,
}

/// What one table line is.
enum RowLine {
    Section { number: Option<String>, title: (usize, usize) },
    Data { number: Option<(usize, usize)>, cells: Vec<Cell> },
    NumberOnly((usize, usize)),
    Header,
    Free((usize, usize)),
}

/// Reads the table starting at the first of `lines` into sections of rows.
pub(crate) fn read(src: &str, lines: &[Block], ctx: &YearContext, diags: &mut impl DiagnosticSink) -> Vec<PlanSection> {
    let mut sections: Vec<SectionDraft> = vec![SectionDraft::default()];
    let mut pending_number: Option<(usize, usize)> = None;
    let mut orphan: Option<Draft> = None;
    let mut seen_data = false;
    let text_col = text_column(src, lines);
    for block in lines.iter().filter(|b| !b.line.is_blank()) {
        let line = classify(src, block, seen_data);
        let Some(section) = sections.last_mut() else { break };
        match line {
            RowLine::Header => {}
            RowLine::Section { number, title } => {
                flush_orphan(&mut orphan, section);
                seen_data = true;
                sections.push(SectionDraft { number, title: clean(src.get(title.0..title.1).unwrap_or("")), rows: Vec::new() });
            }
            RowLine::NumberOnly(n) => match section.rows.last_mut() {
                Some(last) if last.number.is_none() => {
                    last.number = Some(n);
                    last.end = last.end.max(n.1);
                }
                _ => pending_number = Some(n),
            },
            RowLine::Free(range) => match section.rows.last_mut() {
                Some(last) => {
                    last.loose.push(range);
                    last.end = last.end.max(range.1);
                }
                None => section.title = clean_join([section.title.as_str(), src.get(range.0..range.1).unwrap_or("")]),
            },
            RowLine::Data { number, cells } => {
                seen_data = true;
                let draft = Draft { number: number.or_else(|| pending_number.take()), start: block.line.content_start, end: block.line.content_end, cells, loose: Vec::new() };
                place_data(src, draft, text_col, section, &mut orphan);
            }
        }
    }
    if let Some(section) = sections.last_mut() {
        flush_orphan(&mut orphan, section);
    }
    sections
        .into_iter()
        .filter(|s| !s.rows.is_empty() || !s.title.is_empty())
        .map(|s| finish_section(src, s, ctx, diags))
        .collect()
}

/// Classifies one table line.
fn classify(src: &str, block: &Block, seen_data: bool) -> RowLine {
    let line = &block.line;
    let is_row = block.kind == LineKind::TableRow || matches!(block.kind, LineKind::Clause(_));
    if !is_row {
        return RowLine::Free((line.content_start, line.content_end));
    }
    let cells = split_cells(src, line.start, line.end);
    let text_of = |c: &Cell| c.first().and_then(|&(a, b)| src.get(a..b)).unwrap_or("");
    let filled: Vec<usize> = cells.iter().enumerate().filter(|(_, c)| !c.is_empty()).map(|(i, _)| i).collect();
    if !seen_data && is_header(&cells.iter().map(text_of).collect::<Vec<_>>()) {
        return RowLine::Header;
    }
    let first = cells.first().map(text_of).unwrap_or("");
    let first_range = cells.first().and_then(|c| c.first().copied());
    if let (Some(start), Some((a, _))) = (scan_clause_start(first), first_range) {
        let number = (a + start.written.0, a + start.written.1);
        let rest_of_first = (a + start.body, first_range.map_or(a, |r| r.1));
        let single_level = start.number.dotted().is_some_and(|d| d.len() == 1);
        let others_empty = filled.iter().all(|&i| i == 0);
        if rest_of_first.0 < rest_of_first.1 && others_empty {
            let written = src.get(number.0..number.1).map(str::to_string);
            return RowLine::Section { number: written, title: rest_of_first };
        }
        if rest_of_first.0 >= rest_of_first.1 {
            if filled.len() == 1 {
                return RowLine::NumberOnly(number);
            }
            if single_level && filled.len() == 2 {
                let title = cells.get(filled.get(1).copied().unwrap_or(1)).and_then(|c| c.first().copied()).unwrap_or((a, a));
                return RowLine::Section { number: src.get(number.0..number.1).map(str::to_string), title };
            }
        }
        let mut cells = cells;
        if let Some(c) = cells.first_mut() {
            *c = if rest_of_first.0 < rest_of_first.1 { vec![rest_of_first] } else { Vec::new() };
        }
        return RowLine::Data { number: Some(number), cells };
    }
    if let Some(title) = roman_section(first) {
        let a = first_range.map_or(0, |r| r.0);
        return RowLine::Section { number: Some(title.0.to_string()), title: (a + title.1, first_range.map_or(a, |r| r.1)) };
    }
    RowLine::Data { number: None, cells }
}

/// `I. Анализ …`: a Roman-numbered section; its numeral and where the title starts.
fn roman_section(cell: &str) -> Option<(&str, usize)> {
    let numeral_len = cell.find(|c: char| !matches!(c, 'I' | 'V' | 'X' | 'L'))?;
    let rest = cell.get(numeral_len..)?.strip_prefix('.')?;
    let title_at = cell.len() - rest.trim_start_matches(is_space).len();
    (numeral_len > 0 && title_at < cell.len()).then(|| (cell.get(..numeral_len).unwrap_or(""), title_at))
}

/// Header rows name the columns: `№ п/п`, `Мероприятие`, `Срок`, `Ответственный`, `Результат`.
fn is_header(cells: &[&str]) -> bool {
    let words = ["№", "п/п", "мероприят", "срок", "ответствен", "исполнител", "результат", "наименование"];
    let hits = cells.iter().filter(|c| {
        let lower = crate::lexicon::lower(c);
        words.iter().any(|w| lower.contains(w))
    });
    hits.count() >= 1 && cells.iter().all(|c| scan_clause_start(c).is_none())
}

/// Splits a line into tab- or pipe-separated cells with trimmed source ranges.
fn split_cells(src: &str, start: usize, end: usize) -> Vec<Cell> {
    let text = src.get(start..end).unwrap_or("");
    let sep = if text.contains('\t') { '\t' } else { '|' };
    let mut cells = Vec::new();
    let mut offset = start;
    for (k, part) in text.split(sep).enumerate() {
        let (a, b) = trim_range(src, offset, offset + part.len());
        let skip_edge = sep == '|' && (k == 0 || offset + part.len() == end) && a == b;
        if !skip_edge {
            cells.push(if a < b { vec![(a, b)] } else { Vec::new() });
        }
        offset += part.len() + sep.len_utf8();
    }
    cells
}

/// Places a data line: a new row, or the continuation of the row above, or a displaced
/// term/responsible line kept for the row that lacks them.
fn place_data(src: &str, draft: Draft, text_col: usize, section: &mut SectionDraft, orphan: &mut Option<Draft>) {
    let text_cell = text_cell(src, &draft, text_col);
    if text_cell.is_none() && draft.number.is_none() && has_term(src, &draft) {
        flush_orphan(orphan, section);
        *orphan = Some(draft);
        return;
    }
    let starts_row = draft.number.is_some() || text_cell.is_some_and(|t| starts_new_unnumbered_row(src, &draft, t));
    if !starts_row {
        if let Some(last) = section.rows.last_mut() {
            merge_continuation(last, draft);
            return;
        }
    }
    let mut draft = draft;
    if let Some(o) = orphan.take() {
        if role_cells(src, &draft).deadline.is_none() {
            fill_missing(&mut draft, o);
        } else if let Some(last) = section.rows.last_mut() {
            fill_missing(last, o);
        }
    }
    section.rows.push(draft);
}

/// The column activities stand in: the commonest first filled column after the number among
/// numbered rows (1 in a `№ | activity | …` table, 0 when there is no number column).
fn text_column(src: &str, lines: &[Block]) -> usize {
    let mut counts = [0usize; 4];
    for b in lines.iter().filter(|b| b.kind == LineKind::TableRow) {
        let cells = split_cells(src, b.line.start, b.line.end);
        let number_only = cells
            .first()
            .and_then(|c| c.first())
            .and_then(|&(a, b)| src.get(a..b))
            .is_some_and(|t| scan_clause_start(t).is_some_and(|s| s.body >= t.len()));
        let from = usize::from(number_only);
        if let Some(i) = first_filled(&cells, from).filter(|&i| i < counts.len()) {
            if let Some(n) = counts.get_mut(i) {
                *n += 1;
            }
        }
    }
    counts.iter().enumerate().max_by_key(|&(i, n)| (*n, std::cmp::Reverse(i))).map_or(1, |(i, _)| i)
}

/// The activity cell of a line: the text column if filled, else the number column when it holds
/// words (an activity wrapped into the wrong column).
fn text_cell(src: &str, draft: &Draft, text_col: usize) -> Option<usize> {
    if draft.cells.get(text_col).is_some_and(|c| !c.is_empty()) {
        return Some(text_col);
    }
    let first = draft.cells.first().filter(|c| !c.is_empty())?;
    let words = first.first().and_then(|&(a, b)| src.get(a..b)).is_some_and(|t| scan_clause_start(t).is_none());
    (words && draft.number.is_none()).then_some(0)
}

/// Whether a line holds a cell that reads as a term.
fn has_term(src: &str, draft: &Draft) -> bool {
    draft.cells.iter().filter_map(|c| c.first()).filter_map(|&(a, b)| src.get(a..b)).any(|t| deadline::parse_term(t).is_some())
}

/// An unnumbered line starts a row of its own when its activity starts with a capital and it
/// has a term of its own.
fn starts_new_unnumbered_row(src: &str, draft: &Draft, text_index: usize) -> bool {
    let text = draft.cells.get(text_index).and_then(|c| c.first()).and_then(|&(a, b)| src.get(a..b)).unwrap_or("");
    let capital = text.trim_start_matches(|c: char| !c.is_alphanumeric()).starts_with(char::is_uppercase);
    capital && role_cells(src, draft).deadline.is_some()
}

/// Gives a kept displaced line to the last row (filling only its empty cells).
fn flush_orphan(orphan: &mut Option<Draft>, section: &mut SectionDraft) {
    if let (Some(o), Some(last)) = (orphan.take(), section.rows.last_mut()) {
        fill_missing(last, o);
    }
}

/// Fills the empty cells of `row` from `from`, column by column.
fn fill_missing(row: &mut Draft, from: Draft) {
    for (k, cell) in from.cells.into_iter().enumerate() {
        if cell.is_empty() {
            continue;
        }
        while row.cells.len() <= k {
            row.cells.push(Vec::new());
        }
        if let Some(target) = row.cells.get_mut(k) {
            if target.is_empty() {
                *target = cell;
            }
        }
    }
    row.start = row.start.min(from.start);
    row.end = row.end.max(from.end);
}

/// Joins a continuation line to the row above: each filled cell goes to the same column if the
/// row has it, else to the nearest filled column on its left; text in the number column goes to
/// the activity.
fn merge_continuation(row: &mut Draft, line: Draft) {
    let text_index = first_filled(&row.cells, 0).unwrap_or(1);
    for (k, cell) in line.cells.into_iter().enumerate() {
        if cell.is_empty() {
            continue;
        }
        let target = if k == 0 {
            text_index
        } else if k < row.cells.len() {
            k
        } else {
            (0..k).rev().find(|&j| row.cells.get(j).is_some_and(|c| !c.is_empty())).unwrap_or(text_index)
        };
        while row.cells.len() <= target {
            row.cells.push(Vec::new());
        }
        if let Some(c) = row.cells.get_mut(target) {
            c.extend(cell);
        }
    }
    row.end = row.end.max(line.end);
}

/// Index of the first filled cell at or after `from`.
fn first_filled(cells: &[Cell], from: usize) -> Option<usize> {
    (from..cells.len()).find(|&i| cells.get(i).is_some_and(|c| !c.is_empty()))
}

/// Which cells of a row hold what.
#[derive(Debug, Default)]
struct Roles {
    text: Option<usize>,
    deadline: Option<usize>,
    responsible: Option<usize>,
    result: Option<usize>,
}

/// Reads the cells of a row by what they hold (see the module docs).
fn role_cells(src: &str, row: &Draft) -> Roles {
    let cell_text = |i: usize| clean_join(row.cells.get(i).into_iter().flatten().filter_map(|&(a, b)| src.get(a..b)));
    let mut roles = Roles { text: first_filled(&row.cells, 0), ..Roles::default() };
    let Some(text) = roles.text else { return roles };
    let mut next = first_filled(&row.cells, text + 1);
    if let Some(i) = next {
        if deadline::parse_term(&cell_text(i)).is_some() {
            roles.deadline = Some(i);
            next = first_filled(&row.cells, i + 1);
        }
    }
    if let Some(i) = next {
        if looks_responsible(&cell_text(i)) {
            roles.responsible = Some(i);
            next = first_filled(&row.cells, i + 1);
        }
    }
    roles.result = next;
    roles
}

/// Responsible cells are short lists of names and abbreviations, not sentences.
fn looks_responsible(text: &str) -> bool {
    let len = text.chars().count();
    len <= 200 && !text.starts_with(['-', '–', '—']) && !(text.ends_with('.') && len > 40)
}

fn finish_section(src: &str, s: SectionDraft, ctx: &YearContext, diags: &mut impl DiagnosticSink) -> PlanSection {
    let heading_year = match years_named(&s.title).as_slice() {
        [y] => Some(*y),
        _ => None,
    };
    let row_ctx = YearContext { heading_year, ..*ctx };
    let rows = s.rows.iter().map(|r| finish_row(src, r, &row_ctx, diags)).collect();
    PlanSection { number: s.number.map(|n| n.trim_end_matches('.').to_string()), title: s.title, rows }
}

fn finish_row(src: &str, row: &Draft, ctx: &YearContext, diags: &mut impl DiagnosticSink) -> PlanRow {
    let roles = role_cells(src, row);
    let pieces = |i: Option<usize>| i.and_then(|i| row.cells.get(i)).map(Vec::as_slice).unwrap_or(&[]);
    let join = |p: &[(usize, usize)]| clean_join(p.iter().filter_map(|&(a, b)| src.get(a..b)));
    let deadline = roles.deadline.and_then(|i| {
        let cell = pieces(Some(i));
        let span = cover(cell)?;
        let d = deadline::read_deadline_text(&join(cell), span, ctx)?;
        check_deadline(&d, ctx, diags);
        Some(d)
    });
    let responsible = responsible(src, pieces(roles.responsible), diags);
    let mut result_pieces: Vec<(usize, usize)> = pieces(roles.result).to_vec();
    result_pieces.extend(&row.loose);
    let result = join(&result_pieces);
    PlanRow {
        number: row.number.and_then(|(a, b)| src.get(a..b)).map(|n| n.trim_end_matches('.').to_string()),
        text: join(pieces(roles.text)),
        deadline,
        responsible,
        result: (!result.is_empty()).then_some(result),
        span: Span::from_range(row.start..row.end.max(row.start)),
    }
}

fn cover(pieces: &[(usize, usize)]) -> Option<Span> {
    let start = pieces.iter().map(|p| p.0).min()?;
    let end = pieces.iter().map(|p| p.1).max()?;
    Some(Span::from_range(start..end))
}

/// The responsible cell split on commas, with `000` corrected to `ООО`.
fn responsible(src: &str, pieces: &[(usize, usize)], diags: &mut impl DiagnosticSink) -> Vec<String> {
    for &(a, b) in pieces {
        let text = src.get(a..b).unwrap_or("");
        for (s, e) in ocr_zeros(text) {
            let found = text.get(s..e).unwrap_or("");
            diags.report(Diagnostic::new(
                Code::TextOcrDigit,
                format!("expected letters «ООО», found digits «{found}»; corrected"),
                Some(Span::from_range(a + s..a + e)),
            ));
        }
    }
    let joined = clean_join(pieces.iter().filter_map(|&(a, b)| src.get(a..b)));
    joined
        .split([',', ';'])
        .map(|part| fix_zeros(part.trim_matches(|c: char| is_space(c) || c == '.')))
        .filter(|s| !s.is_empty())
        .collect()
}

/// Tokens of zeros standing for the letter `О` (`000`, `0О0`): their byte ranges.
fn ocr_zeros(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    let is_tok = |c: char| c.is_alphanumeric();
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (is_tok(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                if let Some(tok) = text.get(s..i) {
                    let zeros = tok.chars().filter(|&c| c == '0').count();
                    let only_o = tok.chars().all(|c| matches!(c, '0' | 'О' | 'O'));
                    if zeros > 0 && only_o && tok.chars().count() >= 2 {
                        out.push((s, i));
                    }
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// `part` with zero tokens read as `ООО` (see [`ocr_zeros`]).
fn fix_zeros(part: &str) -> String {
    let mut out = String::with_capacity(part.len());
    let mut last = 0;
    for (s, e) in ocr_zeros(part) {
        out.push_str(part.get(last..s).unwrap_or(""));
        out.extend(part.get(s..e).unwrap_or("").chars().map(|c| if matches!(c, '0' | 'O') { 'О' } else { c }));
        last = e;
    }
    out.push_str(part.get(last..).unwrap_or(""));
    out
}
