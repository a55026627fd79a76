//! Plan tables: lines of cells (from [`grid`]) become plan sections and rows.
//!
//! Exports break tables in known ways, and each is mended here:
//!
//! - a cell wrapped onto a following line is joined back to its row — to the same column if the
//!   row has it, else to the nearest filled column on its left; words in the number column go
//!   to the activity; a line goes on with a cell the row above left open (`ежеквартально,`),
//!   even where it holds a term of its own;
//! - a row whose number landed on the line below gets it back;
//! - a line holding only a term and a responsible (a displaced or merged cell) goes to the next
//!   row if that row lacks a term, else fills the gaps of the row above;
//! - free text lines inside the table (a result cell shared by several rows) join the row above;
//! - a legal database's editorial note spanning the table (`(п. 7 в ред. распоряжения …)`) is
//!   dropped with an `info` diagnostic, as between clauses.
//!
//! Columns are given roles by what they hold across the table — the activity (the column where
//! numbered rows start their text), the term (the column whose cells read as deadlines), the
//! responsible (short lists of names next to it), the result — with the header's words (`Срок`,
//! `Ответственный`, `Результат`) deciding between candidates. A row whose cell is shifted by one
//! column is still read. `000` typed for `ООО` is corrected with `text.ocr_digit`; text that
//! cannot be placed is kept in a `table.unplaced_cell` diagnostic.

use super::grid::{self, Cell, GridLine, Layout};
use std::borrow::Cow;
use crate::block::scan::{scan_clause_start, starts_with_any_lower, ClauseStart};
use crate::tree::numbering::ClauseNumber;
use crate::block::{Block, LineKind};
use crate::diag::{Code, Diagnostic, DiagnosticSink};
use crate::extract::clause::{check_deadline, years_named};
use crate::extract::deadline::{self, YearContext};
use crate::lexicon;
use crate::model::{Deadline, PlanRow, PlanSection};
use crate::span::Span;
use crate::text::{clean, clean_join, is_space, split_at_line_breaks};

/// A row being assembled.
#[derive(Debug, Default)]
struct Draft {
    number: Option<(usize, usize)>,
    /// Cells by column index (the number column is index 0, emptied of the number).
    cells: Vec<DraftCell>,
    /// Free lines that joined the row (a shared result cell).
    loose: Vec<(usize, usize)>,
    start: usize,
    end: usize,
}

/// A cell of a row being assembled: its source pieces and their text, cleaned once when the
/// line is read and joined as cells are mended (cleaning is piece by piece, so the text of
/// joined cells is the join of their texts).
#[derive(Debug, Default, Clone)]
struct DraftCell {
    pieces: Cell,
    /// The pieces cleaned and joined ([`cell_text`]).
    text: String,
}

impl DraftCell {
    /// The cell of these source pieces, its text cleaned.
    fn new(src: &str, pieces: Cell) -> DraftCell {
        let text = cell_text(src, &pieces);
        DraftCell { pieces, text }
    }

    /// Whether the cell holds no source text (its cleaned text may still be empty otherwise).
    fn is_empty(&self) -> bool {
        self.pieces.is_empty()
    }

    /// Appends the pieces and text of `other` (a wrapped continuation of this cell).
    fn extend(&mut self, other: DraftCell) {
        self.pieces.extend(other.pieces);
        push_joined(&mut self.text, other.text);
    }
}

/// Appends `text` to `out` as [`clean_join`] joins cleaned pieces (see
/// [`push_cleaned`](crate::text::push_cleaned)); empty texts are skipped.
fn push_joined(out: &mut String, text: String) {
    if out.is_empty() {
        *out = text;
    } else {
        crate::text::push_cleaned(out, &text);
    }
}

/// A section being assembled.
#[derive(Debug, Default)]
struct SectionDraft {
    number: Option<String>,
    title: String,
    rows: Vec<Draft>,
}

/// What one grid line is.
enum RowLine {
    /// A section's heading: its number and the pieces of its title (a title wraps over the
    /// lines of a row spanning the table).
    Section { number: Option<String>, title: Vec<(usize, usize)> },
    Data { number: Option<(usize, usize)>, cells: Vec<Cell>, start: usize, end: usize },
    NumberOnly((usize, usize)),
    Free((usize, usize)),
    /// A legal database's note on an amendment, spanning the table (`(п. 7 в ред. …)`): its
    /// text, cleaned, and where the line starts and ends.
    Editorial { text: String, start: usize, end: usize },
    /// `1.<TAB>Информацию … принять к сведению<TAB><TAB>`: a numbered line with one cell filled
    /// beside its number, a section's heading unless the next line is the row numbered after it
    /// (see [`settle_headings`]); its number, and both readings.
    HeadingOrRow { number: ClauseNumber, section: Box<RowLine>, row: Box<RowLine> },
}

/// Column roles of a table.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Columns {
    text: usize,
    deadline: Option<usize>,
    /// The term's end, when the header sets the term out in two columns (`Срок начала | Срок
    /// окончания`); `deadline` is then its start.
    deadline_end: Option<usize>,
    /// Period columns a row marks (`I кв. | II кв. | …` with `X`), when the header has them.
    marks: Option<marks::MarkColumns>,
    responsible: Option<usize>,
    result: Option<usize>,
}

/// Candidate columns the header names for each role.
#[derive(Debug, Default)]
struct HeaderRoles {
    deadline: Vec<usize>,
    /// Columns the header names the start and the end of a term (`Срок начала`, `Дата
    /// окончания`, `окончания` under `Срок`).
    term_start: Vec<usize>,
    term_end: Vec<usize>,
    /// Columns naming a period (`янв`, `I кв.`): column, unit and period.
    periods: Vec<(usize, marks::Unit, u32)>,
    /// The header names quarters (`квартал`, `кв.`), so bare Roman numerals under it are some.
    names_quarters: bool,
    /// The one year a caption over the periods names (`Срок исполнения (2024 год)`).
    caption_year: Option<i32>,
    responsible: Vec<usize>,
    result: Vec<usize>,
    /// Columns the header names as something else (`Нормативный акт, требования которого
    /// нарушены`, `Основание`, `Примечание`): no responsible body is looked for in them.
    other: Vec<usize>,
    /// The header names what is to be done (`Мероприятие`, `Наименование`, `Содержание`).
    activity: bool,
    /// The columns whose header names what is to be done.
    activity_columns: Vec<usize>,
    /// The header asks for signatures (`Ф.И.О. | Должность | Дата | Подпись`): a sheet of those
    /// who have read the act.
    signatures: bool,
}

impl HeaderRoles {
    /// The activity column: `voted`, where numbered rows start their text, unless the header
    /// names that column a term (`№ п/п | Сроки | Мероприятия | …`, the term set before the
    /// activity) and names another one the activity.
    fn activity_column_for(&self, voted: usize) -> usize {
        match self.activity_columns.as_slice() {
            [named, ..] if self.deadline.contains(&voted) && *named != voted => *named,
            _ => voted,
        }
    }

    /// The period columns a row marks, if the header names two or more in a run.
    fn mark_columns(&self) -> Option<marks::MarkColumns> {
        let mut periods = self.periods.clone();
        periods.sort_by_key(|p| p.0);
        marks::mark_columns(&periods, self.caption_year)
    }

    /// Whether the header is a plan's: what is to be done, with its term or who does it; or,
    /// whatever the first column is called (`Вид тренировки`, `Вид спорта`), a term and who
    /// does it.
    fn names_a_plan(&self) -> bool {
        let (term, who) = (!self.deadline.is_empty(), !self.responsible.is_empty());
        !self.signatures && (self.activity && (term || who) || term && who)
    }
}

/// Stems of the header words that name what a plan's row has done.
const ACTIVITY_WORDS: &[&str] = &["мероприят", "наименован", "содержан", "поручен", "действ", "задач", "работ", "направлен", "решен", "вопрос", "тем", "предмет", "событи", "мер", "этап", "цел", "предложен", "документ", "испытани"];

/// Reads the table in `lines`, written in `layout`, into sections of rows; `None` when it is no
/// plan: its header names no term or responsible column (a смета: `Наименование расходов |
/// Сумма, руб.`), or without a header, no column holds either (items of a regulation numbered
/// with a tab after the number).
pub(crate) fn read(src: &str, lines: &[Block], layout: Layout, ctx: &YearContext, diags: &mut impl DiagnosticSink) -> Option<Vec<PlanSection>> {
    // Page numbers and other page furniture are no part of any row.
    let furniture = |b: &Block| b.kind == LineKind::Editorial;
    let lines: Cow<'_, [Block]> = if lines.iter().any(furniture) {
        Cow::Owned(lines.iter().filter(|b| !furniture(b)).cloned().collect())
    } else {
        Cow::Borrowed(lines)
    };
    let end = table_end(src, &lines);
    report_trailing_text(src, lines.get(end..).unwrap_or(&[]), diags);
    let lines = lines.get(..end).unwrap_or(&lines);
    let mut body_lines = grid::read(src, lines, layout);
    let mut header = HeaderRoles::default();
    let mut header_len = 0;
    while body_lines.get(header_len).is_some_and(|g| read_header_line(src, g, &mut header) || numbers_columns(src, g)) {
        header_len += 1;
    }
    if header_len > 0 && !header.names_a_plan() {
        return None;
    }
    let header_lines = body_lines.drain(..header_len.min(body_lines.len())).collect::<Vec<_>>();
    // Each body line is classified once; the lines starting with a lone row number also vote
    // for the activity column. The header repeated on a new page, and its row of column
    // numbers, are dropped.
    let mut votes = [0usize; 4];
    let body: Vec<RowLine> = body_lines
        .into_iter()
        .filter(|g| !(header_lines.iter().any(|h| same_pieces(src, h, g)) || numbers_columns(src, g)))
        .map(|g| {
            let (line, vote) = classify(src, g);
            if let Some(n) = vote.and_then(|i| votes.get_mut(i)) {
                *n += 1;
            }
            line
        })
        .collect();
    let text_col = header.activity_column_for(text_column(&votes));
    let sections = assemble(src, settle_headings(src, body), text_col, diags);
    let columns = columns(&sections, &header, text_col);
    if columns.deadline.is_none() && columns.responsible.is_none() {
        return None;
    }
    // `ЗЫКОВА – начальник отдела …`: with no header and no terms, unnumbered rows are a list of
    // people and their posts, not tasks.
    let numbered = sections.iter().flat_map(|s| &s.rows).any(|r| r.number.is_some());
    if header_len == 0 && columns.deadline.is_none() && !numbered {
        return None;
    }
    // `Гаджиева Заира Гасановна | директор департамента …`: with no terms, rows that name
    // people in full list those taking part, not tasks.
    if columns.deadline.is_none() {
        let rows = sections.iter().map(|s| s.rows.len()).sum::<usize>();
        let people = sections.iter().flat_map(|s| &s.rows).filter(|r| r.cells.iter().any(|c| crate::block::scan::is_full_name(&c.text))).count();
        if people * 2 > rows {
            return None;
        }
    }
    let sections = sections.into_iter().filter(|s| !s.rows.is_empty() || !s.title.is_empty()).map(|s| finish_section(src, s, columns, ctx, diags));
    Some(sections.collect())
}

/// Where the table's lines end: at the blank line before a signature (`Начальник отдела …` /
/// `и благоустройства      А.Н. Попов`) or a note under the table (`Примечание: …`,
/// `Используемые сокращения:`, `Принятые сокращения:`), which are no row's. The lines of a signer's role above its name
/// go with it, back to the blank line; with none, the table runs on.
fn table_end(src: &str, lines: &[Block]) -> usize {
    let after_table = |b: &Block| match &b.kind {
        // `работе по вопросам формирования     апрель     Бородина Т.Г.`: a name closing a
        // row's line of cells is the responsible cell's; a signer's role is one cell.
        LineKind::Name(name) => name.role.and_then(|(a, e)| src.get(a..e)).is_some_and(|role| crate::block::scan::last_column_gap(role.trim_matches(crate::text::is_space)).is_none()),
        _ => starts_with_any_lower(b.line.text(src), &["примечани", "используемые сокращения", "принятые сокращения", "список сокращений", "сокращения:"]),
    };
    let Some(k) = lines.iter().skip(1).position(after_table).map(|k| k + 1) else { return lines.len() };
    let above = lines.get(..k).unwrap_or(&[]);
    let role_lines = above.iter().rev().take(crate::layout::MAX_ROLE_LINES).take_while(|b| !b.line.is_blank()).count();
    // `11.   Проверка готовности пунктов проведе-  …` / `ния экзаменов     Гуревич Е.С.`: a name
    // under a numbered row's line ends the row's cells, no signer's role.
    if above.iter().rev().take(role_lines).any(|b| matches!(b.kind, LineKind::Clause(_))) {
        return lines.len();
    }
    let blank = k - role_lines;
    if blank > 0 && lines.get(blank - 1).is_some_and(|b| b.line.is_blank()) {
        blank - 1
    } else {
        lines.len()
    }
}

/// Keeps the text of the lines under a table that are no row's in a `table.trailing_text`
/// diagnostic.
fn report_trailing_text(src: &str, lines: &[Block], diags: &mut impl DiagnosticSink) {
    let text = clean_join(lines.iter().map(|b| b.line.text(src)));
    let (Some(first), Some(last)) = (lines.iter().find(|b| !b.line.is_blank()), lines.iter().rev().find(|b| !b.line.is_blank())) else { return };
    let message = format!("text under the table, no row's: «{text}»; kept here");
    diags.report(Diagnostic::new(Code::TableTrailingText, message, Some(Span::from_range(first.line.content_start..last.line.content_end))));
}

/// Reads each [`RowLine::HeadingOrRow`] as a row when the next line is the row numbered after it
/// (`1.` then `2.`: siblings, whatever cells are empty), else as a section's heading.
fn settle_headings(src: &str, body: Vec<RowLine>) -> Vec<RowLine> {
    let numbers: Vec<Option<ClauseNumber>> = body.iter().map(|line| match line {
        RowLine::Data { number: Some((a, b)), .. } => src.get(*a..*b).and_then(row_number).map(|s| s.number),
        RowLine::HeadingOrRow { number, .. } => Some(number.clone()),
        _ => None,
    }).collect();
    body.into_iter()
        .enumerate()
        .map(|(i, line)| match line {
            RowLine::HeadingOrRow { number, section, row } => {
                let sibling_next = numbers.get(i + 1).and_then(Option::as_ref).is_some_and(|next| next.is_next_after(&number));
                if sibling_next { *row } else { *section }
            }
            other => other,
        })
        .collect()
}

/// Groups the body lines into sections of rows, mending the breakages (see the module docs).
fn assemble(src: &str, body: Vec<RowLine>, text_col: usize, diags: &mut impl DiagnosticSink) -> Vec<SectionDraft> {
    let mut sections: Vec<SectionDraft> = vec![SectionDraft::default()];
    let mut pending_number: Option<(usize, usize)> = None;
    let mut orphan: Option<Draft> = None;
    let width = body.iter().filter_map(|l| if let RowLine::Data { cells, .. } = l { Some(cells.len()) } else { None }).max().unwrap_or(0);
    for line in body {
        let Some(section) = sections.last_mut() else { break };
        // Undecided, a numbered line with one cell filled heads a section.
        let line = match line {
            RowLine::HeadingOrRow { section, .. } => *section,
            line => line,
        };
        match line {
            RowLine::Section { number, title } => {
                flush_orphan(&mut orphan, section, diags);
                sections.push(SectionDraft { number, title: clean_join(title.iter().filter_map(|&(a, b)| src.get(a..b))), rows: Vec::new() });
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
            RowLine::Editorial { text, start, end } => report_editorial_note(&text, start, end, diags),
            // Unwrapped above.
            RowLine::HeadingOrRow { .. } => {}
            RowLine::Data { number: None, cells, .. } if text_col > 0 && heads_section_in_number_column(src, &cells) => {
                flush_orphan(&mut orphan, section, diags);
                let title = cells.first().map(|c| cell_text(src, c)).unwrap_or_default();
                sections.push(SectionDraft { number: None, title, rows: Vec::new() });
            }
            RowLine::Data { number: None, cells, .. } if section.rows.is_empty() && section.number.is_some() && continues_title(src, &cells) => {
                let more = cells.iter().find(|c| !c.is_empty()).map(|c| cell_text(src, c)).unwrap_or_default();
                section.title = clean_join([section.title.as_str(), more.as_str()]);
            }
            RowLine::Data { number: None, cells, .. } if names_a_part(src, &cells) => {
                flush_orphan(&mut orphan, section, diags);
                let title = cells.iter().find(|c| !c.is_empty()).map(|c| cell_text(src, c)).unwrap_or_default();
                sections.push(SectionDraft { number: None, title, rows: Vec::new() });
            }
            RowLine::Data { number, cells, start, end } => {
                let cells = cells.into_iter().map(|c| DraftCell::new(src, c)).collect();
                let draft = Draft { number: number.or_else(|| pending_number.take()), start, end, cells, loose: Vec::new() };
                place_data(src, draft, (text_col, width), section, &mut orphan, diags);
            }
        }
    }
    if let Some(section) = sections.last_mut() {
        flush_orphan(&mut orphan, section, diags);
    }
    sections
}

/// `Работа с обучающимися<TAB><TAB><TAB><TAB>`: words in the number's column, every other cell
/// empty — a section's heading without a number, as schools head the parts of a plan (its rows
/// often numbered afresh). A capital opens it; no comma or hyphen ends it.
fn heads_section_in_number_column(src: &str, cells: &[Cell]) -> bool {
    let (Some(first), true) = (cells.first(), cells.iter().skip(1).all(Vec::is_empty)) else { return false };
    let text = cell_text(src, first);
    let words = text.split(' ').filter(|w| !w.is_empty()).count();
    // Not a line to sign on under a form (`Руководитель ОУ ______ /______/`).
    text.starts_with(char::is_uppercase) && (1..=12).contains(&words) && !text.ends_with([',', '-', ';']) && !text.contains("__")
}

/// `I. Организационно-управленческие` / `мероприятия`: under a numbered section's heading with
/// no row yet, a line whose only filled cell is past the number's column and goes on in lower
/// case wraps the heading's title.
fn continues_title(src: &str, cells: &[Cell]) -> bool {
    let mut filled = cells.iter().enumerate().filter(|(_, c)| !c.is_empty());
    let (Some((column, cell)), None) = (filled.next(), filled.next()) else { return false };
    column > 0 && cell_text(src, cell).starts_with(char::is_lowercase)
}

/// `Раздел 2. Второй этап - 2026 год`, `Этап 1`, `II этап (2025 год)`: the only filled cell of
/// a line, in whatever column, names a part of the plan by its word and number.
fn names_a_part(src: &str, cells: &[Cell]) -> bool {
    let mut filled = cells.iter().filter(|c| !c.is_empty());
    let (Some(cell), None) = (filled.next(), filled.next()) else { return false };
    opens_with_part(&cell_text(src, cell))
}

/// Whether (cleaned) text opens naming a part of a plan by its word and number (`Раздел 2.`,
/// `II этап`).
fn opens_with_part(text: &str) -> bool {
    let mut words = text.split(' ');
    let (first, second) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    let number = |w: &str| w.trim_end_matches('.').parse::<u16>().is_ok() || lexicon::is_roman_numeral(&lexicon::lower(w.trim_end_matches('.')));
    let part = |w: &str| matches!(&*lexicon::lower(w.trim_end_matches([',', '.'])), "раздел" | "этап" | "часть");
    (part(first) && number(second)) || (number(first) && part(second))
}

/// Classifies one grid line; a line whose first cell is a lone row number also names the
/// column its text starts in (see [`text_column`]).
fn classify(src: &str, g: GridLine) -> (RowLine, Option<usize>) {
    if g.free {
        return (free_section(src, g.start, g.end).unwrap_or(RowLine::Free((g.start, g.end))), None);
    }
    if let Some(text) = editorial_note(src, &g) {
        return (RowLine::Editorial { text, start: g.start, end: g.end }, None);
    }
    let GridLine { mut cells, start: line_start, end: line_end, .. } = g;
    let first_range = cells.first().and_then(|c| c.first().copied());
    let first = first_range.and_then(|(a, b)| src.get(a..b)).unwrap_or("");
    // The filled cells: how many, the second of them, and whether any is past the first column.
    let mut filled = 0;
    let mut second_filled = None;
    for (i, _) in cells.iter().enumerate().filter(|(_, c)| !c.is_empty()) {
        filled += 1;
        if filled == 2 {
            second_filled = Some(i);
        }
    }
    let only_first_filled = cells.iter().skip(1).all(Vec::is_empty);
    let start = row_number(first);
    let vote = start.as_ref().filter(|s| s.body >= first.len()).and_then(|_| (1..cells.len()).find(|&i| cells.get(i).is_some_and(|c| !c.is_empty())));
    if let (Some(start), Some((a, end_of_first))) = (start, first_range) {
        let number = (a + start.written.0, a + start.written.1);
        let rest_of_first = (a + start.body, end_of_first);
        let written = src.get(number.0..number.1).map(str::to_string);
        let has_rest = rest_of_first.0 < rest_of_first.1;
        if has_rest && only_first_filled {
            return (RowLine::Section { number: written, title: title_pieces(rest_of_first, &cells) }, vote);
        }
        if !has_rest {
            let single_level = start.number.dotted().is_some_and(|d| d.len() == 1);
            if filled == 1 {
                return (RowLine::NumberOnly(number), vote);
            }
            let title = second_filled.and_then(|i| cells.get(i)).and_then(|c| c.first().copied()).unwrap_or((a, a));
            // `4<TAB>Утратил силу. - Приказ … от 17.05.2022 N 198-од`: a repealed row.
            let repealed = src.get(title.0..title.1).is_some_and(|t| starts_with_any_lower(t.trim_start_matches(is_space), &["утратил", "исключен"]));
            // `7.<TAB>Обеспечить информирование населения …` with its other cells on the next
            // line: an action is a row whose cell holds two paragraphs, no section.
            // `9.<TAB>Контроль за исполнением … возложить на …<TAB><TAB>`: a sentence with an
            // action, its other cells empty, no more a heading.
            let action = || {
                let title_text = src.get(title.0..title.1).unwrap_or("");
                let sentence = title_text.trim_end_matches(is_space).ends_with('.') && crate::morph::holds_action_verb(title_text);
                // `Контроль … оставляю за собой.`: control, in any wording, acts.
                sentence || title_text.split(is_space).find(|w| !w.is_empty()).is_some_and(crate::morph::is_action_verb) || crate::tree::opens_control(title_text)
            };
            if let Some(c) = cells.first_mut() {
                *c = Vec::new();
            }
            let row = RowLine::Data { number: Some(number), cells, start: line_start, end: line_end };
            if single_level && filled == 2 && !repealed && !action() {
                let section = Box::new(RowLine::Section { number: written, title: vec![title] });
                return (RowLine::HeadingOrRow { number: start.number, section, row: Box::new(row) }, vote);
            }
            return (row, vote);
        }
        if let Some(c) = cells.first_mut() {
            *c = vec![rest_of_first];
        }
        return (RowLine::Data { number: Some(number), cells, start: line_start, end: line_end }, vote);
    }
    if let (Some((numeral, title_at)), Some((a, b))) = (roman_section(first), first_range) {
        if only_first_filled {
            return (RowLine::Section { number: Some(numeral.to_string()), title: title_pieces((a + title_at, b), &cells) }, vote);
        }
    }
    if let Some(section) = section_in_text_column(src, &cells) {
        return (section, vote);
    }
    (RowLine::Data { number: None, cells, start: line_start, end: line_end }, vote)
}

/// `<TAB>II. Меры по повышению качества<TAB><TAB>`, `|  | **2. Организация отдыха детей** |  |`:
/// the number's column of a merged heading row left empty, its only filled cell further on
/// opening with a section's number (Roman, or one Arabic level) and a capitalised title that
/// asks nothing (no infinitive first, as a row's activity may open).
fn section_in_text_column(src: &str, cells: &[Cell]) -> Option<RowLine> {
    let mut filled = cells.iter().enumerate().filter(|(_, c)| !c.is_empty());
    let (Some((column, cell)), None) = (filled.next(), filled.next()) else { return None };
    let &(a, b) = cell.first()?;
    let first = src.get(a..b)?;
    if column == 0 {
        return None;
    }
    let (number, title_at) = match roman_section(first) {
        Some((numeral, title_at)) => (numeral.to_string(), title_at),
        None => {
            let start = row_number(first).filter(|s| matches!(&s.number, ClauseNumber::Dotted(parts) if parts.len() == 1) && s.body < first.len())?;
            (first.get(start.written.0..start.written.1)?.to_string(), start.body)
        }
    };
    let title = first.get(title_at..)?.trim_start_matches(crate::text::is_space_or_emphasis);
    let first_word = title.split(|c: char| !crate::text::is_letter(c)).next().unwrap_or("");
    let infinitive = first_word.ends_with("ть") || first_word.ends_with("ться") || first_word.ends_with("ти");
    let opens_title = title.starts_with(char::is_uppercase) && !infinitive;
    opens_title.then(|| RowLine::Section { number: Some(number), title: title_pieces((a + title_at, b), std::slice::from_ref(cell)) })
}

/// A section title starting at `first` in the first cell, with the cell's further pieces (the
/// lines it wraps onto in a bordered table).
fn title_pieces(first: (usize, usize), cells: &[Cell]) -> Vec<(usize, usize)> {
    std::iter::once(first).chain(cells.first().into_iter().flatten().skip(1).copied()).collect()
}

/// The text of a line whose only filled cell is an editorial note of a legal database (see
/// [`is_editorial_note`](crate::block::is_editorial_note)), cleaned.
fn editorial_note(src: &str, g: &GridLine) -> Option<String> {
    let mut filled = g.cells.iter().filter(|c| !c.is_empty());
    let (Some(cell), None) = (filled.next(), filled.next()) else { return None };
    let text = cell_text(src, cell);
    crate::block::is_editorial_note(&text).then_some(text)
}

/// Drops an editorial note with an `info` diagnostic, as between clauses.
fn report_editorial_note(text: &str, start: usize, end: usize, diags: &mut impl DiagnosticSink) {
    let shown: String = text.chars().take(80).collect();
    diags.report(Diagnostic::new(Code::TextEditorialNote, format!("dropped editorial note «{shown}»"), Some(Span::from_range(start..end.max(start)))));
}

/// The row number a cell opens with: a clause number (`1.`, `2.1`, `3)`), or a bare integer
/// filling the cell (`1`, `12`), as the `№` column of a table often holds. Emphasis around it
/// (`**2. Первичная профилактика**`, a section row set in bold) is passed over.
pub(super) fn row_number(cell: &str) -> Option<ClauseStart> {
    let lead = emphasis_len(cell);
    let body = cell.get(lead..)?;
    let start = scan_clause_start(body).or_else(|| {
        let digits = body.trim_end_matches(crate::text::is_space_or_emphasis);
        let n: u16 = digits.parse().ok().filter(|_| crate::text::is_small_number(digits, 3))?;
        (n > 0).then(|| ClauseStart { number: ClauseNumber::Dotted(vec![n]), written: (0, digits.len()), body: body.len() })
    })?;
    Some(ClauseStart { written: (start.written.0 + lead, start.written.1 + lead), body: start.body + lead, ..start })
}

/// How many bytes of whitespace and Markdown emphasis (`**`) a cell opens with.
fn emphasis_len(cell: &str) -> usize {
    cell.len() - cell.trim_start_matches(crate::text::is_space_or_emphasis).len()
}

/// A line set across the whole table that heads a section: `II. Информационно-разъяснительная
/// деятельность` (Roman-numbered), `2. Продвижение туристского потенциала` (numbered), or
/// `ИЗБИРАТЕЛЬНЫЕ УЧАСТКИ` (a few words in capitals), as
/// election calendars head their parts.
fn free_section(src: &str, start: usize, end: usize) -> Option<RowLine> {
    let text = src.get(start..end)?;
    let lead = text.len() - text.trim_start_matches(is_space).len();
    let cell = text.trim_matches(is_space);
    if let Some((numeral, title_at)) = roman_section(cell) {
        return Some(RowLine::Section { number: Some(numeral.to_string()), title: vec![(start + lead + title_at, start + lead + cell.len())] });
    }
    // `Раздел 2. Работа с обучающимися` spanning the table.
    if opens_with_part(&clean(cell)) {
        return Some(RowLine::Section { number: None, title: vec![(start + lead, start + lead + cell.len())] });
    }
    // `I квартал 2023 года`, `II полугодие`: a period by a Roman numeral heads the rows in it.
    if cell.split_once(' ').is_some_and(|(numeral, rest)| lexicon::is_roman_numeral(&lexicon::lower(numeral)) && rest.starts_with(char::is_lowercase)) {
        return Some(RowLine::Section { number: None, title: vec![(start + lead, start + lead + cell.len())] });
    }
    // `2. Продвижение туристского потенциала района`, centred across the table.
    if let Some(number) = scan_clause_start(cell).filter(|n| matches!(&n.number, ClauseNumber::Dotted(parts) if parts.len() == 1)) {
        let (written, title) = (cell.get(number.written.0..number.written.1)?, cell.get(number.body..)?);
        if title.starts_with(char::is_uppercase) {
            return Some(RowLine::Section { number: Some(written.to_string()), title: vec![(start + lead + number.body, start + lead + cell.len())] });
        }
    }
    let words = cell.split(is_space).filter(|w| !w.is_empty()).count();
    let capitals = cell.chars().filter(|c| c.is_alphabetic()).count() >= 4 && !cell.chars().any(char::is_lowercase);
    (capitals && (1..=12).contains(&words) && !cell.ends_with(',')).then_some(RowLine::Section { number: None, title: vec![(start + lead, start + lead + cell.len())] })
}

/// `I. Анализ …` (or `**I. Анализ …**`): a Roman-numbered section; its numeral and where the
/// title starts.
fn roman_section(cell: &str) -> Option<(&str, usize)> {
    let lead = emphasis_len(cell);
    let body = cell.get(lead..)?;
    let numeral_len = body.find(|c: char| !matches!(c, 'I' | 'V' | 'X' | 'L'))?;
    let rest = body.get(numeral_len..)?.strip_prefix('.')?;
    let title_at = cell.len() - rest.trim_start_matches(is_space).len();
    (numeral_len > 0 && title_at < cell.len()).then(|| (body.get(..numeral_len).unwrap_or(""), title_at))
}

/// Header words naming columns.
const HEADER_WORDS: &[&str] = &["№", "п/п", "мероприят", "срок", "ответствен", "исполнител", "результат", "наименование", "содержание"];

/// Whether a grid line is a header row: it names columns and holds no row number. For a header
/// row, adds the columns its words name for each role (each cell cleaned and lower-cased once).
fn read_header_line(src: &str, g: &GridLine, roles: &mut HeaderRoles) -> bool {
    if g.free {
        return false;
    }
    let texts: Vec<String> = g.cells.iter().map(|c| cell_text(src, c)).collect();
    let lowered: Vec<_> = texts.iter().map(|t| lexicon::lower(t)).collect();
    let names_columns = lowered.iter().any(|t| HEADER_WORDS.iter().any(|w| t.contains(w)));
    // `I кв. | II кв. | III кв. | IV кв.`, `I | II | III | IV` under `(квартал 2025 г.)`: a line
    // of periods under the caption.
    let names_quarters = roles.names_quarters || lowered.iter().any(|t| t.contains("квартал") || t.contains("кв."));
    let periods: Vec<(usize, marks::Unit, u32)> = lowered.iter().enumerate().filter_map(|(i, t)| marks::period_of(t, names_quarters).map(|(u, p)| (i, u, p))).collect();
    let filled = lowered.iter().filter(|t| !t.is_empty()).count();
    let names_periods = periods.len() >= 2 && periods.len() == filled;
    if !(names_columns || names_periods) || !texts.iter().all(|t| row_number(t).is_none() && roman_section(t).is_none()) {
        return false;
    }
    roles.names_quarters = names_quarters;
    roles.periods.extend(periods.iter().copied());
    let captions = lowered.iter().filter(|t| ["срок", "квартал", "период", "месяц"].iter().any(|w| t.contains(w)));
    if let Some(&[year]) = captions.map(|t| years_named(t)).find(|y| !y.is_empty()).as_deref() {
        roles.caption_year = Some(year);
    }
    for (i, t) in lowered.iter().enumerate().filter(|(i, _)| !periods.iter().any(|p| p.0 == *i)) {
        let names_activity = t.split(|c: char| !crate::text::is_letter(c)).any(|w| ACTIVITY_WORDS.iter().any(|stem| w.starts_with(stem)));
        roles.activity |= names_activity;
        if names_activity && !t.contains("срок") {
            roles.activity_columns.push(i);
        }
        roles.signatures |= t.contains("подпис");
        if t.contains("срок") || t.contains("дата") || t.contains("период") {
            roles.deadline.push(i);
        }
        let (starts, ends) = (t.contains("начал"), t.contains("окончан") || t.contains("завершен"));
        if starts != ends {
            if starts { &mut roles.term_start } else { &mut roles.term_end }.push(i);
        }
        if t.contains("ответствен") || t.contains("исполнител") {
            roles.responsible.push(i);
        }
        if t.contains("результат") || t.contains("показател") || t.contains("ожидаем") {
            roles.result.push(i);
        }
        if OTHER_COLUMN_WORDS.iter().any(|w| t.contains(w)) && !roles.responsible.contains(&i) {
            roles.other.push(i);
        }
    }
    true
}

/// Words of a header cell naming a column that holds no responsible body: the act breached or
/// relied on, a note, a source of funds, an amount, a place; in a schedule of an olympiad or
/// exams, the classes, the form it is held in, who takes part.
const OTHER_COLUMN_WORDS: [&str; 11] = ["нормативн", "основани", "примечани", "источник", "сумма", "объем", "место", "нарушен", "класс", "форма проведения", "участник"];

/// `1 | 2 | 3 | 4`: a row that numbers the columns under the header, each cell the next number
/// from 1.
fn numbers_columns(src: &str, g: &GridLine) -> bool {
    let mut filled = g.cells.iter().filter(|c| !c.is_empty());
    let numbered = filled.by_ref().enumerate().all(|(k, c)| match c.as_slice() {
        [(a, b)] => src.get(*a..*b).is_some_and(|t| t.trim_matches(is_space).parse::<usize>().ok() == Some(k + 1)),
        _ => false,
    });
    numbered && g.cells.iter().filter(|c| !c.is_empty()).count() >= 3
}

/// Whether two grid lines hold the same pieces of text (a header line repeated on a new page).
fn same_pieces(src: &str, a: &GridLine, b: &GridLine) -> bool {
    let piece = |&(s, e): &(usize, usize)| src.get(s..e).unwrap_or("").trim_matches(is_space);
    a.cells.iter().flatten().map(piece).eq(b.cells.iter().flatten().map(piece))
}

/// The pieces of a cell cleaned and joined with one space. A cell wrapped onto a line of its own
/// that opens with a dash and a date (`– ноябрь)`) keeps the dash: it goes on with a range.
fn cell_text(src: &str, cell: &[(usize, usize)]) -> String {
    let text = clean_join(cell.iter().filter_map(|&(a, b)| src.get(a..b)));
    let first = cell.first().and_then(|&(a, b)| src.get(a..b)).unwrap_or("");
    match crate::text::opens_with_range_dash(first) {
        Some((dash, _)) if !text.starts_with(dash) => format!("{dash} {text}"),
        _ => text,
    }
}

/// The column activities stand in: the commonest first filled column after the number among
/// numbered rows (1 in a `№ | activity | …` table, 0 when there is no number column); `votes`
/// counts, by column, the lines starting with a lone row number whose text starts there.
fn text_column(votes: &[usize; 4]) -> usize {
    votes.iter().enumerate().max_by_key(|&(i, n)| (*n, std::cmp::Reverse(i))).filter(|(_, n)| **n > 0).map_or(1, |(i, _)| i)
}

/// Places a data line: a new row, or the continuation of the row above, or a displaced
/// term/responsible line kept for the row that lacks them.
/// `(text_col, width)`: the activity column and how many cells the widest line has.
fn place_data(src: &str, draft: Draft, (text_col, width): (usize, usize), section: &mut SectionDraft, orphan: &mut Option<Draft>, diags: &mut impl DiagnosticSink) {
    if draft.number.is_none() && is_totals_line(&draft) {
        report_totals(&draft, diags);
        return;
    }
    if let Some(last) = section.rows.last_mut().filter(|last| draft.number.is_none() && continues_open_cell(last, &draft)) {
        continue_row(last, orphan, draft, width);
        return;
    }
    let text_cell = text_cell(src, &draft, text_col);
    if text_cell.is_none() && draft.number.is_none() && has_term(&draft) {
        flush_orphan(orphan, section, diags);
        *orphan = Some(draft);
        return;
    }
    let starts_row = draft.number.is_some() || text_cell.is_some_and(|t| starts_new_unnumbered_row(&draft, t, section.rows.last()));
    if !starts_row {
        match section.rows.last_mut() {
            Some(last) => continue_row(last, orphan, draft, width),
            None => report_unplaced(&draft, diags),
        }
        return;
    }
    let mut draft = draft;
    if let Some(o) = orphan.take() {
        if has_term(&draft) {
            match section.rows.last_mut() {
                Some(last) => fill_missing(last, o, false),
                None => report_unplaced(&o, diags),
            }
        } else {
            fill_missing(&mut draft, o, true);
        }
    }
    section.rows.push(draft);
}

/// Joins the continuation line `draft` to `row`. A line with a term held back above it
/// (`января` / `и финансового` under `ежегодно до 20` / `отдел экономики`) was the row's too, as
/// the continuation after it shows: it goes on with the row first, keeping the lines' order.
fn continue_row(row: &mut Draft, orphan: &mut Option<Draft>, draft: Draft, width: usize) {
    if let Some(o) = orphan.take() {
        fill_missing(row, o, false);
    }
    merge_continuation(row, draft, width);
}

/// `ИТОГО: … 12 845,6`, `Всего`: a line of totals, which sums the rows and is none of them. Its
/// first filled cell opens with the word.
fn is_totals_line(draft: &Draft) -> bool {
    let first = draft.cells.iter().find(|c| !c.is_empty()).map_or("", |c| c.text.trim_start_matches(|c: char| c == '*' || is_space(c)));
    let word = first.split(|c: char| !crate::text::is_letter(c)).next().unwrap_or("");
    crate::block::scan::with_lower(word, |w| matches!(w, "итого" | "всего"))
}

/// Keeps a line of totals in a `table.trailing_text` diagnostic.
fn report_totals(draft: &Draft, diags: &mut impl DiagnosticSink) {
    let message = format!("a line of totals, no row: «{}»; kept here", draft_text(draft));
    diags.report(Diagnostic::new(Code::TableTrailingText, message, Some(Span::from_range(draft.start..draft.end.max(draft.start)))));
}

/// Whether `row` left a cell open — its text ends in a comma or a hyphen (`ежеквартально,`,
/// `финансово-`) — in a column `line` fills: the line goes on with that cell, and starts no row
/// even where it holds a term of its own (`до 25-го числа месяца, …`).
fn continues_open_cell(row: &Draft, line: &Draft) -> bool {
    // `с 01.12.2024 по` / `30.06.2025`: a preposition or a conjunction leaves a cell open too;
    // not a class's letter after its number (`6 в`, `7 а`).
    let open_word = |c: &DraftCell| {
        let mut words = c.text.rsplit(is_space);
        let (last, before) = (lexicon::lower(words.next().unwrap_or("")), words.next().unwrap_or(""));
        let class = (1..=2).contains(&before.len()) && before.bytes().all(|b| b.is_ascii_digit());
        lexicon::leaves_open(&last) && !class
    };
    let open = |c: &DraftCell| c.text.ends_with([',', '-', '–']) || open_word(c);
    line.cells.iter().zip(&row.cells).any(|(l, r)| !l.is_empty() && open(r))
}

/// The activity cell of a line: the text column if filled, else the number column when it holds
/// words (an activity wrapped into the wrong column).
fn text_cell(src: &str, draft: &Draft, text_col: usize) -> Option<usize> {
    if draft.cells.get(text_col).is_some_and(|c| !c.is_empty()) {
        return Some(text_col);
    }
    let first = draft.cells.first().filter(|c| !c.is_empty())?;
    let words = first.pieces.first().and_then(|&(a, b)| src.get(a..b)).is_some_and(|t| row_number(t).is_none());
    (words && draft.number.is_none()).then_some(0)
}

/// Whether a line holds a cell (other than its activity) that reads as a term.
fn has_term(draft: &Draft) -> bool {
    draft.cells.iter().skip(1).any(|c| !c.is_empty() && is_term(&c.text))
}

/// An unnumbered line starts a row of its own when its activity starts with a capital and it
/// has a term of its own — not the rest of a numbered row above that has only its text, nor the
/// year that completes the term above (`до 1 декабря` / `2023 г.`),
/// nor the month that completes the day above (`ежегодно, 3` / `декабря`).
fn starts_new_unnumbered_row(draft: &Draft, text_index: usize, above: Option<&Draft>) -> bool {
    let text = draft.cells.get(text_index).map_or("", |c| c.text.as_str());
    let capital = text.trim_start_matches(|c: char| !crate::text::is_alnum(c)).starts_with(char::is_uppercase);
    let completes_a_date = draft.cells.iter().skip(1).any(|c| opens_with_year(&c.text));
    let completes_a_day = |k: usize| {
        let ends_in_day = above.and_then(|a| a.cells.get(k)).is_some_and(|c| ends_with_day(&c.text));
        let month = draft.cells.get(k).and_then(|c| c.text.split(is_space).next()).is_some_and(|w| lexicon::month(&lexicon::lower(w.trim_end_matches([',', '.']))).is_some());
        ends_in_day && month
    };
    // `7.<TAB>Обеспечить информирование …` / `<TAB>Организовать работу «горячей линии»<TAB>Носкова
    // А.В.<TAB>до …`: a numbered row with its text alone gets its other cells from the line below,
    // its text's second paragraph before them.
    let completes_the_row_above = above.is_some_and(|a| a.number.is_some() && a.cells.iter().enumerate().all(|(k, c)| k == text_index || c.is_empty()));
    capital && has_term(draft) && !completes_a_date && !completes_the_row_above && !(1..draft.cells.len()).any(completes_a_day)
}

/// Whether a cell ends in the number of a day (`ежегодно, 3`, `до 15`).
fn ends_with_day(text: &str) -> bool {
    let last = text.trim_end_matches(is_space).rsplit(is_space).next().unwrap_or("");
    (1..=2).contains(&last.len()) && last.bytes().all(|b| b.is_ascii_digit())
}

/// `2023 г.`, `2024 года`: a cell opening with a year and its word.
fn opens_with_year(text: &str) -> bool {
    let (year, rest) = text.split_at(text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len()));
    year.len() == 4 && rest.trim_start().starts_with(['г', 'Г'])
}


/// Gives a kept displaced line to the last row (filling only its empty cells).
fn flush_orphan(orphan: &mut Option<Draft>, section: &mut SectionDraft, diags: &mut impl DiagnosticSink) {
    let Some(o) = orphan.take() else { return };
    match section.rows.last_mut() {
        Some(last) => fill_missing(last, o, false),
        None => report_unplaced(&o, diags),
    }
}

/// Keeps the text of a line no row could take in a `table.unplaced_cell` diagnostic.
fn report_unplaced(draft: &Draft, diags: &mut impl DiagnosticSink) {
    let text = draft_text(draft);
    if text.is_empty() {
        return;
    }
    diags.report(Diagnostic::new(
        Code::TableUnplacedCell,
        format!("no row to place the cells «{text}» in; kept here"),
        Some(Span::from_range(draft.start..draft.end.max(draft.start))),
    ));
}

/// The texts of a line's cells joined, for a diagnostic.
fn draft_text(draft: &Draft) -> String {
    let mut text = String::new();
    for c in &draft.cells {
        push_joined(&mut text, c.text.clone());
    }
    text
}

/// Fills the empty cells of `row` from `from`, column by column; a cell `row` has already goes
/// on with `from`'s (`с 11.08.2021` / `по 12.08.2021` under the last row), or, when `from` stands
/// above the row, `from`'s goes on with it. No text is dropped but a repeat of the same cell.
fn fill_missing(row: &mut Draft, from: Draft, from_above: bool) {
    for (k, cell) in from.cells.into_iter().enumerate() {
        if cell.is_empty() {
            continue;
        }
        if row.cells.len() <= k {
            row.cells.resize_with(k + 1, DraftCell::default);
        }
        let Some(target) = row.cells.get_mut(k) else { continue };
        if target.is_empty() {
            *target = cell;
        } else if target.text == cell.text {
            // `ИМО` displaced with the term and written again in the row: said once.
        } else if from_above {
            let below = std::mem::replace(target, cell);
            target.extend(below);
        } else {
            target.extend(cell);
        }
    }
    row.start = row.start.min(from.start);
    row.end = row.end.max(from.end);
}

/// Joins a continuation line to the row above (see the module docs). A row of fewer cells than
/// the table's `width`, and a line with just the rest, are one row that Word broke where a cell
/// held a line break (`3.3.<TAB>Анализ …` / `<TAB>в течение 10 дней<TAB>МКУ «ИМЦ»<TAB>…`): the
/// line's first cell goes on with the row's last, the others fill the columns after it.
fn merge_continuation(row: &mut Draft, line: Draft, width: usize) {
    let text_index = first_filled(&row.cells, 0).unwrap_or(1);
    let broken_row = row.cells.len() < width && (row.cells.len() + line.cells.len()).checked_sub(1) == Some(width);
    let shift = if broken_row { row.cells.len() - 1 } else { 0 };
    // `7.<TAB>Обеспечить …` / `<TAB>Организовать …<TAB>Носкова А.В.<TAB>до …`: a row that ends at
    // its text takes the cells the line below sets in its own columns.
    let row_ends_at_text = row.cells.len() == text_index + 1;
    for (k, cell) in line.cells.into_iter().enumerate() {
        if cell.is_empty() {
            continue;
        }
        let target = if broken_row {
            shift + k
        } else if k == 0 {
            text_index
        } else if k < row.cells.len() || row_ends_at_text && k < width {
            k
        } else {
            (0..k).rev().find(|&j| row.cells.get(j).is_some_and(|c| !c.is_empty())).unwrap_or(text_index)
        };
        if row.cells.len() <= target {
            row.cells.resize_with(target + 1, DraftCell::default);
        }
        if let Some(c) = row.cells.get_mut(target) {
            c.extend(cell);
        }
    }
    row.loose.extend(line.loose);
    row.end = row.end.max(line.end);
}

/// Index of the first filled cell at or after `from`.
fn first_filled(cells: &[DraftCell], from: usize) -> Option<usize> {
    (from..cells.len()).find(|&i| cells.get(i).is_some_and(|c| !c.is_empty()))
}

/// Gives the columns their roles from what the rows hold, the header deciding between
/// candidates.
fn columns(sections: &[SectionDraft], header: &HeaderRoles, text: usize) -> Columns {
    let rows: Vec<&Draft> = sections.iter().flat_map(|s| &s.rows).collect();
    let width = rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    let mut filled = vec![0usize; width];
    let mut terms = vec![0usize; width];
    let mut short = vec![0usize; width];
    for row in &rows {
        for (i, c) in row.cells.iter().enumerate().filter(|(_, c)| !c.is_empty()) {
            if let (Some(f), Some(d), Some(s)) = (filled.get_mut(i), terms.get_mut(i), short.get_mut(i)) {
                *f += 1;
                // The activity column takes no other role: its long texts need no reading.
                if i != text {
                    let t = c.text.as_str();
                    *d += usize::from(is_term(t));
                    *s += usize::from(looks_responsible(t) && t.chars().count() <= 80);
                }
            }
        }
    }
    let marks = header.mark_columns();
    let free = |i: &usize, taken: &[Option<usize>]| *i != text && !taken.contains(&Some(*i)) && !marks.is_some_and(|m| m.holds(*i));
    let at = |v: &[usize], i: usize| v.get(i).copied().unwrap_or(0);
    let best = |score: &dyn Fn(usize) -> usize, preferred: &[usize], taken: &[Option<usize>]| -> Option<usize> {
        let top = (0..width).filter(|i| free(i, taken)).map(score).max().filter(|&s| s > 0)?;
        preferred.iter().copied().find(|&i| free(&i, taken) && score(i) * 2 >= top).or_else(|| (0..width).filter(|i| free(i, taken)).find(|&i| score(i) == top))
    };
    let deadline = best(&|i| at(&terms, i), &header.deadline, &[]);
    let (deadline, deadline_end) = match (header.term_start.as_slice(), header.term_end.as_slice()) {
        ([start], [end]) if start < end && [Some(*start), Some(*end)].contains(&deadline) => (Some(*start), Some(*end)),
        _ => (deadline, None),
    };
    // A column the header names as the responsible one is that, if filled, however long its
    // cells (`отдел ЖКХ, отдел культуры, отдел образования, отдел спорта, …`).
    let named = header.responsible.iter().copied().find(|&i| free(&i, &[deadline, deadline_end]) && at(&filled, i) > 0 && at(&terms, i) * 2 < at(&filled, i));
    let mut not_responsible: Vec<Option<usize>> = header.other.iter().map(|&i| Some(i)).collect();
    not_responsible.extend([deadline, deadline_end]);
    let responsible = named.or_else(|| best(&|i| at(&short, i).saturating_sub(at(&terms, i)), &header.responsible, &not_responsible));
    let result_score = |i: usize| at(&filled, i);
    let taken = [deadline, deadline_end, responsible];
    let result = header.result.iter().copied().find(|i| free(i, &taken)).or_else(|| best(&result_score, &[], &taken));
    Columns { text, deadline, deadline_end, marks, responsible, result }
}

/// Whether a cell states a term. Terms are phrases, not paragraphs: long cells are not read,
/// which keeps the grammar off every activity text.
fn is_term(cell: &str) -> bool {
    // `(по согласованию)` under a name says that its body agreed to take part, not when.
    let agreed = cell.trim_matches(|c: char| is_space(c) || matches!(c, '(' | ')')) == "по согласованию";
    cell.len() <= MAX_TERM_BYTES && !agreed && deadline::parse_term(cell).is_some()
}

/// The longest cell read as a term (about 150 Cyrillic letters).
const MAX_TERM_BYTES: usize = 300;

/// Responsible cells are short lists of names and abbreviations, not sentences.
fn looks_responsible(text: &str) -> bool {
    let len = text.chars().count();
    len <= 200 && !text.starts_with(['-', '–', '—']) && !(text.ends_with('.') && len > 40) && text.chars().any(crate::text::is_letter)
}

/// Which cells of one row hold what: the table's columns, each allowed to be shifted by one.
#[derive(Debug, Default)]
struct RowCells {
    text: Option<usize>,
    deadline: Option<usize>,
    deadline_end: Option<usize>,
    responsible: Option<usize>,
    result: Vec<usize>,
}

fn row_cells(row: &Draft, cols: Columns) -> RowCells {
    let filled = |i: usize| row.cells.get(i).is_some_and(|c| !c.is_empty()) && !cols.marks.is_some_and(|m| m.holds(i));
    let text_of = |i: usize| row.cells.get(i).map_or("", |c| c.text.as_str());
    let text = if filled(cols.text) { Some(cols.text) } else { first_filled(&row.cells, 0) };
    let mut taken: Vec<usize> = text.into_iter().collect();
    // A role's own column, else a filled neighbour that holds what the role needs.
    let shifted = |col: usize, fits: &dyn Fn(&str) -> bool, taken: &[usize]| -> Option<usize> {
        if filled(col) && !taken.contains(&col) {
            return Some(col);
        }
        [col + 1, col.wrapping_sub(1)].into_iter().find(|&i| filled(i) && !taken.contains(&i) && fits(text_of(i)))
    };
    // A term set out in two columns is read where the header puts it: an empty start is no shift.
    let (deadline, deadline_end) = match cols.deadline_end {
        Some(end) => (cols.deadline.filter(|&c| filled(c)), Some(end).filter(|&e| filled(e))),
        None => (cols.deadline.and_then(|c| shifted(c, &is_term, &taken)), None),
    };
    taken.extend(deadline);
    taken.extend(deadline_end);
    let responsible = cols.responsible.and_then(|c| shifted(c, &looks_responsible, &taken));
    taken.extend(responsible);
    let after_text = text.unwrap_or(0);
    let result = (after_text + 1..row.cells.len()).filter(|&i| filled(i) && !taken.contains(&i)).collect();
    RowCells { text, deadline, deadline_end, responsible, result }
}

fn finish_section(src: &str, s: SectionDraft, cols: Columns, ctx: &YearContext, diags: &mut impl DiagnosticSink) -> PlanSection {
    let row_ctx = ctx.under_heading(&s.title);
    let mut rows: Vec<PlanRow> = Vec::new();
    for draft in s.rows {
        let mut row = finish_row(src, draft, cols, &row_ctx, diags);
        if let Some(above) = rows.last() {
            repeat_ditto_cells(&mut row, above);
        }
        rows.push(row);
    }
    PlanSection { number: s.number.map(|n| n.trim_end_matches('.').to_string()), title: s.title, rows }
}

/// `-//-`, `-«-`, `〃`, `то же`: a cell that says it repeats the one above.
fn is_ditto(cell: &str) -> bool {
    matches!(cell.trim_matches(is_space), "-//-" | "-/-" | "//" | "-«-" | "-\"-" | "〃" | "\"" | "то же" | "То же" | "-«»-")
}

/// Fills a row's responsible and term cells that repeat the row above's (see [`is_ditto`]).
fn repeat_ditto_cells(row: &mut PlanRow, above: &PlanRow) {
    if matches!(row.responsible.as_slice(), [one] if is_ditto(one)) {
        row.responsible.clone_from(&above.responsible);
    }
    if row.deadline.as_ref().is_some_and(|d| is_ditto(&d.text)) {
        row.deadline.clone_from(&above.deadline);
    }
}

fn finish_row(src: &str, mut row: Draft, cols: Columns, ctx: &YearContext, diags: &mut impl DiagnosticSink) -> PlanRow {
    let cells = row_cells(&row, cols);
    let start = cells.deadline.and_then(|i| row.cells.get(i));
    let deadline = match cells.deadline_end.and_then(|i| row.cells.get(i)) {
        Some(end) => term_from_start_to_end(start, end, ctx),
        None => start.and_then(|cell| deadline::read_deadline_text(without_amendment_note(&cell.text), cover(&cell.pieces)?, ctx)),
    };
    let deadline = deadline.or_else(|| cols.marks.and_then(|m| marked_term(&row, m, ctx)));
    if let Some(d) = &deadline {
        check_deadline(d, ctx, diags);
    }
    let responsible = match cells.responsible.and_then(|i| row.cells.get(i)) {
        Some(cell) => responsible(src, &cell.pieces, &cell.text, diags),
        None => Vec::new(),
    };
    // The roles' cells are distinct, so each cleaned text is moved out once.
    let mut take = |i: usize| row.cells.get_mut(i).map(|c| std::mem::take(&mut c.text)).unwrap_or_default();
    let text = cells.text.map(&mut take).unwrap_or_default();
    let mut result = String::new();
    for &i in &cells.result {
        push_joined(&mut result, take(i));
    }
    for &(a, b) in &row.loose {
        push_joined(&mut result, clean(src.get(a..b).unwrap_or("")));
    }
    PlanRow {
        number: row.number.and_then(|(a, b)| src.get(a..b)).map(|n| n.trim_end_matches('.').to_string()),
        text,
        deadline,
        responsible,
        result: (!result.is_empty()).then_some(result),
        span: Span::from_range(row.start..row.end.max(row.start)),
    }
}

/// `01.03.2024 | 30.04.2024`, `март 2024 | май 2024` in a term's start and end columns: the
/// period from the one to the other, written `01.03.2024 – 30.04.2024`. A start with no date (`—`,
/// `по мере выполнения работ`, empty) leaves the end a day to act by.
fn term_from_start_to_end(start: Option<&DraftCell>, end: &DraftCell, ctx: &YearContext) -> Option<Deadline> {
    let span = cover(&start.into_iter().flat_map(|c| c.pieces.iter().copied()).chain(end.pieces.iter().copied()).collect::<Vec<_>>())?;
    let start_text = start.map_or("", |c| without_amendment_note(&c.text));
    let end_text = without_amendment_note(&end.text);
    if start_text.is_empty() {
        return deadline::read_deadline_text(&format!("до {end_text}"), span, ctx).map(|d| Deadline { text: end_text.to_string(), ..d });
    }
    let written = format!("{start_text} – {end_text}");
    let dated = |d: &Deadline| d.start.is_some() || d.end.is_some();
    let start_dated = deadline::read_deadline_text(start_text, span, ctx).is_some_and(|d| dated(&d));
    let read = if start_dated { written.clone() } else { format!("до {end_text}") };
    deadline::read_deadline_text(&read, span, ctx).filter(dated).map(|d| Deadline { text: written, ..d })
}

/// The term a row's marks in the period columns write (see [`marks`]).
fn marked_term(row: &Draft, columns: marks::MarkColumns, ctx: &YearContext) -> Option<Deadline> {
    let marked: Vec<usize> = (0..columns.count).filter(|o| row.cells.get(columns.first + o).is_some_and(|c| marks::is_mark(&c.text))).collect();
    let pieces: Vec<(usize, usize)> = marked.iter().filter_map(|o| row.cells.get(columns.first + o)).flat_map(|c| c.pieces.iter().copied()).collect();
    deadline::read_deadline_text(&marks::term_text(&columns, &marked)?, cover(&pieces)?, ctx)
}

/// A cell's text without the legal database's note closing it (`до 30 апреля 2024 г. (в ред.
/// пост. от 26.12.2023 № 1655)`): the note says when the cell was amended, not what it holds.
fn without_amendment_note(text: &str) -> &str {
    let Some(open) = text.trim_end().strip_suffix(')').and_then(|t| t.rfind('(')) else { return text };
    let note = text.get(open..).unwrap_or("");
    if crate::block::is_editorial_note(note) { text.get(..open).unwrap_or(text).trim_end() } else { text }
}

fn cover(pieces: &[(usize, usize)]) -> Option<Span> {
    let start = pieces.iter().map(|p| p.0).min()?;
    let end = pieces.iter().map(|p| p.1).max()?;
    Some(Span::from_range(start..end))
}

/// The responsible cell (its pieces and cleaned text) split on commas, with `000` corrected to
/// `ООО`.
pub(super) fn responsible(src: &str, pieces: &[(usize, usize)], joined: &str, diags: &mut impl DiagnosticSink) -> Vec<String> {
    for &(a, b) in pieces {
        let text = src.get(a..b).unwrap_or("");
        for (s, e) in crate::extract::ocr::zero_tokens(text) {
            let found = text.get(s..e).unwrap_or("");
            diags.report(Diagnostic::new(
                Code::TextOcrDigit,
                format!("expected letters «ООО», found digits «{found}»; corrected"),
                Some(Span::from_range(a + s..a + e)),
            ));
        }
    }
    let lines = cell_lines(src, pieces, joined);
    lines.iter().flat_map(|line| responsible_names(line)).map(|name| crate::extract::ocr::name_with_letters(crate::text::without_final_stop(name))).collect()
}

/// The lines of a cell that HTML line breaks (`<br>`) part, each cleaned; the cell's whole text
/// `joined` when it has none. A break parts names as a comma does, and nothing goes on naming
/// across it.
///
/// Pieces on lines of their own that each name one person (`Лысенко Н.В.` / `Бородина Т.Г.`)
/// are names apart too.
fn cell_lines(src: &str, pieces: &[(usize, usize)], joined: &str) -> Vec<String> {
    let has_break = |&(a, b): &(usize, usize)| src.get(a..b).is_some_and(|t| split_at_line_breaks(t).nth(1).is_some());
    let one_person = |&(a, b): &(usize, usize)| src.get(a..b).map(|t| t.trim_matches(|c: char| is_space(c) || c == ',')).is_some_and(|t| crate::block::scan::scan_person(t) == Some(t.len()));
    if pieces.len() > 1 && pieces.iter().all(one_person) {
        return pieces.iter().filter_map(|&(a, b)| src.get(a..b)).map(|t| clean_join([t])).collect();
    }
    if !pieces.iter().any(has_break) {
        return vec![joined.to_string()];
    }
    let mut lines = Vec::new();
    let mut line: Vec<&str> = Vec::new();
    for &(a, b) in pieces {
        let mut parts = split_at_line_breaks(src.get(a..b).unwrap_or(""));
        line.extend(parts.next());
        for part in parts {
            lines.push(clean_join(line.drain(..)));
            line.push(part);
        }
    }
    lines.push(clean_join(line));
    lines.retain(|l| !l.is_empty());
    lines
}

/// The names of a responsible cell, split at `,` and `;`. A piece that cannot start a name — its
/// first word in lower case and in an oblique case or a participle, neither a position nor a body
/// (`транспорта и связи`, `спорту`, `осуществляющие управление …`) — goes on naming what the pieces before it name, with the lone
/// abbreviations between (`Отдел строительства, ЖКХ, транспорта и связи` is one name).
fn responsible_names(joined: &str) -> Vec<&str> {
    // Byte ranges of the names, and how many of the last are lone abbreviations.
    let mut names: Vec<(usize, usize)> = Vec::new();
    let mut abbreviations = 0;
    for (start, end) in crate::text::parts_outside_brackets(joined) {
        let part = joined.get(start..end).unwrap_or("");
        let piece = part.trim_matches(is_space);
        if piece.is_empty() {
            continue;
        }
        let lead = part.len() - part.trim_start_matches(is_space).len();
        let range = (start + lead, start + lead + piece.len());
        match names.len().checked_sub(abbreviations + 1) {
            Some(head) if continues_name(piece) => {
                names.truncate(head + 1);
                if let Some(last) = names.last_mut() {
                    last.1 = range.1;
                }
                abbreviations = 0;
            }
            _ => {
                abbreviations = if is_lone_abbreviation(piece) { abbreviations + 1 } else { 0 };
                names.push(range);
            }
        }
    }
    names.into_iter().filter_map(|(a, b)| joined.get(a..b)).collect()
}

/// Whether a piece of a responsible cell goes on naming the piece before it (see
/// [`responsible_names`]).
fn continues_name(piece: &str) -> bool {
    let mut words = piece.split(is_space).filter(|w| !w.is_empty());
    let first = words.next().unwrap_or("");
    if !first.starts_with(char::is_lowercase) {
        return false;
    }
    let lower = lexicon::lower(first);
    // `Руководители ОО, на базе которых организованы ППЭ`: a relative clause on the name before.
    let relative = lower == "где" || piece.split(is_space).take(3).any(|w| lexicon::lower(w).starts_with("котор"));
    if relative {
        return true;
    }
    // `ОМСиК, правовой отдел`, `…, управы административных округов`: an adjective before a unit,
    // or a body named in the plural, opens a name of its own.
    let second = lexicon::lower(words.next().unwrap_or(""));
    let class = crate::morph::classify(&lower);
    let unit_next = class.adjective && !class.participle && lexicon::is_organisation_word(&second) && !crate::morph::classify(&second).oblique;
    let named = lexicon::is_position_word(&lower) || lexicon::is_organisation_word(&lower) || lower.starts_with("управ");
    // `…, осуществляющие управление в сфере образования`: a participle goes on the body before;
    // one before the people it qualifies names them (`…, аттестуемые педагоги`).
    let qualifies_people = lexicon::is_position_word(&second);
    !named && !unit_next && (class.oblique || class.participle && !qualifies_people)
}

/// `ЖКХ`, `ГО`: one word, an abbreviation (see [`is_abbreviation`](crate::extract::assignee::is_abbreviation)).
fn is_lone_abbreviation(piece: &str) -> bool {
    !piece.contains(is_space) && !piece.contains('.') && crate::extract::assignee::is_abbreviation(piece)
}


mod marks;

#[cfg(test)]
mod tests;
