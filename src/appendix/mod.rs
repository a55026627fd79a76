//! Pass 6: appendices. Each appendix range the layout found becomes an [`Appendix`]: its title,
//! its kind (a plan table, a list, free text), and for plans the sections and rows read by
//! [`table`].

pub(crate) mod decisions;
mod grid;
mod labelled;
pub(crate) mod table;

pub(crate) use grid::is_stacked;

use crate::block::{Block, LineKind};
use crate::diag::DiagnosticSink;
use crate::extract::deadline::YearContext;
use crate::lexicon;
use crate::model::{Appendix, AppendixKind};
use crate::span::Span;
use crate::text::clean_join;
use std::ops::Range;

/// Whether the lines in `range` read as a table with rows (the reading's diagnostics dropped).
pub(crate) fn reads_rows(src: &str, blocks: &[Block], range: Range<usize>) -> bool {
    let table = read(src, blocks, range, &YearContext::default(), &mut Vec::new());
    table.sections.iter().any(|s| !s.rows.is_empty())
}

/// Reads one appendix from its lines.
pub(crate) fn read(src: &str, blocks: &[Block], range: Range<usize>, ctx: &YearContext, diags: &mut impl DiagnosticSink) -> Appendix {
    let lines = blocks.get(range.clone()).unwrap_or(&[]);
    let first_row_in = |layout: grid::Layout| lines.iter().position(|b| grid::is_table_line(src, b, layout)).map(|row| (row, layout));
    // A stacked table has no mark on its lines, so another layout (a heading set right with
    // tabs) may seem to win and find no row.
    let found = grid::detect(src, lines).and_then(first_row_in).or_else(|| grid::is_stacked(src, lines).then(|| first_row_in(grid::Layout::Stacked)).flatten());
    let (first_row, layout) = (found.map(|f| f.0.min(aligned_header_start(src, lines, f))), found.map(|f| f.1));
    let head_end = first_row.unwrap_or(lines.len());
    let title = title(src, lines.get(..head_end).unwrap_or(&[]), first_row.is_some());
    // `План мероприятий … на 2025/2026 учебный год`: the plan's own academic year places its
    // months, whatever the act's; a plan of preparing for one (`… к новому 2024/2025 учебному
    // году`) plans none, its months placed by the date.
    let planned = title.as_deref().and_then(|t| crate::extract::deadline::planned_academic_year(t, ""));
    let prepares = title.as_deref().is_some_and(crate::extract::deadline::prepares_for_academic_year);
    let academic_year = if planned.is_none() && prepares { None } else { planned.or(ctx.academic_year) };
    // `План мероприятий … на 2021 год`: the one year the plan's title names heads all its sections
    // (rule 1).
    let title_year = title.as_deref().and_then(crate::extract::deadline::planned_calendar_year);
    let heading_year = title_year.or(ctx.heading_year);
    let ctx = &YearContext { heading_year, heading_from_title: title_year.is_some(), academic_year, academic_in_text: planned.is_none() && ctx.academic_in_text, ..*ctx };
    let span = span_of(lines);
    let plan = first_row.zip(layout).and_then(|(first_row, layout)| table::read(src, lines.get(first_row..).unwrap_or(&[]), layout, ctx, diags));
    // Only an appendix with no table has its title's paragraphs looked at again.
    let body_start = || title_end(src, lines);
    let plan = plan.or_else(|| labelled::read(src, lines.get(body_start()..).unwrap_or(&[]), ctx, diags));
    let Some(sections) = plan else {
        let body = lines.get(body_start()..).unwrap_or(&[]);
        let kind = if is_list(src, body) { AppendixKind::List } else { AppendixKind::Text };
        let text = clean_join(body.iter().filter(|b| b.kind != LineKind::Editorial).map(|b| b.line.text(src)));
        return Appendix { title, kind, sections: Vec::new(), text: (!text.is_empty()).then_some(text), span };
    };
    let kind = if sections.iter().any(|s| !s.rows.is_empty()) { AppendixKind::Plan } else { AppendixKind::Text };
    Appendix { title, kind, sections, text: None, span }
}

/// `  №                          Срок` / ` п/п     Наименование …     проведения`: a space-aligned
/// header's first line may have too few segments to read as a row; the lines of two or more
/// segments right above the first row (no blank between) are the header's too.
pub(crate) fn aligned_header_start(src: &str, lines: &[Block], (first_row, layout): (usize, grid::Layout)) -> usize {
    if layout != grid::Layout::Aligned {
        return first_row;
    }
    let above = lines.get(..first_row).unwrap_or(&[]);
    let header_lines = above.iter().rev().take_while(|b| !b.line.is_blank() && crate::text::segments(b.line.text(src)).nth(1).is_some()).count();
    first_row - header_lines
}

fn span_of(lines: &[Block]) -> Span {
    let non_blank = || lines.iter().filter(|b| !b.line.is_blank());
    let start = non_blank().next().map_or(0, |b| b.line.content_start);
    let end = non_blank().next_back().map_or(start, |b| b.line.content_end);
    Span::from_range(start..end)
}

/// The title: the paragraph nearest above the table, skipping heading lines (`Приложение № 1 к
/// приказу …`, `УТВЕРЖДЕН …`); without a table, the first paragraph after them. Above a table,
/// a paragraph named by what the appendix is (`СПИСОК участников совещания`, `План
/// мероприятий …`) is the title, however many group names follow it (`Министерство …`).
fn title(src: &str, head: &[Block], has_table: bool) -> Option<String> {
    let paragraphs = paragraphs(src, head);
    let named = |p: &Vec<&Block>| p.first().is_some_and(|b| names_what_it_is(b.line.text(src)));
    let last = paragraphs.len().checked_sub(1)?;
    let pick = if has_table { paragraphs.iter().rposition(named).unwrap_or(last) } else { 0 };
    // `ПЛАН МЕРОПРИЯТИЙ` / (blank) / `по совершенствованию организации питания … на 2021 год`: a
    // Word copy sets a blank line inside the title, which goes on in lower case.
    let goes_on = |p: &Vec<&Block>| p.first().is_some_and(|b| b.line.text(src).trim_start_matches(crate::text::is_space).starts_with(char::is_lowercase));
    let end = pick + 1 + paragraphs.get(pick + 1..).unwrap_or_default().iter().take_while(|p| has_table && goes_on(p)).count();
    let lines = paragraphs.get(pick..end).unwrap_or_default().iter().flatten();
    Some(clean_join(lines.map(|b| b.line.text(src)))).filter(|t| !t.is_empty())
}

/// Whether a line opens with a noun naming what an appendix is (`СПИСОК`, `План`, `ПЕРЕЧЕНЬ`).
fn names_what_it_is(text: &str) -> bool {
    let first = text.split(|c: char| !c.is_alphabetic()).find(|w| !w.is_empty()).unwrap_or("");
    lexicon::APPENDIX_KINDS.contains(&lexicon::lower(first).as_ref())
}

/// Index of the first line after the title paragraph (and the heading lines before it).
fn title_end(src: &str, lines: &[Block]) -> usize {
    let paragraphs = paragraphs(src, lines);
    let last = paragraphs.first().and_then(|p| p.last());
    last.and_then(|last| lines.iter().position(|b| std::ptr::eq(b, *last))).map_or(lines.len(), |k| k + 1)
}

/// Paragraphs of text lines, heading lines and editorial notes (`Список изменяющих документов` /
/// `(в ред. …)`) excluded; a numbered line opens one. An approval stamp's paragraph (`УТВЕРЖДЕНО` / `постановлением` /
/// `администрации Старооскольского городского округа` / `от 12.03.2021 N 318`) is left out up
/// to its last heading line, the lines of the issuer's name between included.
fn paragraphs<'a>(src: &str, lines: &'a [Block]) -> Vec<Vec<&'a Block>> {
    let mut out: Vec<Vec<&Block>> = Vec::new();
    let mut current: Vec<&Block> = Vec::new();
    let mut flush = |current: &mut Vec<&'a Block>| {
        // A stamp opens its paragraph; elsewhere a heading line (a title's `К НОВОМУ УЧЕБНОМУ
        // ГОДУ` reads as one) only splits the paragraph.
        let stamp = current.first().is_some_and(|b| is_heading_line(src, b));
        let stamp_end = if stamp { current.iter().rposition(|b| is_heading_line(src, b)).map_or(0, |k| k + 1) } else { 0 };
        let mut part: Vec<&Block> = Vec::new();
        for b in current.drain(..).skip(stamp_end) {
            if is_heading_line(src, b) {
                if !part.is_empty() {
                    out.push(std::mem::take(&mut part));
                }
            } else {
                part.push(b);
            }
        }
        if !part.is_empty() {
            out.push(part);
        }
    };
    for b in lines {
        if b.line.is_blank() || b.kind == LineKind::Editorial {
            flush(&mut current);
            continue;
        }
        // A numbered line opens a paragraph of its own, blank line or not (`на 2021 – 2022
        // годы` / `1. Подготовительный этап`): no title runs on into the items.
        if matches!(b.kind, LineKind::Clause(_)) {
            flush(&mut current);
        }
        current.push(b);
    }
    flush(&mut current);
    out
}

/// `Приложение № 1`, `к приказу управления образования`, `от 20.10.2020 № 798`, `УТВЕРЖДЕН`.
fn is_heading_line(src: &str, b: &Block) -> bool {
    if b.kind == LineKind::Appendix {
        return true;
    }
    let lower = lexicon::lower(b.line.text(src));
    let first = lower.split(' ').next().unwrap_or("");
    (matches!(first, "к" | "от" | "приказом" | "решением" | "постановлением" | "распоряжением") || lexicon::is_appendix_word(first))
        && b.line.text(src).chars().count() < 120
}

/// Whether most non-blank lines are list items (numbered or bulleted).
fn is_list(src: &str, lines: &[Block]) -> bool {
    let non_blank: Vec<&Block> = lines.iter().filter(|b| !b.line.is_blank()).collect();
    let items = non_blank
        .iter()
        .filter(|b| matches!(b.kind, LineKind::Clause(_)) || b.line.text(src).starts_with(crate::text::is_bullet))
        .count();
    !non_blank.is_empty() && items * 2 >= non_blank.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::block::classify;
    use crate::lex::lines;

    #[test]
    fn a_table_saved_as_text_one_cell_per_line() {
        let src = "\t\t\t\tПриложение\n\t\t\t\tк приказу от 10.03.2020 № 45\n\nПлан мероприятий\n\n№ п/п\nНаименование мероприятия\nСрок\nОтветственные\n\
                   1. Организационные мероприятия\n1.1.\nЗаседание комиссии\nапрель, май 2020 г.\nОтдел образования\n\
                   1.2.\nПриемка лагерей\nдо 15 мая 2020 г.\nОтдел образования,\nТО Роспотребнадзора\n1.3.\nОтчет о работе\n\nОтдел образования\n";
        let blocks = classify(src, &lines(src));
        let appendix = read(src, &blocks, 0..blocks.len(), &YearContext::default(), &mut Vec::new());
        let rows: Vec<(Option<&str>, &str, bool, usize)> = appendix
            .sections
            .iter()
            .flat_map(|s| &s.rows)
            .map(|r| (r.number.as_deref(), r.text.as_str(), r.deadline.is_some(), r.responsible.len()))
            .collect();
        assert_eq!(rows, [(Some("1.1"), "Заседание комиссии", true, 1), (Some("1.2"), "Приемка лагерей", true, 2), (Some("1.3"), "Отчет о работе", false, 1)]);
        let sections: Vec<(Option<&str>, &str, usize)> = appendix.sections.iter().map(|s| (s.number.as_deref(), s.title.as_str(), s.rows.len())).collect();
        assert_eq!(sections, [(Some("1"), "Организационные мероприятия", 3)]);
        // A blank line after every cell, the header's names too, parts cells.
        let src = "Приложение\n\nПлан мероприятий\n\n№ п/п\n\nНаименование мероприятия\n\nСрок\n\nОтветственные\n\nРезультат\n\n\
                   1.\n\nЗаседание комиссии\n\nапрель 2020 г.\n\nОтдел образования\n\nпротокол\n\n2.\n\nПриемка лагерей\n\nдо 15 мая 2020 г.\n\nТО Роспотребнадзора\n\nакты\n";
        let blocks = classify(src, &lines(src));
        let appendix = read(src, &blocks, 0..blocks.len(), &YearContext::default(), &mut Vec::new());
        let rows: Vec<String> = appendix
            .sections
            .iter()
            .flat_map(|s| &s.rows)
            .map(|r| format!("{} | {} | {} | {}", r.text, r.deadline.as_ref().map_or("", |d| d.text.as_str()), r.responsible.join(", "), r.result.as_deref().unwrap_or("")))
            .collect();
        assert_eq!(rows, ["Заседание комиссии | апрель 2020 г. | Отдел образования | протокол", "Приемка лагерей | до 15 мая 2020 г. | ТО Роспотребнадзора | акты"]);
    }

    #[test]
    fn the_title_names_what_the_appendix_is() {
        let src = "Приложение\nк протоколу совещания\n\nСПИСОК\nучастников совещания\n\nМинистерство просвещения Российской Федерации\n\
                   Гаджиева Заира Гасановна\tдиректор Департамента\nСафонов Роман Михайлович\tзаместитель директора\nКудрявцев Павел Сергеевич\tдиректор\n";
        let blocks = classify(src, &lines(src));
        let appendix = read(src, &blocks, 0..blocks.len(), &YearContext::default(), &mut Vec::new());
        assert_eq!(appendix.title.as_deref(), Some("СПИСОК участников совещания"));
    }

    /// A Word copy's blank line inside the title: its lower-case part goes on with it, and the
    /// one year it names places the plan's months.
    #[test]
    fn a_title_parted_by_a_blank_line_goes_on_in_lower_case() {
        let src = "Приложение\nк решению коллегии от 25.02.2021 № 2\n\nПЛАН МЕРОПРИЯТИЙ\n\nпо совершенствованию организации питания на 2021 год\n\n\
                   № п/п\tНаименование мероприятия\tСрок исполнения\tОтветственные\n1.\tВыездные проверки\tсентябрь\tУправление образования\n";
        let blocks = classify(src, &lines(src));
        let ctx = YearContext { academic_year: Some(2020), ..YearContext::default() };
        let appendix = read(src, &blocks, 0..blocks.len(), &ctx, &mut Vec::new());
        assert_eq!(appendix.title.as_deref(), Some("ПЛАН МЕРОПРИЯТИЙ по совершенствованию организации питания на 2021 год"));
        let start = appendix.sections.first().and_then(|s| s.rows.first()).and_then(|r| r.deadline.as_ref()).and_then(|d| d.start);
        assert_eq!(start.map(|d| d.to_string()).as_deref(), Some("2021-09-01"));
    }

    #[test]
    fn an_approval_stamp_is_no_title() {
        let src = "\t\t\tУТВЕРЖДЕНО\n\t\t\tпостановлением\n\t\t\tадминистрации Старооскольского городского округа\n\t\t\tот 12.03.2021 N 318\n\n\
                   ПОЛОЖЕНИЕ О ГОРОДСКОМ КОНКУРСЕ\n\n1. Общие положения\n1.1. Конкурс проводится ежегодно.\n";
        let blocks = classify(src, &lines(src));
        let appendix = read(src, &blocks, 0..blocks.len(), &YearContext::default(), &mut Vec::new());
        assert_eq!(appendix.title.as_deref(), Some("ПОЛОЖЕНИЕ О ГОРОДСКОМ КОНКУРСЕ"));
        assert!(appendix.text.is_some_and(|t| t.starts_with("1. Общие положения")));
    }

    #[test]
    fn tables_that_plan_nothing_are_no_plans() {
        let estimate = "СМЕТА расходов\n\n№ п/п\tНаименование расходов\tКол-во\tСумма, руб.\n1\tИзготовление дипломов\t30\t12 000,00\n2\tПриобретение призов\t10\t135 000,00\n";
        let sign_off = "Лист ознакомления\n\n№\tФ.И.О.\tДолжность\tДата\tПодпись\n1\tКиреева Е.В.\tзаместитель главного врача\t09.01.2025\t\n";
        let numbered_items = "ПОЛОЖЕНИЕ о комиссии\n\n1.\tОБЩИЕ ПОЛОЖЕНИЯ\n1.1.\tКомиссия создается приказом ректора.\n1.2.\tКомиссия действует на постоянной основе.\n";
        for src in [estimate, sign_off, numbered_items] {
            let blocks = classify(src, &lines(src));
            let appendix = read(src, &blocks, 0..blocks.len(), &YearContext::default(), &mut Vec::new());
            assert!(appendix.sections.is_empty() && appendix.kind != AppendixKind::Plan, "{src}");
            assert!(appendix.text.is_some_and(|t| t.contains("Комиссия") || t.contains("Киреева") || t.contains("дипломов")), "{src}");
        }
    }

    /// A plan titled for an academic year places its months in that year, whatever the act's
    /// date or the year its text plans.
    #[test]
    fn a_plan_s_own_academic_year_places_its_months() {
        let src = "ПЛАН мероприятий на 2025/2026 учебный год\n\n№ п/п\tМероприятие\tСрок\tОтветственный\n\
                   1.\tДиагностика\tоктябрь\tИМЦ\n2.\tСеминар\tмарт, апрель\tИМЦ\n";
        let blocks = classify(src, &lines(src));
        let ctx = YearContext { document: crate::date::Date::new(2025, 3, 6), ..YearContext::default() };
        let appendix = read(src, &blocks, 0..blocks.len(), &ctx, &mut Vec::new());
        let starts: Vec<String> = appendix.sections.iter().flat_map(|s| &s.rows).filter_map(|r| r.deadline.as_ref()?.start.map(|d| d.to_string())).collect();
        assert_eq!(starts, ["2025-10-01", "2026-03-01"]);
    }

    #[test]
    fn a_heading_set_right_with_tabs_is_no_part_of_the_table() {
        let src = "\t\t\t\t\t\tУТВЕРЖДЕН\n\
                   \t\t\t\t\t\tпостановлением администрации района\n\
                   \t\t\t\t\t\tот 14.02.2022 № 145\n\
                   \n\
                   ПЛАН МЕРОПРИЯТИЙ\n\
                   \n\
                   № п/п\tНаименование мероприятия\tСрок исполнения\tОтветственный исполнитель\tОжидаемый результат\n\
                   1.1.\tПроведение заседаний\tежеквартально\tФинансовое управление администрации района\tСокращение недоимки\n\
                   1.2.\tАктуализация состава группы\tдо 01.03.2022\tОтдел экономики администрации района\tПостановление администрации района\n";
        let blocks = classify(src, &lines(src));
        let mut diags = Vec::new();
        let appendix = read(src, &blocks, 0..blocks.len(), &YearContext::default(), &mut diags);
        assert_eq!(appendix.title.as_deref(), Some("ПЛАН МЕРОПРИЯТИЙ"));
        let responsible: Vec<_> = appendix.sections.iter().flat_map(|s| &s.rows).map(|r| r.responsible.join("; ")).collect();
        assert_eq!(responsible, ["Финансовое управление администрации района", "Отдел экономики администрации района"]);
        assert!(diags.is_empty(), "{diags:?}");
    }
}
