//! A plan written as labelled paragraphs rather than as a table, as a site or a PDF's text
//! flattens one: `1.1. Создание рабочей группы …` / `Срок: апрель` / `Ответственный: Шмидт
//! О.А.`. Each numbered paragraph is a row, its `Срок` line the term and its `Ответственный`
//! line the responsible; a numbered paragraph with no label whose next number is numbered under
//! it (`1. Подготовительный этап (март – июнь 2021 года)` / `1.1. …`) heads a section.

use super::table;
use crate::block::{Block, LineKind};
use crate::diag::DiagnosticSink;
use crate::extract::clause::check_deadline;
use crate::extract::deadline::{self, YearContext};
use crate::model::{PlanRow, PlanSection};
use crate::span::Span;
use crate::text::clean_join;
use crate::tree::numbering::ClauseNumber;

/// Fewest labelled paragraphs that make a plan: one or two may be a list's items with a term.
const MIN_LABELLED: usize = 3;

/// What one numbered paragraph holds, as byte ranges into the text.
#[derive(Default)]
struct Item {
    number: Option<ClauseNumber>,
    written: (usize, usize),
    text: Vec<(usize, usize)>,
    term: Vec<(usize, usize)>,
    responsible: Vec<(usize, usize)>,
    end: usize,
}

impl Item {
    fn is_labelled(&self) -> bool {
        !self.term.is_empty() || !self.responsible.is_empty()
    }
}

/// Which part of the paragraph a line of text goes on with.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Text,
    Term,
    Responsible,
}

/// Reads the plan from `lines` (an appendix's lines after its title), or `None` when they are
/// no plan of labelled paragraphs: fewer than [`MIN_LABELLED`] of them, or most numbered
/// paragraphs without a label.
pub(super) fn read(src: &str, lines: &[Block], ctx: &YearContext, diags: &mut impl DiagnosticSink) -> Option<Vec<PlanSection>> {
    let items = items(src, lines);
    let labelled = items.iter().filter(|i| i.is_labelled()).count();
    if labelled < MIN_LABELLED || labelled * 2 < items.len() {
        return None;
    }
    let mut sections: Vec<PlanSection> = Vec::new();
    let mut section_ctx = *ctx;
    for (k, item) in items.iter().enumerate() {
        let heads = !item.is_labelled() && items.get(k + 1).is_some_and(|next| numbered_under(item, next));
        if heads {
            let title = joined(src, &item.text);
            section_ctx = ctx.under_heading(&title);
            sections.push(PlanSection { number: written(src, item), title, rows: Vec::new() });
            continue;
        }
        if sections.is_empty() {
            sections.push(PlanSection { number: None, title: String::new(), rows: Vec::new() });
        }
        let row = row(src, item, &section_ctx, diags);
        if let Some(section) = sections.last_mut() {
            section.rows.push(row);
        }
    }
    Some(sections)
}

/// The numbered paragraphs of `lines`, each with its text, term and responsible lines. Lines
/// before the first number, and lone page numbers, belong to none.
fn items(src: &str, lines: &[Block]) -> Vec<Item> {
    let mut items: Vec<Item> = Vec::new();
    let mut part = Part::Text;
    for b in lines {
        let (line_start, line_end) = (b.line.content_start, b.line.content_end);
        match &b.kind {
            LineKind::Clause(start) => {
                items.push(Item { number: Some(start.number.clone()), written: start.written, text: vec![(start.body, line_end)], end: line_end, ..Item::default() });
                part = Part::Text;
                continue;
            }
            LineKind::Blank | LineKind::Editorial => continue,
            _ => {}
        }
        let Some(item) = items.last_mut() else { continue };
        let text = b.line.text(src);
        if text.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        match b.kind {
            LineKind::Deadline { value } => {
                // `Срок: до 01.10.2024    Ответственные: руководители ОО`: both on one line.
                match src.get(value..line_end).and_then(crate::block::scan::scan_trailing_responsible) {
                    Some((sentence, names)) => {
                        part = Part::Responsible;
                        item.term.push((value, value + sentence));
                        item.responsible.push((value + names, line_end));
                    }
                    None => {
                        part = Part::Term;
                        item.term.push((value, line_end));
                    }
                }
            }
            LineKind::Responsible { value } => {
                part = Part::Responsible;
                item.responsible.push((value, line_end));
            }
            _ => match part {
                Part::Text => item.text.push((line_start, line_end)),
                Part::Term => item.term.push((line_start, line_end)),
                Part::Responsible => item.responsible.push((line_start, line_end)),
            },
        }
        item.end = line_end;
    }
    items
}

/// Whether `next` is numbered under `item` (`1.` → `1.1.`).
fn numbered_under(item: &Item, next: &Item) -> bool {
    matches!((&item.number, &next.number), (Some(a), Some(b)) if a.is_parent_of(b))
}

fn written(src: &str, item: &Item) -> Option<String> {
    src.get(item.written.0..item.written.1).map(|n| n.trim_end_matches('.').to_string())
}

fn joined(src: &str, pieces: &[(usize, usize)]) -> String {
    clean_join(pieces.iter().filter_map(|&(a, b)| src.get(a..b)))
}

fn row(src: &str, item: &Item, ctx: &YearContext, diags: &mut impl DiagnosticSink) -> PlanRow {
    let cover = |pieces: &[(usize, usize)]| pieces.first().zip(pieces.last()).map(|(a, b)| Span::from_range(a.0..b.1.max(a.0)));
    let deadline = cover(&item.term).and_then(|span| {
        let d = deadline::read_deadline_text(&joined(src, &item.term), span, ctx)?;
        check_deadline(&d, ctx, diags);
        Some(d)
    });
    let responsible = if item.responsible.is_empty() { Vec::new() } else { table::responsible(src, &item.responsible, &joined(src, &item.responsible), diags) };
    PlanRow {
        number: written(src, item),
        text: joined(src, &item.text),
        deadline,
        responsible,
        result: None,
        span: Span::from_range(item.written.0..item.end.max(item.written.0)),
    }
}

#[cfg(test)]
mod tests {
    use crate::model::AppendixKind;

    /// Numbered paragraphs with `Срок:` and `Ответственный:` lines under a title with no blank
    /// line after it: a plan, its stages the sections, a stage's year placing its months.
    #[test]
    fn labelled_paragraphs_make_a_plan() {
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить дорожную карту.\n\nНачальник управления\tА.А. Петров\n\n\
                   Приложение\nк приказу от 22.03.2021 № 143-од\nДОРОЖНАЯ КАРТА\nна 2021 – 2022 годы\n\
                   1. Подготовительный этап (март – июнь 2021 года)\n1.1. Создание рабочей группы по внедрению целевой моде-\nли наставничества.\n\
                   Срок: апрель\nОтветственный: Шмидт О.А.\n1.2. Проведение совещания.\nСрок: до 15 апреля\nОтветственный: Рябова Е.В., Шмидт О.А.\n\
                   2. Завершающий этап (2022 год)\n2.1. Подведение итогов.\nСрок: май\nОтветственный: руководители ОО\n";
        let doc = crate::parse(src);
        let plan = doc.appendices.first().expect("an appendix");
        assert_eq!((plan.kind, plan.title.as_deref()), (AppendixKind::Plan, Some("ДОРОЖНАЯ КАРТА на 2021 – 2022 годы")));
        let sections: Vec<(Option<&str>, usize)> = plan.sections.iter().map(|s| (s.number.as_deref(), s.rows.len())).collect();
        assert_eq!(sections, [(Some("1"), 2), (Some("2"), 1)]);
        let first = plan.sections.first().and_then(|s| s.rows.first()).expect("a row");
        assert_eq!(first.text, "Создание рабочей группы по внедрению целевой модели наставничества.");
        assert_eq!(first.deadline.as_ref().and_then(|d| d.start).map(|d| d.to_string()), Some("2021-04-01".into()));
        let last = plan.sections.last().and_then(|s| s.rows.first()).expect("a row");
        assert_eq!(last.deadline.as_ref().and_then(|d| d.start).map(|d| d.to_string()), Some("2022-05-01".into()));
        assert_eq!(plan.sections.first().and_then(|s| s.rows.get(1)).map(|r| r.responsible.clone()), Some(vec!["Рябова Е.В.".to_string(), "Шмидт О.А.".to_string()]));
        // The term and the responsible on one line.
        let one_line = src.replace("Срок: до 15 апреля\nОтветственный: Рябова Е.В., Шмидт О.А.", "Срок: до 15 апреля    Ответственный: Рябова Е.В., Шмидт О.А.");
        let doc = crate::parse(&one_line);
        let row = doc.appendices.first().and_then(|a| a.sections.first()).and_then(|s| s.rows.get(1)).expect("a row");
        assert_eq!((row.deadline.as_ref().map(|d| d.text.as_str()), row.responsible.len()), (Some("до 15 апреля"), 2));
    }

    /// A list whose items carry no labels is no plan.
    #[test]
    fn numbered_items_without_labels_are_no_plan() {
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить состав.\n\nНачальник управления\tА.А. Петров\n\n\
                   Приложение\nСОСТАВ комиссии\n1. Иванов И.И., председатель.\n2. Петров П.П., секретарь.\n3. Сидоров С.С.\n";
        let doc = crate::parse(src);
        assert!(doc.appendices.first().is_some_and(|a| a.kind != AppendixKind::Plan));
    }
}
