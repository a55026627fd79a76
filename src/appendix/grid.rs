//! Table layouts in plain text → lines of cells by column.
//!
//! Exports write tables in several ways; each is turned into the same shape, a [`GridLine`]
//! whose cells are indexed by column:
//!
//! - **tabs**: `1.1.⇥Проведение …⇥август⇥ООО` (Word's "save as text"); a cell holding a
//!   paragraph break ends one line and starts the next, and the two are joined back;
//! - **pipes**: `| 1.1 | Проведение … | август | ООО |`, with `+---+` or `|---|` rules skipped;
//!   box-drawing characters (`│ 1.1 │ Проведение … │`, `├───┼───┤`, as legal databases export
//!   tables) are bars and rules alike. Where rules part every row from the next, the lines
//!   between two rules are one row, each cell wrapped over them;
//! - **one cell per line**: `1.1.|` / `Проведение …|` / `август|` (a cell may wrap over several
//!   lines; `|` ends it), rows starting at a row number;
//! - **space-aligned**: columns separated by runs of two or more spaces, aligned with a header.
//!
//! Lines with no column structure inside the table are kept as free lines.

use crate::block::scan::scan_clause_start;
use crate::block::{Block, LineKind};
use crate::text::{column_bars, is_column_bar, is_small_number, is_space, is_table_rule, segments, split_ranges, trim_range};

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
    /// One cell per line with no mark at all, as a word processor's "save as text" writes a
    /// table: `№ п/п` / `Наименование мероприятия` / `Срок` / `Ответственные`, then each row as
    /// its number alone on a line and a line per cell.
    Stacked,
}

/// Least number of lines that must show a layout for the table to be read in it.
const MIN_LINES: usize = 2;

/// Detects the layout of the table lines.
pub(crate) fn detect(src: &str, lines: &[Block]) -> Option<Layout> {
    let texts = || lines.iter().filter(|b| !b.line.is_blank()).map(|b| raw(src, b));
    let (mut tabs, mut pipes, mut cell_lines) = (0usize, 0usize, 0usize);
    for t in texts() {
        let bars = column_bars(t);
        tabs += usize::from(t.contains('\t'));
        pipes += usize::from(bars >= 2);
        cell_lines += usize::from(bars == 1 && t.trim_end().ends_with(is_column_bar));
    }
    let aligned = aligned_count(texts, tabs, tabs.max(pipes).max(cell_lines));
    let best = [(tabs, Layout::Tabs), (pipes, Layout::Pipes), (cell_lines, Layout::CellPerLine), (aligned, Layout::Aligned)]
        .into_iter()
        .max_by_key(|&(n, l)| (n, std::cmp::Reverse(l)))?;
    if best.0 >= MIN_LINES {
        return Some(best.1);
    }
    stacked_header(src, lines).map(|_| Layout::Stacked)
}

/// Whether the lines hold a [`Layout::Stacked`] table.
pub(crate) fn is_stacked(src: &str, lines: &[Block]) -> bool {
    stacked_header(src, lines).is_some()
}

/// How many header lines may name a stacked table's columns after `№ п/п`.
const STACKED_COLUMNS: usize = 6;

/// Words of the header lines of a stacked table (lower case).
const STACKED_HEADER_WORDS: [&str; 13] =
    ["мероприят", "срок", "ответствен", "исполнител", "наименование", "содержание", "поручени", "результат", "дата", "место", "испытани", "предмет", "класс"];

/// A stacked table's header: its `№ п/п` line (or `№` / `п/п`), then the names of two columns
/// at least, each a short line of its own, which may wrap (`Ответственные` / `исполнители`).
fn stacked_header(src: &str, lines: &[Block]) -> Option<StackedHeader> {
    let texts: Vec<&str> = lines.iter().filter(|b| !b.line.is_blank()).map(|b| b.line.text(src)).collect();
    let at = texts.iter().position(|t| matches!(t.trim_end_matches('.'), "№ п/п" | "№" | "№ п.п" | "N п/п"))?;
    let number_lines = 1 + usize::from(texts.get(at + 1).is_some_and(|t| matches!(t.trim_end_matches('.'), "п/п" | "п.п")));
    let names = texts.get(at + number_lines..)?.iter().take(STACKED_COLUMNS + 2);
    let name_lines: Vec<bool> = names.map_while(|t| if names_column(t) { Some(true) } else { wraps_name(t).then_some(false) }).collect();
    let columns = name_lines.iter().filter(|&&starts| starts).count();
    (columns >= 2 && name_lines.first() == Some(&true)).then_some(StackedHeader { at, number_lines, name_lines })
}

/// Where a stacked table's header stands among the non-blank lines and how it is written.
struct StackedHeader {
    /// The index of its `№` line.
    at: usize,
    /// `№ п/п` on one line, or `№` / `п/п` on two.
    number_lines: usize,
    /// For each line after them: whether it opens a column's name (else it wraps the name above).
    name_lines: Vec<bool>,
}

impl StackedHeader {
    /// How many columns the table has besides the number.
    fn columns(&self) -> usize {
        self.name_lines.iter().filter(|&&starts| starts).count()
    }

    /// How many lines the header takes.
    fn len(&self) -> usize {
        self.number_lines + self.name_lines.len()
    }
}

/// A line of a stacked table's header naming a column (`Срок исполнения`); not the first
/// section's heading under the header (`I. Организационные мероприятия`).
fn names_column(t: &str) -> bool {
    let lower = crate::lexicon::lower(t);
    let section = || crate::block::scan::scan_roman_heading(t).is_some();
    !t.starts_with(|c: char| c.is_ascii_digit()) && t.split(is_space).count() <= 5 && STACKED_HEADER_WORDS.iter().any(|w| lower.contains(w)) && !section()
}

/// A short line in lower case that wraps a column's name (`Ответственные` / `исполнители`).
fn wraps_name(t: &str) -> bool {
    t.starts_with(char::is_lowercase) && t.split(is_space).count() <= 3
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
/// Tabs before a line's text only indent it (`⇥⇥⇥⇥УТВЕРЖДЕН`, a heading set to the right): a
/// row has a tab after its first text.
pub(crate) fn is_table_line(src: &str, b: &Block, layout: Layout) -> bool {
    let line = raw(src, b);
    match layout {
        Layout::Tabs => src.get(b.line.content_start..b.line.end).is_some_and(|from_text| from_text.contains('\t')),
        Layout::Pipes => column_bars(line) >= 2 || is_table_rule(line),
        Layout::CellPerLine => line.trim_end().ends_with(is_column_bar),
        Layout::Aligned => is_aligned_line(line),
        Layout::Stacked => b.line.text(src).starts_with(['№', 'N']),
    }
}

/// The whole line, trailing tabs and spaces included (they are empty cells).
fn raw<'a>(src: &'a str, b: &Block) -> &'a str {
    src.get(b.line.start..b.line.end).unwrap_or("")
}

/// Reads the table lines into grid lines in the given layout.
pub(crate) fn read(src: &str, lines: &[Block], layout: Layout) -> Vec<GridLine> {
    match layout {
        Layout::Tabs => join_split_cells(src, lines.iter().filter(|b| !b.line.is_blank()).map(|b| split_line(src, b, Layout::Tabs, true)).collect()),
        Layout::Pipes => pipes(src, lines),
        Layout::CellPerLine => cell_per_line(src, lines),
        Layout::Aligned => aligned(src, lines),
        Layout::Stacked => stacked(src, lines),
    }
}

/// Reads a [`Layout::Stacked`] table: its header lines make one grid line, a section's line
/// (`1. Организационные мероприятия`) one of its own, and each row its number's line and the
/// cells under it. A cell ending in a comma or a hyphen goes on over the next line; more cells
/// than columns are the activity's, wrapped.
fn stacked(src: &str, lines: &[Block]) -> Vec<GridLine> {
    let filled: Vec<&Block> = lines.iter().filter(|b| !b.line.is_blank()).collect();
    let Some(head) = stacked_header(src, lines) else { return Vec::new() };
    let (at, columns) = (head.at, head.columns());
    let range = |b: &Block| vec![(b.line.content_start, b.line.content_end)];
    let header = filled.get(at..at + head.len()).unwrap_or(&[]);
    // The number's lines make one cell, and each column's name with the lines that wrap it.
    let mut cells: Vec<Cell> = vec![header.iter().take(head.number_lines).flat_map(|b| range(b)).collect()];
    for (b, &starts) in header.iter().skip(head.number_lines).zip(&head.name_lines) {
        match cells.last_mut() {
            Some(cell) if !starts => cell.extend(range(b)),
            _ => cells.push(range(b)),
        }
    }
    let mut grid = vec![GridLine { cells, start: header.first().map_or(0, |b| b.line.content_start), end: header.last().map_or(0, |b| b.line.content_end), free: false }];
    let mut row: Option<(GridLine, Vec<&Block>)> = None;
    // `1` / `2` / `3` / `4`: the columns' numbers under their names, one per line.
    // (One `1` alone is the first row's number, written bare.)
    let numbered = filled.iter().skip(at + head.len()).zip(1..).take_while(|(b, n)| b.line.text(src).trim_matches(is_space) == n.to_string()).count();
    let numbered = if numbered > 1 { numbered } else { 0 };
    let after_header = filled.get(at + head.len() + numbered).map_or(lines.len(), |first| lines.iter().position(|b| std::ptr::eq(b, *first)).unwrap_or(lines.len()));
    // A Word table saved one paragraph per cell sets a blank line after every cell, the
    // header's names too: there a blank line parts cells and is none.
    let index_of = |first: Option<&&Block>| first.and_then(|f| lines.iter().position(|b| std::ptr::eq(b, *f)));
    let spaced = matches!((index_of(header.first()), index_of(header.last())), (Some(a), Some(z)) if z + 1 - a > header.len());
    let mut after_page_number = false;
    // The last row number written bare (`1` / `Проведение анализа …` / `сентябрь` / …).
    let mut last_bare = 0;
    // `4` / `Продолжение приложения` / `№` / `п/п` / `Мероприятия` / …: a page's foot and the
    // header repeated at the next page's top, no cells.
    let page_break = page_break_lines(src, lines, header);
    for (k, b) in lines.iter().enumerate().skip(after_header) {
        if page_break.get(k).copied().unwrap_or(false) {
            continue;
        }
        if b.line.is_blank() {
            // Inside a row, an empty line is an empty cell; not the one under a page's number.
            if let Some((_, cells)) = row.as_mut().filter(|_| !after_page_number && !spaced) {
                cells.push(b);
            }
            after_page_number = false;
            continue;
        }
        // `` / `2` / ``: a page's number between empty lines, no cell.
        let blank_at = |i: Option<usize>| i.and_then(|i| lines.get(i)).is_none_or(|l| l.line.is_blank());
        if crate::text::is_small_number(b.line.text(src).trim_matches(is_space), 3) && blank_at(k.checked_sub(1)) && blank_at(Some(k + 1)) {
            after_page_number = true;
            continue;
        }
        after_page_number = false;
        // `II. Развитие кадрового потенциала`: a section's heading between the rows.
        let number = scan_clause_start(b.line.text(src)).or_else(|| crate::block::scan::scan_roman_heading(b.line.text(src)));
        // `pdftotext` leaves a row's number bare, with no stop: the next one in turn, or `1`
        // opening a section's rows, starts a row.
        let bare = b.line.text(src).trim_matches(is_space).parse::<u32>().ok().filter(|&n| n == last_bare + 1 || n == 1);
        if let Some(n) = bare {
            last_bare = n;
        }
        let number_alone = bare.is_some() || number.as_ref().is_some_and(|n| n.body >= b.line.text(src).len());
        let numbered = number.is_some() || bare.is_some();
        if numbered {
            grid.extend(row.take().map(|(line, cells)| stacked_row(src, line, &cells, columns)));
        }
        match (numbered, &mut row) {
            (true, _) if number_alone => row = Some((GridLine { cells: vec![range(b)], start: b.line.content_start, end: b.line.content_end, free: false }, Vec::new())),
            (true, _) => grid.push(GridLine { cells: vec![range(b)], start: b.line.content_start, end: b.line.content_end, free: false }),
            (false, Some((line, cells))) => {
                line.end = b.line.content_end;
                cells.push(b);
            }
            (false, None) => grid.push(GridLine { cells: Vec::new(), start: b.line.content_start, end: b.line.content_end, free: true }),
        }
    }
    grid.extend(row.map(|(line, cells)| stacked_row(src, line, &cells, columns)));
    grid
}

/// The lines of a stacked table that a page break sets in it, marked by index: `Продолжение
/// приложения` (or `таблицы`), the page's number right above it, and the header repeated at the
/// page's top.
fn page_break_lines(src: &str, lines: &[Block], header: &[&Block]) -> Vec<bool> {
    let text = |k: usize| lines.get(k).map_or("", |b| b.line.text(src).trim_matches(is_space));
    let page_number_above = |k: usize| (0..k).rev().find(|&i| lines.get(i).is_some_and(|b| !b.line.is_blank())).filter(|&i| crate::text::is_small_number(text(i), 3));
    let mut found = vec![false; lines.len()];
    for k in 0..lines.len() {
        if found.get(k).copied().unwrap_or(true) {
            continue;
        }
        let marked: Vec<usize> = if crate::block::scan::starts_with_any_lower(text(k), &["продолжение приложения", "продолжение таблицы"]) {
            vec![k]
        } else if let Some(repeated) = header_repeated_at(src, lines, header, k) {
            repeated
        } else {
            continue;
        };
        for i in marked.into_iter().chain(page_number_above(k)) {
            if let Some(slot) = found.get_mut(i) {
                *slot = true;
            }
        }
    }
    found
}

/// The lines of a stacked table's header (two lines or more) repeated in full from line `from`
/// on, blank lines between them allowed.
fn header_repeated_at(src: &str, lines: &[Block], header: &[&Block], from: usize) -> Option<Vec<usize>> {
    let text = |k: usize| lines.get(k).map_or("", |b| b.line.text(src).trim_matches(is_space));
    let mut at = from;
    let mut repeated = Vec::new();
    for h in header {
        if text(at) != h.line.text(src).trim_matches(is_space) {
            return None;
        }
        repeated.push(at);
        at = (at + 1..lines.len()).find(|&j| lines.get(j).is_some_and(|b| !b.line.is_blank()))?;
    }
    (header.len() > 1).then_some(repeated)
}

/// A stacked row: its number's grid line with the cells of `lines` added, `columns` of them.
/// Where cells wrap over lines with nothing to tell where one ends (`pdftotext` without its
/// layout), the term tells: the lines before it are the activity, those after it the
/// responsible (see [`stacked_row_by_term`]).
fn stacked_row(src: &str, mut line: GridLine, lines: &[&Block], columns: usize) -> GridLine {
    if let Some(cells) = stacked_row_by_term(src, lines, columns) {
        line.cells.extend(cells);
        return line;
    }
    let mut cells: Vec<Cell> = Vec::new();
    let mut open = false;
    let last_filled = lines.iter().rposition(|b| !b.line.is_blank()).map_or(0, |k| k + 1);
    for b in lines.get(..last_filled).unwrap_or(&[]) {
        let piece = if b.line.is_blank() { Vec::new() } else { vec![(b.line.content_start, b.line.content_end)] };
        match cells.last_mut() {
            Some(cell) if open => cell.extend(piece),
            _ => cells.push(piece),
        }
        open = !b.line.is_blank() && b.line.text(src).trim_end_matches(is_space).ends_with([',', '-']);
    }
    // Cells beyond the columns wrap the activity, the first (moved in one pass, however many).
    let extra = cells.len().saturating_sub(columns.max(1));
    if extra > 0 {
        let wrapped: Vec<Cell> = cells.drain(1..=extra).collect();
        if let Some(first) = cells.first_mut() {
            first.extend(wrapped.into_iter().flatten());
        }
    }
    line.cells.extend(cells);
    line
}

/// `Проведение паспортизации объектов куль-` / `туры …` / `I квартал 2021` / `года` /
/// `руководители` / `учреждений`: a row's lines cut at its term — the first line after the
/// activity's first that reads as one, with the lines that complete it (`года`). `None` when
/// every cell has a line of its own (no more lines than `columns`), no line reads as a term, or
/// there are more lines than a row of wrapped cells holds.
fn stacked_row_by_term(src: &str, lines: &[&Block], columns: usize) -> Option<Vec<Cell>> {
    let filled: Vec<(usize, usize, &str)> = lines.iter().filter(|b| !b.line.is_blank()).map(|b| (b.line.content_start, b.line.content_end, b.line.text(src))).collect();
    if filled.len() <= columns || filled.len() > MAX_STACKED_ROW_LINES {
        return None;
    }
    // An event may be what the activity is about, but not `по мере необходимости`, nor a
    // schedule the row keeps to (`по плану работы управления образования`).
    let by_need = |t: &str| crate::block::scan::starts_with_any_lower(t, &["по мере "]) || names_schedule(t);
    let term = |t: &str| t.len() <= 200 && !year_then_words(t) && crate::extract::deadline::parse_term(t).is_some_and(|term| !matches!(term, crate::extract::deadline::Term::Event) || by_need(t));
    let joined = |from: usize, to: usize| filled.get(from..to).map(|ls| ls.iter().map(|l| l.2.trim_matches(is_space)).collect::<Vec<_>>().join(" ")).unwrap_or_default();
    let first_word = |k: usize| filled.get(k).map(|l| crate::lexicon::lower(l.2.trim_matches(is_space).split(is_space).next().unwrap_or("")).into_owned()).unwrap_or_default();
    // A term wrapped over two lines opens as terms do (`до 20 января года` / `следующего …`).
    let opens_term = |k: usize| crate::extract::deadline::may_open_term(&first_word(k)) || first_word(k).starts_with(|c: char| c.is_ascii_digit());
    let k = (1..filled.len()).find(|&k| term(&joined(k, k + 1)) || opens_term(k) && term(&joined(k, k + 2)))?;
    // `I квартал 2021` / `года`, `3 декабря` / `2021 г.`, `ежеквартально до` / `10 числа …`,
    // `до 20 января года` / `следующего за отчетным`: the lines that complete the term; a
    // responsible's first line (`руководители`, `МАУК «БДТ»`) does not.
    let responsible_starts = |w: &str| crate::lexicon::is_position_word(w) || crate::lexicon::is_authority_word(w);
    let completes = |end: usize| {
        let next = filled.get(end).map_or("", |l| l.2.trim_matches(is_space));
        let year_follows = next.starts_with("год") || next.starts_with("г.") || next.get(..4).is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()));
        // `еженедельно` / `(суббота)`: a note in parentheses goes on too.
        let goes_on = next.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit() || c == '(') && !responsible_starts(&first_word(end));
        // `по плану работы` / `управления` / `образования` / `управление` / `образования`, `по
        // плану ГБУ РО` / `«ОЦДО»`: a schedule's owner goes on in the genitive or quoted; the
        // responsible opens in the nominative.
        // (`по графику` / `Департамента` / `образования и науки`: the owner's name in capitals
        // too, in the genitive.)
        let owner_goes_on = names_schedule(&joined(k, end)) && (next.starts_with('«') || crate::morph::classify(&first_word(end)).oblique && crate::block::scan::scan_person(next).is_none());
        // `IV квартал` / `2024 г. -` / `I квартал` / `2025 г.`: a range's dash asks for its end;
        // `I квартал,` / `IV квартал`: a comma asks for the next term.
        let dashed = joined(k, end).ends_with(['-', '–', '—']);
        let listed = joined(k, end).ends_with(',') && term(next);
        let goes_on = goes_on && !names_schedule(&joined(k, end)) || owner_goes_on;
        (year_follows || goes_on || dashed || listed) && term(&joined(k, end + 1))
    };
    let mut end = k + 1;
    while end < filled.len() && completes(end) {
        end += 1;
    }
    let pieces = |from: usize, to: usize| filled.get(from..to).unwrap_or(&[]).iter().map(|&(a, b, _)| (a, b)).collect::<Cell>();
    let mut cells = vec![pieces(0, k), pieces(k, end)];
    // As many lines after the term as columns are left, none going on from the one above
    // (`(по согласованию)`, `учреждений`): a line each (responsible, result).
    let goes_on = |l: &(usize, usize, &str)| l.2.trim_start_matches(is_space).starts_with(|c: char| c == '(' || c.is_lowercase());
    // `Зайцева Т.В.,` / `руководители ОО` / `Аналитические материалы …`: a line left open with a
    // comma or a hyphen goes on in the next; so grouped, the lines may fill the columns left.
    let open_groups = open_line_groups(filled.get(end..).unwrap_or(&[]));
    if filled.len() - end == columns.saturating_sub(2) && !filled.get(end + 1..).unwrap_or(&[]).iter().any(goes_on) {
        cells.extend((end..filled.len()).map(|i| pieces(i, i + 1)));
    } else if let Some(result) = (columns > 3).then(|| (end + 1..filled.len()).find(|&i| filled.get(i).is_some_and(|l| opens_result(l.2)) && !crate::text::unclosed_guillemet(&joined(end, i)))).flatten() {
        // `Министерство … Республики Марий Эл` / `утвержден порядок …`: the result, a statement
        // in lower case, follows the responsible.
        cells.extend([pieces(end, result), pieces(result, filled.len())]);
    } else if columns > 3 && open_groups.len() == columns - 2 && open_groups.len() > 1 {
        cells.extend(open_groups);
    } else {
        cells.push(pieces(end, filled.len()));
    }
    Some(cells)
}

/// `2023 года по учебным предметам`: a year and words after it, the activity's wrapped line
/// (`Статистический анализ результатов ОГЭ` / `2023 года по …`), not a term.
fn year_then_words(t: &str) -> bool {
    let t = t.trim_start_matches(is_space);
    let year = t.get(..4).is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit())) && !t.get(4..5).is_some_and(|c| c.bytes().all(|b| b.is_ascii_digit()));
    let mut words = t.get(4..).unwrap_or("").split(is_space).filter(|w| !w.is_empty());
    let after_year = match words.next() {
        Some(w) if w.starts_with("год") || w == "г." || w == "г" => words.next(),
        other => other,
    };
    year && after_year.is_some_and(|w| w.starts_with(char::is_lowercase) && w.chars().all(crate::text::is_letter))
}

/// `по плану работы …`, `по графику МОУО`, `согласно плану …`, `по единому расписанию`: a term
/// that is a schedule the row keeps to.
fn names_schedule(text: &str) -> bool {
    const SCHEDULES: [&str; 9] =
        ["по плану", "по графику", "по расписанию", "по единому расписанию", "согласно плану", "согласно графику", "согласно расписанию", "в соответствии с планом", "в соответствии с графиком"];
    crate::block::scan::starts_with_any_lower(text, &SCHEDULES)
}

/// The lines of a stacked row's cells grouped into cells: a line ending in a comma, a hyphen, a
/// preposition or a conjunction goes on in the next one, and so does one going on in lower case, with a note in parentheses
/// or with a quoted name (`Отдел воспитания и` / `дополнительного образования`, `МАУ` / `«ДК им.
/// Ленина»`).
fn open_line_groups(lines: &[(usize, usize, &str)]) -> Vec<Cell> {
    let mut groups: Vec<Cell> = Vec::new();
    let mut open = false;
    for &(a, b, text) in lines {
        let goes_on = text.trim_start_matches(is_space).starts_with(|c: char| matches!(c, '(' | '«') || c.is_lowercase());
        match groups.last_mut() {
            Some(cell) if open || goes_on => cell.push((a, b)),
            _ => groups.push(vec![(a, b)]),
        }
        // `УГИБДД УМВД России по` / `Курганской области`: a preposition or conjunction ending a
        // line leaves it open too.
        let last = text.trim_end_matches(is_space).rsplit(is_space).next().unwrap_or("");
        open = text.trim_end_matches(is_space).ends_with([',', '-']) || crate::lexicon::leaves_open(last);
    }
    groups
}

/// Whether a line of a stacked row opens the result column after the responsible: its first
/// word in lower case, and one no responsible's name goes on with — not a word in an oblique
/// case (`защиты Республики …`), a preposition (`по уходу`), a conjunction or a note in
/// parentheses — such as a short participle (`утвержден порядок`, `обучено не менее 150
/// помощников`).
fn opens_result(line: &str) -> bool {
    let word = line.trim_start_matches(is_space).split(is_space).next().unwrap_or("");
    let lowercase = word.starts_with(char::is_lowercase);
    let lower = crate::lexicon::lower(word);
    let letters = lower.trim_matches(|c: char| !crate::text::is_letter(c));
    let joins = crate::lexicon::is_preposition(letters) || matches!(letters, "и" | "а" | "или");
    let class = crate::morph::classify(letters);
    lowercase && letters.chars().count() > 2 && !joins && !class.oblique && !crate::lexicon::is_position_word(letters) && !crate::lexicon::is_authority_word(letters)
}

/// How many lines a stacked row's cells may wrap over in all.
const MAX_STACKED_ROW_LINES: usize = 24;

/// Splits one line into cells at tabs (`layout` [`Layout::Tabs`]) or column bars (else); bars
/// bordering the line are no cells. A line without a separator is free text, unless it opens
/// with a number: a row's (`1.1.`) or a section's (`1. Организационные мероприятия`, `II. Меры
/// …`), which a row spanning the table holds alone.
/// `bordered`: whether the table's lines open with a bar (`| 1.1 | …`); else an empty first
/// segment (`     | ул. Ленина … |`) is an empty cell, not a border.
fn split_line(src: &str, b: &Block, layout: Layout, bordered: bool) -> GridLine {
    let start = b.line.start;
    let text = raw(src, b);
    let bars = layout != Layout::Tabs;
    let is_separator = |c: char| if bars { is_column_bar(c) } else { c == '\t' };
    let opens_with_number = || matches!(b.kind, LineKind::Clause(_)) || scan_clause_start(b.line.text(src)).is_some();
    let separated = if bars { column_bars(text) > 0 } else { text.contains('\t') };
    if !separated && !opens_with_number() {
        return GridLine { cells: Vec::new(), start: b.line.content_start, end: b.line.content_end, free: true };
    }
    let mut cells = Vec::with_capacity(8);
    let mut parts = split_ranges(text, is_separator).peekable();
    let mut first = true;
    while let Some((s, e)) = parts.next() {
        let (a, e) = trim_range(src, start + s, start + e);
        let border = bars && (first && bordered || parts.peek().is_none()) && a == e;
        if !border {
            cells.push(if a < e { vec![(a, e)] } else { Vec::new() });
        }
        first = false;
    }
    GridLine { cells, start: b.line.content_start, end: b.line.content_end, free: false }
}

/// Tabs: a cell holding a paragraph break (`Управление …,` ⏎ `отдел правового обеспечения`) is
/// saved as the end of one line and the start of the next, so the row's line has too few cells
/// and the next line finishes the open cell up to its first tab, its other cells filling the
/// remaining columns. Such lines are joined back into one when, together, they make the table's
/// usual number of cells exactly, the open cell and its rest both hold text, and no line after
/// the first opens with a row number.
fn join_split_cells(src: &str, lines: Vec<GridLine>) -> Vec<GridLine> {
    let width = usual_width(src, &lines);
    let mut out: Vec<GridLine> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while let Some(line) = lines.get(i) {
        let mut end = split_row_end(src, &lines, i, width);
        let mut row = line.clone();
        for rest in lines.get(i + 1..end).unwrap_or(&[]) {
            finish_open_cell(src, &mut row, rest);
        }
        // `…⇥министерство образования …,` / `ОГБУ ДПО «РИРО»`: a paragraph of the row's last
        // cell on a line of no tabs, the cell left open with a comma.
        while let Some(rest) = lines.get(end).filter(|next| continues_last_cell(src, &row, next)) {
            if let Some(cell) = row.cells.iter_mut().rev().find(|c| !c.is_empty()) {
                cell.push((rest.start, rest.end));
            }
            row.end = rest.end;
            end += 1;
        }
        out.push(row);
        i = end.max(i + 1);
    }
    out
}

/// Whether the free line `next` goes on the last filled cell of `row`, which ends in a comma:
/// it opens with no row or section number.
fn continues_last_cell(src: &str, row: &GridLine, next: &GridLine) -> bool {
    let last = row.cells.iter().rev().find(|c| !c.is_empty()).and_then(|c| c.last()).and_then(|&(a, b)| src.get(a..b));
    let text = src.get(next.start..next.end).unwrap_or("");
    let numbered = scan_clause_start(text).is_some() || crate::block::scan::scan_roman_heading(text).is_some();
    !row.free && next.free && last.is_some_and(|t| t.trim_end_matches(is_space).ends_with(',')) && !numbered
}

/// The commonest number of cells of the rows: of the lines that open with a row number, else of
/// those with two cells or more; a larger one on a tie.
fn usual_width(src: &str, lines: &[GridLine]) -> usize {
    let numbered = lines.iter().any(|g| opens_with_row_number(src, g));
    let rows = lines.iter().filter(|g| !numbered || opens_with_row_number(src, g));
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for n in rows.map(|g| g.cells.len()).filter(|&n| n >= 2) {
        match counts.iter_mut().find(|(width, _)| *width == n) {
            Some((_, count)) => *count += 1,
            None => counts.push((n, 1)),
        }
    }
    counts.into_iter().max_by_key(|&(width, count)| (count, width)).map_or(0, |(width, _)| width)
}

/// Where the lines of the row whose line `i` has too few cells end (see [`join_split_cells`]):
/// past the lines that complete it to `width` cells, or `i + 1` when none do.
fn split_row_end(src: &str, lines: &[GridLine], i: usize, width: usize) -> usize {
    let Some(first) = lines.get(i).filter(|g| !g.free) else { return i + 1 };
    let mut cells = first.cells.len();
    let mut open = first.cells.last().is_some_and(|c| !c.is_empty());
    let mut j = i + 1;
    let mut paragraphs = 0;
    while cells < width && open {
        let Some(next) = lines.get(j).filter(|g| !opens_with_row_number(src, g)) else { break };
        // A line with no tab inside the open cell is a paragraph of it (three names of a
        // responsible cell, one a line), when a later line finishes the row.
        if next.free {
            paragraphs += 1;
            if paragraphs > CELL_PARAGRAPHS {
                break;
            }
            j += 1;
            continue;
        }
        let finishes = next.cells.first().is_some_and(|c| !c.is_empty());
        if !finishes || cells + next.cells.len() - 1 > width {
            break;
        }
        cells += next.cells.len() - 1;
        open = next.cells.last().is_some_and(|c| !c.is_empty());
        j += 1;
    }
    if cells == width { j } else { i + 1 }
}

/// How many lines without a tab may stand inside one cell of a tab-separated row.
const CELL_PARAGRAPHS: usize = 3;

/// Joins `rest`, the line after a cell's paragraph break, to `row`: its first cell ends the
/// row's last, its others follow; a line without a tab goes on the open cell.
fn finish_open_cell(src: &str, row: &mut GridLine, rest: &GridLine) {
    if rest.free {
        let (a, b) = trim_range(src, rest.start, rest.end);
        if let (Some(open), true) = (row.cells.last_mut(), a < b) {
            open.push((a, b));
        }
        row.end = rest.end;
        return;
    }
    let mut cells = rest.cells.iter();
    if let (Some(open), Some(tail)) = (row.cells.last_mut(), cells.next()) {
        open.extend(tail.iter().copied());
    }
    row.cells.extend(cells.cloned());
    row.end = rest.end;
}

/// Lines of cells between column bars, rules skipped; where the rules part the rows
/// ([`rules_part_rows`]), the lines between two rules are joined into one row.
fn pipes(src: &str, lines: &[Block]) -> Vec<GridLine> {
    // The lines between two rules, in order.
    let mut ruled: Vec<Vec<GridLine>> = vec![Vec::new()];
    // `1.1 | Ремонт кровли …`: a table set without a left border has its rows' numbers before
    // the first bar.
    let number_before_bar = |b: &&Block| raw(src, b).split(is_column_bar).next().is_some_and(|head| super::table::row_number(head.trim_matches(is_space)).is_some());
    let bordered = !lines.iter().filter(|b| column_bars(raw(src, b)) > 0).any(|b| number_before_bar(&b));
    for b in lines.iter().filter(|b| !b.line.is_blank()) {
        // A Markdown thematic break (`---`) after the rows ends the table: another part follows.
        if is_thematic_break(raw(src, b)) && ruled.iter().any(|r| !r.is_empty()) {
            break;
        }
        if is_table_rule(raw(src, b)) {
            if ruled.last().is_some_and(|r| !r.is_empty()) {
                ruled.push(Vec::new());
            }
        } else if let Some(last) = ruled.last_mut() {
            last.push(split_line(src, b, Layout::Pipes, bordered));
        }
    }
    if !rules_part_rows(src, &ruled) {
        return ruled.into_iter().flatten().collect();
    }
    ruled.into_iter().flat_map(join_wrapped).collect()
}

/// `---`, `***`, `___` alone on a line, short: a Markdown thematic break, not a table's rule.
fn is_thematic_break(line: &str) -> bool {
    let t = line.trim_matches(is_space);
    (3..=5).contains(&t.len()) && ['-', '*', '_'].iter().any(|&m| t.chars().all(|c| c == m))
}

/// Whether rules part every row of a table from the next, as legal databases draw them: rules
/// stand between the lines of the body (more than around a header), and no two lines between
/// the same two rules open with a row number.
fn rules_part_rows(src: &str, ruled: &[Vec<GridLine>]) -> bool {
    let filled = ruled.iter().filter(|r| !r.is_empty()).count();
    let one_row_each = ruled.iter().all(|r| r.iter().filter(|g| opens_with_row_number(src, g)).count() <= 1);
    filled > 2 && one_row_each
}

/// Whether the first cell of a line opens with a row number: a clause number (`1.`, `2.1`) or a
/// bare small number (`12`).
fn opens_with_row_number(src: &str, g: &GridLine) -> bool {
    let first = g.cells.first().and_then(|c| c.first()).and_then(|&(a, e)| src.get(a..e)).unwrap_or("");
    scan_clause_start(first).is_some() || is_small_number(first, 3)
}

/// The lines between two rules as one row: each cell gathers the pieces of its column, line by
/// line. A free line (page furniture between the pages of a row) is kept apart and ends the
/// run of lines joined so far.
fn join_wrapped(lines: Vec<GridLine>) -> Vec<GridLine> {
    let mut out: Vec<GridLine> = Vec::new();
    let mut joining = false;
    for line in lines {
        match out.last_mut() {
            Some(row) if joining && !line.free => {
                if row.cells.len() < line.cells.len() {
                    row.cells.resize_with(line.cells.len(), Vec::new);
                }
                for (cell, pieces) in row.cells.iter_mut().zip(line.cells) {
                    cell.extend(pieces);
                }
                row.end = line.end;
            }
            _ => {
                joining = !line.free;
                out.push(line);
            }
        }
    }
    out
}

/// One cell per line: a cell ends at `|`; a row starts at a cell that is a row number or a
/// numbered section heading.
fn cell_per_line(src: &str, lines: &[Block]) -> Vec<GridLine> {
    let mut rows: Vec<GridLine> = Vec::new();
    let mut pending: Cell = Vec::new();
    for b in lines.iter().filter(|b| !b.line.is_blank()) {
        let text = b.line.text(src);
        let (body_end, closes) = match text.rfind(is_column_bar) {
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

/// A segment of a line: its byte range, and the columns (in chars) it starts and ends at.
type Segment = (usize, usize, usize, usize);

/// The segments of a line with the columns (in chars) each starts and ends at.
fn columned_segments(text: &str) -> Vec<Segment> {
    let (mut at, mut col) = (0, 0);
    segments(text)
        .map(|(s, e)| {
            col += text.get(at..s).map_or(0, |p| p.chars().count());
            let start_col = col;
            col += text.get(s..e).map_or(0, |p| p.chars().count());
            at = e;
            (s, e, start_col, col)
        })
        .collect()
}

/// Space-aligned columns, as `pdftotext -layout` and typists set them: a column's cells start at
/// its left edge, while a header or a row of column numbers may be centred over it. The columns
/// are what lies between the gaps that line up down the table (see [`column_starts`]); a segment
/// goes to the column it overlaps most. A line of one segment that runs over a gap (a section's
/// title centred across the table), that is numbered but starts past the number column (a
/// section's numbered title), or that starts at the table's left edge and is no numbered row, is
/// free text.
fn aligned(src: &str, lines: &[Block]) -> Vec<GridLine> {
    // Rules (`─────`) part nothing here: the columns are in the spaces.
    let mut after_blank = Vec::with_capacity(lines.len());
    let mut blank = true;
    let mut non_blank: Vec<&Block> = Vec::with_capacity(lines.len());
    for b in lines {
        if b.line.text(src).chars().any(crate::text::is_alnum) {
            non_blank.push(b);
            after_blank.push(blank);
            blank = false;
        } else {
            blank |= b.line.is_blank();
        }
    }
    // Each line's segments with a row's number set apart, and the columns of the line's only
    // segment as written, if it has one.
    let (apart, only): (Vec<Vec<Segment>>, Vec<_>) = non_blank
        .iter()
        .map(|b| {
            let written = columned_segments(raw(src, b));
            let only = match written.as_slice() {
                [(_, _, from, to)] => Some((*from, *to)),
                _ => None,
            };
            (with_row_number_apart(raw(src, b), written), only)
        })
        .unzip();
    let starts = column_starts(&apart);
    let titles = section_titles(src, &non_blank);
    let column_of = |from: usize, to: usize| {
        let overlap = |i: usize| {
            let (a, b) = (starts.get(i).copied().unwrap_or(0), starts.get(i + 1).copied().unwrap_or(usize::MAX));
            to.min(b).saturating_sub(from.max(a))
        };
        (0..starts.len()).max_by_key(|&i| (overlap(i), usize::MAX - i)).unwrap_or(0)
    };
    let is_free = |b: &Block, (from, to): (usize, usize)| {
        let first_column = column_of(from, from + 1);
        let spans_columns = first_column != column_of(to.saturating_sub(1), to);
        let numbered = scan_clause_start(b.line.text(src)).is_some();
        let at_edge = from == 0 && starts.first().is_some_and(|&f| f == 0) && !numbered;
        // `3. Информирование населения`, `I квартал 2023 года` set in the middle, away from
        // the left edge of a column past the first, where wrapped cells start: a section's title.
        let inside = starts.get(first_column).is_some_and(|&c| from > c + 2);
        let centred_section = first_column > 0 && (numbered || inside);
        spans_columns || at_edge || centred_section
    };
    let grid = non_blank
        .iter()
        .zip(apart.into_iter().zip(only))
        .zip(titles)
        .map(|((b, (apart, only)), title)| {
            if title || only.is_some_and(|span| is_free(b, span)) {
                return GridLine { cells: Vec::new(), start: b.line.content_start, end: b.line.content_end, free: true };
            }
            let segs = split_at_column_starts(raw(src, b), apart, &starts);
            let mut cells: Vec<Cell> = vec![Vec::new(); starts.len().max(1)];
            // `1   2   3   4`: the numbers of the columns, one to each, however they are centred.
            let numbers_columns = segs.len() >= 3 && segs.iter().enumerate().all(|(k, &(s, e, ..))| raw(src, b).get(s..e).and_then(|t| t.parse::<usize>().ok()) == Some(k + 1));
            for (k, (s, e, from, to)) in segs.into_iter().enumerate() {
                let column = if numbers_columns { k } else { column_of(from, to) };
                if let Some(cell) = cells.get_mut(column) {
                    cell.push((b.line.start + s, b.line.start + e));
                }
            }
            GridLine { cells, start: b.line.content_start, end: b.line.content_end, free: false }
        })
        .collect();
    number_first_lines(src, grid, &after_blank)
}

/// Which of `lines` are a section's numbered title: a first-level number and one run of words
/// (`2.    Меры по повышению качества преподавания учебных предметов`), however far across the
/// columns it runs, its first row below numbered under it (`2.1.`).
fn section_titles(src: &str, lines: &[&Block]) -> Vec<bool> {
    let number = |b: &Block| {
        let text = b.line.text(src);
        scan_clause_start(text).map(|start| (start, text))
    };
    lines
        .iter()
        .enumerate()
        .map(|(k, b)| {
            let Some((start, text)) = number(b) else { return false };
            let one_run = || text.get(start.body..).is_some_and(|body| !body.is_empty() && crate::block::scan::last_column_gap(body.trim_end_matches(is_space)).is_none());
            let first_level = start.number.style() == crate::tree::numbering::Style::Dotted(1);
            let below = || lines.get(k + 1..).unwrap_or(&[]).iter().find_map(|n| number(n)).map(|(s, _)| s.number);
            first_level && one_run() && below().is_some_and(|n| start.number.is_parent_of(&n))
        })
        .collect()
}

/// Rows set apart by blank lines (or a section's title) whose number a typesetter centred in the
/// row's height (`` / `        Подготовка приказов об организации и` / ` 1.1.   проведении
/// итогового сочинения …`): the number goes to the row's first line — the lines right above it
/// with nothing in the number column, the first opening with a capital — so the row starts there.
fn number_first_lines(src: &str, mut grid: Vec<GridLine>, after_blank: &[bool]) -> Vec<GridLine> {
    let numbered = |g: &GridLine| g.cells.first().and_then(|c| c.first()).and_then(|&(a, b)| src.get(a..b)).and_then(super::table::row_number).is_some();
    let mut start = 0;
    while start < grid.len() {
        // A block runs to a blank line or a free line (a section's title), either way.
        let free = |k: usize| grid.get(k).is_some_and(|g| g.free);
        let end = (start + 1..grid.len()).find(|&k| after_blank.get(k).copied().unwrap_or(true) || free(k) || free(k - 1)).unwrap_or(grid.len());
        let block = grid.get(start..end).unwrap_or(&[]);
        let numbers: Vec<usize> = block.iter().enumerate().filter(|(_, g)| numbered(g)).map(|(k, _)| k).collect();
        // The row's lines above its number: those with nothing in the number column (a header
        // above them has its `№` there).
        let text_only = |g: &GridLine| !g.free && g.cells.first().is_some_and(Vec::is_empty) && g.cells.iter().any(|c| !c.is_empty());
        if let [k] = numbers.as_slice() {
            let first = block.get(..*k).map_or(*k, |above| above.len() - above.iter().rev().take_while(|g| text_only(g)).count());
            // A row's first line opens with a capital; a cell's tail carried over a page does not.
            let opens_row = block.get(first).and_then(|g| g.cells.iter().find_map(|c| c.first())).and_then(|&(a, b)| src.get(a..b)).is_some_and(|t| t.starts_with(char::is_uppercase));
            if first < *k && opens_row {
                let number = grid.get_mut(start + k).and_then(|g| g.cells.first_mut()).map(std::mem::take).unwrap_or_default();
                if let Some(cell) = grid.get_mut(start + first).and_then(|g| g.cells.first_mut()) {
                    *cell = number;
                }
            }
        }
        start = end;
    }
    grid
}


/// `документа- 2023–2024`, `до 1 декабря отдел экономики`: two cells one space apart, where the
/// text of one ran up to the next column. A segment is cut where a word starts at a column's
/// start, or up to two chars after it (in chars).
fn split_at_column_starts(text: &str, segs: Vec<Segment>, starts: &[usize]) -> Vec<Segment> {
    let mut out = Vec::with_capacity(segs.len());
    for (s, e, from, to) in segs {
        let (mut piece_start, mut piece_from) = (s, from);
        let mut previous_space = false;
        for (col, (i, c)) in (from..).zip(text.get(s..e).unwrap_or("").char_indices()) {
            let space = is_space(c);
            let at_start = starts.iter().any(|&c| c > piece_from && (c..=c + 2).contains(&col));
            if previous_space && !space && at_start {
                let piece_end = text.get(piece_start..s + i).map_or(s + i, |p| piece_start + p.trim_end_matches(is_space).len());
                out.push((piece_start, piece_end, piece_from, piece_from + text.get(piece_start..piece_end).map_or(0, |p| p.chars().count())));
                (piece_start, piece_from) = (s + i, col);
            }
            previous_space = space;
        }
        out.push((piece_start, e, piece_from, to));
    }
    out
}

/// `1.1. Анализ результатов …`: a row's number one space before its text, as a narrow number
/// column leaves it, is a segment of its own.
fn with_row_number_apart(text: &str, mut segs: Vec<Segment>) -> Vec<Segment> {
    let Some(&(s, e, from, to)) = segs.first() else { return segs };
    let Some(start) = text.get(s..e).and_then(scan_clause_start) else { return segs };
    let number_end = text.get(s..e).and_then(|t| t.get(..start.body)).map_or(0, |n| n.trim_end_matches(is_space).len());
    if start.body == 0 || s + start.body >= e {
        return segs;
    }
    let chars = |a: usize, b: usize| text.get(a..b).map_or(0, |t| t.chars().count());
    let body_from = from + chars(s, s + start.body);
    segs.splice(0..1, [(s, s + number_end, from, from + chars(s, s + number_end)), (s + start.body, e, body_from, to)]);
    segs
}

/// Where the columns of a space-aligned table start (in chars): after each run of char columns
/// that most lines of three or more segments (no section's number and title) leave blank (a
/// header's or a number row's words centred over a gap, or two cells one space apart, may fill
/// it in up to one line of four), and at the first filled one.
fn column_starts(segs: &[Vec<Segment>]) -> Vec<usize> {
    let rows: Vec<&Vec<Segment>> = segs.iter().filter(|l| l.len() >= 3).collect();
    let width = rows.iter().filter_map(|l| l.last().map(|&(.., to)| to)).max().unwrap_or(0);
    let mut filled = vec![0u32; width];
    for &(_, _, from, to) in rows.iter().flat_map(|l| l.iter()) {
        for count in filled.get_mut(from..to).unwrap_or_default() {
            *count = count.saturating_add(1);
        }
    }
    let gap = |count: u32| (count as usize) * 4 <= rows.len();
    let mut starts = Vec::new();
    let mut in_gap = true;
    for (col, &count) in filled.iter().enumerate() {
        if in_gap && !gap(count) {
            starts.push(col);
        }
        in_gap = gap(count);
    }
    starts
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
    fn box_drawn_rows_between_rules_are_joined() {
        let src = "┌────┬──────────────┬─────────────┐\n\
                   │ N  │ Мероприятие  │    Срок     │\n\
                   │п/п │              │             │\n\
                   ├────┼──────────────┼─────────────┤\n\
                   │1.  │Мониторинг    │ежеквартально,│\n\
                   │    │Тверской      │до 25-го     │\n\
                   ├────┼──────────────┼─────────────┤\n\
                   │2.  │Доклад        │май          │\n\
                   └────┴──────────────┴─────────────┘\n";
        let (layout, rows) = grid(src);
        assert_eq!(layout, Some(Layout::Pipes));
        assert_eq!(rows, [
            vec!["N / п/п", "Мероприятие", "Срок"],
            vec!["1.", "Мониторинг / Тверской", "ежеквартально, / до 25-го"],
            vec!["2.", "Доклад", "май"],
        ]);
    }

    #[test]
    fn a_rule_under_the_header_only_parts_no_rows() {
        let (_, rows) = grid("| № | Мероприятие | Срок |\n|---|---|---|\n| 1. | Анализ | май |\n|  | результатов | |\n| 2. | Отчет | июнь |\n");
        assert_eq!(rows.len(), 4);
    }

    #[test]
    fn a_cell_broken_by_a_paragraph_is_joined_across_the_lines() {
        let src = "№\tМероприятие\tОтветственный \nисполнитель\tСрок\tРезультат\n\
                   1.\tАнализ\tГлава поселения,\nспециалист Грошева Т.В.\tежеквартально\tИнформация\n\
                   2.\tОтчет\tГрошева Т.В.\tмай\tОтчет\n\
                   3.\tСеминар\tмай\n\tдля педагогов\t\n\
                   4.\tПроверка\tГлава поселения\tиюнь\tСправка\n\
                   5.\tСовещание\tГлава поселения\tиюль\tПротокол\n\
                   6.\tОбучение\tГрошева Т.В.\tавгуст\tСправка\n";
        let (_, rows) = grid(src);
        assert_eq!(rows.len(), 8);
        assert_eq!(rows.into_iter().take(5).collect::<Vec<_>>(), [
            vec!["№", "Мероприятие", "Ответственный / исполнитель", "Срок", "Результат"],
            vec!["1.", "Анализ", "Глава поселения, / специалист Грошева Т.В.", "ежеквартально", "Информация"],
            vec!["2.", "Отчет", "Грошева Т.В.", "май", "Отчет"],
            // A wrapped line starting with an empty cell continues cells, not the open one.
            vec!["3.", "Семинар", "май"],
            vec!["", "для педагогов", ""],
        ]);
        // A cell of three paragraphs: the middle one has no tab at all.
        let src = "№\tМероприятие\tОтветственный\tСрок\tРезультат\n1.\tАнализ\tБУЗОО «Исилькульская ЦРБ»,\nБУЗОО «Калачинская ЦРБ»,\n\
                   БУЗОО «Тарская ЦРБ»\tмай\tОтчет\n2.\tОтчет\tГрошева Т.В.\tмай\tОтчет\n";
        let (_, rows) = grid(src);
        let want = ["1.", "Анализ", "БУЗОО «Исилькульская ЦРБ», / БУЗОО «Калачинская ЦРБ», / БУЗОО «Тарская ЦРБ»", "май", "Отчет"];
        assert_eq!(rows.get(1).map(|r| r.iter().map(String::as_str).collect::<Vec<_>>()), Some(want.to_vec()));
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

    /// `pdftotext -layout`: a header and the column numbers centred over their columns, a row's
    /// number one space before its text, two cells one space apart, a section's title centred.
    #[test]
    fn columns_come_from_the_gaps_that_line_up() {
        let src = "  №              Наименование            Срок         Ответственные\n\
                   п/п              мероприятия           исполнения      исполнители\n\
                   \x20  1                    2                     3                 4\n\
                   \x20                  I. Организационные мероприятия\n\
                   \x201.1. Проведение заседаний комиссии  ежеквартально   Отдел кадров\n\
                   \x20     по соблюдению требований                       и службы\n\
                   \x201.2. Подготовка отчета о выполнении до 01.03.2024   Правовое\n\
                   \x20     плана                                          управление\n";
        let (layout, rows) = grid(src);
        assert_eq!(layout, Some(Layout::Aligned));
        assert_eq!(rows.get(2), Some(&vec!["1".to_string(), "2".into(), "3".into(), "4".into()]));
        assert_eq!(rows.get(3), Some(&vec!["FREE I. Организационные мероприятия".to_string()]));
        assert_eq!(rows.get(4), Some(&vec!["1.1.".to_string(), "Проведение заседаний комиссии".into(), "ежеквартально".into(), "Отдел кадров".into()]));
        assert_eq!(rows.get(6), Some(&vec!["1.2.".to_string(), "Подготовка отчета о выполнении".into(), "до 01.03.2024".into(), "Правовое".into()]));
    }

    /// A row's number centred in its height goes to the row's first line.
    #[test]
    fn a_number_centred_in_its_row_moves_to_the_first_line() {
        let src = " №      Наименование мероприятия           Срок            Ответственные\n\
                   \x20       Подготовка приказов об                                Отдел общего\n\
                   \x201.1.   организации экзамена             октябрь, январь      образования\n\
                   \x20       и собеседования\n\
                   \n\
                   \x20       Назначение координатора                               Начальник\n\
                   \x201.2.   и лиц, ответственных             до 20.09.2024        управления\n";
        let (_, rows) = grid(src);
        let numbers: Vec<&str> = rows.iter().map(|r| r.first().map_or("", String::as_str)).collect();
        assert_eq!(numbers, ["№", "1.1.", "", "", "1.2.", ""]);
    }
}
