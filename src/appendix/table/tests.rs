//! One synthetic table per layout and breakage, with the rows expected from it.

use super::*;
use crate::block::classify;
use crate::date::Date;
use crate::lex::lines;

/// `number | text | deadline | responsible | result` per row, `## N title` per section.
fn rows(src: &str) -> (Vec<String>, Vec<Diagnostic>) {
    let blocks = classify(src, &lines(src));
    let ctx = YearContext { academic_year: Some(2020), document: Date::new(2020, 10, 20), ..YearContext::default() };
    let mut diags = Vec::new();
    let Some(layout) = grid::detect(src, &blocks) else { return (Vec::new(), diags) };
    let sections = read(src, &blocks, layout, &ctx, &mut diags).unwrap_or_default();
    let mut out = Vec::new();
    for s in sections {
        if !s.title.is_empty() {
            out.push(format!("## {} {}", s.number.unwrap_or_default(), s.title));
        }
        for r in s.rows {
            let d = r.deadline.map(|d| format!("{:?} {}..{}", d.kind, d.start.map(|x| x.to_string()).unwrap_or_default(), d.end.map(|x| x.to_string()).unwrap_or_default())).unwrap_or_else(|| "-".into());
            out.push(format!("{} | {} | {} | {} | {}", r.number.unwrap_or_default(), r.text, d, r.responsible.join(", "), r.result.unwrap_or_default()));
        }
    }
    (out, diags)
}

#[test]
fn tabs_with_header_and_sections() {
    let src = "№\tМероприятие\tСрок\tОтветственный\tРезультат\n\
               1. Анализ результатов ГИА в 2020 году\t\t\t\t\n\
               1.1.\tСтатистический анализ\tавгуст - сентябрь\tООО\tСправка\n\
               1.2.\tПредставление итогов\tоктябрь\tИМО, ООО\t\n\
               2. Подготовка к ГИА\t\t\t\t\n\
               2.1.\tТренировочные экзамены\tфевраль-апрель\tруководители ОО\tПротокол\n";
    let (rows, _) = rows(src);
    insta::assert_snapshot!(rows.join("\n"), @r"
    ## 1 Анализ результатов ГИА в 2020 году
    1.1 | Статистический анализ | Period 2020-08-01..2020-09-30 | ООО | Справка
    1.2 | Представление итогов | Period 2020-10-01..2020-10-31 | ИМО, ООО | 
    ## 2 Подготовка к ГИА
    2.1 | Тренировочные экзамены | Period 2021-02-01..2021-04-30 | руководители ОО | Протокол
    ");
}

#[test]
fn a_term_and_who_does_it_make_a_plan_whatever_the_first_column_is_called() {
    let src = "№ п/п\tВид тренировки\tДата проведения\tОтветственный\n1.\tЭвакуация при пожаре\tсентябрь\tКузнецов П.А.\n2.\tДействия при угрозе\tноябрь\tКузнецов П.А.\n";
    let (got, _) = rows(src);
    assert_eq!(got, ["1 | Эвакуация при пожаре | Period 2020-09-01..2020-09-30 | Кузнецов П.А. | ", "2 | Действия при угрозе | Period 2020-11-01..2020-11-30 | Кузнецов П.А. | "]);
    // Neither a term nor who does it: no plan.
    let src = "№ п/п\tВид спорта\tКлассы\n1.\tКросс\t5-11\n2.\tЛыжи\t7-9\n";
    assert!(rows(src).0.is_empty());
}

#[test]
fn pipes_with_rules_and_responsible_before_term() {
    let src = "+-----+----------------+---------------+---------+\n\
               | №   | Мероприятие    | Ответственный | Срок    |\n\
               +-----+----------------+---------------+---------+\n\
               | 1.  | Совещание      | ИМО           | ноябрь  |\n\
               | 2.  | Семинар        | ООО           | декабрь |\n\
               +-----+----------------+---------------+---------+\n";
    let (rows, _) = rows(src);
    assert_eq!(rows, ["1 | Совещание | Period 2020-11-01..2020-11-30 | ИМО | ", "2 | Семинар | Period 2020-12-01..2020-12-31 | ООО | "]);
}

#[test]
fn pipes_without_a_left_border_keep_the_empty_first_cell_of_wrapped_lines() {
    let src = " N   | Наименование мероприятий   | Срок          | Ответственные\n\
               -----+----------------------------+---------------+--------------\n\
               1.1 | Ремонт мягкой кровли по     | до 15.08.2020 | МУП \"ЖЭУ-1\",\n\
               \x20    | ул. Ленина, 12              |               | МУП \"ЖЭУ-2\"\n\
               -----+----------------------------+---------------+--------------\n\
               1.2 | Утепление перекрытий        | август        | ТСЖ \"Северный\"\n";
    let (rows, _) = rows(src);
    assert_eq!(rows, ["1.1 | Ремонт мягкой кровли по ул. Ленина, 12 | By ..2020-08-15 | МУП \"ЖЭУ-1\", МУП \"ЖЭУ-2\" | ", "1.2 | Утепление перекрытий | Period 2021-08-01..2021-08-31 | ТСЖ \"Северный\" | "]);
}

#[test]
fn pipes_one_cell_per_line() {
    let src = "1.1.|\nСтатистический анализ\nрезультатов ГИА|\nавгуст|\nООО|\n1.2.|\nПредставление итогов|\nоктябрь|\nИМО|\n";
    let (rows, _) = rows(src);
    assert_eq!(rows, ["1.1 | Статистический анализ результатов ГИА | Period 2021-08-01..2021-08-31 | ООО | ", "1.2 | Представление итогов | Period 2020-10-01..2020-10-31 | ИМО | "]);
}

#[test]
fn space_aligned_with_wrapped_text() {
    let src = "№     Мероприятие                   Срок           Ответственный\n\
               1.1   Анализ результатов            сентябрь       ООО\n\
               \x20     ГИА 2020 года\n\
               1.2   Отчет о результатах           в течение года  ИМО, ООО\n";
    let (rows, _) = rows(src);
    assert_eq!(rows, ["1.1 | Анализ результатов ГИА 2020 года | Period 2020-09-01..2020-09-30 | ООО | ", "1.2 | Отчет о результатах | Period 2020-09-01..2021-08-31 | ИМО, ООО | "]);
}

#[test]
fn a_wrapped_line_opening_with_a_capital_completes_the_day_above() {
    let src = "№     Мероприятие                        Срок           Ответственный\n\
               9.    Работа клубов общения              в течение      отдел по культуре\n\
               \x20     для инвалидов                      года\n\
               10.   Проведение мероприятий,            ежегодно, 3    отдел социальной\n\
               \x20     Международному дню инвалидов       декабря        политики\n";
    let (rows, _) = rows(src);
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(rows.get(1).is_some_and(|r| r.starts_with("10 | Проведение мероприятий, Международному дню инвалидов | Recurring")), "{rows:?}");
}

#[test]
fn roman_sections() {
    let src = "I. Организационные мероприятия\t\t\t\n1.\tСовещание\tсентябрь\tООО\n2.\tСеминар\tоктябрь\tИМО\nII. Контроль\t\t\t\n3.\tМониторинг\tмай\tООО\n";
    let (rows, _) = rows(src);
    assert_eq!(rows, [
        "## I Организационные мероприятия",
        "1 | Совещание | Period 2020-09-01..2020-09-30 | ООО | ",
        "2 | Семинар | Period 2020-10-01..2020-10-31 | ИМО | ",
        "## II Контроль",
        "3 | Мониторинг | Period 2021-05-01..2021-05-31 | ООО | ",
    ]);
}

#[test]
fn wrapped_cells_join_their_row() {
    let src = "1.1.\tОрганизация участия в акции «ЕГЭ для\tапрель\t000,\t\n\n\tвсех»\t\tруководители ОО\t\n\
               1.2.\tКонтроль готовности систем\tдекабрь-июнь\tкоординатор ГИА, ответственный за установку\n\n\t\t\t\tсистем видеонаблюдения\t\n";
    let (rows, diags) = rows(src);
    assert_eq!(rows, [
        "1.1 | Организация участия в акции «ЕГЭ для всех» | Period 2021-04-01..2021-04-30 | ООО, руководители ОО | ",
        "1.2 | Контроль готовности систем | Period 2020-12-01..2021-06-30 | координатор ГИА, ответственный за установку систем видеонаблюдения | ",
    ]);
    assert!(diags.iter().any(|d| d.code == Code::TextOcrDigit));
}

#[test]
fn shared_result_cell_joins_the_row_above() {
    let src = "1.1.\tАнализ\tмай\tООО\n\nОбеспечение соблюдения Порядка проведения ГИА.\n\n1.2.\tОтчет\tиюнь\tИМО\n";
    let (rows, _) = rows(src);
    assert_eq!(rows, ["1.1 | Анализ | Period 2021-05-01..2021-05-31 | ООО | Обеспечение соблюдения Порядка проведения ГИА.", "1.2 | Отчет | Period 2021-06-01..2021-06-30 | ИМО | "]);
}

#[test]
fn html_remnants_become_text() {
    let src = "1.1.\t<p>Организация заседаний:</p> <ul style=\"list-style-type: none\"> <li>1) Анализ ЕГЭ;</li>\tсентябрь-октябрь январь-апрель\tИМО\t<p>Повышение уровня</p>\n1.2.\tОтчет\tмай\tООО\t\n";
    let (rows, _) = rows(src);
    assert_eq!(rows.first().map(String::as_str), Some("1.1 | Организация заседаний: 1) Анализ ЕГЭ; | Dates 2020-09-01..2021-04-30 | ИМО | Повышение уровня"));
}

#[test]
fn rows_without_numbers_and_displaced_numbers() {
    let src = "8. Ведение РИС\t\t\t\t\n\tВнесение сведений в РИС\tноябрь-май\tООО, руководители ООО\t- Обеспечение\n8.1.\t\t\t\t\n8.2.\tВзаимодействие с РЦОИ\tв течение года\tООО\t\n\tКонсультации\tпо мере необходимости\tИМО\t\n";
    let (rows, _) = rows(src);
    assert_eq!(rows, [
        "## 8 Ведение РИС",
        "8.1 | Внесение сведений в РИС | Period 2020-11-01..2021-05-31 | ООО, руководители ООО | Обеспечение",
        "8.2 | Взаимодействие с РЦОИ | Period 2020-09-01..2021-08-31 | ООО | ",
        " | Консультации | Event .. | ИМО | ",
    ]);
}

#[test]
fn displaced_term_goes_to_the_row_lacking_one() {
    let src = "2.9.\tСопровождение методических служб и школьных\tв течение года\tИМО\t\n\nметодических объединений\t\t\t\t\t\n\t\tв течение года\t\tИМО\t\n2.10.\tОбмен опытом\t\t\tИМО\t\n";
    let (rows, _) = rows(src);
    assert_eq!(rows, [
        "2.9 | Сопровождение методических служб и школьных методических объединений | Period 2020-09-01..2021-08-31 | ИМО | ",
        "2.10 | Обмен опытом | Period 2020-09-01..2021-08-31 | ИМО | ",
    ]);
}

#[test]
fn heading_year_places_months() {
    let src = "1. Подведение итогов ГИА в 2021 году\t\t\t\n1.1.\tСтатистический анализ\tиюль-август\tООО\n1.2.\tОтчет\tсентябрь-октябрь\tИМО\n";
    let (rows, _) = rows(src);
    assert_eq!(rows.get(1).map(String::as_str), Some("1.1 | Статистический анализ | Period 2021-07-01..2021-08-31 | ООО | "));
    assert_eq!(rows.get(2).map(String::as_str), Some("1.2 | Отчет | Period 2021-09-01..2021-10-31 | ИМО | "));
}

#[test]
fn unplaced_cells_are_reported() {
    let src = "\tпродолжение без строки\t\t\n1.1.\tАнализ\tмай\tООО\n1.2.\tОтчет\tиюнь\tИМО\n";
    let (rows, diags) = rows(src);
    assert_eq!(rows.len(), 2);
    let unplaced: Vec<&str> = diags.iter().filter(|d| d.code == Code::TableUnplacedCell).map(|d| d.message.as_str()).collect();
    assert_eq!(unplaced, ["no row to place the cells «продолжение без строки» in; kept here"]);
}

#[test]
fn a_ditto_mark_repeats_the_cell_above() {
    let src = "№\tМероприятие\tОтветственный\tСрок\n\
               1.\tОрганизовать подвоз\tБирюков Д.А.\tдо 01.05.2020\n\
               2.\tСогласовать маршруты\t-//-\t-//-\n\
               3.\tПровести собрания\tРуководители ОО\tдо 30.04.2020\n";
    let (rows, _) = rows(src);
    insta::assert_snapshot!(rows.join("\n"), @r"
    1 | Организовать подвоз | By ..2020-05-01 | Бирюков Д.А. | 
    2 | Согласовать маршруты | By ..2020-05-01 | Бирюков Д.А. | 
    3 | Провести собрания | By ..2020-04-30 | Руководители ОО | 
    ");
}

#[test]
fn responsible_names_split_where_a_name_starts() {
    let cases: &[(&str, &[&str])] = &[
        ("ООО, ИМО", &["ООО", "ИМО"]),
        ("Отдел строительства, ЖКХ, транспорта и связи", &["Отдел строительства, ЖКХ, транспорта и связи"]),
        ("Комитет по культуре, спорту и молодежной политике; ИМО", &["Комитет по культуре, спорту и молодежной политике", "ИМО"]),
        ("муниципальный координатор ГИА, ответственный за установку", &["муниципальный координатор ГИА", "ответственный за установку"]),
        ("Управление образования, руководители ОО, школы района", &["Управление образования", "руководители ОО", "школы района"]),
        ("ЖКХ, ГО", &["ЖКХ", "ГО"]),
        (", образования, ", &["образования"]),
        // A participle after the comma goes on naming the body before it.
        ("Главные врачи медицинских организаций, оказывающих первичную медико-санитарную помощь", &["Главные врачи медицинских организаций, оказывающих первичную медико-санитарную помощь"]),
        ("Органы местного самоуправления, осуществляющие управление в сфере образования (по согласованию)", &["Органы местного самоуправления, осуществляющие управление в сфере образования (по согласованию)"]),
        ("Смирнова О.В., аттестуемые педагоги", &["Смирнова О.В.", "аттестуемые педагоги"]),
        // So does a relative clause.
        ("Руководители ОО, на базе которых организованы ППЭ", &["Руководители ОО, на базе которых организованы ППЭ"]),
        // No split inside brackets or quotes, a closing quote closing nested ones.
        ("Министерство (Рудакова Н.В., Шестакова Е.П.), ИРО", &["Министерство (Рудакова Н.В., Шестакова Е.П.)", "ИРО"]),
        ("МБУ «Молодежный центр «Самолет», КДН и ЗП", &["МБУ «Молодежный центр «Самолет»", "КДН и ЗП"]),
    ];
    for (cell, want) in cases {
        assert_eq!(responsible_names(cell), *want, "{cell}");
    }
}

#[test]
fn bare_integers_in_the_number_column_number_the_rows() {
    // The first row names a header word (`результатов`) but holds a row number: it is data.
    let src = "№ п/п\tМероприятие\tСрок\tОтветственный\n\
               1\tАнализ результатов наблюдения\tдо 1 мая 2021 г.\tСоловьева И.Н.\n\
               2\tЗаседание комиссии\tежеквартально\tОрлов Д.С.\n";
    let (rows, _) = rows(src);
    assert_eq!(rows, ["1 | Анализ результатов наблюдения | By ..2021-05-01 | Соловьева И.Н. | ", "2 | Заседание комиссии | Recurring .. | Орлов Д.С. | "]);
    let src = "| № п/п | Мероприятие | Срок | Ответственный |\n| 1 | Заключение соглашений | до 1 февраля 2021 г. | Жукова Т.П. |\n";
    assert_eq!(rows_numbers(src), ["1"]);
}

/// The row numbers of a table.
fn rows_numbers(src: &str) -> Vec<String> {
    rows(src).0.iter().map(|r| r.split(" | ").next().unwrap_or("").to_string()).collect()
}

#[test]
fn a_header_repeated_on_a_new_page_and_page_numbers_are_no_rows() {
    let src = "№ п/п\tМероприятие\tСрок\tОтветственный\n1\t2\t3\t4\n\
               1.1.\tСовещание\tноябрь\tИМО\n\
               \t\t\t\t\t\t\t\t\t                    3\n\
               № п/п\tМероприятие\tСрок\tОтветственный\n1\t2\t3\t4\n\
               1.2.\tСеминар\tдекабрь\tООО\n";
    let (rows, _) = rows(src);
    assert_eq!(rows, ["1.1 | Совещание | Period 2020-11-01..2020-11-30 | ИМО | ", "1.2 | Семинар | Period 2020-12-01..2020-12-31 | ООО | "]);
}

#[test]
fn box_drawn_table_with_sections_and_an_editorial_note() {
    let src = "┌────┬──────────────┬───────────────┬──────────────┐\n\
               │ N  │ Наименование │Срок реализации│Ответственные │\n\
               │п/п │ мероприятия  │               │ исполнители  │\n\
               ├────┼──────────────┼───────────────┼──────────────┤\n\
               │ 1  │      2       │       3       │      4       │\n\
               ├────┴──────────────┴───────────────┴──────────────┤\n\
               │I. Меры по поддержке занятости на рынках          │\n\
               │                    труда                         │\n\
               ├────┬──────────────┬───────────────┬──────────────┤\n\
               │1.  │Подготовка    │ежеквартально, │Министерство  │\n\
               │    │Доклада       │до 25-го числа │финансов      │\n\
               ├────┴──────────────┴───────────────┴──────────────┤\n\
               │(п. 1 в ред. распоряжения от 12.05.2022 N 410-рп) │\n\
               ├────┬──────────────┬───────────────┬──────────────┤\n\
               │2.  │Мониторинг    │еженедельно    │ИМО           │\n\
               └────┴──────────────┴───────────────┴──────────────┘\n";
    let (rows, diags) = rows(src);
    insta::assert_snapshot!(rows.join("\n"), @r"
    ## I Меры по поддержке занятости на рынках труда
    1 | Подготовка Доклада | Recurring .. | Министерство финансов | 
    2 | Мониторинг | Recurring .. | ИМО | 
    ");
    let codes: Vec<&str> = diags.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(codes, ["text.editorial_note"]);
}

#[test]
fn a_lone_numbered_line_spanning_the_table_heads_a_section() {
    // Without tabs (a merged cell saved as text) and in Markdown bold, the heading is the
    // section's, not text of the row above.
    let src = "№\tМероприятие\tСрок\tОтветственный\n\
               I. Организационные меры\n\
               1.\tСовещание\tсентябрь\tООО\n\
               II. Контроль\n\
               2.\tМониторинг\tмай\tИМО\n";
    assert_eq!(rows(src).0, [
        "## I Организационные меры",
        "1 | Совещание | Period 2020-09-01..2020-09-30 | ООО | ",
        "## II Контроль",
        "2 | Мониторинг | Period 2021-05-01..2021-05-31 | ИМО | ",
    ]);
    let src = "| № п/п | Мероприятие | Срок | Ответственный |\n|---|---|---|---|\n\
               | **1. Организационные мероприятия** | | | |\n\
               | 1.1 | Совещание | сентябрь | ООО |\n\
               | **2. Профилактика** | | | |\n\
               | 2.1 | Мониторинг | май | ИМО |\n";
    assert_eq!(rows(src).0, [
        "## 1 Организационные мероприятия",
        "1.1 | Совещание | Period 2020-09-01..2020-09-30 | ООО | ",
        "## 2 Профилактика",
        "2.1 | Мониторинг | Period 2021-05-01..2021-05-31 | ИМО | ",
    ]);
}

#[test]
fn html_line_breaks_part_responsible_bodies() {
    let src = "| № | Мероприятие | Срок | Ответственный |\n|---|---|---|---|\n\
               | 1.4 | Аудит | май | ГБУЗ «Больница им. В.А. Баранова»<br>ГБУЗ «Поликлиника № 4» |\n\
               | 1.5 | Отчет | июнь | ИМО |\n";
    assert_eq!(rows(src).0, [
        "1.4 | Аудит | Period 2021-05-01..2021-05-31 | ГБУЗ «Больница им. В.А. Баранова», ГБУЗ «Поликлиника № 4» | ",
        "1.5 | Отчет | Period 2021-06-01..2021-06-30 | ИМО | ",
    ]);
}

#[test]
fn a_word_broken_at_a_cell_s_line_end_is_joined() {
    let src = "| № | Мероприятие | Срок |\n|---|---|---|\n| 1. | Мониторинг финансово- | май |\n|  | экономического положения | |\n";
    assert_eq!(rows(src).0, ["1 | Мониторинг финансово-экономического положения | Period 2021-05-01..2021-05-31 |  | "]);
}

#[test]
fn a_cell_left_open_with_a_comma_or_hyphen_goes_on_in_the_next_line() {
    // The second line has a capital and a term of its own, yet the row above left its term
    // and its activity open.
    let src = "| № | Мероприятие | Срок | Ответственный |\n|---|---|---|---|\n\
               | 1. | Мониторинг финансово- | ежеквартально, | Министерство |\n\
               |    | Экономического положения | до 25-го числа месяца | экономики |\n\
               | 2. | Доклад | май | ИМО |\n";
    insta::assert_snapshot!(rows(src).0.join("\n"), @r"
    1 | Мониторинг финансово-Экономического положения | Recurring .. | Министерство экономики | 
    2 | Доклад | Period 2021-05-01..2021-05-31 | ИМО | 
    ");
}

#[test]
fn repealed_rows_and_amended_cells() {
    let src = "№\tМероприятие\tСрок\tОтветственный\n\
               3\tПроведение семинаров\tдо 1 марта 2021 г.\tОтдел образования\n\
               4\tУтратил силу. - Приказ от 17.05.2022 N 198-од\t\t\n\
               5\tОтчет о работе\tдо 30 апреля 2024 г. (в ред. пост. от 26.12.2023 № 1655)\tОтдел образования\n";
    let (rows, _) = rows(src);
    insta::assert_snapshot!(rows.join("\n"), @r"
    3 | Проведение семинаров | By ..2021-03-01 | Отдел образования | 
    4 | Утратил силу. - Приказ от 17.05.2022 N 198-од | - |  | 
    5 | Отчет о работе | By ..2024-04-30 | Отдел образования |
    ");
}

#[test]
fn the_header_names_a_responsible_column_of_long_cells() {
    let src = "№ п/п\tНаименование мероприятия\tСрок исполнения\tОтветственный исполнитель\tОжидаемый результат\n\
               1.\tПроведение мероприятия\tдо 01.03.2021\tотдел ЖКХ, отдел культуры, отдел образования, отдел спорта, отдел по работе со СМИ\tОтчет\n";
    let (rows, _) = rows(src);
    insta::assert_snapshot!(rows.join("\n"), @"1 | Проведение мероприятия | By ..2021-03-01 | отдел ЖКХ, отдел культуры, отдел образования, отдел спорта, отдел по работе со СМИ | Отчет");
}

#[test]
fn a_stacked_schedule_of_a_contest() {
    let src = "№ п/п\nКонкурсное испытание\nДата проведения\nМесто проведения\n1.\nЗаочный тур: «Методическое эссе»\n12–16 февраля 2024 г.\nМКУ «ИМЦ»\n\
               2.\nОчный тур: «Урок»\n26–28 февраля 2024 г.\nМБОУ СОШ № 1\n";
    let (rows, _) = rows(src);
    insta::assert_snapshot!(rows.join("\n"), @r"
    1 | Заочный тур: «Методическое эссе» | Period 2024-02-12..2024-02-16 |  | МКУ «ИМЦ»
    2 | Очный тур: «Урок» | Period 2024-02-26..2024-02-28 |  | МБОУ СОШ № 1
    ");
}

#[test]
fn a_schedule_s_classes_and_form_are_no_responsible() {
    let src = "№ п/п\tПредмет\tДата проведения\tКлассы\tФорма проведения\n\
               1.\tЭкономика\t18.09.2023\t5-11\tочно\n2.\tИнформатика\t17.10.2023\t5-11\tна платформе «Сириус.Курсы»\n";
    let (rows, _) = rows(src);
    assert!(rows.iter().all(|r| r.split(" | ").nth(3) == Some("")), "{rows:?}");
}

#[test]
fn a_thematic_break_ends_a_markdown_table() {
    let src = "| № п/п | Направление проверки | Срок | Ответственный |\n|---|---|---|---|\n\
               | 6 | Анализ обращений граждан | IV квартал | Лысенко О.В. |\n\n---\n\n**Лист ознакомления**\n\n\
               | Ф.И.О. | Должность | Подпись | Дата |\n|---|---|---|---|\n| Гарипов Р.Р. | заместитель | | |\n";
    let (rows, _) = rows(src);
    insta::assert_snapshot!(rows.join("\n"), @"6 | Анализ обращений граждан | Period 2020-10-01..2020-12-31 | Лысенко О.В. |");
}


#[test]
fn a_unit_after_a_comma_is_a_responsible_of_its_own() {
    assert_eq!(responsible_names("ОМСиК, правовой отдел"), ["ОМСиК", "правовой отдел"]);
    assert_eq!(responsible_names("департамент по спорту, управы административных округов"), ["департамент по спорту", "управы административных округов"]);
    assert_eq!(responsible_names("Отдел экономики, транспорта и связи"), ["Отдел экономики, транспорта и связи"]);
    assert_eq!(crate::extract::assignee::nominative_name_of_cell("правовой отдел"), "Правовой отдел");
    assert_eq!(crate::extract::assignee::nominative_name_of_cell("старшим воспитателям"), "Старшие воспитатели");
}

/// A schedule as `pdftotext -layout` prints it: its header's first line of two words, periods
/// centred over the rows as sections, a year completing the term above.
#[test]
fn a_printed_schedule_with_centred_periods() {
    let src = "  №                                              Срок\n\
               \x20п/п    Наименование медицинской организации   проведения\n\
               \x20                    I квартал 2023 года\n\
               \x201.     КОГБУЗ «Слободская центральная        с 16.01.2023 по\n\
               \x20       районная больница»                    27.01.2023\n\
               \x202.     КОГБУЗ «Кирово-Чепецкая ЦРБ»          до 1 декабря\n\
               \x20       Омутнинского района                   2023 г.\n\
               \x20                    II квартал 2023 года\n\
               \x203.     КОГБУЗ «Советская ЦРБ»                апрель\n";
    let blocks = classify(src, &lines(src));
    let start = blocks.iter().position(|b| b.line.text(src).starts_with("п/п")).unwrap_or(0);
    let header_start = crate::appendix::aligned_header_start(src, &blocks, (start, grid::Layout::Aligned));
    assert_eq!(header_start, 0);
    let (got, _) = rows(src);
    assert_eq!(got, [
        "##  I квартал 2023 года",
        "1 | КОГБУЗ «Слободская центральная районная больница» | Period 2023-01-16..2023-01-27 |  | ",
        "2 | КОГБУЗ «Кирово-Чепецкая ЦРБ» Омутнинского района | By ..2023-12-01 |  | ",
        "##  II квартал 2023 года",
        "3 | КОГБУЗ «Советская ЦРБ» | Period 2023-04-01..2023-04-30 |  | ",
    ]);
}

/// A composition with no header and no terms lists people and posts: no plan.
#[test]
fn a_composition_of_people_is_no_plan() {
    let src = "ЗЫКОВА                –   начальник отдела ведомственного контроля\n\
               Анна Петровна             медицинской помощи, руководитель группы\n\
               \n\
               МАКАРОВА              –   заместитель директора ТФОМС области\n\
               Елена Юрьевна             (по согласованию)\n";
    let blocks = classify(src, &lines(src));
    let ctx = YearContext { academic_year: Some(2020), document: Date::new(2020, 10, 20), ..YearContext::default() };
    let layout = grid::detect(src, &blocks);
    assert!(layout.is_some_and(|l| read(src, &blocks, l, &ctx, &mut Vec::new()).is_none()));
}

/// A signature or a note under the table is no row's: kept in a diagnostic.
#[test]
fn a_signature_under_the_table_is_no_rows() {
    let src = "№   Мероприятие                 Срок           Ответственный\n\
               1   Подведение итогов месячника  до 12.05.2025  Отдел ЖКХ,\n\
               \x20                                               организационный\n\
               \x20                                               отдел\n\
               \n\
               Начальник отдела по вопросам ЖКХ\n\
               и благоустройства                              А.Н. Попов\n";
    let (got, diags) = rows(src);
    assert_eq!(got, ["1 | Подведение итогов месячника | By ..2025-05-12 | Отдел ЖКХ, организационный отдел | "]);
    assert!(diags.iter().any(|d| d.code == Code::TableTrailingText && d.message.contains("А.Н. Попов")));
}

/// A line of totals sums the rows and is none of them.
#[test]
fn a_line_of_totals_is_no_row() {
    let src = "№\tМероприятие\tСрок\tОтветственный\tСумма\n1.\tРемонт кровли\tмай\tООО «ЖЭУ-12»\t16 000\n\tИТОГО:\t\t\t612 300\n";
    let (got, diags) = rows(src);
    assert_eq!(got, ["1 | Ремонт кровли | Period 2021-05-01..2021-05-31 | ООО «ЖЭУ-12» | 16 000"]);
    assert!(diags.iter().any(|d| d.code == Code::TableTrailingText && d.message.contains("612 300")));
}

/// A table naming people in full, with no terms, lists those taking part: no plan.
#[test]
fn a_list_of_participants_is_no_plan() {
    let src = "№ п/п\tСубъект Российской Федерации\tФамилия, имя, отчество\tДолжность\n\
               1.\tРеспублика Башкортостан\tХасанов Ринат Фаилевич\tзаместитель министра\n\
               2.\tВологодская область\tШилова Ирина Анатольевна\tначальник департамента\n";
    let blocks = classify(src, &lines(src));
    let ctx = YearContext { academic_year: Some(2020), document: Date::new(2020, 10, 20), ..YearContext::default() };
    let layout = grid::detect(src, &blocks);
    assert!(layout.is_some_and(|l| read(src, &blocks, l, &ctx, &mut Vec::new()).is_none()));
    let full = crate::block::scan::is_full_name;
    assert!(full("Ли Анна Викторовна") && !full("Отдел кадров") && !full("Иванов И.И."));
}

#[test]
fn a_row_word_broke_at_a_line_break_in_a_cell_goes_on_on_the_next_line() {
    let src = "№\tМероприятие\tСрок\tОтветственный\tРезультат\n\
               3.2.\tДиагностика\tмарт 2021 г.\tМКУ «ИМЦ»\tСправка\n\
               3.3.\tАнализ результатов, подготовка адресных рекомендаций\n\
               \tв течение 10 дней после проведения диагностики\tМКУ «ИМЦ»\tАдресные рекомендации\n";
    let (rows, _) = rows(src);
    let last = rows.last().map(String::as_str).unwrap_or("");
    assert_eq!(last, "3.3 | Анализ результатов, подготовка адресных рекомендаций | Event .. | МКУ «ИМЦ» | Адресные рекомендации");
}

#[test]
fn stacked_cells_wrapped_over_lines_are_cut_at_the_term() {
    // `pdftotext` without its layout: a cell per line, wrapped cells over several.
    let src = "№\nп/п\nНаименование мероприятия\nСрок исполнения\nОтветственные\nисполнители\n1\n2\n3\n4\n\
               1. Организационные мероприятия\n1.1.\nПроведение паспортизации объектов куль-\nтуры на предмет доступности\n\
               I квартал 2021\nгода\nруководители\nучреждений культуры\n1.2.\nПредставление информации о ходе выпол-\nнения плана\n\
               ежеквартально до\n10 числа месяца, следующего за отчетным кварталом\nуправление культуры\n";
    let (rows, _) = rows(src);
    insta::assert_snapshot!(rows.join("\n"), @r"
    ## 1 Организационные мероприятия
    1.1 | Проведение паспортизации объектов культуры на предмет доступности | Period 2021-01-01..2021-03-31 | руководители учреждений культуры | 
    1.2 | Представление информации о ходе выполнения плана | Recurring .. | управление культуры | 
    ");
}

#[test]
fn stacked_responsible_cells_wrapped_over_open_lines_before_the_result() {
    // The responsible cell left open by a comma or a preposition at a line's end, then the
    // result, the fifth column.
    let src = "№\nп/п\nМероприятие\nСрок\nОтветственный\nРезультат\n\
               1.1.\nПроведение анализа результатов\nсентябрь – октябрь\nЗайцева Т.В.,\nруководители ОО\nАналитические материалы\n\
               1.2.\nПроведение профилактических мероприятий\nиюнь – август\nУГИБДД УМВД России по\nКурганской области\nПротоколы\n";
    let (rows, _) = rows(src);
    insta::assert_snapshot!(rows.join("\n"), @r"
    1.1 | Проведение анализа результатов | Period 2020-09-01..2020-10-31 | Зайцева Т.В., руководители ОО | Аналитические материалы
    1.2 | Проведение профилактических мероприятий | Period 2021-06-01..2021-08-31 | УГИБДД УМВД России по Курганской области | Протоколы
    ");
}

#[test]
fn stacked_rows_with_a_result_column_and_roman_sections() {
    // The result, a statement in lower case, after the responsible's wrapped name; a Roman
    // section between rows; a range of quarters wrapped at its dash; a term by need.
    let src = "№\nп/п\nНаименование мероприятия\nСрок\nисполнения\nОтветственные\nисполнители\nОжидаемый результат\n\
               I. Организационное обеспечение\n1.\nРазработка порядка\nвзаимодействия\nII квартал\n2024 г.\nМинистерство социальной\n\
               защиты Республики Марий Эл\nутвержден порядок\nвзаимодействия\nII. Развитие кадрового потенциала\n2.\nОрганизация обмена\n\
               сведениями\nIV квартал\n2024 г. -\nI квартал\n2025 г.\nГБОУ ДПО «Учебно-методический центр\nсоциальной защиты»\nобучено не менее\n\
               150 помощников\n3.\nИнформирование населения\nпо мере\nнеобходимости\nМинистерство социальной\nзащиты\nповышена информированность\n";
    let (rows, _) = rows(src);
    insta::assert_snapshot!(rows.join("\n"), @r"
    ## I Организационное обеспечение
    1 | Разработка порядка взаимодействия | Period 2024-04-01..2024-06-30 | Министерство социальной защиты Республики Марий Эл | утвержден порядок взаимодействия
    ## II Развитие кадрового потенциала
    2 | Организация обмена сведениями | Period 2024-10-01..2025-03-31 | ГБОУ ДПО «Учебно-методический центр социальной защиты» | обучено не менее 150 помощников
    3 | Информирование населения | Event .. | Министерство социальной защиты | повышена информированность
    ");
}

#[test]
fn a_layout_table_over_a_page_break() {
    // A date far to the right going on with a cell left open, then the page's break and its
    // number and the columns' numbers; a name closing a row's wrapped line; a term left open
    // with its preposition.
    let row = |n: &str, text: &str, term: &str, who: &str| format!(" {n:<6}{text:<46}{term:<19}{who}\n");
    let mut src = String::from(" №     Мероприятия                                   Сроки              Ответственные\n\n");
    src += &row("8.", "Организация итогового", "04.12.2024,", "руководители ОО");
    src += &row("", "сочинения (изложения)", "05.02.2025,", "");
    src += &format!("{:53}09.04.2025\n\x0c{:41}3\n\n", "", "");
    src += " 1     2                                             3                  4\n";
    src += &row("9.", "Проверка готовности пунктов проведе-", "до 15.05.2025", "Дьяченко О.Ю.,");
    src += &row("", "ния экзаменов", "", "Гуревич Е.С.");
    src += &row("10.", "Работа «горячей линии» по вопросам", "с 01.12.2024 по", "Гуревич Е.С.");
    src += &row("", "ГИА", "30.06.2025", "");
    let (rows, diags) = rows(&src);
    insta::assert_snapshot!(rows.join("\n"), @r"
    8 | Организация итогового сочинения (изложения) | Dates 2024-12-04..2025-04-09 | руководители ОО | 
    9 | Проверка готовности пунктов проведения экзаменов | By ..2025-05-15 | Дьяченко О.Ю., Гуревич Е.С. | 
    10 | Работа «горячей линии» по вопросам ГИА | Period 2024-12-01..2025-06-30 | Гуревич Е.С. |
    ");
    assert!(diags.iter().all(|d| d.code != Code::TableTrailingText), "{diags:?}");
}

#[test]
fn a_stacked_header_ends_at_a_section_naming_its_measures() {
    // `Мероприятия` in the first section's heading names no column.
    let src = "№\nп/п\nМероприятие\nСрок\nОтветственный\nI. Организационные мероприятия\n1.\nПроведение совещания руководителей ОО\n\
               12.05.2022\nОтдел образования\n2.\nРазработка и утверждение планов подготовки ОО к\nновому учебному году\nдо 16.05.2022\nРуководители ОО\n";
    let (rows, _) = rows(src);
    insta::assert_snapshot!(rows.join("\n"), @r"
    ## I Организационные мероприятия
    1 | Проведение совещания руководителей ОО | On 2022-05-12..2022-05-12 | Отдел образования | 
    2 | Разработка и утверждение планов подготовки ОО к новому учебному году | By ..2022-05-16 | Руководители ОО |
    ");
}

#[test]
fn stacked_rows_over_a_page_break_with_a_year_a_note_and_a_schedule() {
    // An activity's line opening with a year; a term's note in parentheses; the page's number,
    // `Продолжение приложения` and the header repeated; a timetable the row keeps to.
    let src = "№\nп/п\nМероприятия\nСроки\nОтветственные\n1. Анализ\n1.1.\nСтатистический анализ результатов ОГЭ\n2023 года по учебным предметам\n\
               август-\nсентябрь\nООО\n1.2.\nРабота консультационных пунктов\nеженедельно\n(суббота)\nМБУ «ИМЦ»,\nруководители ОО\n4\n\
               Продолжение приложения\n№\nп/п\nМероприятия\nСроки\nОтветственные\n1.3.\nПроведение ГИА-9 в основной период\nпо единому\n\
               расписанию\nООО, руководители\nППЭ\n";
    let (rows, _) = rows(src);
    insta::assert_snapshot!(rows.join("\n"), @r"
    ## 1 Анализ
    1.1 | Статистический анализ результатов ОГЭ 2023 года по учебным предметам | Period 2021-08-01..2021-09-30 | ООО | 
    1.2 | Работа консультационных пунктов | Recurring .. | МБУ «ИМЦ», руководители ОО | 
    1.3 | Проведение ГИА-9 в основной период | Event .. | ООО, руководители ППЭ |
    ");
}

#[test]
fn a_page_number_between_empty_lines_is_no_cell_of_a_stacked_row() {
    let src = "№ п/п\nМероприятия\nСроки\nОтветственные\nПланируемый результат\n\
               2.1.\nЗакрепление кураторов\nдо 15.09.2017\nУправление образования\nПриказ о закреплении\n\
               2.2.\nОрганизация стажировок\nпо отдельному графику\nИМК, руководители ОО\n\n2\n\n\
               2.3.\nПроведение методических дней\nежемесячно\nИМК\nСправки\n";
    let (rows, _) = rows(src);
    insta::assert_snapshot!(rows.join("\n"), @r"
    2.1 | Закрепление кураторов | By ..2017-09-15 | Управление образования | Приказ о закреплении
    2.2 | Организация стажировок | Event .. | ИМК, руководители ОО | 
    2.3 | Проведение методических дней | Recurring .. | ИМК | Справки
    ");
}

/// `по плану работы` / `управления` / `образования` / `управление` / `образования`: a schedule
/// wrapped over lines is the term, its owner in the genitive going on with it; the responsible
/// opens in the nominative, and a quoted name completes a schedule's owner.
#[test]
fn a_schedule_wrapped_in_a_stacked_row_is_its_term() {
    let src = "№ п/п\nМероприятие\nСрок\nОтветственный\n\
               1.\nСовещание руководителей\nобщеобразовательных организаций\nпо плану работы\nуправления\nобразования\nуправление\nобразования\n\
               2.\nУчастие педагогов в областных\nсеминарах\nпо плану ГБУ РО\n«ОЦДО»\nруководители ОО\n\
               3.\nРабота с родными языками\nпо графику\nДепартамента\nобразования и науки\nЮгры\nРуководители ОО\n\
               4.\nКонсультации учителей\nпо графику\nРябова Н.И.,\nруководители ОО\n";
    let (rows, _) = rows(src);
    // The owner's name in capitals in the genitive goes on too; a person's does not.
    insta::assert_snapshot!(rows.join("\n"), @r"
    1 | Совещание руководителей общеобразовательных организаций | Event .. | управление образования | 
    2 | Участие педагогов в областных семинарах | Event .. | руководители ОО | 
    3 | Работа с родными языками | Event .. | Руководители ОО | 
    4 | Консультации учителей | Event .. | Рябова Н.И., руководители ОО |
    ");
}

/// `1` / `Проведение анализа …` / `сентябрь` / `Пахомова Н.С.`: row numbers `pdftotext` left
/// bare, the next in turn or `1` opening a section, start rows; a schedule's responsible in the
/// nominative (`методический отдел`) is no part of it.
#[test]
fn bare_row_numbers_of_a_stacked_table() {
    let src = "№\nп/п\nМероприятие\nСрок\nОтветственный\n1\nПроведение статистического анализа\nсентябрь 2021 г.\nПахомова Н.С.\n\
               2\nСеминары для учителей\nпо графику ИРО\nметодический отдел\nII. Подготовка\n3\nПробные экзамены\nдекабрь 2021 г.\nруководители ОО\n";
    let (rows, _) = rows(src);
    insta::assert_snapshot!(rows.join("\n"), @r"
    1 | Проведение статистического анализа | Period 2021-09-01..2021-09-30 | Пахомова Н.С. | 
    2 | Семинары для учителей | Event .. | методический отдел | 
    ## II Подготовка
    3 | Пробные экзамены | Period 2021-12-01..2021-12-31 | руководители ОО |
    ");
}

/// `2.2.⇥Конкурс⇥апрель 2021 г.⇥министерство образования,` / `ОГБУ ДПО «РИРО»`: the last cell's
/// paragraph on a line of no tabs, the cell left open with a comma, is no section.
#[test]
fn a_cell_left_open_with_a_comma_goes_on_a_line_of_no_tabs() {
    let src = "№ п/п\tМероприятие\tСрок\tОтветственный\n\
               2.1.\tСеминар\tмарт 2021 г.\tРИРО\n\
               2.2.\tОбластной конкурс\tапрель 2021 г.\tминистерство образования,\n\
               ОГБУ ДПО «РИРО»\n\
               2.3.\tВыставка\tмай 2021 г.\tбиблиотеки\n";
    let (rows, _) = rows(src);
    insta::assert_snapshot!(rows.join("\n"), @r"
    2.1 | Семинар | Period 2021-03-01..2021-03-31 | РИРО | 
    2.2 | Областной конкурс | Period 2021-04-01..2021-04-30 | министерство образования, ОГБУ ДПО «РИРО» | 
    2.3 | Выставка | Period 2021-05-01..2021-05-31 | библиотеки |
    ");
}

#[test]
fn words_alone_in_the_number_s_column_head_a_section() {
    let src = "№ п/п\tМероприятия\tСроки\tОтветственные\n\
               Работа с обучающимися\t\t\t\n\
               1.\tВходная диагностика\tсентябрь 2023 г.\tКруглова Н.В.\n\
               Работа с родителями\t\t\t\n\
               2.\tРодительское собрание\tдекабрь 2023 г.\tГайнуллина Р.М.\n";
    let (rows, _) = rows(src);
    insta::assert_snapshot!(rows.join("\n"), @r"
    ##  Работа с обучающимися
    1 | Входная диагностика | Period 2023-09-01..2023-09-30 | Круглова Н.В. | 
    ##  Работа с родителями
    2 | Родительское собрание | Period 2023-12-01..2023-12-31 | Гайнуллина Р.М. | 
    ");
}

/// `№ | Сроки | Мероприятия | …`: the term set before the activity; the header tells them apart.
#[test]
fn a_term_column_before_the_activity() {
    let src = "№ п/п\tСроки\tМероприятия\tОтветственные\tОжидаемый результат\n\
               1.\tсентябрь\tАнализ результатов ГИА\tМБУ ИМЦ\tСправка\n\
               2.\tежемесячно\tСовещания с заместителями директоров\tУправление образования\tПротоколы\n";
    let (rows, _) = rows(src);
    insta::assert_snapshot!(rows.join("\n"), @r"
    1 | Анализ результатов ГИА | Period 2020-09-01..2020-09-30 | МБУ ИМЦ | Справка
    2 | Совещания с заместителями директоров | Recurring .. | Управление образования | Протоколы
    ");
}

/// `Раздел 2. Второй этап - 2026 год` alone in the activity column heads a part of the plan.
#[test]
fn a_part_named_in_the_activity_column() {
    let src = "№\tМероприятие\tОтветственные\tСрок\n\
               \tРаздел 1. Первый этап - 2025 год\t\t\n\
               1.1\tДиагностика дефицитов\tМБУ «ИМЦ»\tмарт 2025 г.\n\
               \tРаздел 2. Второй этап - 2026 год\t\t\n\
               2.1\tКонкурс разработок\tМБУ «ИМЦ»\tоктябрь 2026 г.\n";
    let (rows, _) = rows(src);
    insta::assert_snapshot!(rows.join("\n"), @r"
    ##  Раздел 1. Первый этап - 2025 год
    1.1 | Диагностика дефицитов | Period 2025-03-01..2025-03-31 | МБУ «ИМЦ» | 
    ##  Раздел 2. Второй этап - 2026 год
    2.1 | Конкурс разработок | Period 2026-10-01..2026-10-31 | МБУ «ИМЦ» |
    ");
}

/// `<TAB>II. Меры …<TAB><TAB>`: a numbered section's heading in the activity column, the
/// number's column of the merged row left empty, its title wrapped onto a line of its own. A
/// numbered line that opens with an infinitive goes on with the row above.
#[test]
fn a_numbered_section_in_the_activity_column_with_its_title_wrapped() {
    let src = "№\tМероприятие\tСрок\tОтветственный\n\
               \tI. Организационно-управленческие\t\t\n\
               \tмероприятия\t\t\n\
               1.1\tДиагностика дефицитов\tмарт 2021 г.\tМБУ «ИМЦ»\n\
               \t2. Организация отдыха детей\t\t\n\
               2.1\tПроведение смен\tиюнь 2021 г.\tУО\n\
               \t3. Обеспечить охват детей\t\t\n";
    let (rows, _) = rows(src);
    insta::assert_snapshot!(rows.join("\n"), @r"
    ## I Организационно-управленческие мероприятия
    1.1 | Диагностика дефицитов | Period 2021-03-01..2021-03-31 | МБУ «ИМЦ» | 
    ## 2 Организация отдыха детей
    2.1 | Проведение смен 3. Обеспечить охват детей | Period 2021-06-01..2021-06-30 | УО |
    ");
}

/// A term cell wrapped onto a line of its own under the last row (`с 11.08.2021` / `по
/// 12.08.2021`) goes on with that row's term: no text is dropped.
#[test]
fn a_term_wrapped_under_the_last_row_goes_on_with_it() {
    let src = " № п/п  Наименование организации                    Дата приемки   Ответственный\n\
               \x205      МБДОУ Коченёвский детский сад № 3           11.08.2021     Ларионова Е.Н.,\n\
               \x20       «Солнышко»                                                 Белова И.Г.\n\
               \x206      МБУ ДО Коченёвский ДДТ                      с 11.08.2021   Зуева Т.В.\n\
               \x20                                                   по 12.08.2021\n";
    let (rows, _) = rows(src);
    insta::assert_snapshot!(rows.join("\n"), @r"
    5 | МБДОУ Коченёвский детский сад № 3 «Солнышко» | On 2021-08-11..2021-08-11 | Ларионова Е.Н., Белова И.Г. | 
    6 | МБУ ДО Коченёвский ДДТ | Period 2021-08-11..2021-08-12 | Зуева Т.В. |
    ");
}

#[test]
fn a_term_set_out_in_start_and_end_columns() {
    let src = "№ п/п\tНаименование мероприятия\tСрок начала\tСрок окончания\tОтветственный исполнитель\tОжидаемый результат\n\
               1.\tОбщественные обсуждения\t01.03.2021\t30.04.2021\tУправление ЖКХ\tПротоколы\n\
               2.\tРазработка документации\tмарт 2021\tмай 2021\tУправление ЖКХ\tЗаключение\n\
               3.\tПриемка работ\tпо мере выполнения работ\t31.10.2021\tКомиссия\tАкты\n\
               4.\tОтчет\t—\t10.12.2021\tУправление ЖКХ\tОтчет\n";
    let (rows, _) = rows(src);
    insta::assert_snapshot!(rows.join("\n"), @r"
    1 | Общественные обсуждения | Period 2021-03-01..2021-04-30 | Управление ЖКХ | Протоколы
    2 | Разработка документации | Period 2021-03-01..2021-05-31 | Управление ЖКХ | Заключение
    3 | Приемка работ | By ..2021-10-31 | Комиссия | Акты
    4 | Отчет | By ..2021-12-10 | Управление ЖКХ | Отчет
    ");
}

#[test]
fn marked_quarter_and_month_columns() {
    let src = "№ п/п\tНаименование мероприятия\tСрок исполнения (2021 год)\t\t\t\tОтветственные исполнители\n\
               \t\tI кв.\tII кв.\tIII кв.\tIV кв.\t\n\
               1.1.\tЗаседания рабочей группы\tX\t\tX\t\tКомитет\n\
               1.2.\tМониторинг\tX\tX\tX\tX\tЦентр\n";
    let (quarters, _) = rows(src);
    insta::assert_snapshot!(quarters.join("\n"), @r"
    1.1 | Заседания рабочей группы | Dates 2021-01-01..2021-09-30 | Комитет | 
    1.2 | Мониторинг | Period 2021-01-01..2021-12-31 | Центр |
    ");
    let src = "| № | Мероприятие | янв | фев | мар | апр | Ответственные |\n|---|---|---|---|---|---|---|\n\
               | 1 | Выезд бригады |  | + |  | + | Больница |\n| 2 | Выезд центра | + | + |  |  | Центр |\n";
    let (rows, _) = rows(src);
    insta::assert_snapshot!(rows.join("\n"), @r"
    1 | Выезд бригады | Dates 2021-02-01..2021-04-30 | Больница | 
    2 | Выезд центра | Period 2021-01-01..2021-02-28 | Центр |
    ");
}

#[test]
fn a_row_s_other_cells_on_the_line_under_its_text() {
    let src = "№ п/п\tМероприятие\tОтветственный\tСрок исполнения\n\
               1.\tВвести режим ЧС\tНоскова А.В.\t10.01.2021\n\
               2.\tОбеспечить информирование населения\n\
               \tОрганизовать работу «горячей линии»\tНоскова А.В.\tдо 15.01.2021\n\
               3.\tПредставить информацию\tНоскова А.В.\tежедневно\n";
    let (rows, _) = rows(src);
    insta::assert_snapshot!(rows.join("\n"), @r"
    1 | Ввести режим ЧС | On 2021-01-10..2021-01-10 | Носкова А.В. | 
    2 | Обеспечить информирование населения Организовать работу «горячей линии» | By ..2021-01-15 | Носкова А.В. | 
    3 | Представить информацию | Recurring .. | Носкова А.В. |
    ");
}

#[test]
fn a_part_named_on_a_line_without_cells() {
    let src = "№ п/п\tМероприятие\tСрок\tОтветственный\tРезультат\n\
               Раздел 1. Организационная работа\n\
               1.1.\tСовещание\tсентябрь\tПавлова С.Н.\tСправка\n\
               Раздел 2. Работа с обучающимися\n\
               2.1.\tЗанятия\tоктябрь\tПавлова С.Н.\t\n";
    let (rows, _) = rows(src);
    insta::assert_snapshot!(rows.join("\n"), @r"
    ##  Раздел 1. Организационная работа
    1.1 | Совещание | Period 2020-09-01..2020-09-30 | Павлова С.Н. | Справка
    ##  Раздел 2. Работа с обучающимися
    2.1 | Занятия | Period 2020-10-01..2020-10-31 | Павлова С.Н. |
    ");
}

#[test]
fn a_numbered_sentence_with_an_action_and_empty_cells_is_a_row() {
    let src = "№ п/п\tМероприятие\tОтветственный\tСрок\n\
               1.\tПровести совещание\tОтдел\tмарт\n\
               2.\tКонтроль за исполнением решений совещания возложить на Мехоношину Л.А.\t\t\n\
               3.\tКонтроль за исполнением настоящего протокола оставляю за собой.\t\t\n";
    let (rows, _) = rows(src);
    insta::assert_snapshot!(rows.join("\n"), @r"
    1 | Провести совещание | Period 2021-03-01..2021-03-31 | Отдел | 
    2 | Контроль за исполнением решений совещания возложить на Мехоношину Л.А. | - |  | 
    3 | Контроль за исполнением настоящего протокола оставляю за собой. | - |  |
    ");
}

#[test]
fn a_layout_table_with_wrapped_names_ranges_and_a_wide_section_title() {
    let src = "№       Мероприятие                               Сроки             Ответственные\n\
               \n\
               1.      Организационно-управленческая деятельность в образовательных учреждениях\n\
               \n\
               \x20       Проведение совещаний с заместителями\n\
               1.1.    директоров по учебно-воспитательной       октябрь,          Лысенко Н.В.\n\
               \x20       работе по вопросам формирования           апрель            Бородина Т.Г.\n\
               \n\
               1.2.    Курсы повышения квалификации              октябрь 2020 г.   МКУ «ЦМС»\n\
               \x20                                                 - март 2021 г.\n\
               \n\
               1.3.    Диагностика грамотности                   по графику        руководители ОО\n\
               \x20                                                 (октябрь\n\
               \x20                                                 – ноябрь)\n";
    let (rows, diags) = rows(src);
    insta::assert_snapshot!(rows.join("\n"), @r"
    ## 1 Организационно-управленческая деятельность в образовательных учреждениях
    1.1 | Проведение совещаний с заместителями директоров по учебно-воспитательной работе по вопросам формирования | Dates 2020-10-01..2021-04-30 | Лысенко Н.В., Бородина Т.Г. | 
    1.2 | Курсы повышения квалификации | Period 2020-10-01..2021-03-31 | МКУ «ЦМС» | 
    1.3 | Диагностика грамотности | Period 2020-10-01..2020-11-30 | руководители ОО | 
    ");
    assert!(diags.iter().all(|d| d.code != Code::TableTrailingText), "{diags:?}");
}

#[test]
fn a_numbered_line_with_its_siblings_next_is_a_row_not_a_heading() {
    let src = "№ п/п\tСодержание решения\tОтветственные\tСрок исполнения\n\
               1.\tИнформацию Барановой Е.С. принять к сведению\t\t\n\
               2.\tПровести перепроверку работ\tКГБУ ЦОКО\tдо 15 декабря\n\
               3.\tПодготовить рекомендации\tХК ИРО\tдо 25 декабря\n";
    let (rows, _) = rows(src);
    insta::assert_snapshot!(rows.join("\n"), @r"
    1 | Информацию Барановой Е.С. принять к сведению | - |  | 
    2 | Провести перепроверку работ | By ..2020-12-15 | КГБУ ЦОКО | 
    3 | Подготовить рекомендации | By ..2020-12-25 | ХК ИРО | 
    ");
    // Rows numbered under it, it heads them.
    let (nested, _) = super::tests::rows(&src.replace("2.\t", "1.1.\t").replace("3.\t", "1.2.\t"));
    assert_eq!(nested.first().map(String::as_str), Some("## 1 Информацию Барановой Е.С. принять к сведению"));
}
