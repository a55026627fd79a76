//! A table of decisions in the operative part (`№ п/п | Решение / поручение | Ответственный
//! исполнитель | Срок исполнения` under `РЕШИЛИ:`): read as a plan, its rows are the
//! document's clauses. A row spanning the table (`1. О ходе подготовки …`) is the topic over the
//! rows numbered under it; the responsible column names the assignees (in the nominative), the
//! term column the deadline.

use crate::extract::assignee;
use crate::extract::clause::is_note;
use crate::lexicon;
use crate::model::{Appendix, Assignee, Clause, Modality, PlanRow, PlanSection, Role};
use crate::span::Span;

/// The clauses the rows of a table of decisions make, in the table's order; `src` is the text
/// the table was read from.
pub(crate) fn clauses(src: &str, table: Appendix) -> Vec<Clause> {
    let mut out: Vec<Clause> = Vec::new();
    for section in table.sections {
        // A heading is looked for after the clauses before it, so the spans keep their order.
        let from = out.last().map_or(table.span.start, |c| c.span.end.max(table.span.start));
        out.extend(section_clauses(src, Span::new(from, table.span.end), section));
    }
    out
}

/// A section's rows, under its heading row when it has one. A heading with no rows under it
/// spans its own words, found in the table (`within`); one that cannot be found is left out
/// rather than given a span that points nowhere. Rows numbered past the heading's number (`4.
/// ГБОУ ДПО …:` / `4.1.` / `5.`) are no longer under it: they follow it.
fn section_clauses(src: &str, within: Span, section: PlanSection) -> Vec<Clause> {
    let mut rows = nest_by_number(section.rows.into_iter().map(row_clause).collect());
    if section.number.is_none() && section.title.is_empty() {
        return rows;
    }
    let heading = number_parts(section.number.as_deref());
    let past = |r: &Clause| {
        let number = number_parts(r.number.as_deref());
        !heading.is_empty() && !number.is_empty() && !is_proper_prefix(&heading, &number)
    };
    let after = rows.iter().position(past).map_or_else(Vec::new, |at| rows.split_off(at));
    let Some(span) = rows.iter().map(|r| r.span).reduce(Span::cover).or_else(|| heading_span(src, within, &section.title)) else {
        return rows.into_iter().chain(after).collect();
    };
    let mut head = heading_clause(section.number, section.title, span);
    head.children = rows;
    recommend_under(&mut head);
    std::iter::once(head).chain(after).collect()
}

/// A heading row of a table of decisions: a topic (`1. О ходе подготовки …`), or the addressees
/// of the rows under it when it names them with a colon (`4. ГБОУ ДПО «…»:`, `5. Рекомендовать
/// органам …:`), as a clause's lead does.
fn heading_clause(number: Option<String>, text: String, span: Span) -> Clause {
    let mut clause = Clause { number, text, role: Role::Topic, modality: Modality::Order, assignees: Vec::new(), deadline: None, children: Vec::new(), span };
    read_addressees(&mut clause);
    clause
}

/// Makes a row or heading that names only addressees with a colon (`ГБОУ ДПО «…»:`, `Рекомендовать
/// органам местного самоуправления …:`) an addressee clause, its assignees read from its text
/// (spanning the row, whose text is cleaned).
fn read_addressees(clause: &mut Clause) {
    if !clause.text.trim_end().ends_with(':') || !clause.assignees.is_empty() {
        return;
    }
    if read_lead_addressees(clause, true) {
        clause.role = Role::Addressee;
    }
}

/// `Рекомендовать Управлению Роспотребнадзора … обеспечить …` with the responsible's cell
/// empty: the row names its addressees as a clause does, before its action (with
/// `addressee_only`, only a lead of addressees alone before a colon). Whether any were read.
fn read_lead_addressees(clause: &mut Clause, addressee_only: bool) -> bool {
    let text = clause.text.as_str();
    let lead = assignee::read_lead(text, 0, text.len());
    let Some((start, end)) = lead.phrase.filter(|_| lead.addressee_only || !addressee_only) else { return false };
    let parts = assignee::split(text, start, end, lead.case);
    let assignees: Vec<_> = parts.into_iter().map(|(a, b, case)| Assignee { span: clause.span, ..assignee::build_around(text, a, b, case, &[]) }).collect();
    if lead.recommend {
        clause.modality = Modality::Recommendation;
    }
    clause.assignees = assignees;
    true
}

/// The rows under a recommending heading (`Рекомендовать органам …:`) are recommendations.
fn recommend_under(clause: &mut Clause) {
    if clause.modality != Modality::Recommendation {
        return;
    }
    for child in &mut clause.children {
        if child.modality == Modality::Order {
            child.modality = Modality::Recommendation;
        }
        recommend_under(child);
    }
}

/// `4.` / `4.1.` / `4.2.` / `5.`: rows under the row whose number is a proper prefix of theirs,
/// as clauses nest; a row with no number, or none above it to go under, stays where it is.
fn nest_by_number(rows: Vec<Clause>) -> Vec<Clause> {
    let mut out: Vec<Clause> = Vec::new();
    for row in rows {
        let number = number_parts(row.number.as_deref());
        push_under_prefix(&mut out, row, &number);
    }
    out.iter_mut().for_each(recommend_under);
    out
}

/// The deepest a row is nested under others by its number (`1.1.1.1…` deeper stays flat).
const MAX_ROW_DEPTH: usize = 12;

/// Pushes `row` down the last rows of `siblings` while each one's number is a prefix of its
/// `number` (at most [`MAX_ROW_DEPTH`] levels down).
fn push_under_prefix(siblings: &mut Vec<Clause>, row: Clause, number: &[u16]) {
    let goes_under = number.len() <= MAX_ROW_DEPTH && siblings.last().is_some_and(|last| is_proper_prefix(&number_parts(last.number.as_deref()), number));
    match siblings.last_mut() {
        Some(last) if goes_under => push_under_prefix(&mut last.children, row, number),
        _ => siblings.push(row),
    }
}

/// The numbers of `4.1.` (`[4, 1]`), read by the table's row grammar; empty for a row with no
/// number or one not dotted.
fn number_parts(number: Option<&str>) -> Vec<u16> {
    let start = number.and_then(super::table::row_number);
    start.and_then(|s| s.number.dotted().map(<[u16]>::to_vec)).unwrap_or_default()
}

/// Whether `parent` is a proper prefix of `child` (`4` of `4.1`).
fn is_proper_prefix(parent: &[u16], child: &[u16]) -> bool {
    !parent.is_empty() && parent.len() < child.len() && child.starts_with(parent)
}

/// Where a heading's first words stand inside the table.
fn heading_span(src: &str, within: Span, title: &str) -> Option<Span> {
    let head = title.get(..crate::span::floor_char_boundary(title, HEADING_PROBE.min(title.len())))?;
    let table = src.get(within.range())?;
    let at = within.range().start + table.find(head).filter(|_| !head.is_empty())?;
    Some(Span::from_range(at..at + head.len()))
}

/// How many bytes of a heading are looked for in the table.
const HEADING_PROBE: usize = 40;

/// One decision: its text, who is responsible for it and by when.
fn row_clause(row: PlanRow) -> Clause {
    let modality = if is_note(&row.text) {
        Modality::Note
    } else if row.text.split(' ').next().is_some_and(|w| lexicon::is_recommend_verb(&lexicon::lower(w))) {
        Modality::Recommendation
    } else {
        Modality::Order
    };
    let assignees = if modality == Modality::Note { Vec::new() } else { row.responsible.iter().map(|r| assignee::from_nominative(r, row.span)).collect() };
    let mut clause = Clause { number: row.number, text: row.text, role: Role::Action, modality, assignees, deadline: row.deadline, children: Vec::new(), span: row.span };
    if clause.deadline.is_none() {
        read_addressees(&mut clause);
    }
    if clause.assignees.is_empty() && clause.modality != Modality::Note && clause.role == Role::Action {
        read_lead_addressees(&mut clause, false);
    }
    clause
}

#[cfg(test)]
mod tests {
    use crate::model::{Modality, Role};

    #[test]
    fn the_rows_of_a_table_of_decisions_are_clauses() {
        let src = "ПРОТОКОЛ\nсовещания\n\n04.02.2022\n\nРЕШЕНИЯ:\n\n\
                   № п/п\tРешение / поручение\tОтветственный исполнитель\tСрок исполнения\n\
                   1.\tИнформацию Гусева Д.А. принять к сведению.\t-\t-\n\
                   2.\tОрганизовать работу выездных бригад.\tБУЗОО «Тарская ЦРБ» (Волков С.Е.)\tдо 01.03.2022\n\n\
                   Председательствующий\t\t\tГ.В. Лаптева\n";
        let doc = crate::parse(src);
        let got: Vec<(Option<&str>, Modality, Vec<&str>)> =
            doc.clauses.iter().map(|c| (c.number.as_deref(), c.modality, c.assignees.iter().map(|a| a.text.as_str()).collect())).collect();
        assert_eq!(got, [(Some("1"), Modality::Note, vec![]), (Some("2"), Modality::Order, vec!["БУЗОО «Тарская ЦРБ»"])]);
        // The responsible's cell empty: the row names its addressees before its action.
        let src = src.replace("2.\tОрганизовать работу выездных бригад.\tБУЗОО «Тарская ЦРБ» (Волков С.Е.)", "2.\tРекомендовать БУЗОО «Тарская ЦРБ» (Волков С.Е.) организовать работу выездных бригад.\t");
        let doc = crate::parse(&src);
        let second = doc.clauses.get(1).map(|c| (c.modality, c.assignees.iter().map(|a| a.name.as_str()).collect::<Vec<_>>()));
        assert_eq!(second, Some((Modality::Recommendation, vec!["БУЗОО «Тарская ЦРБ»"])));
        let second = doc.clauses.get(1);
        assert_eq!(second.and_then(|c| c.assignees.first()).map(|a| a.persons.clone()), Some(vec!["Волков С.Е.".to_string()]));
        assert_eq!(second.and_then(|c| c.deadline.as_ref()).map(|d| d.text.as_str()), Some("до 01.03.2022"));
        assert!(doc.appendices.is_empty() && doc.clauses.iter().all(|c| c.role == Role::Action));
        assert_eq!(doc.signatures.len(), 1);
    }

    #[test]
    fn rows_numbered_under_a_row_are_its_children() {
        let src = "ПРОТОКОЛ\n\nПо итогам заседания:\n№ п/п\tПоручение\tОтветственный\tСрок исполнения\n\
                   3.\tОбеспечить участие в комиссии.\tЛукина М.С.\tдо 10.08.2023\n\
                   4.\tОбеспечить готовность пищеблоков:\tГорбунова Т.П., руководители ОО\t\n\
                   4.1.\tпровести проверку оборудования;\t\tдо 15.08.2023\n\
                   4.2.\tзаключить контракты.\t\tдо 20.08.2023\n\
                   5.\tОбеспечить выделение средств.\tУправление образования\tдо 25.08.2023\n\n\
                   Председатель рабочей группы\t\tН.В. Бардакова\n";
        let doc = crate::parse(src);
        let tree: Vec<(Option<&str>, Vec<Option<&str>>)> = doc.clauses.iter().map(|c| (c.number.as_deref(), c.children.iter().map(|k| k.number.as_deref()).collect())).collect();
        assert_eq!(tree, [(Some("3"), vec![]), (Some("4"), vec![Some("4.1"), Some("4.2")]), (Some("5"), vec![])]);
        assert_eq!(super::number_parts(Some("2.5.1")), [2, 5, 1]);
        assert!(super::number_parts(Some("а)")).is_empty());
    }

    #[test]
    fn a_table_of_members_in_the_operative_part_stays_a_table() {
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить состав комиссии:\n\n\
                   № п/п\tФамилия\tДолжность\n1.\tИванов И.И.\tдиректор\n\nДиректор\t\t\tА.В. Петров\n";
        let doc = crate::parse(src);
        assert_eq!(doc.clauses.len(), 1);
        assert_eq!(doc.appendices.len(), 1);
    }
}
