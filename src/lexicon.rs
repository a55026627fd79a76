//! Every Russian literal the passes match on: months, document kinds, operative formulas,
//! positions, meeting sections, labels. Written as `match` arms over lowercase words.
//!
//! Callers lowercase a word once ([`lower`]) and ask; nothing here allocates otherwise.

use crate::model::DocumentKind;
use std::borrow::Cow;

/// `s` in lower case (Cyrillic and Latin), `ё` folded to `е`.
pub(crate) fn lower(s: &str) -> Cow<'_, str> {
    crate::text::lower(s, false)
}

/// The month a word names, in any case or common abbreviation: `марта`, `Сентябрь`, `сент.`,
/// `нояб`. The word is given in lower case, without a trailing dot.
pub(crate) fn month(word: &str) -> Option<u32> {
    let m = match word {
        "январь" | "января" | "январе" | "январю" | "янв" => 1,
        "февраль" | "февраля" | "феврале" | "февралю" | "фев" | "февр" => 2,
        "март" | "марта" | "марте" | "марту" | "мар" => 3,
        "апрель" | "апреля" | "апреле" | "апрелю" | "апр" => 4,
        "май" | "мая" | "мае" | "маю" => 5,
        "июнь" | "июня" | "июне" | "июню" | "июн" => 6,
        "июль" | "июля" | "июле" | "июлю" | "июл" => 7,
        "август" | "августа" | "августе" | "августу" | "авг" => 8,
        "сентябрь" | "сентября" | "сентябре" | "сентябрю" | "сен" | "сент" => 9,
        "октябрь" | "октября" | "октябре" | "октябрю" | "окт" => 10,
        "ноябрь" | "ноября" | "ноябре" | "ноябрю" | "ноя" | "нояб" => 11,
        "декабрь" | "декабря" | "декабре" | "декабрю" | "дек" => 12,
        _ => return None,
    };
    Some(m)
}

/// The document kind a type word names (`приказ`, `РЕШЕНИЕ`), given in lower case. A conference's or
/// forum's resolution (`РЕЗОЛЮЦИЯ`) is its decision.
pub(crate) fn document_kind(word: &str) -> Option<DocumentKind> {
    Some(match word {
        "решение" | "резолюция" => DocumentKind::Decision,
        "приказ" => DocumentKind::Order,
        "протокол" => DocumentKind::Protocol,
        "постановление" => DocumentKind::Resolution,
        "распоряжение" => DocumentKind::Directive,
        _ => return None,
    })
}

/// Type words of operative acts the contract names no kind for (lower case): a decree (`УКАЗ`),
/// an inspector's order to remedy (`ПРЕДПИСАНИЕ`), a prosecutor's or an audit chamber's
/// representation (`ПРЕДСТАВЛЕНИЕ`), a demand (`ТРЕБОВАНИЕ`), the conclusion of public hearings
/// (`ЗАКЛЮЧЕНИЕ`).
pub(crate) fn is_act_of_no_kind(word: &str) -> bool {
    matches!(word, "указ" | "предписание" | "представление" | "требование" | "заключение")
}

/// The kind of document a type word in the genitive names (`выписка из протокола`), given in
/// lower case.
pub(crate) fn document_kind_genitive(word: &str) -> Option<DocumentKind> {
    Some(match word {
        "решения" | "резолюции" => DocumentKind::Decision,
        "приказа" => DocumentKind::Order,
        "протокола" => DocumentKind::Protocol,
        "постановления" => DocumentKind::Resolution,
        "распоряжения" => DocumentKind::Directive,
        _ => return None,
    })
}

/// Bodies whose name may follow the type word on the type line: `Решение коллегии`.
pub(crate) fn is_body_genitive(word: &str) -> bool {
    matches!(
        word,
        "коллегии" | "совета" | "комиссии" | "совещания" | "заседания" | "собрания" | "штаба"
    )
}

/// Whether a word (lower case) asks for a number after it (`пунктом 3.2`, `статьями 67`, `№`):
/// a line ending in it goes on.
pub(crate) fn asks_for_number(word: &str) -> bool {
    matches!(
        word,
        "пункт" | "пункта" | "пунктом" | "пунктами" | "пунктах" | "подпункт" | "подпункта" | "подпунктом" | "подпунктами" | "статья" | "статьи" | "статьей"
            | "статьёй" | "статьями" | "статьях" | "часть" | "части" | "частью" | "частями" | "раздел" | "раздела" | "разделом" | "главой"
            | "п." | "пп." | "ст." | "ч." | "№" | "n"
    )
}

/// Whether a word (lower case) is a conjunction or a preposition, which no sentence ends with.
pub(crate) fn is_conjunction_or_preposition(word: &str) -> bool {
    matches!(
        word,
        "и" | "или" | "а" | "но" | "либо" | "в" | "во" | "на" | "с" | "со" | "по" | "от" | "к" | "ко" | "о" | "об" | "за" | "из" | "для" | "до" | "при"
            | "у" | "через" | "между" | "под" | "над" | "без"
    )
}

/// Whether a word (lower case) is the verb of an operative formula (`решила`, `приказываю`).
pub(crate) fn is_formula_verb(word: &str) -> bool {
    formula_verb(word).is_some()
}

/// The verb of an operative formula (`решила`, `приказываю`), given in lower case, and the
/// kind of document it implies.
pub(crate) fn formula_verb(word: &str) -> Option<DocumentKind> {
    FORMULA_VERBS.iter().find(|(verb, _)| *verb == word).map(|&(_, kind)| kind)
}

/// The verbs of operative formulas (lower case) and the kind of document each makes.
pub(crate) const FORMULA_VERBS: [(&str, DocumentKind); 26] = [
    ("решила", DocumentKind::Decision),
    ("решил", DocumentKind::Decision),
    ("решило", DocumentKind::Decision),
    ("решает", DocumentKind::Decision),
    ("решает:", DocumentKind::Decision),
    ("решили", DocumentKind::Protocol),
    ("приказываю", DocumentKind::Order),
    ("приказывает", DocumentKind::Order),
    ("приказываем", DocumentKind::Order),
    ("обязываю", DocumentKind::Order),
    ("постановляет", DocumentKind::Resolution),
    ("постановляю", DocumentKind::Resolution),
    ("постановляем", DocumentKind::Resolution),
    ("постановил", DocumentKind::Resolution),
    ("постановила", DocumentKind::Resolution),
    ("постановили", DocumentKind::Resolution),
    ("распоряжаюсь", DocumentKind::Directive),
    ("предлагаю", DocumentKind::Directive),
    // `ПОРУЧАЮ:` opens a list of instructions (`ПЕРЕЧЕНЬ ПОРУЧЕНИЙ`), of no kind of its own;
    // so do an inspector's `ПРЕДПИСЫВАЮ:`, a prosecutor's `ТРЕБУЮ:`, a chamber's `предлагает:`,
    // and in a site's report of a meeting `Глава района поручил:` and `Решено:`.
    ("поручаю", DocumentKind::Other),
    ("поручил", DocumentKind::Other),
    ("поручила", DocumentKind::Other),
    ("поручили", DocumentKind::Other),
    ("решено", DocumentKind::Other),
    ("предписываю", DocumentKind::Other),
    ("требую", DocumentKind::Other),
    ("предлагает", DocumentKind::Other),
];

/// Words that start the name of an issuing body (lower case, word stems).
pub(crate) fn is_authority_word(word: &str) -> bool {
    const STEMS: &[&str] = &[
        "министерств",
        "управлени",
        "администраци",
        "территориальн",
        "отдел",
        "департамент",
        "комитет",
        "правительств",
        "коллеги",
        "служб",
        "агентств",
        "губернатор",
        "мэри",
        "совет",
        "дума",
        "собрани",
        "хурал",
        "учреждени",
        "школ",
        "гимнази",
        "лице",
        "инспекци",
        "главы",
        "глава",
        "федеральн",
        "муниципальн",
        "государственн",
        "краев",
        "областн",
        "комисси",
        "штаб",
        "президент",
    ];
    STEMS.iter().any(|stem| word.starts_with(stem))
}

/// Nouns that name an organisation or a body that can be told to act (lower case, stems):
/// `отделу`, `министерству`, `организациям`, `комиссии`.
pub(crate) fn is_organisation_word(word: &str) -> bool {
    const STEMS: &[&str] = &[
        "орган", "отдел", "управлени", "министерств", "департамент", "комитет", "организаци",
        "учреждени", "администраци", "комисси", "центр", "служб", "агентств", "инспекци", "совет",
        "школ", "гимнази", "лице", "колледж", "институт", "университет", "библиотек", "музе",
        "фонд", "предприяти", "обществ", "штаб", "групп", "филиал", "редакци", "отделени",
        "сектор", "бюро", "палат", "прокуратур", "полици", "подразделени", "аппарат", "дирекци",
        "объединени", "ассоциаци", "союз", "палат", "правительств", "мэри", "дум", "собрани",
        "коллеги", "секретариат", "канцеляри", "пресс-служб", "кафедр", "лаборатори",
        "товариществ", "кооператив",
    ];
    STEMS.iter().any(|stem| word.starts_with(stem))
}

/// Words that open a preamble rather than a title (`В целях …`, `Заслушав …`), lower case.
pub(crate) fn is_preamble_opener(first: &str, second: &str) -> bool {
    matches!(
        (first, second),
        ("в", "целях" | "соответствии" | "связи" | "рамках" | "исполнение" | "целях,")
            | ("на", "основании")
            | ("во", "исполнение")
            | ("заслушав" | "рассмотрев" | "обсудив" | "руководствуясь" | "учитывая", _)
    )
}

/// Words a signer's role or a person's position starts with (lower case).
pub(crate) fn is_position_word(word: &str) -> bool {
    const STEMS: &[&str] = &[
        "председател",
        "секретар",
        "статс-секретар",
        "вице-",
        "сити-менеджер",
        "управляющ",
        "руководител",
        "начальник",
        "министр",
        "заместител",
        "директор",
        "глава",
        "главы",
        "губернатор",
        "мэр",
        "ректор",
        "проректор",
        "декан",
        "президент",
        "заведующ",
        "и.о",
        "и. о",
        "врио",
        "вр.и.о",
        "исполняющ",
        "первый",
        "уполномоченн",
        "референт",
        "специалист",
        "консультант",
        "инспектор",
        "советник",
        "помощник",
        "главный",
        "главному",
        "ведущий",
        "ведущему",
        "старш",
        "методист",
        "педагог",
        "учител",
        "воспитател",
        "бухгалтер",
        "эксперт",
        "экономист",
        "юрисконсульт",
        "инженер",
        "координатор",
        "делопроизводител",
        "комиссар",
        "старост",
        "прокурор",
    ];
    // `член` only as the noun (`членам комиссии`), not the adjective (`Членские взносы`).
    let member = word.strip_prefix("член").is_some_and(|end| matches!(end, "" | "а" | "у" | "ом" | "е" | "ы" | "ов" | "ам" | "ами" | "ах"));
    member || STEMS.iter().any(|stem| word.starts_with(stem)) || is_rank_word(word)
}

/// Whether a word is a military or special rank (`полковнику полиции`, `генерал-майора`,
/// `капитан юстиции`, `старшему лейтенанту`), lower case, in any case.
pub(crate) fn is_rank_word(word: &str) -> bool {
    const STEMS: &[&str] = &[
        "полковник", "подполковник", "майор", "капитан", "лейтенант", "генерал", "прапорщик", "сержант", "старшин",
        "ефрейтор", "мичман", "адмирал", "контр-адмирал", "вице-адмирал",
    ];
    STEMS.iter().any(|stem| word.starts_with(stem))
}

/// How a signer's role starts when its first word alone does not tell (`Временно исполняющий
/// обязанности Главы`, `Генеральный директор`, `Учёный секретарь`, `Единственный участник`),
/// in lower case.
pub(crate) const SIGNER_ROLE_OPENERS: [&str; 14] = [
    "временно исполняющ",
    // The owners of a company and the counters of a meeting's votes sign its minutes.
    "единственный участник",
    "участник",
    "счетная комиссия",
    "военный комиссар",
    "генеральный директор",
    "исполнительный директор",
    "технический директор",
    "коммерческий директор",
    "финансовый директор",
    "корпоративный секретарь",
    "учёный секретарь",
    "ученый секретарь",
    "генеральный секретарь",
];

/// Nouns that open an appendix's title, naming what it is (`СПИСОК участников`, `План
/// мероприятий`, `Состав комиссии`), in lower case.
pub(crate) const APPENDIX_KINDS: [&str; 15] = [
    "список",
    "состав",
    "план",
    "перечень",
    "график",
    "положение",
    "порядок",
    "регламент",
    "программа",
    "дорожная",
    "календарный",
    "комплексный",
    "мероприятия",
    "расписание",
    "смета",
];

/// How a signer's role that names who kept the minutes starts (`Протокол вел`, `Протокол
/// вела`, `Протоколировал`, `Ответственный секретарь`), in lower case.
pub(crate) const MINUTES_KEEPER_ROLES: [&str; 5] =
    ["протокол вел", "протокол составил", "протокол оформил", "протоколировал", "ответственный секретарь"];

/// Sections of a meeting block, named by the word that opens them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MeetingSection {
    /// `Формат проведения:`
    Format,
    /// `Председатель:`, `Председательствующий:`
    Chair,
    /// `Секретарь:`
    Secretary,
    /// `ПРИСУТСТВОВАЛИ:`, `Приглашенные:`
    Present,
    /// `СЛУШАЛИ:`, `ВЫСТУПИЛИ:`
    Heard,
    /// `ПОВЕСТКА ДНЯ:`, `Отсутствовали:` and other headings kept out of the preamble.
    Other,
}

/// The meeting section a heading opens (`присутствовали`, `формат проведения`, `председатель
/// комиссии`, `члены коллегии`, `ответственный секретарь`), lower case, without the colon.
///
/// The head word decides; words after it may only name the meeting or its body (`комиссии`,
/// `на заседании`), so `председатель` heads a section and `председатель правительства` does not.
pub(crate) fn meeting_section(heading: &str) -> Option<MeetingSection> {
    // `присутствовали члены общественного совета (9 человек из 13)`: a count in parentheses
    // closing the heading says how many, not who.
    let heading = match heading.strip_suffix(')').and_then(|h| h.rfind('(').map(|at| (h, at))) {
        Some((h, at)) if h.get(at + 1..).is_some_and(|inner| inner.contains(|c: char| c.is_ascii_digit())) => h.get(..at).unwrap_or(h).trim_end(),
        _ => heading,
    };
    // `По первому вопросу выступили:`: who spoke on a question, not the question.
    if let Some(speakers) = after_question_words(heading) {
        return matches!(speakers, "выступили" | "выступил" | "выступила").then_some(MeetingSection::Heard);
    }
    let (head, rest) = heading.split_once(' ').unwrap_or((heading, ""));
    let section = match head {
        "формат" | "форма" if rest == "проведения" => return Some(MeetingSection::Format),
        "председатель" | "председательствующий" | "председательствовал" | "председательствовала" => {
            MeetingSection::Chair
        }
        // `Руководитель ШМО:`, `Руководитель методического объединения:` preside over theirs.
        "руководитель" => {
            let association = matches!(rest, "шмо" | "мо" | "рмо" | "гмо" | "ммо" | "пмо");
            return (association || names_meeting(rest)).then_some(MeetingSection::Chair);
        }
        "секретарь" => MeetingSection::Secretary,
        "ответственный" => {
            let after = rest.strip_prefix("секретарь")?;
            return (after.is_empty() || names_meeting(after.trim_start())).then_some(MeetingSection::Secretary);
        }
        "присутствовали" | "приглашенные" | "приглашены" | "присутствующие" | "участники" | "члены" => {
            MeetingSection::Present
        }
        "заместитель" => {
            let after = rest.strip_prefix("председателя")?;
            return (after.is_empty() || names_meeting(after.trim_start())).then_some(MeetingSection::Present);
        }
        "слушали" | "выступили" | "выступил" | "выступила" | "докладчики" | "докладчик" | "докладывал" | "докладывала"
        | "предложено" | "предложили" => {
            MeetingSection::Heard
        }
        "повестка" if matches!(rest, "" | "дня" | "заседания" | "совещания") => return Some(MeetingSection::Other),
        "отсутствовали" => MeetingSection::Other,
        _ => return None,
    };
    // `Приглашенные лица:`: those invited named by a plain noun.
    let persons = section == MeetingSection::Present && rest == "лица";
    (rest.is_empty() || persons || names_meeting(rest)).then_some(section)
}

/// The words of a heading after `по первому вопросу` (`повестки`, `повестки дня`), if it opens
/// so (lower case).
fn after_question_words(heading: &str) -> Option<&str> {
    let rest = heading.strip_prefix("по ")?;
    let (ordinal, rest) = rest.split_once(' ')?;
    let rest = rest.strip_prefix("вопросу ").filter(|_| ordinal.ends_with("ому") || ordinal.ends_with("ему") || ordinal.chars().all(|c| c.is_ascii_digit()))?;
    let rest = rest.strip_prefix("повестки ").map_or(rest, |r| r.strip_prefix("дня ").unwrap_or(r));
    Some(rest)
}

/// Whether the words after a meeting heading's head word name the meeting or its body
/// (`комиссии`, `коллегии`, `на заседании`, `рабочей группы`): at most three words, the
/// last of them a meeting noun.
fn names_meeting(words: &str) -> bool {
    // `члены ГЭК`, `члены государственной экзаменационной комиссии`: the members, of the body.
    let words = words.strip_prefix("члены ").unwrap_or(words);
    // `ГЭК`, `РЭК`, `КДН и ЗП`: a body by its short name.
    if is_body_short_name(words) {
        return true;
    }
    const BODIES: [&str; 23] = [
        "комиссии", "коллегии", "совещания", "совещании", "заседания", "заседании", "заседание",
        "совета", "штаба", "группы", "комитета", "президиума", "правления", "совещание",
        "директоров", "собрания", "собрании", "кафедры", "конференции", "объединения",
        // A school's councils by their short names.
        "педсовета", "педсовете", "методсовета",
    ];
    let mut n = 0;
    let mut last = "";
    for w in words.split(' ') {
        n += 1;
        last = w;
    }
    // `совета родителей`, `комиссии по делам несовершеннолетних`: the body named first, what it
    // is of after it.
    let first = words.split(' ').next().unwrap_or("");
    // `члены коллегии решили`, `участники конференции рекомендуют`: a formula, whose subject
    // names the body first.
    n <= 3 && BODIES.contains(&last) || n <= 4 && BODIES.contains(&first) && !is_formula_verb(last) && !is_recommending_verb(last)
}

/// `гэк`, `рэк`, `кдн и зп`: a commission's short name (lower case), one or two abbreviations of
/// two to five letters that are no word.
fn is_body_short_name(words: &str) -> bool {
    let short = |w: &str| (2..=5).contains(&w.chars().count()) && w.chars().all(char::is_alphabetic) && !is_conjunction_or_preposition(w) && !crate::morph::is_known(w);
    match words.split(' ').collect::<Vec<_>>().as_slice() {
        [a] => short(a),
        [a, "и", b] => short(a) && short(b),
        _ => false,
    }
}

/// A preposition (lower case), which opens a circumstance (`по итогам …`, `в рамках …`, `при
/// подготовке …`), never an addressee.
pub(crate) fn is_preposition(word: &str) -> bool {
    is_term_preposition(word)
        || matches!(word, "для" | "ко" | "из" | "от" | "у" | "о" | "об" | "без" | "через" | "между" | "над" | "под" | "перед" | "вследствие" | "ввиду")
}

/// Whether a word (lower case) ending a line leaves it open, the next line going on with it: a
/// preposition or a conjunction (`УГИБДД УМВД России по` / `Курганской области`, `с 01.12.2024
/// по` / `30.06.2025`).
pub(crate) fn leaves_open(word: &str) -> bool {
    is_preposition(word) || matches!(word, "и" | "а" | "или")
}

/// Labels of a deadline line: `Срок`, `Сроки`, `Срок исполнения`, `Доклад` (lower case).
pub(crate) fn is_deadline_label(words: &str) -> bool {
    // `Cрок` typed with a Latin `C`, which looks the same.
    if let Some(rest) = words.strip_prefix('c') {
        return is_deadline_label(&format!("с{rest}"));
    }
    matches!(
        words,
        "срок"
            | "сроки"
            | "срок исполнения"
            | "сроки исполнения"
            | "срок выполнения"
            | "сроки выполнения"
            | "срок исполнения поручения"
            | "срок реализации"
            | "срок представления информации"
            | "срок представления"
            | "доклад"
            | "срок доклада"
            | "информацию представить"
    )
}

/// Labels of a line naming who is responsible: `Ответственный`, `Ответственная` (agreeing with
/// a woman named), `Ответственный за исполнение`, `Исполнитель` (lower case).
pub(crate) fn is_responsible_label(words: &str) -> bool {
    // `Ответственный за исполнение`, `Ответственные за выполнение`, `Ответственное лицо`.
    let qualified = words.starts_with("ответственн") && (words.contains(" за ") || words.ends_with(" лицо") || words.ends_with(" лица"));
    qualified || matches!(
        words,
        "ответственный"
            | "ответственная"
            | "ответственные"
            | "ответственный исполнитель"
            | "ответственные исполнители"
            | "исполнитель"
            | "исполнители"
            | "отв"
            | "отв."
    )
}

/// Whether a preposition and the word after it (lower case) open a circumstance of an action —
/// when, on what grounds — rather than go on naming a body (`в течение`, `в период`, `в апреле`,
/// `в IV квартале`, `в 2021 году`, `по итогам`, `по состоянию на`, `при появлении`). `в` before a region (`…
/// по правам ребенка в Камчатском крае`) and `по` before a field (`Комитету по делам
/// молодежи`) name the body, so only these words after them count.
pub(crate) fn opens_circumstance(preposition: &str, next: &str) -> bool {
    match preposition {
        "в" | "во" => {
            matches!(next, "течение" | "период" | "ходе" | "рамках" | "целях" | "случае" | "соответствии" | "срок" | "сроки" | "установленный" | "установленные" | "первом" | "втором" | "третьем" | "четвертом" | "четвёртом")
                || month(next).is_some()
                // Not `в 9-х, 11-х классах`, which says which addressees.
                || next.starts_with(|c: char| c.is_ascii_digit()) && !next.ends_with("-х") && !next.ends_with("-ых")
                || is_roman_numeral(next)
        }
        "по" => matches!(next, "итогам" | "результатам" | "состоянию" | "мере" | "окончании" | "завершении"),
        "на" => matches!(next, "период" | "постоянной" | "время"),
        // `при появлении первых признаков ОРВИ`, `при выявлении нарушений`: a condition, not a
        // body attached to the addressee (`Комиссии при Главе района`).
        // (`при участии` names those who take part; see `assignee`.)
        // `при организации образовательного процесса`, `при реализации программ`.
        "при" => (next.ends_with("нии") || next.ends_with("тии") || next.ends_with("зации")) && next != "участии",
        // `Субъектам профилактики о результатах исполнения … проинформировать`: what is to be
        // reported, set before the verb (not `отдела по надзору за исполнением законов о
        // несовершеннолетних`, a body's name).
        "о" | "об" => matches!(next, "результатах" | "ходе" | "итогах" | "принятых" | "проделанной" | "проведенной" | "проведённой" | "исполнении" | "выполнении" | "состоянии"),
        _ => false,
    }
}

/// `iv`, `ii`: a word of the letters of Roman numerals up to thirty-nine (lower case), as
/// quarters and half-years are numbered.
pub(crate) fn is_roman_numeral(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| matches!(c, 'i' | 'v' | 'x'))
}

/// What a clause asks to be reported, written between the addressees and the verb
/// (`Отделу образования информацию … представить`), in lower case.
pub(crate) fn is_report_object(word: &str) -> bool {
    matches!(
        word,
        "информацию" | "отчет" | "отчёт" | "отчеты" | "отчёты" | "сведения" | "предложения" | "доклад" | "данные" | "списки" | "заявки" | "материалы" | "копии"
    )
}

/// A note in parentheses after an addressee (lower case) that only says what the act calls it
/// further on, `(далее – КГБУЗ)`, `(далее по тексту - учреждения)`: no second head of its name.
pub(crate) fn is_aside_from_name(inner: &str) -> bool {
    inner.strip_prefix("далее").is_some_and(|rest| rest.starts_with([' ', '-', '–', '—']))
}

/// Labels of the distribution list under the signature (lower case, no colon).
pub(crate) fn is_distribution_label(words: &str) -> bool {
    matches!(words, "рассылка" | "разослать" | "разослано" | "направлено" | "рассылается")
}

/// Words that open an appendix (lower case).
pub(crate) fn is_appendix_word(word: &str) -> bool {
    matches!(
        word,
        "приложение" | "утвержден" | "утверждена" | "утверждено" | "утверждены" | "утверждён"
    )
}

/// Whether a clause is a note: `принять (информацию) к сведению`, `взять к сведению`,
/// `принять во внимание` (given in lower case).
pub(crate) fn is_note(lower: &str) -> bool {
    let takes = lower.contains("принять") || lower.contains("принимается") || lower.contains("взять");
    (takes && lower.contains("к сведению")) || lower.contains("принять во внимание") || records_no_decision(lower)
}

/// `Решение не принято, так как …`: the minutes record that the vote carried nothing, which
/// asks no one to act (lower case).
pub(crate) fn records_no_decision(lower: &str) -> bool {
    ["решение не принято", "решение не принимается", "решения не приняты"].iter().any(|p| lower.starts_with(p))
}

/// Verbs that open a recommendation (lower case).
pub(crate) fn is_recommend_verb(word: &str) -> bool {
    matches!(word, "рекомендовать" | "рекомендуется" | "рекомендовано")
}

/// `рекомендует`, `рекомендуют`, `рекомендовано` (lower case): the finite forms a line uses to say
/// that what follows is recommended (`Коллегия РЕКОМЕНДУЕТ:`).
pub(crate) fn is_recommending_verb(word: &str) -> bool {
    matches!(word, "рекомендует" | "рекомендуют" | "рекомендовал" | "рекомендовала" | "рекомендовали" | "рекомендовано")
}

/// Verbs that assign the following addressees without acting themselves (lower case).
pub(crate) fn is_assigning_verb(word: &str) -> bool {
    matches!(word, "поручить" | "рекомендовать" | "предложить" | "обязать" | "просить" | "уполномочить")
}

/// Two words that assign the action after them as such a verb does (lower case): `Считать
/// необходимым комитету … проработать`, `Признать целесообразным …`.
pub(crate) fn is_assigning_phrase(first: &str, second: &str) -> bool {
    matches!(first, "считать" | "признать") && matches!(second, "необходимым" | "целесообразным")
}

/// Assigning verbs whose addressees follow in the accusative (`Обязать руководителей …`,
/// `Просить главу района …`), given in lower case.
pub(crate) fn governs_accusative(verb: &str) -> bool {
    matches!(verb, "обязать" | "просить" | "уполномочить")
}

/// Words that open a topic clause: `По вопросу`, `По первому вопросу`, `По вопросам`.
pub(crate) fn is_topic_start(first: &str, second: &str, third: &str) -> bool {
    // `По вопросам повестки СЛУШАЛИ: …`: all the agenda's questions, no one of them.
    let whole_agenda = second == "вопросам" && third == "повестки";
    first == "по"
        && !whole_agenda
        && (second.starts_with("вопрос")
            || (third.starts_with("вопрос") && (second.ends_with("ому") || second.ends_with("ему"))))
}

/// The first three words of `text` in lower case, without the punctuation around them (empty
/// where there are fewer): what [`is_topic_start`] and the meeting sections are asked.
pub(crate) fn first_three_words(text: &str) -> (Cow<'_, str>, Cow<'_, str>, Cow<'_, str>) {
    let mut words = text.split(crate::text::is_space).filter(|w| !w.is_empty()).map(|w| lower(w.trim_matches(|c: char| !crate::text::is_letter(c))));
    (words.next().unwrap_or_default(), words.next().unwrap_or_default(), words.next().unwrap_or_default())
}

/// Whether `text` opens as most subject lines do: `О …`, `Об …`, `Обо …` (or a scan's `0 …`).
pub(crate) fn opens_with_about(text: &str) -> bool {
    let mut words = text.split(' ');
    match words.next() {
        Some("О" | "Об" | "Обо") => true,
        // `0 состоянии преступности`: a scan's zero for the letter.
        Some("0" | "0б") => words.next().is_some_and(|w| w.starts_with(|c: char| ('а'..='я').contains(&c))),
        _ => false,
    }
}

/// Whether a heading names a matter by a noun, as owners' and members' minutes number their
/// questions (`Избрание председателя собрания`, `Утверждение отчета правления`, `Отчет ревизионной
/// комиссии`, `Выборы правления`): a capitalised verbal noun in the nominative (`-ние`, `-тие`),
/// or a noun of reporting.
pub(crate) fn opens_with_matter_noun(text: &str) -> bool {
    let first = text.split(|c: char| !crate::text::is_letter(c)).next().unwrap_or("");
    if !first.starts_with(char::is_uppercase) || first.chars().skip(1).any(char::is_uppercase) {
        return false;
    }
    let lower = lower(first);
    let verbal = lower.chars().count() >= 6 && (lower.ends_with("ние") || lower.ends_with("тие"));
    verbal || matches!(&*lower, "отчет" | "отчёт" | "доклад" | "информация" | "выборы")
}

/// Prepositions a term can open with (`в`, `до`, `к`, `по`, `при`, …), lower case.
pub(crate) fn is_term_preposition(word: &str) -> bool {
    matches!(word, "в" | "во" | "по" | "до" | "к" | "при" | "после" | "согласно" | "за" | "на" | "с" | "со")
}

/// Fragments that make a term recurring (`ежегодно`, `1 раз в квартал`, `по пятницам`), lower
/// case; found anywhere in the term.
pub(crate) const RECURRING_MARKERS: &[&str] = &[
    "ежегодн", "ежеполугодн", "ежеквартальн", "ежемесячн", "еженедельн", "ежедневн", "раз в ", "раза в ", "каждый ", "каждого ",
    "каждую ", "каждое ", "ежегод", "ежедекадн", "по понедельникам", "по вторникам", "по средам", "по четвергам", "по пятницам",
    "по субботам",
    // A school's periods: `по итогам каждой четверти`, `ежечетвертно`, `по полугодиям`.
    "каждой четверти", "ежечетвертн", "по четвертям", "по полугодиям", "по триместрам",
];

/// Continuous terms (`постоянно`, `систематически`, `на постоянной основе`), lower case.
pub(crate) const CONTINUOUS_TERMS: &[&str] =
    &["постоянно", "систематически", "на постоянной основе", "бессрочно", "регулярно", "в постоянном режиме", "на регулярной основе"];

/// Openings of terms tied to an event or another document (`в период проведения ГИА`, `в сроки,
/// установленные …`, `по мере необходимости`), lower case.
pub(crate) const EVENT_TERM_OPENERS: &[&str] = &[
    "в период", "в сроки", "в срок,", "в соответствии", "согласно", "по мере", "в установлен", "по графику",
    "по плану", "в день", "после", "по окончании", "по завершении", "по итогам", "в ходе", "в дни", "при ",
    "по согласованию", "в рамках", "накануне", "до начала", "до окончания", "до завершения", "до проведения",
    "по результатам", "не позднее чем за", "не позднее, чем за", "за ", "в случае", "по запросу", "по требованию", "по факту", "в порядке",
    "во время", "к началу", "к моменту", "одновременно", "в дату", "в даты", "по отдельному", "весь ", "на весь ",
    "на время", "на период", "сразу после", "непосредственно после", "перед ",
];

/// Words (lower case) that say "at once": alone they name no term, but `незамедлительно, но не
/// позднее 2 часов с момента …` bounds one.
pub(crate) const AT_ONCE_WORDS: [&str; 3] = ["незамедлительно", "немедленно", "безотлагательно"];

/// What is done to a document, in the genitive (`подписания`, `издания` настоящего приказа).
pub(crate) fn is_act_on_document(word: &str) -> bool {
    matches!(word, "подписания" | "издания" | "принятия" | "утверждения" | "опубликования")
}

/// A document type in the genitive (`приказа`, `решения`), as terms count from it.
pub(crate) fn is_document_noun(word: &str) -> bool {
    matches!(word, "приказа" | "решения" | "распоряжения" | "постановления" | "протокола")
}

/// A part of an act as an amendment names what it changes, in the accusative (`строку 4.2`,
/// `графу 5`, `пункт 3`): lower case.
pub(crate) fn is_part_of_act(word: &str) -> bool {
    matches!(
        word,
        "пункт" | "пункты" | "подпункт" | "подпункты" | "абзац" | "строку" | "строки" | "графу" | "графы" | "столбец" | "позицию"
            | "позиции" | "раздел" | "главу" | "статью" | "часть" | "приложение" | "таблицу" | "форму"
    )
}

/// Phrases (lower case, as amendments write them) after which an act that amends another quotes
/// the other act's new wording: `пункт 5 изложить в следующей редакции: «5. …»`, `дополнить
/// пунктом 7.1 следующего содержания: «7.1. …»`.
const NEW_WORDING_OPENERS: [&str; 3] = ["следующей редакции", "новой редакции", "следующего содержания"];

/// Where the quoted new wording may start in `text`: just after the colon that follows a
/// [`NEW_WORDING_OPENERS`] phrase. `изложить в редакции согласно приложению` quotes nothing.
pub(crate) fn new_wording_at(text: &str) -> Option<usize> {
    // Most lines have no colon, and a colon tells where to look: right before it.
    memchr::memchr_iter(b':', text.as_bytes()).find_map(|colon| {
        let head = text.get(..colon)?.trim_end_matches(crate::text::is_space);
        NEW_WORDING_OPENERS.iter().any(|phrase| head.ends_with(phrase)).then_some(colon + 1)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owners_minutes_name_their_questions_by_a_noun() {
        for text in ["Избрание председателя собрания.", "Утверждение отчета правления ТСЖ", "Отчет ревизионной комиссии", "Выборы правления"] {
            assert!(opens_with_matter_noun(text), "{text}");
        }
        for text in ["Избрать председателя", "ОБЕСПЕЧЕНИЕ", "Управлению образования"] {
            assert!(!opens_with_matter_noun(text), "{text}");
        }
    }

    #[test]
    fn a_subject_line_opens_with_about_or_a_scans_zero_for_it() {
        assert!(opens_with_about("О мерах по профилактике") && opens_with_about("Об итогах года"));
        assert!(opens_with_about("0 состоянии преступности"));
        assert!(!opens_with_about("0 Случаев") && !opens_with_about("Обеспечить участие"));
    }

    #[test]
    fn finds_where_quoted_new_wording_starts() {
        let text = "2) пункт 5 изложить в следующей редакции: «5. Субсидия";
        assert_eq!(text.get(new_wording_at(text).unwrap_or(0)..), Some(" «5. Субсидия"));
        assert_eq!(new_wording_at("дополнить пунктом 7.1 следующего содержания :"), Some("дополнить пунктом 7.1 следующего содержания :".len()));
        assert_eq!(new_wording_at("приложение 2 изложить в редакции согласно приложению"), None);
        assert_eq!(new_wording_at("в следующей редакции согласно приложению:"), None);
    }

    #[test]
    fn months_in_all_cases() {
        assert_eq!(month(&lower("Марта")), Some(3));
        assert_eq!(month("сент"), Some(9));
        assert_eq!(month("маяк"), None);
    }

    #[test]
    fn a_term_label_typed_with_a_latin_c_is_one() {
        assert!(is_deadline_label("cрок"));
        assert!(is_deadline_label("cрок исполнения"));
        assert!(!is_deadline_label("cpok"));
    }

    #[test]
    fn meeting_sections_by_head_word() {
        let cases = [
            ("председатель", Some(MeetingSection::Chair)),
            ("председатель комиссии", Some(MeetingSection::Chair)),
            ("председательствующий на заседании", Some(MeetingSection::Chair)),
            ("председательствующий на собрании", Some(MeetingSection::Chair)),
            ("предложено", Some(MeetingSection::Heard)),
            ("председатель правительства", None),
            ("руководитель шмо", Some(MeetingSection::Chair)),
            ("руководитель методического объединения", Some(MeetingSection::Chair)),
            ("руководитель", None),
            ("руководитель проекта", None),
            ("ответственный секретарь", Some(MeetingSection::Secretary)),
            ("секретарь заседания", Some(MeetingSection::Secretary)),
            ("ответственный", None),
            ("члены комиссии", Some(MeetingSection::Present)),
            ("присутствовали на заседании", Some(MeetingSection::Present)),
            ("заместитель председателя комиссии", Some(MeetingSection::Present)),
            ("заместитель министра", None),
            ("члены семей", None),
            ("председатель гэк", Some(MeetingSection::Chair)),
            ("присутствовали члены гэк", Some(MeetingSection::Present)),
            ("присутствовали члены государственной экзаменационной комиссии", Some(MeetingSection::Present)),
            ("председатель кдн и зп", Some(MeetingSection::Chair)),
            ("председатель правления", Some(MeetingSection::Chair)),
            ("председатель жюри", None),
            ("по первому вопросу выступили", Some(MeetingSection::Heard)),
            ("по 2 вопросу повестки дня выступила", Some(MeetingSection::Heard)),
            ("по первому вопросу слушали", None),
            ("присутствовали члены совета директоров", Some(MeetingSection::Present)),
            ("присутствовали члены общественного совета (9 человек из 13)", Some(MeetingSection::Present)),
            ("председатель совета родителей", Some(MeetingSection::Chair)),
            ("председатель совета при министерстве", Some(MeetingSection::Chair)),
            ("председатель правительства края", None),
            ("члены коллегии решили", None),
            ("участники совещания решили", None),
            ("повестка дня", Some(MeetingSection::Other)),
            ("слушали", Some(MeetingSection::Heard)),
            ("докладчик", Some(MeetingSection::Heard)),
            ("выступила", Some(MeetingSection::Heard)),
        ];
        for (heading, want) in cases {
            assert_eq!(meeting_section(heading), want, "{heading}");
        }
    }

    #[test]
    fn lower_folds_yo() {
        assert_eq!(lower("ЁЛКА Утверждён"), "елка утвержден");
    }
}
