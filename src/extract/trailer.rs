//! What stands under the signatures — the executor (`Филиппенко Э.Р.`, `Исп. …`) and the
//! distribution list (`Рассылка: …`) — and the control clause (`Контроль исполнения … возложить
//! на …`, `… оставляю за собой`).

use crate::block::scan::find_persons;
use crate::block::{Block, LineKind};
use crate::model::{Clause, Control};
use crate::span::Span;
use crate::text::{clean, is_space};

/// The executor named under the signatures; a label alone on its line (`Исполнитель:`) names the
/// person on a line of its paragraph (under the position's lines, if any).
pub(crate) fn executor(src: &str, blocks: &[Block], trailer: &[usize]) -> Option<String> {
    let lines: Vec<&Block> = trailer.iter().filter_map(|&i| blocks.get(i)).collect();
    lines.iter().enumerate().find_map(|(k, b)| {
        let value = match b.kind {
            LineKind::Name(n) if n.role.is_none() => n.name.0,
            LineKind::Executor { value } | LineKind::Responsible { value } => value,
            _ => return None,
        };
        let text = src.get(value..b.line.content_end)?;
        if text.trim_matches(is_space).is_empty() {
            // The person on the lines of the label's paragraph, after the position's lines.
            let label_at = *trailer.get(k)?;
            let paragraph = trailer.iter().skip(k + 1).enumerate().take_while(|&(j, &i)| i == label_at + j + 1);
            return paragraph.filter_map(|(_, &i)| blocks.get(i)).find_map(|next| src.get(next.line.content_start..next.line.content_end).and_then(person_named));
        }
        person_named(text).or_else(|| Some(clean(before_phone(text.split([',', ';']).next().unwrap_or(text)))))
    })
}

/// `Гришина 21312`: an executor's surname without the phone after it.
fn before_phone(text: &str) -> &str {
    let at = text.find(|c: char| c.is_ascii_digit() || c == '+').unwrap_or(text.len());
    let (name, phone) = text.split_at(at);
    let name = name.trim_end_matches(is_space);
    let name = ["тел.", "Тел."].iter().find_map(|p| name.strip_suffix(p)).unwrap_or(name).trim_end_matches(is_space);
    if !name.is_empty() && crate::block::scan::is_phone_number(phone.trim_end_matches(is_space)) { name } else { text }
}

/// `Документ создан в электронной форме. № 3 от 23.09.2021. Исполнитель: Гуляева Л.А.`: the
/// executor an electronic records system's stamp names on the document's pages, for a document
/// with no executor's line of its own.
pub(crate) fn executor_in_stamps(src: &str, blocks: &[Block]) -> Option<String> {
    let stamps = blocks.iter().filter(|b| b.kind == LineKind::Editorial).map(|b| b.line.text(src));
    stamps.filter(|t| t.contains("в электронной форме")).find_map(|t| t.split_once("Исполнитель:").and_then(|(_, name)| person_named(name)))
}

/// The first person named in `text`, cleaned.
fn person_named(text: &str) -> Option<String> {
    find_persons(text).first().and_then(|&(s, e)| text.get(s..e)).map(clean)
}

/// The distribution list, split on commas and semicolons.
pub(crate) fn distribution(src: &str, blocks: &[Block], trailer: &[usize]) -> Vec<String> {
    let Some(label) = trailer.iter().position(|&i| blocks.get(i).is_some_and(|b| matches!(b.kind, LineKind::Distribution { .. }))) else {
        return Vec::new();
    };
    // Lines are items of their own unless a line wraps onto the next (see `wraps_onto`).
    let mut list = String::new();
    let mut previous: Option<usize> = None;
    for (k, &i) in trailer.iter().enumerate().skip(label) {
        let Some(b) = blocks.get(i) else { break };
        // The list ends at an empty line once it has items (the executor's name and phone may
        // follow after one).
        let after_gap = previous.is_some_and(|p| i > p + 1);
        if after_gap && list.chars().any(crate::text::is_alnum) {
            break;
        }
        previous = Some(i);
        let start = match b.kind {
            LineKind::Distribution { value } if k == label => value,
            // `Исп.: Клименко Т.Н., тел. 5-69-12` under the list is no addressee of it; nor are
            // the executor's name in full and phone with no label (`Ким Елена Сергеевна` /
            // `+7 (4242) 67-05-12`).
            LineKind::Distribution { .. } | LineKind::Executor { .. } | LineKind::Responsible { .. } => break,
            _ if k > label && (crate::block::scan::is_phone_line(b.line.text(src)) || names_in_full(b.line.text(src))) => break,
            _ => b.line.content_start,
        };
        if k > label {
            list.push(if crate::layout::wraps_onto(src, blocks, i) { ' ' } else { ';' });
        }
        list.push_str(src.get(start..b.line.content_end).unwrap_or(""));
    }
    list.split([',', ';'])
        .map(|item| clean(without_final_stop(item.trim_matches(is_space))))
        // A rule drawn under the list (`______`) names no one.
        .filter(|s| s.chars().any(crate::text::is_alnum))
        .collect()
}

/// `Ким Елена Сергеевна`: a person's surname, first name and patronymic in the nominative, alone
/// on a line, as an executor signs (a list's addressee stands in the dative).
fn names_in_full(text: &str) -> bool {
    let nominative = text.trim_end_matches(is_space).rsplit(is_space).next().is_some_and(|w| ["вич", "вна", "чна"].iter().any(|e| w.ends_with(e)));
    nominative && crate::block::scan::is_full_name(text.trim_matches(is_space))
}

/// An item of a list without the stop that ends the list, but with the dot of an initial or
/// an abbreviation (`Корниловой Е.В.`, `главам поселений - 10 экз.`).
fn without_final_stop(item: &str) -> &str {
    let Some(body) = item.strip_suffix('.') else { return item };
    let last_word = body.rsplit(|c: char| !crate::text::is_letter(c)).next().unwrap_or("");
    let initial = last_word.chars().count() == 1;
    let abbreviation = (2..=3).contains(&last_word.chars().count()) && last_word.chars().all(char::is_lowercase);
    if initial || abbreviation {
        item
    } else {
        body.trim_end_matches(is_space)
    }
}

/// The control clause: the last clause that puts control of execution on someone (see
/// [`control_of`]).
pub(crate) fn control(clauses: &[Clause]) -> Option<Control> {
    let mut found = None;
    visit(clauses, &mut |c| {
        if let Some(control) = control_of(&c.text, c.span) {
            found = Some(control);
        }
    });
    found
}

/// The control of an unnumbered paragraph at `start..end` of `src` (`Контроль за исполнением
/// настоящего решения возложить на …`), cleaned.
pub(crate) fn control_in(src: &str, start: usize, end: usize) -> Option<Control> {
    control_of(&clean(src.get(start..end)?), Span::from_range(start..end))
}

/// The control a text puts on someone: its persons are those it names (`возложить на
/// заместителя главы Петрова П.П.`); one that keeps control for the signer (`… оставляю за
/// собой`) names none.
fn control_of(text: &str, span: Span) -> Option<Control> {
    if !(text.contains("онтрол") || text.contains("ОНТРОЛ")) {
        return None;
    }
    let lower = crate::text::lower(text, true);
    if !lower.starts_with("контрол") && !lower.contains("контроль за исполнением") && !lower.contains("контроль исполнения") {
        return None;
    }
    // `возложить на`, and as a report tells it, `возложен на`, `возлагается на`.
    // `оставить за председателем коллегии`: control kept by a post, named or not.
    let laid_on = ["возложить на", "возлагаю на", "возложен на", "возложена на", "возложено на", "возлагается на", "оставить за ", "оставляю за ", "остается за "]
        .iter()
        .find_map(|w| lower.find(w).filter(|&at| !lower.get(at + w.len()..).is_some_and(|rest| rest.starts_with("собой"))));
    let persons: Vec<String> = if let Some(at) = laid_on {
        let tail = text.get(at..).unwrap_or("");
        find_persons(tail).into_iter().filter_map(|(a, b)| tail.get(a..b)).map(str::to_string).collect()
    } else if lower.contains("за собой") {
        Vec::new()
    } else {
        return None;
    };
    Some(Control { text: text.to_string(), persons, span })
}

/// Calls `f` on every clause, in document order.
pub(crate) fn visit<'a>(clauses: &'a [Clause], f: &mut impl FnMut(&'a Clause)) {
    let mut stack: Vec<std::slice::Iter<'a, Clause>> = vec![clauses.iter()];
    while let Some(top) = stack.last_mut() {
        match top.next() {
            Some(c) => {
                f(c);
                stack.push(c.children.iter());
            }
            None => {
                stack.pop();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{control_of, names_in_full};
    use crate::span::Span;

    #[test]
    fn control_kept_by_a_post_or_by_the_signer() {
        let span = Span::from_range(0..1);
        let kept = control_of("Контроль за исполнением решения коллегии оставить за председателем коллегии.", span);
        assert_eq!(kept.map(|c| c.persons), Some(Vec::new()));
        let named = control_of("Контроль исполнения приказа оставить за заместителем начальника Ивановым И.И.", span);
        assert_eq!(named.map(|c| c.persons), Some(vec!["Ивановым И.И.".to_string()]));
        assert_eq!(control_of("Контроль за исполнением приказа оставляю за собой.", span).map(|c| c.persons), Some(Vec::new()));
    }

    #[test]
    fn a_distribution_list_ends_above_the_executor_s_name_and_phone() {
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n\nМинистр\tИ.И. Иванов\n\nРассылка: ГБУ ДПО ИРОСО, ГБУ РЦОКО, МОУО (18)\nКим Елена Сергеевна\n+7 (4242) 67-05-12\n";
        let doc = crate::parse(src);
        assert_eq!(doc.distribution, ["ГБУ ДПО ИРОСО", "ГБУ РЦОКО", "МОУО (18)"]);
        assert_eq!(doc.executor.as_deref(), Some("Ким Елена Сергеевна"));
        assert!(crate::block::scan::is_phone_line("тел. 5-69-12") && !crate::block::scan::is_phone_line("в дело – 1 экз."));
        assert!(!names_in_full("Корниловой Елене Сергеевне"));
    }

    #[test]
    fn an_executor_with_no_label_signs_with_a_phone_after_the_name() {
        let cases = [
            ("Гаврилов С.А., 57-14-80", "Гаврилов С.А."),
            ("Боргоякова Елена Николаевна, 8 (3902) 29-54-17", "Боргоякова Елена Николаевна"),
            // A surname alone, and the phone a space after it.
            ("Гришина 21312", "Гришина"),
        ];
        for (line, name) in cases {
            let doc = crate::parse(&format!("ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n\nГлава\t\tИ.И. Иванов\n\n{line}\nРазослать: в дело, УК, ТСЖ\n"));
            assert_eq!((doc.executor.as_deref(), doc.distribution.len(), doc.appendices.len()), (Some(name), 3, 0), "{line}");
        }
    }

    #[test]
    fn a_distribution_list_wraps_onto_lines_after_its_label() {
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n\nМинистр\tИ.И. Иванов\n\n\
                   Рассылка: дело, Департамент финансов\nобласти, Комитет по печати,\nУправление делами.\n";
        let doc = crate::parse(src);
        assert_eq!(doc.distribution, ["дело", "Департамент финансов области", "Комитет по печати", "Управление делами"]);
        assert!(doc.appendices.is_empty());
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n\nМинистр\tИ.И. Иванов\n\nРассылка:\nдело\nДепартамент финансов\n";
        assert_eq!(crate::parse(src).distribution, ["дело", "Департамент финансов"]);
        // The executor under the list is none of it.
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n\nМинистр\tИ.И. Иванов\n\nРазослать: членам комиссии, в дело.\n\nИсп.: Клименко Т.Н., тел. 5-69-12\n";
        let doc = crate::parse(src);
        assert_eq!((doc.distribution.as_slice(), doc.executor.as_deref()), (["членам комиссии".to_string(), "в дело".to_string()].as_slice(), Some("Клименко Т.Н.")));
        // A count after a dash may open the next line; a rule under the list names no one.
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n\nМинистр\tИ.И. Иванов\n\n\
                   Рассылка: в дело – 1 экз., отдел по культуре\n– 1 экз., финансовое управление – 1 экз.\n______\n";
        let doc = crate::parse(src);
        assert_eq!(doc.distribution, ["в дело – 1 экз.", "отдел по культуре – 1 экз.", "финансовое управление – 1 экз."]);
        assert!(doc.appendices.is_empty());
        // The list ends at an empty line; a name and a phone after it are the executor's.
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n\nМинистр\tИ.И. Иванов\n\nРазослать: в дело, отдел воспитания\n\nПестова Наталья Геннадьевна\n(8332) 27-27-34, доб. 3417\n";
        assert_eq!(crate::parse(src).distribution, ["в дело", "отдел воспитания"]);
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n\nМинистр\tИ.И. Иванов\n\nРассылка: в дело, МАУ «ЦРО»\n\nИсполнитель:\nНечаева Татьяна Николаевна,\nглавный специалист отдела,\nтел. (3466) 43-76-24\n";
        let doc = crate::parse(src);
        assert_eq!((doc.distribution.as_slice(), doc.executor.as_deref()), (["в дело".to_string(), "МАУ «ЦРО»".to_string()].as_slice(), Some("Нечаева Татьяна Николаевна")));
        assert!(doc.appendices.is_empty());
        // The position first, wrapped with a capital, then the name and phone; the list after.
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n\nГубернатор\tР.Н. Кузнецова\n\nИсполнитель:\nконсультант отдела протокола Аппарата Губернатора\n\
                   Ханты-Мансийского автономного округа – Югры\nМиронова Елена Александровна, тел. 8 (3467) 35-24-80\n\nРассылка: Шипилову А.Д., в дело.\n";
        let doc = crate::parse(src);
        assert_eq!((doc.executor.as_deref(), doc.distribution.len(), doc.appendices.len()), (Some("Миронова Елена Александровна"), 2, 0));
        // A quoted name wraps onto the next line.
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n\nМинистр\tИ.И. Иванов\n\nРазослать: в дело, ГБУЗ НСО\n«РЦОЗиМП», главным врачам.\n";
        let doc = crate::parse(src);
        assert_eq!(doc.distribution, ["в дело", "ГБУЗ НСО «РЦОЗиМП»", "главным врачам"]);
        assert!(doc.appendices.is_empty());
        // The dots of initials stay; the stop that ends the list goes.
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n\nМинистр\tИ.И. Иванов\n\nРассылка: Корниловой Е.В., Мухину П.С., в дело.\n";
        assert_eq!(crate::parse(src).distribution, ["Корниловой Е.В.", "Мухину П.С.", "в дело"]);
    }

    #[test]
    fn an_unnumbered_control_paragraph_ends_the_last_clause() {
        let src = "РЕШЕНИЕ КОЛЛЕГИИ\n\nКОЛЛЕГИЯ РЕШИЛА:\n1. Принять к сведению.\n2. Представить отчет в срок до 1 октября 2023 г.\n\n\
                   Контроль за исполнением настоящего решения возложить на заместителя\nминистра Т.В. Никифорову.\n\nМинистр\tА.А. Самсонов\n";
        let doc = crate::parse(src);
        assert_eq!(doc.clauses.len(), 2);
        assert_eq!(doc.clauses.last().map(|c| c.text.as_str()), Some("Представить отчет в срок до 1 октября 2023 г."));
        let control = doc.control.expect("control");
        assert_eq!(control.text, "Контроль за исполнением настоящего решения возложить на заместителя министра Т.В. Никифорову.");
        assert_eq!(control.persons, ["Т.В. Никифорову"]);
        assert_eq!(src.get(control.span.start as usize..control.span.end as usize).map(|t| t.ends_with("Никифорову.")), Some(true));
        // Without a blank line, after a sentence's stop, too; a numbered one stays a clause.
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\nКонтроль исполнения оставляю за собой.\n\nДиректор\tИ.И. Иванов\n";
        let doc = crate::parse(src);
        assert_eq!((doc.clauses.len(), doc.control.map(|c| c.persons.len())), (1, Some(0)));
    }

    #[test]
    fn an_electronic_records_stamp_names_the_executor_the_foot_does_not() {
        let stamp = "Документ создан в электронной форме. № 3 от 23.09.2021. Исполнитель: Гуляева Л.А.";
        let src = format!("ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n{stamp}\nСтраница 1 из 2. Страница создана: 23.09.2021 10:11\n\nМинистр\t\tИ.И. Иванов\n");
        assert_eq!(crate::parse(&src).executor.as_deref(), Some("Гуляева Л.А."));
        let own = format!("{src}\nИсп. Петрова А.А.\n");
        assert_eq!(crate::parse(&own).executor.as_deref(), Some("Петрова А.А."));
    }

    #[test]
    fn an_executor_set_apart_under_a_list_with_no_signature_ends_it() {
        // (`Исполнитель: …` with its colon under a clause is one more of its assignees.)
        for label in ["Исп.", "Исполнитель"] {
            let src = format!("ПЕРЕЧЕНЬ ПОРУЧЕНИЙ\n\n1. Обеспечить ремонт школ.\nСрок – до 20 августа 2024 г.\n\n\
                               2. Контроль возложить на заместителя Губернатора Белоусову О.В.\n\n\n{label} Тарасенко Е.М.\n(4712) 70-25-14\n");
            let doc = crate::parse(&src);
            assert_eq!(doc.executor.as_deref(), Some("Тарасенко Е.М."), "{label}");
            assert_eq!(doc.clauses.last().map(|c| c.text.as_str()), Some("Контроль возложить на заместителя Губернатора Белоусову О.В."));
        }
    }

    #[test]
    fn control_names_the_persons_its_text_names() {
        let persons = |src: &str| crate::parse(src).control.map(|c| c.persons);
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n2. Контроль за исполнением приказа возложить на заместителя главы Петрова П.П.\n\nГлава\tИ.И. Иванов\n";
        assert_eq!(persons(src), Some(vec!["Петрова П.П.".to_string()]));
        // Control the signer keeps names no one.
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n2. Контроль за исполнением приказа оставляю за собой.\n\nГлава\tИ.И. Иванов\n";
        assert_eq!(persons(src), Some(Vec::new()));
        // As a news item reports it, closing the list it quotes; a byline in italics after it.
        let src = "Новости\n\nИтоги собеседования\n\nПо итогам совещания даны поручения:\n1. Провести анализ результатов.\n\n\
                   Контроль за исполнением решений возложен на заместителя министра Е.А. Лебедеву.\n\n*Пресс-служба министерства*\n";
        let doc = crate::parse(src);
        assert_eq!(doc.control.map(|c| c.persons), Some(vec!["Е.А. Лебедеву".to_string()]));
        assert_eq!(doc.clauses.last().map(|c| c.text.as_str()), Some("Провести анализ результатов."));
    }
}
