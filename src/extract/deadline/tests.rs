//! The table of term phrasings (`phrasings.txt`) and their expected readings, the inline finder,
//! and a property test that every date form reads back to its date.

use super::*;
use proptest::prelude::*;

/// The phrasing table: `context | phrase | expected` lines.
const PHRASINGS: &str = include_str!("phrasings.txt");

/// The document date every table context but `none` carries.
fn document() -> Option<Date> {
    Date::new(2020, 10, 20)
}

/// The context a table line names.
fn context(name: &str) -> Option<DeadlineContext> {
    let doc = DeadlineContext { document_date: document(), ..DeadlineContext::default() };
    Some(match name {
        "doc" => doc,
        "acad" => doc.academic_year(2020),
        "head" => doc.heading_year(2021),
        "none" => DeadlineContext::new(),
        _ => return None,
    })
}

/// `kind start..end …[ ~]` of a phrase, or `-` if it is not a term.
fn read(phrase: &str, ctx: &DeadlineContext) -> String {
    let Some(d) = parse_deadline(phrase, ctx) else { return "-".into() };
    let o = |d: Option<Date>| d.map_or_else(|| "_".into(), |d| d.to_string());
    let periods: Vec<String> = d.periods.iter().map(|(s, e)| format!("{}..{}", o(*s), o(*e))).collect();
    let mut out = format!("{:?}", d.kind);
    for p in periods {
        out.push(' ');
        out.push_str(&p);
    }
    if d.year_inferred {
        out.push_str(" ~");
    }
    out
}

/// The table's rows: `(context, phrase, expected)`.
fn table() -> Vec<(&'static str, &'static str, &'static str)> {
    PHRASINGS
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let mut parts = l.splitn(3, " | ");
            Some((parts.next()?, parts.next()?, parts.next()?))
        })
        .collect()
}

#[test]
fn phrasing_table() {
    let rows = table();
    assert!(rows.len() >= 300, "the table has {} rows", rows.len());
    let mut seen = std::collections::HashSet::new();
    let mut failures = Vec::new();
    for (ctx_name, phrase, want) in &rows {
        assert!(seen.insert((ctx_name, phrase)), "duplicate row: {ctx_name} | {phrase}");
        let ctx = context(ctx_name).unwrap_or_else(|| panic!("unknown context {ctx_name}"));
        let got = read(phrase, &ctx);
        if got != *want {
            failures.push(format!("{ctx_name} | {phrase} | {got}   (want {want})"));
        }
    }
    assert!(failures.is_empty(), "{} of {} rows differ:\n{}", failures.len(), rows.len(), failures.join("\n"));
}

#[test]
fn table_is_distinct_and_covers_negatives() {
    let rows = table();
    let phrases: std::collections::HashSet<&str> = rows.iter().map(|r| r.1).collect();
    assert!(phrases.len() >= 200, "{} distinct phrasings", phrases.len());
    assert!(rows.iter().filter(|r| r.2 == "-").count() >= 20);
}

#[test]
fn text_and_span() {
    let ctx = DeadlineContext::new();
    let d = read_deadline("  до 01 ноября 2020 года.  ", 100, &ctx.years());
    let d = d.unwrap_or_else(|| panic!("no deadline"));
    assert_eq!(d.text, "до 01 ноября 2020 года");
    assert_eq!((d.span.start, d.span.end), (102, 102 + "до 01 ноября 2020 года.".len() as u32));
    let d = parse_deadline("до 25.11.2020 г.", &ctx).map(|d| d.text);
    assert_eq!(d.as_deref(), Some("до 25.11.2020 г."));
    let cases = [
        ("до 31.12.2021 г..", "до 31.12.2021 г."),
        ("2021 год.", "2021 год"),
        ("в течение 3 дней.", "в течение 3 дней"),
        ("до 25 мая.", "до 25 мая"),
        ("ежегодно, май.", "ежегодно, май"),
        ("в период проведения ВПР.", "в период проведения ВПР"),
        ("до 5 дек.", "до 5 дек."),
    ];
    for (written, text) in cases {
        assert_eq!(tidy_text(written), text);
    }
}

/// `(text, expected term)` for a clause text, the term found by the inline finder.
fn inline(text: &str) -> Option<&str> {
    let (s, e) = find_inline(text).or_else(|| term_inside(text))?;
    text.get(s..e)
}

#[test]
fn inline_terms() {
    let cases = [
        ("Разместить план на сайте до 01 ноября 2020 года.", Some("до 01 ноября 2020 года")),
        ("Представить отчет о выполнении плана до 25 декабря 2020 года и до 25 мая 2021 года.", Some("до 25 декабря 2020 года и до 25 мая 2021 года")),
        ("Очередное заседание штаба провести 23.10.2020 в 10:00.", Some("23.10.2020 в 10:00")),
        // A frequency and the days it holds on, closing the words before the verb.
        ("Координаторам ГИА ежедневно до 10.00 в дни проведения экзаменов", Some("ежедневно до 10.00 в дни проведения экзаменов")),
        // The subject of another act, quoted, names no term.
        ("Признать утратившим силу приказ от 29.08.2022 № 1187/о «О подготовке к началу 2022/2023 учебного года».", None),
        ("Признать утратившим силу распоряжение от 12.03.2018 N 178-р \"О мерах в период весеннего половодья и паводков 2018 года\".", None),
        ("Признать утратившим силу распоряжение от 12.03.2018 N 178-р “О мерах в период с 1 по 30 апреля 2018 года”.", None),
        ("Представить \"дорожную карту\" в срок до 1 апреля 2021 года.", Some("в срок до 1 апреля 2021 года")),
        ("Признать утратившим силу распоряжение № 2815/р «О мерах по подготовке в период зимы 2022/2023 годов».", None),
        // How the work is paid for or done may follow the term.
        ("Выполнить ремонт кровли во II квартале 2022 г. за счет средств текущего ремонта.", Some("во II квартале 2022 г.")),
        ("Обеспечить выполнение плана проверок в III-IV кварталах 2018 г. в полном объеме.", Some("в III-IV кварталах 2018 г.")),
        ("Провести аттестацию до 31 декабря 2018 г. в установленном порядке.", Some("до 31 декабря 2018 г.")),
        // So may a gerund's phrase set off by a comma.
        ("Организовать субботники в период с 15 по 22 апреля 2017 г., обеспечив участников инвентарем, организовав вывоз мусора.", Some("в период с 15 по 22 апреля 2017 г.")),
        ("Выполнить ремонт до 1 июня 2022 г. силами подрядной организации.", Some("до 1 июня 2022 г.")),
        // Nested quotes closed with one `»` leave nothing open after them.
        ("Поручить ООО «УК «Уютный дом» выполнить ремонт кровли в течение 10 дней со дня подписания настоящего протокола.", Some("в течение 10 дней со дня подписания настоящего протокола")),
        ("Представить отчет в срок до 1 июня 2021 г.;", Some("в срок до 1 июня 2021 г.")),
        ("Представить отчет в срок\nдо 1 июня 2021 г.;", Some("в срок\nдо 1 июня 2021 г.")),
        ("Представить отчет в срок  не\tпозднее 1 июня 2021 г.", Some("в срок  не\tпозднее 1 июня 2021 г.")),
        ("Представить информацию не позднее 25.12.2020.", Some("не позднее 25.12.2020")),
        ("Обеспечить подготовку до конца 2020 года.", Some("до конца 2020 года")),
        (
            "Представлять отчет ежеквартально до 5 числа месяца, следующего за отчетным.",
            Some("ежеквартально до 5 числа месяца, следующего за отчетным"),
        ),
        ("Обновлять информацию на сайте ежемесячно.", Some("ежемесячно")),
        ("Представлять отчет ежеполугодно до 10 числа.", Some("ежеполугодно до 10 числа")),
        // A day to act by before a reference to an attachment; not a period, which says what the
        // paper is for.
        ("Представить заявки до 01.10.2024 (приложение 1).", Some("до 01.10.2024")),
        ("Организовать отдых детей в летний период 2021 года (приложение 1).", None),
        // A term before how the action is done (`согласно …`).
        ("Провести спартакиаду в течение 2024-2025 учебного года согласно календарю (приложение 1).", Some("в течение 2024-2025 учебного года")),
        ("Представить отчет до 01.10.2024 согласно форме.", Some("до 01.10.2024")),
        // How long a thing is kept, at least, is no time to act by.
        ("Отбирать и хранить суточную пробу в течение не менее 48 часов при температуре от +2 до +6 °С;", None),
        // A term counted from the act, set between two actions, times the second.
        ("Организовать сопровождение педагогов, в течение 10 дней со дня подписания настоящего приказа разработать план-график.", Some("в течение 10 дней со дня подписания настоящего приказа")),
        // How long a thing is kept is no term of the action.
        ("Обеспечить проведение олимпиады, а также хранение олимпиадных работ участников в течение одного года;", None),
        ("Направить сведения ежегодно до 1 февраля.", Some("ежегодно до 1 февраля")),
        ("Довести приказ до сведения работников в 3-дневный срок.", Some("в 3-дневный срок")),
        // A span of days between two joined actions times the second.
        ("Провести проверки школ, и в недельный срок доложить о результатах руководителю.", Some("в недельный срок")),
        ("Провести проверки школ и в течение 10 дней представить отчет в министерство.", Some("в течение 10 дней")),
        ("Провести проверки школ, и в недельный срок до-\nложить о результатах руководителю.", Some("в недельный срок")),
        ("Провести в течение учебного года открытые уроки и мастер-классы.", None),
        // A day without its year, its month in words, right after the verb or between two actions.
        ("Организовать до 1 сентября работу центров «Точка роста», создаваемых в 2021 году.", Some("до 1 сентября")),
        ("Проанализировать результаты и до 1 октября представить в департамент отчет.", Some("до 1 октября")),
        // Not one that falls every year.
        ("Обеспечить выполнение плана и ежегодно, в срок до 25 января, представлять отчет о ходе работы.", Some("ежегодно, в срок до 25 января")),
        ("Обеспечить представление ежегодного доклада о конкуренции в срок до 1 марта года, следующего за отчетным, по форме.", None),
        (
            "Разработать план в течение 10 дней со дня подписания настоящего приказа.",
            Some("в течение 10 дней со дня подписания настоящего приказа"),
        ),
        ("Сообщить в течение 3 дней со дня получения запроса.", Some("в течение 3 дней со дня получения запроса")),
        ("Осуществлять контроль постоянно.", Some("постоянно")),
        ("Представить отчет (срок – до 1 ноября) в отдел.", Some("до 1 ноября")),
        ("Представить отчет (срок исполнения: до 1.12.2020).", Some("до 1.12.2020")),
        // Periods and events say when the action is done; a bare year or what a plan is for does not.
        ("Провести семинар с 1 по 10 апреля.", Some("с 1 по 10 апреля")),
        ("Провести семинар с 1 по 10 апреля 2021 г.", Some("с 1 по 10 апреля 2021 г.")),
        ("Провести олимпиаду с 1 до 10 апреля 2021 г.", Some("с 1 до 10 апреля 2021 г.")),
        ("Провести обследование в период с 15.08.2022 по 15.09.2022.", Some("в период с 15.08.2022 по 15.09.2022")),
        ("Установить испытательный срок сроком на 6 месяцев (до 24.09.2022).", Some("до 24.09.2022")),
        ("Обеспечить дежурство (до 20.00).", None),
        // How long a measure lasts, not what a plan is for.
        ("Ввести масочный режим на период с 10.01.2025 по 31.01.2025.", Some("на период с 10.01.2025 по 31.01.2025")),
        ("Утвердить план мероприятий на период с 1 июня по 31 августа 2025 года.", None),
        // A term between two joined actions, before the verb it times.
        (
            "Органам обеспечить выполнение плана и ежегодно, в срок до 25 января года, следующего за отчетным, представлять информацию в управление.",
            Some("ежегодно, в срок до 25 января года, следующего за отчетным"),
        ),
        ("обобщать информацию и ежегодно до 1 февраля представлять главе сводный отчет;", Some("ежегодно до 1 февраля")),
        ("обеспечить координацию и до 1 февраля 2024 года представить главе отчет о работе.", Some("до 1 февраля 2024 года")),
        ("разработать план до 20 января 2023 года и разместить его на официальном сайте администрации.", Some("до 20 января 2023 года")),
        ("Проводить ежегодно анализ работы учреждений и представлять его главе.", None),
        ("Отделу:\n- еженедельно, по понедельникам, представлять сведения о ходе работ;", Some("еженедельно, по понедельникам")),
        // A named period after the verb's object, inside the clause.
        (
            "Провести этап олимпиады для 4–11 классов в период с 20 сентября по 27 октября 2023 года в соответствии с графиком.",
            Some("в период с 20 сентября по 27 октября 2023 года"),
        ),
        ("Утвердить отчет о работе комиссии в период с 1 января по 30 июня 2023 года и направить его в Думу.", None),
        ("Провести мониторинг в течение учебного года.", Some("в течение учебного года")),
        ("Провести совещание в декабре 2020 г.", Some("в декабре 2020 г.")),
        ("Провести проверку во II квартале 2021 года.", Some("во II квартале 2021 года")),
        ("Обеспечить участие в исследовании PISA в 2023 году.", None),
        ("Обеспечить контроль за проведением ГИА в 2020-2021 учебном году.", None),
        ("Утвердить план мероприятий на 2022 год.", None),
        ("Утвердить план мероприятий на период с 1 июня по 31 августа 2022 года.", None),
        ("Обеспечить исполнение решений в установленные сроки.", Some("в установленные сроки")),
        ("Организовать работу в установленном порядке.", None),
        ("Организовать работу в соответствии с планом.", None),
        ("Обеспечить отдых детей в период летней оздоровительной кампании 2022 года.", Some("в период летней оздоровительной кампании 2022 года")),
        ("Обеспечить хранение вакцины по мере поступления вакцины.", Some("по мере поступления вакцины")),
        ("Ознакомить с приказом до 1 ноября 2020 г.", Some("до 1 ноября 2020 г.")),
        ("Подготовить помещения к 1 сентября.", Some("к 1 сентября")),
        ("Представлять донесения ежедневно к 08.00 и 17.00 (мск).", Some("ежедневно к 08.00 и 17.00 (мск)")),
        ("Представлять отчет ежемесячно (до 5 числа).", Some("ежемесячно (до 5 числа)")),
        ("Обеспечить участие в диагностике функциональной грамотности по отдельному графику.", Some("по отдельному графику")),
        ("Представлять отчет ежедневно в 17 часов.", Some("ежедневно в 17 часов")),
        ("Представлять отчет ежедневно (по местному времени).", Some("ежедневно (по местному времени)")),
        ("Представлять сведения еженедельно по средам до 15.00 часов.", Some("еженедельно по средам до 15.00 часов")),
        ("Ввести карантин в группе с 14.02.2024 по 28.02.2024 включительно.", Some("с 14.02.2024 по 28.02.2024 включительно")),
        ("Прекратить прием детей в группу на период ограничительных мероприятий.", Some("на период ограничительных мероприятий")),
        ("Представлять сведения еженедельно по пятницам до 12:00 по форме согласно приложению.", Some("еженедельно по пятницам до 12:00")),
        ("Сдать деньги до 15 декабря (ответственный – Клименко О.И.).", Some("до 15 декабря")),
        ("Обеспечить изоляцию на срок 14 дней со дня возвращения в Российскую Федерацию.", Some("на срок 14 дней со дня возвращения в Российскую Федерацию")),
        ("Оплатить взносы до 1 октября текущего года.", Some("до 1 октября текущего года")),
        ("Временно приостановить с 18 марта по 10 апреля 2020 года:", Some("с 18 марта по 10 апреля 2020 года")),
        ("Проверить готовность к работе в период подъема заболеваемости, в срок до 1 октября 2024 г.", Some("в срок до 1 октября 2024 г.")),
        // Who set the terms may stand between `в установленные` and `сроки`.
        ("Устранить нарушения, указанные в предписаниях, в установленные предписаниями сроки.", Some("в установленные предписаниями сроки")),
        // A bare `до` with a date after the event phrase is the term too.
        ("Провести собрания по вопросам безопасности детей в период летних каникул до 23 мая 2025 года.", Some("до 23 мая 2025 года")),
        ("Провести консультации в период подготовки к ГИА до 1 марта 2025 года", Some("до 1 марта 2025 года")),
        ("Признать утратившим силу постановление (зарегистрировано Минюстом России 08.08.2023, регистрационный N 74658).", None),
        // A phrase running into a note in parentheses says what the object is for.
        ("Утвердить график дежурства в период весеннего половодья (приложение № 2).", None),
        // The text may start inside a quoted title that closes after the phrase.
        ("мероприятий в период проведения праздничных мероприятий в мае 2023 года».", None),
        ("Подготовить помещения к 1 сентября 2021 г.", Some("к 1 сентября 2021 г.")),
        ("Принять к сведению.", None),
        ("Организовать обучение вожатых для работы в лагерях – в течение 2021 года;", Some("в течение 2021 года")),
        ("Организовать обучение вожатых – II квартал 2021 г.", Some("II квартал 2021 г.")),
        // A dash that sets off a manner sets off no term, whatever frequency word is in it.
        ("Утвердить способ уведомления – путем размещения объявлений у входа в каждый подъезд дома.", None),
        ("Проводить мониторинг - по мере необходимости.", Some("по мере необходимости")),
        ("Провести конкурс «Учитель года – 2021».", None),
        ("Подвести итоги – в части организации отдыха детей.", None),
        // The dash closes nothing here; the day to act by stands inside the instruction.
        ("Представить отчет – до 1 марта 2021 г. направить его в министерство", Some("до 1 марта 2021 г.")),
        ("Представить отчет до 01.10.2024 в управление образования.", Some("до 01.10.2024")),
        ("Информацию о детях, родившихся до 01.10.2024, принять к сведению.", None),
        // The year after the one reported on, set off by commas before the verb's object.
        ("Представлять ежегодно, до 1 февраля года, следующего за отчетным, в Правительство края сводную информацию.", Some("ежегодно, до 1 февраля года, следующего за отчетным")),
        // What a thing is ready for.
        ("Признать образовательные организации района готовыми к началу 2016-2017 учебного года.", None),
        ("Подготовить образовательные организации к началу 2016-2017 учебного года.", Some("к началу 2016-2017 учебного года")),
        // The day a participle dates: when the thing was done.
        ("Утвердить результаты ЕГЭ по химии, проведенного 13.06.2023 (приложение 1).", None),
        ("Утвердить результаты ЕГЭ по физике, проведенных 20.06.2024 и 21.06.2024, согласно приложению.", None),
        ("Подготовить письмо об итогах конкурса в течение месяца после его завершения;", Some("в течение месяца после его завершения")),
        ("Подготовить письмо в течение месяца.", Some("в течение месяца")),
        ("Направить 100% участников ГИА-9.", None),
        ("Представлять информацию о запасах топлива еженедельно, по понедельникам.", Some("еженедельно, по понедельникам")),
        ("Проводить обход еженедельно по пятницам;", Some("еженедельно по пятницам")),
        ("Представлять отчет ежегодно до 20 января года, следующего за отчетным.", Some("ежегодно до 20 января года, следующего за отчетным")),
        // A term with an end date closing an earlier sentence, when the last has none.
        ("Привести устав в соответствие в срок до 1 июля 2022 года. Информацию о принятых мерах направить в Думу.", Some("в срок до 1 июля 2022 года")),
        ("Провести семинар в декабре 2020 г. Информацию направить в отдел.", None),
        ("Провести конкурс до 1 марта 2021 г. Итоги подвести до 1 апреля 2021 г.", Some("до 1 апреля 2021 г.")),
        // A term with a full date after the verb, inside the clause.
        ("Лесничеству провести в срок до 18 апреля\n2022 года проверку готовности формирований.", Some("в срок до 18 апреля\n2022 года")),
        ("Провести до 18 апреля 2022 года проверку готовности.", Some("до 18 апреля 2022 года")),
        ("Представить не позднее 18 апреля 2022 года отчет в министерство.", Some("не позднее 18 апреля 2022 года")),
        ("Провести в III квартале 2023 года актуализацию сведений.", Some("в III квартале 2023 года")),
        ("Провести в 2023 году проверку готовности.", None),
        ("Подготовить и в срок до 1.03.2022 направить отчет.", Some("в срок до 1.03.2022")),
        ("обеспечить   заключение   в   срок   до   1   февраля   2024 г.\nконтрактов на ремонт дорог;", Some("в   срок   до   1   февраля   2024 г.")),
        ("Оценить срок до 1 февраля 2024 г. действующих договоров.", None),
        ("Продлить действующий до 31.12.2022 договор аренды.", None),
        ("Утвердить перечень поручений по итогам прямой линии с жителями области 21 декабря 2023 года согласно приложению.", None),
        // A trade's code is no date.
        ("Провести олимпиаду по специальности 15.02.16 Технология машиностроения среди студентов.", None),
        // Its year left out, the month in words: a term all the same, its year inferred.
        ("Провести до 18 апреля проверку готовности.", Some("до 18 апреля")),
        ("Провести сенокошение на площади 2350 га в сроки с 10 июня по 15 июля 1983 года, обеспечив заготовку сена.", Some("с 10 июня по 15 июля 1983 года")),
        ("Направить в командировку в г. Казань (ФГАОУ ВО «КФУ») с 22 по 25 ноября 2022 г. сроком на 4 дня доцента Шарипову Г.Р.", Some("с 22 по 25 ноября 2022 г.")),
        ("Провести конференцию 22-25 ноября 2022 г. в г. Казани.", Some("22-25 ноября 2022 г.")),
        // A dash inside a range of months or quarters sets no term off.
        ("Провести учения в апреле – мае 2022 года.", Some("в апреле – мае 2022 года")),
        ("Провести проверки в I - II квартале 2022 года.", Some("в I - II квартале 2022 года")),
        ("провести региональную олимпиаду учителей математики — ноябрь – декабрь;", Some("ноябрь – декабрь")),
        // A bare term in parentheses closing the clause.
        ("оказывать содействие в проведении весенне-полевых работ (постоянно);", Some("постоянно")),
        ("представлять сведения о посевах (еженедельно, по пятницам).", Some("еженедельно, по пятницам")),
        // A bare dated term in parentheses closing the clause, unless it spells out a period
        // or a date named just before it.
        ("обеспечить организацию отдыха детей и их оздоровления (апрель – май 2020 г.);", Some("апрель – май 2020 г.")),
        ("провести анализ результатов (I квартал 2020 г.).", Some("I квартал 2020 г.")),
        ("провести мониторинг (в течение 2020 года).", Some("в течение 2020 года")),
        ("представить отчет за I квартал (январь – март 2016 года).", None),
        ("утвердить план на отчетный период (2016 год).", None),
        ("провести конкурс профмастерства (2-й этап).", None),
        // After a year, a note with no year of its own, or another year, times the work.
        ("предусмотреть средства в капитальном ремонте на 2018 – 2020 годы (декабрь).", Some("декабрь")),
        ("подготовить программу на 2018 год (IV квартал 2017 года).", Some("IV квартал 2017 года")),
        ("представить отчет за 2016 год (январь – декабрь 2016 года).", None),
        // A note timing the work by a period or an event, as a `срок` label would.
        ("организовать методическое сопровождение (в течение учебного года).", Some("в течение учебного года")),
        ("предусмотреть средства на замену школьных автобусов (при формировании бюджета).", Some("при формировании бюджета")),
        ("обеспечить участие представителей (при наличии).", None),
        ("осуществлять мониторинг потребности в кадрах (ежегодно, по состоянию на 1 сентября).", Some("ежегодно, по состоянию на 1 сентября")),
        // How often, by a count per period.
        ("проводить мониторинг результатов не реже одного раза в квартал.", Some("не реже одного раза в квартал")),
        // A phrase wrapped after its first word.
        ("обеспечить взаимодействие с организациями в\nтечение 2023/2024 учебного года.", Some("в\nтечение 2023/2024 учебного года")),
        // An event named again in a word in parentheses, or wrapped over lines; not one for an
        // attachment.
        ("обеспечить присутствие в день проведения итогового сочинения (изложения).", Some("в день проведения итогового сочинения (изложения)")),
        ("обеспечить присутствие в ППЭ в дни\nпроведения ЕГЭ.", Some("в дни\nпроведения ЕГЭ")),
        ("утвердить график дежурств на период зимних каникул (приложение).", None),
        // An event phrase holds no object of the action after it.
        ("организовать в течение летних каникул проведение спортивных мероприятий для детей.", None),
        // A range of days with a spaced dash is no dash setting a term off; after a comma closing
        // a phrase, a date closing the clause.
        ("провести тренировочные мероприятия 8 – 9 октября 2019 года.", Some("8 – 9 октября 2019 года")),
        ("провести НИКО в организациях, вошедших в выборку, 8 – 9 октября 2019 года.", Some("8 – 9 октября 2019 года")),
        // A clause that is all a purpose phrase holds no term.
        ("В целях обеспечения безопасности детей в период летней оздоровительной кампании 2020 года:", None),
        ("В целях обеспечения безопасности детей, провести проверки в период летней оздоровительной кампании 2020 года.", Some("в период летней оздоровительной кампании 2020 года")),
        // A schedule named bare; not one named with what it holds, nor after the dates.
        ("организовать передачу заданий в общеобразовательные организации в соответствии с графиком;", Some("в соответствии с графиком")),
        ("организовать занятия с обучающимися группы риска согласно графику консультаций;", None),
        ("Провести этап олимпиады в период с 20 сентября по 27 октября 2023 года в соответствии с графиком.", Some("в период с 20 сентября по 27 октября 2023 года")),
        ("обеспечить присутствие наблюдателей в день проведения олимпиады по соответствующему предмету;", Some("в день проведения олимпиады по соответствующему предмету")),
        // Days listed, the reserve days after a label.
        ("провести школьный этап 17.10.2023, 19.10.2023.", Some("17.10.2023, 19.10.2023")),
        ("Провести собеседование 14 февраля 2024 года, в дополнительные сроки - 13 марта 2024 года и 15 апреля 2024 года.", Some("14 февраля 2024 года, в дополнительные сроки - 13 марта 2024 года и 15 апреля 2024 года")),
        // A day of the month with the words naming the month, set off after the verb; the
        // recipient after it is no part of the term.
        ("представлять ежеквартально, не позднее 5 числа месяца, следующего за отчетным кварталом, в Агентство информацию.", Some("ежеквартально, не позднее 5 числа месяца, следующего за отчетным кварталом")),
        ("Представлять отчет до 5 числа месяца, следующего за отчетным, в министерство", None),
        // A short undated note after a dated term; not after an event.
        ("лагерей с дневным пребыванием детей на базе 24 организаций района с 1 по 21 июня 2021 года (1 смена);", Some("с 1 по 21 июня 2021 года")),
        ("Обеспечить охрану мест в период половодья (приложение № 2).", None),
        ("план мероприятий по организации отдыха детей в летний период 2021 года (приложение 2).", None),
        ("направлять реестры ежемесячно, не позднее 5-го числа месяца, следующего за месяцем приема заявлений.", Some("ежемесячно, не позднее 5-го числа месяца, следующего за месяцем приема заявлений")),
        // A term set off by commas inside the sentence, next to the verb it times.
        ("Незамедлительно, в течение 3 рабочих дней с момента выявления, информировать управление образования о фактах уходов.", Some("в течение 3 рабочих дней с момента выявления")),
        ("Информировать, в течение 3 рабочих дней с момента выявления, управление образования о фактах уходов.", Some("в течение 3 рабочих дней с момента выявления")),
        ("Обеспечить, в течение 2025 года, участие педагогов в конкурсе.", Some("в течение 2025 года")),
        ("Провести, с учетом рекомендаций, проверку школ.", None),
        // A count of days back from an event.
        ("Ознакомить педагогов с графиком под роспись не менее чем за 30 календарных дней до дня проведения аттестации.", Some("не менее чем за 30 календарных дней до дня проведения аттестации")),
        ("Обеспечить наличие не менее чем за счет средств бюджета.", None),
        // A schedule's terms, the schedule attached.
        ("Провести работы в сроки, установленные планом-графиком (приложение).", Some("в сроки, установленные планом-графиком")),
        ("Организовать приемку лагерей в соответствии с графиком (приложение № 2).", Some("в соответствии с графиком")),
    ];
    for (text, want) in cases {
        assert_eq!(inline(text), want, "{text}");
    }
}

#[test]
fn find_deadline_reads_inline_terms() {
    let ctx = DeadlineContext { document_date: document(), ..DeadlineContext::default() };
    let d = find_deadline("Отчет представлять ежеквартально до 5 числа месяца, следующего за отчетным.", &ctx);
    assert_eq!(d.map(|d| d.kind), Some(DeadlineKind::Recurring));
    let d = find_deadline("Довести приказ до сведения работников в 3-дневный срок.", &ctx);
    assert_eq!(d.and_then(|d| d.end).map(|d| d.to_string()).as_deref(), Some("2020-10-23"));
    // A daily term with its hour, before the verb it times.
    let doc = crate::parse("ПРОТОКОЛ\n\nРЕШИЛИ:\n1. Лыткиной С.Г. ежедневно в срок до 10.00 собирать информацию о посещаемости.\n");
    let d = doc.clauses.first().and_then(|c| c.deadline.as_ref());
    assert_eq!(d.map(|d| (d.kind, d.text.as_str())), Some((DeadlineKind::Recurring, "ежедневно в срок до 10.00")));
}

#[test]
fn academic_years_in_text() {
    assert_eq!(planned_academic_year("План на 2020/2021 учебный год", ""), Some(2020));
    assert_eq!(planned_academic_year("", "в 2019-2020 учебном году и в 2020 – 2021 учебном году, 2020/2021"), Some(2020));
    assert_eq!(planned_academic_year("", "2021-2023 гг."), None);
    // The year reported on is no year planned.
    assert_eq!(planned_academic_year("", "планы работы по итогам 2019/2020 учебного года, отчет за 2019-2020 учебный год"), None);
    assert_eq!(planned_academic_year("Об итогах 2023/2024 учебного года и задачах на 2024/2025 учебный год", ""), Some(2024));
    // The latest the title names is planned; a title that plans calendar years plans none.
    assert_eq!(planned_academic_year("Итоги в 2022-2023 учебном году и задачи на 2023-2024 учебный год", ""), Some(2023));
    assert_eq!(planned_academic_year("План по обеспечению кадрами на 2024–2026 годы", "на 2024/2025 учебный год"), None);
    // The year prepared for is planned in the months before it.
    assert_eq!(planned_academic_year("О подготовке образовательных организаций к новому 2024/2025 учебному году", ""), None);
    assert_eq!(planned_academic_year("", "к 2025/2026 учебному году; к началу 2025-2026 учебного года"), None);
    assert_eq!(planned_academic_year("", "к новому 2024/2025 учебному году; план работы на 2024/2025 учебный год"), Some(2024));
}

#[test]
fn a_title_planning_one_calendar_year() {
    assert_eq!(planned_calendar_year("ПЛАН мероприятий по повышению качества образования на 2021 год"), Some(2021));
    assert_eq!(planned_calendar_year("План на 2021 г."), Some(2021));
    for title in ["План на 2024–2026 годы", "План на 2021/2022 учебный год", "План на 2021 год и на 2022 год", "Итоги 2021 года"] {
        assert_eq!(planned_calendar_year(title), None, "{title}");
    }
    // The title's year places a month unless it falls before the document's month, where a
    // section heading's would.
    let start = |ctx: &YearContext| read_deadline("январь", 0, ctx).and_then(|d| d.start);
    let title = YearContext { heading_year: Some(2018), heading_from_title: true, document: Date::new(2018, 10, 26), ..YearContext::default() };
    assert_eq!(start(&title), Date::new(2019, 1, 1));
    assert_eq!(start(&YearContext { document: Date::new(2017, 12, 28), ..title }), Date::new(2018, 1, 1));
    assert_eq!(start(&title.under_heading("Мероприятия 2018 года")), Date::new(2018, 1, 1));
}

#[test]
fn an_academic_year_written_ahead_in_the_text_places_no_month_beyond_a_year() {
    let end = |ctx: &YearContext| read_deadline("до 1 апреля", 0, ctx).and_then(|d| d.end);
    let ctx = YearContext { academic_year: Some(2022), document: Date::new(2022, 2, 17), ..YearContext::default() };
    // Named by a title, the year places the month (rule 2) however far.
    assert_eq!(end(&ctx), Date::new(2023, 4, 1));
    // Only written in the text, it gives way to the document date (rule 3).
    assert_eq!(end(&YearContext { academic_in_text: true, ..ctx }), Date::new(2022, 4, 1));
    let autumn = YearContext { academic_in_text: true, document: Date::new(2022, 9, 1), ..ctx };
    assert_eq!(end(&autumn), Date::new(2023, 4, 1));
    // Nor the document's own month a year on: `до 25 августа` in a protocol of 2 August 2018.
    let august = YearContext { academic_year: Some(2018), academic_in_text: true, document: Date::new(2018, 8, 2), ..ctx };
    assert_eq!(read_deadline("до 25 августа", 0, &august).and_then(|d| d.end), Date::new(2018, 8, 25));
}

/// Genitive month names, and the abbreviations documents use.
const GENITIVE: [&str; 12] =
    ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
const ABBREVIATED: [&str; 12] = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."];

/// A date written in one of the supported forms.
fn written(form: usize, y: i32, m: u32, d: u32) -> String {
    let month = GENITIVE.get(m as usize - 1).copied().unwrap_or("");
    let abbr = ABBREVIATED.get(m as usize - 1).copied().unwrap_or("");
    match form {
        0 => format!("{d} {month} {y} г."),
        1 => format!("{d} {month} {y} года"),
        2 => format!("«{d:02}» {month} {y} г."),
        3 => format!("{d}-го {month} {y} года"),
        4 => format!("{d:02}.{m:02}.{y}"),
        5 => format!("{d:02}.{m:02}.{:02}", y % 100),
        6 => format!("{d:02}/{m:02}/{y}"),
        7 => format!("{d} {abbr} {y} г."),
        8 => format!("{d:02}.{m:02}.{y} г."),
        9 => format!("{d:02}-{m:02}-{y}"),
        10 => format!("{d} {month} {y}г."),
        _ => format!("{d}.{m}.{y}"),
    }
}

/// The ways a `by` term is introduced.
const BY_PREPOSITIONS: [&str; 7] = ["до", "не позднее", "в срок до", "в срок не позднее", "к", "по", "До"];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn dates_read_back(y in 1950i32..2150, m in 1u32..=12, d in 1u32..=31, form in 0usize..12, prep in 0usize..8) {
        let Some(date) = Date::new(y, m, d) else { return Ok(()) };
        // Two-digit years are read in this century up to 49, in the last from 50.
        let short = crate::extract::date::two_digit_year(y % 100);
        let date = if form == 5 { Date::new(short, m, d).unwrap_or(date) } else { date };
        if form == 5 && Date::new(short, m, d).is_none() {
            return Ok(());
        }
        let text = written(form, date.year(), m, d);
        let (phrase, kind) = match BY_PREPOSITIONS.get(prep) {
            Some(p) => (format!("{p} {text}"), DeadlineKind::By),
            None => (text, DeadlineKind::On),
        };
        for ctx in [DeadlineContext::new(), DeadlineContext::new().document_date(date).academic_year(2020)] {
            let got = parse_deadline(&phrase, &ctx);
            prop_assert_eq!(got.as_ref().map(|g| (g.kind, g.end, g.year_inferred)), Some((kind, Some(date), false)), "{}", phrase);
            let start = got.and_then(|g| g.start);
            prop_assert_eq!(start, (kind == DeadlineKind::On).then_some(date), "{}", phrase);
        }
    }

    #[test]
    fn parsing_never_panics(s in "\\PC{0,40}") {
        let ctx = DeadlineContext { document_date: document(), ..DeadlineContext::default() };
        let _ = parse_deadline(&s, &ctx);
        if let Some((a, b)) = find_inline(&s) {
            prop_assert!(a <= b && s.is_char_boundary(a) && s.is_char_boundary(b));
        }
    }
}

/// Inputs the fuzzer found (`corpus/regressions/deadline/`): they must read without panicking,
/// with spans inside the text and no period that ends before it starts.
#[test]
fn fuzz_regressions() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/regressions/deadline");
    let Ok(entries) = std::fs::read_dir(&dir) else { return };
    let ctx = context("doc").unwrap_or_default();
    for entry in entries.flatten() {
        let bytes = std::fs::read(entry.path()).unwrap_or_default();
        let text = String::from_utf8_lossy(&bytes);
        for d in [parse_deadline(&text, &ctx), find_deadline(&text, &ctx)].into_iter().flatten() {
            assert!(d.span.end as usize <= text.len(), "{:?}", entry.path());
            assert!(d.periods.iter().all(|p| p.0.zip(p.1).is_none_or(|(s, e)| s <= e)), "{:?}: {d:?}", entry.path());
        }
    }
}

/// The inline finder as it was first written, kept as the oracle for the faster one: it
/// lower-cases the whole clause, lists every word start, tries the last 64 in order, and finds
/// notes with plain string searches. The steps the faster finder did not change (the term
/// predicate, a note's term, a labelled last sentence) are shared with it.
mod reference {
    use super::super::inline::{
        after_participle, before_attachment, before_gerund, before_how, before_note, closing_an_earlier_sentence, closing_term, dashed_term, inside_quotes, labelled_last_sentence, names_a_day,
        keeps_to_schedule, names_its_time, note_term, set_off_term,
    };
    use crate::extract::date::lower_same_len;
    use crate::text::is_space;

    /// See [`crate::extract::deadline::find_inline`].
    pub(super) fn find_inline(text: &str) -> Option<(usize, usize)> {
        let lower = lower_same_len(text);
        if let Some(found) = find_parenthesised(text, &lower) {
            return Some(found);
        }
        if let Some(found) = labelled_last_sentence(text) {
            return Some(found);
        }
        let outside_quotes = |&(s, _): &(usize, usize)| !inside_quotes(text, s);
        let closing = |t: &str| closing_words(&lower_same_len(t));
        closing_words(&lower)
            .filter(outside_quotes)
            .or_else(|| dashed_term(text))
            .or_else(|| closing_an_earlier_sentence(text, closing))
            .or_else(|| before_how(text).find_map(closing))
            .or_else(|| before_gerund(text).and_then(closing))
            .or_else(|| before_note(text).and_then(closing).filter(|&r| names_its_time(text, r)))
            .or_else(|| before_attachment(text).and_then(closing).filter(|&r| names_a_day(text, r) || keeps_to_schedule(text, r)))
            .filter(outside_quotes)
            .filter(|&(s, _)| !after_participle(text, s))
            .map(|(s, e)| set_off_term(text).filter(|&(s2, e2)| s2 == s && e2 < e).unwrap_or((s, e)))
    }

    /// The closing term among the last 64 words.
    fn closing_words(lower: &str) -> Option<(usize, usize)> {
        let body_end = closing_end(lower);
        let body = lower.get(..body_end)?;
        let starts = word_starts(body);
        let last = starts.get(starts.len().saturating_sub(64)..)?;
        let start = last.iter().copied().find(|&start| {
            let (Some(before), Some(tail)) = (body.get(..start), body.get(start..)) else { return false };
            closing_term(tail, before)
        })?;
        Some((start, body_end))
    }

    /// Where the clause's words end: before closing punctuation, but after the dot of `г.`.
    fn closing_end(lower: &str) -> usize {
        let end = lower.trim_end_matches(|c: char| is_space(c) || matches!(c, '.' | ';' | ',')).len();
        let body = lower.get(..end).unwrap_or("");
        let abbreviated =
            body.rsplit(|c: char| !crate::text::is_letter(c)).next().is_some_and(|w| matches!(w, "г" | "гг"));
        if abbreviated && lower.get(end..).is_some_and(|r| r.starts_with('.')) {
            end + 1
        } else {
            end
        }
    }

    /// Byte offsets where words start.
    fn word_starts(body: &str) -> Vec<usize> {
        let mut prev_space = true;
        let mut out = Vec::new();
        for (i, c) in body.char_indices() {
            if prev_space && !is_space(c) {
                out.push(i);
            }
            prev_space = is_space(c);
        }
        out
    }

    /// Whether the text ends inside `с 1 …` (see `inline::opens_period`), from all its words.
    pub(super) fn opens_period(before: &str) -> bool {
        let words: Vec<&str> = before.split(is_space).filter(|w| !w.is_empty()).collect();
        let recent = words.get(words.len().saturating_sub(3)..).unwrap_or(&[]);
        recent.windows(2).any(|pair| {
            matches!(pair, [w, next] if matches!(*w, "с" | "со") && next.starts_with(|c: char| c.is_ascii_digit() || c == '«'))
        })
    }

    /// `(срок – до 1 ноября)`, `(ответственный – …, срок – до 1 ноября)`: the first note with a
    /// `срок` part at its start or after `,`/`;`.
    fn find_parenthesised(text: &str, lower: &str) -> Option<(usize, usize)> {
        lower.match_indices('(').find_map(|(open, _)| {
            let close = open + lower.get(open..)?.find(')')?;
            let note = lower.get(open + 1..close)?;
            let mut part_starts = std::iter::once(0).chain(note.match_indices([',', ';']).map(|(i, _)| {
                let rest = note.get(i + 1..).unwrap_or("");
                i + 1 + rest.len() - rest.trim_start_matches(is_space).len()
            }));
            let part = part_starts.find(|&at| note.get(at..).is_some_and(|p| p.starts_with("срок")))?;
            note_term(text, open + 1 + part, close)
        })
    }
}

/// Words of clause text, term words among them, capitals and odd Unicode.
const CLAUSE_WORDS: &[&str] = &[
    "Разместить", "план", "на", "сайте", "отчет", "представить", "Обеспечить", "участие", "работников", "и",
    "до", "До", "ДО", "в срок до", "не позднее", "к", "К", "по", "с", "со", "С", "в", "В", "течение", "срок",
    "Срок", "1", "10", "2020", "ноября", "марта", "года", "г.", "г", "ежегодно", "постоянно", "учебного", "–",
    "-", ",", ".", ";", "«", "»", "(", ")", "Ёлка", "ёжик", "İ", "ẞ", "Σ", "K", "\u{ad}", "\u{feff}", "%", "№ 15",
];

/// Pieces of closing terms: prepositions, dates, month names, year words, whole phrases.
const TERM_PIECES: &[&str] = &[
    "до", "До", "ДО", "в срок до", "В срок до", "в срок не позднее", "в срок по", "не позднее", "Не позднее",
    "не позже", "к", "К", "по", "с", "со", "в", "В", "на", "течение", "в течение", "в течение 10 дней",
    "в течение месяца", "В ТЕЧЕНИЕ 5 РАБОЧИХ ДНЕЙ", "со дня подписания настоящего приказа",
    "с даты издания приказа", "в 3-дневный срок", "в трехдневный срок", "в месячный срок", "01.11.2020",
    "1.12.2020", "25.12.20", "31/03/2021", "1", "10", "5", "31", "«31»", "1-го", "2020", "2021", "ноября",
    "Ноября", "марта", "декабря", "января", "сент.", "апреля", "июнь", "года", "год", "г.", "г", "гг.", "Г.",
    "2020/2021", "2020-2021", "учебного", "учебного года", "конца", "концу", "окончания", "текущего", "ежегодно",
    "ЕЖЕКВАРТАЛЬНО", "ежемесячно,", "еженедельно", "ежедневно", "числа", "месяца", "квартала", "IV квартал",
    "1 полугодие", "постоянно", "Постоянно.", "на постоянной основе", "в постоянном режиме", "регулярно",
    "бессрочно", "систематически", "с 1 по 10 апреля", "по 10 апреля", "–", ",", ".",
];

/// The prepositions of `by` terms.
const BY_WORDS: &[&str] = &["до", "До", "в срок до", "не позднее", "НЕ ПОЗДНЕЕ", "не позже", "к", "по", "в срок по"];

/// What `by` terms end at.
const BY_POINTS: &[&str] = &[
    "01.11.2020", "1.12.2020 г.", "25.12.20", "1 ноября", "1 ноября 2020 года", "«31» марта 2021 г.", "1-го июня",
    "марта", "марта 2021 г.", "конца 2020 года", "конца года", "окончания учебного года", "2021 г.", "IV квартала",
];

/// What may stand before a `by` term: often nothing, else the start of a period or not quite.
const BY_BEFORE: &[&str] = &["", "", "", "с 1 ", "со 2 ", "С 1 ", "с «1» ", "с 1 марта ", "с отчетом ", "с 1 по 2 "];

/// Parenthesised notes, some of them terms.
const NOTES: &[&str] = &[
    "(срок – до 1 ноября)", "(срок исполнения: до 1.12.2020)", "(Срок", "(срок", "(СРОК: до 1 июня 2021 г.)",
    "(срок)", "(см. выше)",
];

/// Separators between the pieces: spaces of several kinds (the plain one most often),
/// punctuation, nothing.
const CLAUSE_SEPARATORS: &[&str] =
    &[" ", " ", " ", "  ", "\u{a0}", "\n", "\r\n", "\t", ", ", " – ", "", ".", "\u{2009}"];

/// Closing punctuation.
const CLAUSE_ENDINGS: &[&str] = &["", ".", ";", ",", " .", ". ", " г.", "г.", ".;", "\u{a0}"];

/// One of `list`.
fn one_of(list: &'static [&'static str]) -> impl Strategy<Value = String> + Clone {
    proptest::sample::select(list).prop_map(str::to_string)
}

/// Up to `max` pieces, each followed by a separator.
fn joined(pieces: impl Strategy<Value = String>, max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec((pieces, one_of(CLAUSE_SEPARATORS)), 0..max)
        .prop_map(|parts| parts.into_iter().map(|(piece, sep)| piece + &sep).collect())
}

/// A `by` term, maybe after the start of a period.
fn by_phrase() -> impl Strategy<Value = String> {
    (one_of(BY_BEFORE), one_of(BY_WORDS), one_of(CLAUSE_SEPARATORS), one_of(BY_POINTS))
        .prop_map(|(before, by, sep, point)| before + &by + &sep + &point)
}

/// A clause-like text: words (up to about 90 of them, or only a few) with maybe a note among
/// them, then pieces of terms or a whole `by` term, then closing punctuation.
fn clause_text() -> impl Strategy<Value = String> {
    let odd = "[а-яА-ЯёЁa-z0-9.,;:«»()\\- \u{a0}]{0,6}";
    let word = prop_oneof![12 => one_of(CLAUSE_WORDS), 3 => one_of(TERM_PIECES), 1 => odd];
    let head = prop_oneof![joined(word.clone(), 3), joined(word.clone(), 60)];
    let note = proptest::option::weighted(0.1, one_of(NOTES).prop_map(|n| n + " "));
    let term = prop_oneof![
        2 => joined(one_of(TERM_PIECES), 7),
        2 => by_phrase(),
        1 => (by_phrase(), joined(one_of(TERM_PIECES), 3)).prop_map(|(by, more)| by + " " + &more),
    ];
    (head, note, joined(word, 30), term, one_of(CLAUSE_ENDINGS))
        .prop_map(|(head, note, words, term, ending)| head + &note.unwrap_or_default() + &words + &term + &ending)
}

proptest! {
    /// The inline finder agrees with the straightforward one it replaced.
    #[test]
    fn inline_finder_matches_the_reference(s in clause_text()) {
        prop_assert_eq!(find_inline(&s), reference::find_inline(&s), "{:?}", s);
    }

    /// The backward reading of the last three words agrees with the word list it replaced.
    #[test]
    fn opens_period_matches_the_reference(
        before in proptest::collection::vec(proptest::sample::select(vec!["с", "со", "1", "«А»", "до", "план", " ", "\u{a0}"]), 0..8)
            .prop_map(|w| w.join(" "))
    ) {
        let lower = crate::extract::date::lower_same_len(&before);
        prop_assert_eq!(super::inline::opens_period(&lower), reference::opens_period(&lower), "{:?}", before);
    }
}

/// Proptest found the finder and its reference apart on a dash before a broken word: the
/// reference read the dash as a term's first word (cleaning drops it as a bullet).
#[test]
fn a_dash_opens_no_closing_term() {
    let s = "Разместить – в течение Ё-\nРазместитьдо 01.11.2020";
    assert_eq!(find_inline(s), reference::find_inline(s));
}

/// Clauses of many words, where only the last 64 words may open the term.
#[test]
fn inline_finder_on_long_clauses() {
    let words = |n: usize| vec!["работников"; n].join(" ");
    let terms =
        [("с 1", "в течение 10 дней со дня"), ("с 1 по 2", "в течение 10 дней с даты")];
    for (before, term) in terms {
        for n in 50..70 {
            let text = format!("Обеспечить {} {before} {term} {}.", words(n), words(n));
            let found = find_inline(&text);
            assert_eq!(found, reference::find_inline(&text), "{text}");
            assert_eq!(found.is_some(), term.split(' ').count() + n <= 64, "{text}");
        }
    }
}

/// A Markdown copy sets a term in bold inside the clause (`… **в срок до 15.02.2024**.`); the
/// emphasis stands where a space would.
#[test]
fn term_in_bold_inside_a_clause() {
    let ctx = DeadlineContext::new();
    let text = "Провести анализ и довести его до руководителей школ **в срок до 15.02.2024**.";
    let d = find_deadline(text, &ctx).map(|d| d.text);
    assert_eq!(d.as_deref(), Some("в срок до 15.02.2024"));
    // Closing the clause, the emphasis before its stop.
    let text = "Руководителям обеспечить приемку лагерей комиссиями **до 25 мая 2021 года**;";
    assert_eq!(find_inline(text).and_then(|(s, e)| text.get(s..e)), Some("до 25 мая 2021 года"));
}

/// `к` and a full date right after the verb is a day to act by, as `до` is; elsewhere `к` names
/// what a thing is for or belongs to.
#[test]
fn a_day_after_k_right_after_the_verb() {
    let ctx = DeadlineContext::new();
    let text = |s: &str| find_deadline(s, &ctx).map(|d| (d.text, d.kind));
    assert_eq!(text("Обеспечить к 01.09.2023 готовность пунктов."), Some(("к 01.09.2023".to_string(), DeadlineKind::By)));
    assert_eq!(text("Рекомендовать МКУ «Центр» обеспечить к 1 февраля 2023 года укомплектование пунктов."), Some(("к 1 февраля 2023 года".to_string(), DeadlineKind::By)));
    assert_eq!(text("Направить приложение к приказу от 01.09.2023 в школы."), None);
}

/// `03.09.2018 до 12.00`: the hour a day's work is due by makes the day a `by` term; the hour
/// something takes place at leaves it the day.
#[test]
fn a_day_with_the_hour_it_is_due_by() {
    let ctx = DeadlineContext::new();
    let kind = |s: &str| parse_deadline(s, &ctx).map(|d| (d.kind, d.end.map(|e| e.to_string())));
    assert_eq!(kind("03.09.2018 до 12.00."), Some((DeadlineKind::By, Some("2018-09-03".to_string()))));
    assert_eq!(kind("03.09.2018 в 10.00").map(|k| k.0), Some(DeadlineKind::On));
}

/// A term that comes round with a school's periods recurs, as the `еже-` words do.
#[test]
fn terms_recurring_with_a_school_s_periods() {
    let ctx = DeadlineContext::new();
    for term in ["по итогам каждой четверти", "ежечетвертно", "по полугодиям"] {
        assert_eq!(parse_deadline(term, &ctx).map(|d| d.kind), Some(DeadlineKind::Recurring), "{term}");
    }
}
