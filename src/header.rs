//! Header metadata: kind and type label, issuing authority, date, number, place, title,
//! preamble and the operative formula, read from the lines before the operative part.
//!
//! The header is read line by line: the type line (`ПРИКАЗ`, `Решение коллегии`); lines of
//! date, number and place (`от 26.11.2020 № 291`, `г. Усинск`); the authority (the first
//! paragraph above the type line, or the genitive lines right under it: `РЕШЕНИЕ КОЛЛЕГИИ /
//! Отдела образования …`); the title (the first paragraph after those, a date or number at its
//! end moved to their fields); the preamble (what remains before the formula). Bilingual header
//! paragraphs (Komi, Tatar, … with letters outside Russian) are skipped.

use crate::block::scan::starts_with_any_lower;
use crate::block::{Block, LineKind};
use crate::date::Date;
use crate::extract::date::{document_date, lower_same_len, reg_number, ws0};
use crate::layout::{type_line, Layout};
use crate::lexicon;
use crate::model::DocumentKind;
use crate::text::{clean, clean_join, is_space, segments};
use nom::Offset;

/// Header fields of a document.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Header {
    pub kind: Option<DocumentKind>,
    pub kind_label: Option<String>,
    pub authority: Option<String>,
    pub date: Option<Date>,
    pub number: Option<String>,
    pub place: Option<String>,
    pub title: Option<String>,
    pub preamble: Option<String>,
    pub operative_formula: Option<String>,
    /// Whether `date` was read from a site's publication stamp (`22 января 2024, 09:15`), which
    /// the act's own requisites under it outrank.
    pub date_published: bool,
}

/// What a header line holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Blank,
    Type,
    Meta,
    Meeting,
    Text,
}

/// Reads the header of an operative document.
pub(crate) fn read(src: &str, blocks: &[Block], layout: &Layout) -> Header {
    let end = layout.header_end.min(blocks.len());
    let lines = blocks.get(..end).unwrap_or(&[]);
    let mut header = Header::default();
    let (slots, furniture_date) = slot_lines(src, lines, &mut header);
    let type_at = slots.iter().rposition(|&s| s == Slot::Type);
    if layout.site_report {
        return read_site_report(src, blocks, layout);
    }
    let paragraphs = paragraphs(&slots);
    let after_type = type_at.map_or(0, |t| t + 1);
    // A site's banner and menu above its breadcrumb (`Главная » Документы » …`) name the site's
    // owner: the issuer only when the act's own header names none.
    let head = lines.get(..type_at.unwrap_or(0)).unwrap_or(&[]);
    let page_start = crate::layout::site_page_start(src, head);
    let (before, banner): (Vec<&Paragraph>, Vec<&Paragraph>) = paragraphs.iter().filter(|p| p.1 <= type_at.unwrap_or(0)).partition(|p| p.0 >= page_start);
    header.authority = header.authority.take().or_else(|| authority_above(src, lines, &before));
    // `РЕШЕНИЕ КОЛЛЕГИИ Администрации муниципального образования …`: the body on the type line.
    let type_text = type_at.and_then(|t| lines.get(t)).map(|b| clean(b.line.text(src)));
    let on_type_line = type_text.as_deref().and_then(|t| Some(t.get(crate::layout::type_line(t)?.0.len()..)?.to_string()));
    header.authority = header.authority.take().or_else(|| on_type_line.as_deref().and_then(body_in_genitive).map(str::to_string));
    let mut rest = paragraphs.iter().filter(|p| p.0 >= after_type).copied().peekable();
    // `РЕШЕНИЕ` / `коллегии министерства физической культуры и спорта …`: the body whose
    // collegium took the decision (the issuer, unless a letterhead above names it), no title; the
    // label stays the type line as written.
    // A copy that sets a blank line between every two paragraphs may part them.
    let under_type = |a: usize| type_at.is_some_and(|t| t + 1 == a || t + 2 == a && lines.get(t + 1).is_some_and(|l| l.line.is_blank()));
    if let Some(&(a, b)) = rest.peek().filter(|&&(a, _)| under_type(a)) {
        let text = join_lines(src, lines, a, b);
        // `РЕШЕНИЕ КОЛЛЕГИИ` / `отдела образования администрации …`: the body, in lower case.
        let label_names_body = type_text.as_deref().is_some_and(|t| lexicon::is_body_genitive(&lexicon::lower(t.rsplit(' ').next().unwrap_or(""))));
        if let Some(body) = text.strip_prefix("коллегии ").and_then(body_in_genitive) {
            header.authority.get_or_insert_with(|| body.to_string());
            rest.next();
        } else if lexicon::is_body_genitive(&lexicon::lower(&text)) && !label_names_body {
            // `РЕШЕНИЕ` / `коллегии`: the type line wrapped after its first word.
            header.kind_label = header.kind_label.take().map(|label| format!("{label} {text}"));
            rest.next();
        } else if let Some(body) = body_in_genitive(&text).filter(|_| label_names_body && (text.starts_with(char::is_lowercase) || header.authority.as_deref().is_some_and(names_parent_only))) {
            header.authority = header.authority.take().filter(|a| !names_parent_only(a)).or_else(|| Some(body.to_string()));
            rest.next();
        } else if header.authority.as_deref().is_none_or(names_parent_only) && label_names_body && opens_in_genitive(&text) && dated_under(&slots, b) && is_russian(&text) {
            // `РЕШЕНИЕ КОЛЛЕГИИ` / `муниципального казенного учреждения «Управление образования» …` /
            // `от 30 января 2025 г. № 1`: the body in the genitive, whatever word opens it.
            header.authority = Some(text);
            rest.next();
        } else if label_names_body && names_body_after_form(&text) {
            // `РЕШЕНИЕ КОЛЛЕГИИ` / `МКУ Отдел образования администрации …`: the body named in
            // the nominative, no title, whoever the banner names.
            header.authority.get_or_insert(text);
            rest.next();
        }
    }
    if header.authority.is_none() {
        if let Some(&(a, b)) = rest.peek() {
            let text = join_lines(src, lines, a, b);
            let glued = under_type(a);
            let first = lexicon::lower(text.split(' ').next().unwrap_or(""));
            // `УКАЗ` / `ПРЕЗИДЕНТА РОССИЙСКОЙ ФЕДЕРАЦИИ` / `О …`: the issuer in capitals, set
            // apart, above the subject.
            let issuer_set_apart = || {
                let subject_next = paragraphs.iter().find(|p| p.0 >= b).is_some_and(|&(c, d)| lexicon::opens_with_about(&join_lines(src, lines, c, d)));
                !text.chars().any(char::is_lowercase) && subject_next
            };
            // `ПРИКАЗ` / `ВОЕННОГО КОМИССАРА ПЕРМСКОГО КРАЯ`: an official in the genitive issues it too.
            let official = || {
                let second = text.split(' ').nth(1).map(lexicon::lower);
                (first.ends_with("ого") || first.ends_with("его")) && second.is_some_and(|w| lexicon::is_position_word(&w))
            };
            // `ПРОТОКОЛ` / `собрания граждан деревни Горка …`: a meeting in the genitive, in lower
            // case, is the subject, not an issuer.
            let capital = text.starts_with(char::is_uppercase);
            // `Руководители муниципальных органов … обсудили готовность …`: a headline telling what
            // was done names no issuer.
            let issuer = capital && (lexicon::is_authority_word(&first) || lexicon::is_position_word(&first) || official()) && !tells_news(&text);
            if header.authority.is_none() && (glued || type_at.is_none() || issuer_set_apart()) && issuer && is_russian(&text) {
                // `ПЕРЕЧЕНЬ ПОРУЧЕНИЙ` / `Губернатора Вологодской области по итогам рабочей поездки
                // …`: the issuer, then the subject.
                match text.find(" по итогам ") {
                    Some(at) => {
                        let subject = text.get(at + 1..).unwrap_or("").to_string();
                        header.title = Some(take_title(&subject, &mut header));
                        header.authority = text.get(..at).map(str::to_string);
                    }
                    None => header.authority = Some(text),
                }
                rest.next();
            }
        }
    }
    // The banner's owner is a body (`Управление образования …`), not the last step of a
    // breadcrumb or the page's heading.
    header.authority = header.authority.take().or_else(|| authority_above(src, lines, &banner).filter(|name| names_body(name)));
    let mut remaining: Vec<(usize, usize)> = rest.collect();
    take_gathering(src, lines, type_at, &mut remaining, &mut header);
    skip_type_line_continuation(src, lines, &mut remaining);
    // `Новости` over a news item's headline names the site's section, no title; nor do a
    // sitting's details (`Заседание № 20`, a place's column wrapped under the date line).
    let no_title = |&(a, b): &Paragraph| {
        let line = || lines.get(a).map_or("", |l| l.line.text(src));
        b == a + 1 && (crate::layout::is_site_chrome(line()) || names_sitting(line()) || wraps_column_above(src, lines, &slots, a))
    };
    while remaining.first().is_some_and(no_title) {
        remaining.remove(0);
    }
    if let Some(&(a, b)) = remaining.first().filter(|_| header.title.is_none()) {
        // A news item's headline repeated on the next line (the page's heading over the item's)
        // is one title.
        let text_of = |k: usize| lines.get(k).map(|l| l.line.text(src));
        let (a, b) = if b > a + 1 && text_of(a) == text_of(a + 1) { (a + 1, b) } else { (a, b) };
        // A preamble glued to the title without a blank line starts a paragraph of its own.
        let subject = lexicon::opens_with_about(&join_lines(src, lines, a, a + 1));
        let opens_preamble = |l: &Block| {
            let text = clean(l.line.text(src));
            is_preamble_start(&text) || subject && opens_sentence_with_preposition(&text)
        };
        let split = (a + 1..b).find(|&k| lines.get(k).is_some_and(opens_preamble)).unwrap_or(b);
        let text = join_lines(src, lines, a, split);
        if !is_preamble_start(&text) && !opens_with_day_and_month(&text) {
            let mut title = take_title(&text, &mut header);
            remaining.remove(0);
            if split < b {
                remaining.insert(0, (split, b));
            } else if let Some(&(c, d)) = remaining.first() {
                // `публичных слушаний № 3` / `27.05.2021  г. Артемовский` / `по проекту решения
                // Думы …`: the subject goes on under the date line.
                let next = join_lines(src, lines, c, d);
                if !title.ends_with('.') && starts_with_any_lower(&next, &["по ", "о ", "об "]) && next.starts_with(char::is_lowercase) {
                    title = format!("{title} {}", take_title(&next, &mut header));
                    remaining.remove(0);
                }
            }
            header.title = Some(title);
        }
    }
    let (formula, formula_prefix) = read_formula(src, blocks, layout);
    header.operative_formula = formula;
    let mut preamble: Vec<String> = remaining.iter().map(|&(a, b)| join_lines(src, lines, a, b)).collect();
    preamble.extend(formula_prefix.map(clean));
    header.preamble = non_empty(clean_join(preamble.iter().map(String::as_str)));
    if header.date.is_none() {
        // `14.10.2022 Просмотров: 367`: the site's stamp, page furniture, still dates the item; so
        // does a clipper's front matter.
        header.date = furniture_date.or_else(|| published_in_front_matter(src, lines));
        header.date_published = header.date.is_some();
    }
    header
}

/// `РЕЗОЛЮЦИЯ` / `районной августовской конференции педагогических работников` / `Сосновского
/// муниципального района` / `«Образование Сосновского района: вектор развития – 2024»`: under
/// the type line, the gathering that resolved, in the genitive (the issuer, unless a letterhead
/// names a body), then its theme, quoted, or the subject (`О …`), which is left for the title.
fn take_gathering(src: &str, lines: &[Block], type_at: Option<usize>, remaining: &mut Vec<Paragraph>, header: &mut Header) {
    // `ПРОТОКОЛ` / `совещания при главе района`: a meeting a protocol records is its subject.
    if header.kind != Some(DocumentKind::Decision) {
        return;
    }
    let Some(&(a, b)) = remaining.first().filter(|&&(a, _)| type_at.is_some_and(|t| t + 1 == a)) else { return };
    let opens_subject = |k: &usize| lines.get(*k).is_some_and(|l| {
        let text = clean(l.line.text(src));
        text.starts_with(['«', '"']) || lexicon::opens_with_about(&text)
    });
    let theme = (a + 1..b).find(opens_subject);
    let gathering = join_lines(src, lines, a, theme.unwrap_or(b));
    if !names_gathering(&gathering) {
        return;
    }
    // A page's headline above the type line (`Резолюция августовской конференции – 2023`) names
    // no body: the gathering is the issuer.
    if !header.authority.as_deref().is_some_and(names_body) {
        header.authority = Some(gathering);
    }
    match theme {
        Some(k) => remaining[0] = (k, b),
        None => {
            remaining.remove(0);
        }
    }
}

/// `«Об организации …»`: a line opening a subject in quotes, as a collegium's decision names it
/// (an agenda's items are not quoted).
fn quotes_a_subject(text: &str) -> bool {
    let t = clean(text);
    t.starts_with(['«', '"']) && lexicon::opens_with_about(t.trim_start_matches(['«', '"']))
}

/// `августовской конференции педагогических работников …`, `регионального педагогического
/// форума`: a gathering named in the genitive, in lower case, after at most three adjectives.
fn names_gathering(text: &str) -> bool {
    const GATHERINGS: [&str; 9] = ["конференции", "форума", "совещания", "съезда", "слета", "слёта", "собрания", "семинара", "педсовета"];
    let mut words = text.split(' ').map(lexicon::lower);
    text.starts_with(char::is_lowercase) && words.by_ref().take(4).any(|w| GATHERINGS.contains(&&*w))
}

/// `Заседание № 20`, `Заседание комиссии № 7`, `Время начала заседания: 10 ч. 00 мин.`: the
/// sitting a commission's resolution was taken at, by its number, or when it began.
fn names_sitting(text: &str) -> bool {
    let t = clean(text);
    let numbered = starts_with_any_lower(&t, &["заседание "]) && t.contains('№') && t.split(' ').count() <= 4;
    numbered || starts_with_any_lower(&t, &["время начала", "время проведения", "начало заседания", "время заседания"])
}

/// `21 марта 2024 года<TAB>…<TAB>г. Вельск, зал заседаний администрации` / `<TAB>×5Вельского
/// муниципального района`: line `k`, set deep in with tabs under a requisites line set in
/// columns, goes on with that line's last column.
fn wraps_column_above(src: &str, lines: &[Block], slots: &[Slot], k: usize) -> bool {
    let raw = lines.get(k).and_then(|l| src.get(l.line.start..l.line.end)).unwrap_or("");
    let deep = raw.starts_with("\t\t\t") || raw.bytes().take_while(|&b| b == b' ').count() >= 24;
    let above = k.checked_sub(1).and_then(|j| lines.get(j)).map_or("", |l| l.line.text(src));
    deep && k > 0 && slots.get(k - 1) == Some(&Slot::Meta) && (above.contains('\t') || above.contains("   "))
}

/// A paragraph of the header: the range of its lines.
type Paragraph = (usize, usize);

/// The issuing body above the type line: the first paragraph there that names a body
/// (`Министерство …`, `АДМИНИСТРАЦИЯ …`), lines naming the state, the region or the district
/// above it in the same paragraph left out (`РОССИЙСКАЯ ФЕДЕРАЦИЯ`, `СМОЛЕНСКАЯ ОБЛАСТЬ`,
/// `ШАДРИНСКИЙ РАЙОН`), and so is the placeholder of a coat of arms (`ГЕРБ`, `[герб]`); else the
/// first paragraph in Russian.
fn authority_above(src: &str, lines: &[Block], paragraphs: &[&(usize, usize)]) -> Option<String> {
    let texts: Vec<String> = paragraphs
        .iter()
        .map(|&&(a, b)| {
            // A paragraph of nothing but the state and region stays whole.
            // So is a site's heading naming the act, when no blank line parts it from the body's
            // name (the lines of an HTML page).
            let above_body = |k: usize| {
                lines.get(k).is_some_and(|l| {
                    let text = l.line.text(src);
                    names_state_or_region(text) || is_emblem(text) || crate::layout::is_site_chrome(text) || k + 1 < b && is_act_heading(&clean(text))
                })
            };
            let first = (a..b).find(|&k| !above_body(k)).unwrap_or(a);
            // An institution's own name under its founder's is the issuer's; its legal form may
            // wrap (`федеральное государственное бюджетное` / `образовательное учреждение …`).
            let text_at = |k: usize| lines.get(k).map_or("", |l| l.line.text(src));
            let opens_entity = |k: usize| opens_legal_entity(text_at(k)) || k + 1 < b && opens_legal_entity(&format!("{} {}", text_at(k), text_at(k + 1)));
            let first = (first..b).find(|&k| opens_entity(k)).unwrap_or(first);
            // `ФЕДЕРАЛЬНАЯ СЛУЖБА СУДЕБНЫХ ПРИСТАВОВ` / `УПРАВЛЕНИЕ ФЕДЕРАЛЬНОЙ СЛУЖБЫ … ПО ОМСКОЙ
            // ОБЛАСТИ`: a body under its superior, named in full with its own place, issues alone.
            // Not a body whose legal form stands alone on the line above (`МУНИЦИПАЛЬНОЕ КАЗЕННОЕ
            // УЧРЕЖДЕНИЕ` / `УПРАВЛЕНИЕ ОБРАЗОВАНИЯ …`): the form is part of its name.
            // Nor a body whose status stands above it (`ОРГАН МЕСТНОГО САМОУПРАВЛЕНИЯ` / `УПРАВЛЕНИЕ
            // ОБРАЗОВАНИЕМ …`), as some regions write it into the name.
            let own_form = |k: usize| {
                let above = lexicon::lower(russian_cells(text_at(first)).trim_matches(is_space)).into_owned();
                k == first + 1 && (above.ends_with("учреждение") || names_status(&above))
            };
            let first = (first + 1..b).rev().find(|&k| opens_body_name(text_at(k)) && names_own_place(&join_lines(src, lines, k, b)) && !own_form(k)).unwrap_or(first);
            // The letterhead's postal, registration and contact lines are no part of the name.
            // Nor is the council's convocation (`седьмого созыва`), a term of office.
            // Nor a site's breadcrumbs, menu and publication line under the owner's name.
            let published = |text: &str| starts_with_any_lower(text, &["опубликовано", "дата публикации"]);
            let ends_name = |text: &str| is_requisites(text) || is_convocation(text) || is_breadcrumb(text) || published(text) || crate::layout::is_site_chrome(text) || is_lone_collegium(text);
            // Nor is the name in the region's language, the other column of a letterhead that a
            // text copy sets under the Russian with no blank line (`ТАТАРСТАН РЕСПУБЛИКАСЫ` /
            // `ЗӘЙ МУНИЦИПАЛЬ РАЙОНЫ`): a line in its letters, or one of no Russian word over it.
            // A line of two columns keeps its Russian one.
            let russian_at = |k: usize| is_russian(&russian_cells(text_at(k)));
            let other_language = |k: usize| {
                let words = long_words(text_at(k));
                let unknown = words.iter().filter(|w| !crate::morph::is_known(w)).count();
                // `УДМУРТ ЭЛЬКУНЫСЬ ДЫШЕТОНЪЯ НО ТОДОСЪЯ МИНИСТЕРСТВО`: a name in Russian letters
                // whose words the dictionary mostly does not know.
                let mostly_unknown = words.len() >= 4 && unknown * 4 >= words.len() * 3;
                let other = !russian_at(k) || k + 1 < b && !russian_at(k + 1) && unknown * 2 >= words.len() || mostly_unknown;
                // Only under a name in Russian set first.
                other && russian_at(first) && has_known_word(text_at(first))
            };
            let requisites = (first..b).find(|&k| lines.get(k).is_some_and(|l| ends_name(l.line.text(src))) || crate::layout::in_site_menu(src, lines, k) || k > first && other_language(k)).unwrap_or(b);
            // A short name in parentheses under the full one is an alias of it.
            let alias = requisites > first + 1 && lines.get(requisites - 1).is_some_and(|l| is_parenthesised(&clean(l.line.text(src))));
            join_name_lines(src, lines, first, requisites - usize::from(alias))
        })
        .filter(|text| is_russian(text) && text.chars().any(crate::text::is_letter) && !is_copy_stamp(text) && !is_act_heading(text) && !is_lone_collegium(text))
        .collect();
    if let Some(at) = texts.iter().position(|text| opens_legal_entity(text)) {
        // `МУНИЦИПАЛЬНОЕ АВТОНОМНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ` / `«ЛИЦЕЙ № 5» …`: the quoted
        // name set apart under the legal form is the institution's.
        let quoted = texts.get(at + 1).filter(|text| text.starts_with(['«', '"']));
        let at_name = at + usize::from(quoted.is_some());
        // `… университет»` / `УЧЁНЫЙ СОВЕТ`: a body of the institution set apart under it.
        let bodies = texts.get(at_name + 1..).unwrap_or(&[]).iter().take_while(|text| names_body(text));
        return Some(clean_join(texts.get(at..=at_name).unwrap_or(&[]).iter().chain(bodies).map(String::as_str)));
    }
    let Some(first) = texts.iter().position(|text| names_body(text)) else { return texts.iter().find(|text| !tells_news(text) && !text.ends_with('.')).cloned() };
    // `АДМИНИСТРАЦИЯ … РАЙОНА` / `КОМИССИЯ ПО ПРЕДУПРЕЖДЕНИЮ …`: a body under the one above it,
    // set apart by a blank line, is part of the name.
    let rest = texts.get(first..).unwrap_or(&[]);
    let body = rest.iter().take_while(|text| names_body(text)).count();
    // `МУНИЦИПАЛЬНОГО ОКРУГА` / `ИВАНОВСКОЕ`: the place's own name set apart under its kind.
    let named = rest.get(body.saturating_sub(1)..body + 1).is_some_and(|pair| matches!(pair, [kind, name] if names_place_below(kind, name)));
    // `ФЕДЕРАЛЬНАЯ СЛУЖБА …` / `ГЛАВНЫЙ ГОСУДАРСТВЕННЫЙ САНИТАРНЫЙ ВРАЧ ПО … ОБЛАСТИ`: an official
    // set apart under the body he serves in issues the act himself.
    // So does a body named in full with its own place under its superior (`ПРАВИТЕЛЬСТВО КИРОВСКОЙ
    // ОБЛАСТИ` / `МИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ КИРОВСКОЙ ОБЛАСТИ`).
    let issues_alone = |text: &String| names_official(text) || opens_body_name(text) && names_own_place(text);
    let official = (1..body).rev().find(|&k| rest.get(k).is_some_and(issues_alone)).unwrap_or(0);
    Some(clean_join(rest.iter().take(body + usize::from(named)).skip(official).map(String::as_str)))
}

/// The body a type line names after its kind (`Администрации муниципального образования …`,
/// `министерства …`): text that opens with an issuing body's word, in the genitive.
fn body_in_genitive(rest: &str) -> Option<&str> {
    let rest = rest.trim_matches(crate::text::is_space);
    let first = lexicon::lower(rest.split(' ').next()?);
    let genitive = first.ends_with(['а', 'и', 'ы', 'я']);
    (genitive && first != "коллегии" && lexicon::is_authority_word(&first) && is_russian(rest)).then_some(rest)
}

/// `КОЛЛЕГИЯ` alone on its line between the body's name and `РЕШЕНИЕ`: the body that decided,
/// part of the type's block, not of the issuer's name.
fn is_lone_collegium(text: &str) -> bool {
    text.len() < 40 && lexicon::lower(&clean(text)) == "коллегия"
}

/// `муниципального казенного учреждения …`: a line opening in lower case with a word in the
/// genitive (no preposition, as a subject's `по вопросу …` or `о …` opens); or with a capital,
/// an adjective then a body's noun (`Районного управления образования …`).
fn opens_in_genitive(text: &str) -> bool {
    let mut words = text.split(' ').map(lexicon::lower);
    let (first, second) = (words.next().unwrap_or_default(), words.next().unwrap_or_default());
    let genitive = ["ого", "его", "ой", "ей", "ия", "ии", "а", "ы"].iter().any(|e| first.ends_with(e));
    let lower_case = text.starts_with(char::is_lowercase) && !lexicon::is_preposition(&first) && genitive;
    let body_after_adjective = (first.ends_with("ого") || first.ends_with("его")) && lexicon::is_authority_word(&second);
    lower_case || body_after_adjective
}

/// Whether the first line that is not blank from line `from` on gives the date or number.
fn dated_under(slots: &[Slot], from: usize) -> bool {
    slots.get(from..).unwrap_or(&[]).iter().find(|&&s| s != Slot::Blank) == Some(&Slot::Meta)
}

/// `АДМИНИСТРАЦИЯ ПРОМЫШЛЕННОВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА`: a letterhead naming only the
/// administration, no body of it; the body whose collegium decided, named under the type line in
/// the genitive (`Управления образования администрации …`), is the issuer.
fn names_parent_only(authority: &str) -> bool {
    let first = lexicon::lower(authority.split(' ').next().unwrap_or(""));
    matches!(&*first, "администрация" | "правительство") && !authority.split(' ').skip(1).any(opens_body_name)
}

/// `МКУ Отдел образования администрации …`, `Управление образования …`: a body's name in the
/// nominative, its legal form's abbreviation perhaps before it.
fn names_body_after_form(text: &str) -> bool {
    let name = match text.split_once(' ') {
        // `МКУ «Управление образования …»`: the name quoted after its form.
        Some((form, rest)) if crate::extract::assignee::is_abbreviation(form) => rest.trim_start_matches(['«', '"']),
        _ => text,
    };
    opens_body_name(name)
}

/// Whether a line opens with the name, in the nominative, of a body that acts on its own
/// (`УПРАВЛЕНИЕ …`, `ТЕРРИТОРИАЛЬНЫЙ ОРГАН …`, `МИНИСТЕРСТВО …`), not a superior's name in the
/// genitive that goes on a name (`АДМИНИСТРАЦИИ …`). A commission, council or staff formed at an
/// administration is named with it (`АДМИНИСТРАЦИЯ …` / `АНТИНАРКОТИЧЕСКАЯ КОМИССИЯ …`).
fn opens_body_name(text: &str) -> bool {
    const HEADS: [&str; 17] = [
        "министерство", "управление", "департамент", "комитет", "администрация", "правительство", "отдел", "служба", "агентство", "инспекция",
        "прокуратура", "палата", "орган", "дума", "собрание", "мэрия", "аппарат",
    ];
    let mut words = text.split(is_space).filter(|w| !w.is_empty()).map(lexicon::lower);
    let (Some(first), second) = (words.next(), words.next()) else { return false };
    let adjective = ["ая", "ое", "ый", "ий"].iter().any(|e| first.ends_with(e));
    text.starts_with(char::is_uppercase) && (HEADS.contains(&&*first) || adjective && second.is_some_and(|w| HEADS.contains(&&*w)))
}

/// `орган местного самоуправления`, `отраслевой орган администрации`, `структурное
/// подразделение администрации` (in lower case): the kind of body the name under it is, which
/// names no body of its own.
fn names_status(lower: &str) -> bool {
    const STATUSES: [&str; 5] = ["орган местного самоуправления", "орган исполнительной власти", "отраслевой орган", "функциональный орган", "структурное подразделение"];
    STATUSES.iter().any(|s| lower.starts_with(s)) && lower.split(' ').count() <= 5
}

/// Whether a body's name carries its own place (`… ПО ОМСКОЙ ОБЛАСТИ`, `… КИРОВСКОЙ ОБЛАСТИ`,
/// `… «КАРДЫМОВСКИЙ РАЙОН»`, `… РОССИЙСКОЙ ФЕДЕРАЦИИ`): a full name, not a part of the one above.
fn names_own_place(text: &str) -> bool {
    const PLACES: [&str; 15] =
        ["области", "края", "района", "округа", "республики", "федерации", "россии", "поселения", "города", "районе", "республике", "краю", "округу", "району", "городу"];
    text.contains('«') || text.split(is_space).map(|w| lexicon::lower(w.trim_matches(|c: char| !c.is_alphabetic()))).any(|w| PLACES.contains(&&*w))
}

/// Whether a letterhead paragraph opens with an official's title (`ГЛАВНЫЙ ГОСУДАРСТВЕННЫЙ
/// САНИТАРНЫЙ ВРАЧ …`, `ГУБЕРНАТОР …`), not a body's name.
fn names_official(text: &str) -> bool {
    let first = lexicon::lower(text.split(' ').next().unwrap_or(""));
    lexicon::is_position_word(&first) && !lexicon::is_organisation_word(&first)
}

/// Whether `name`, a paragraph under `kind`, is the proper name of the place `kind` ends with
/// (`МУНИЦИПАЛЬНОГО ОКРУГА` / `ИВАНОВСКОЕ`): a word or two in capitals, no type line.
fn names_place_below(kind: &str, name: &str) -> bool {
    const PLACES: [&str; 7] = ["округа", "поселения", "района", "образования", "города", "области", "края"];
    let last = lexicon::lower(kind.rsplit(' ').next().unwrap_or(""));
    let words = name.split(' ').count();
    let capitals = name.chars().any(char::is_uppercase) && !name.chars().any(char::is_lowercase);
    PLACES.contains(&last.as_ref()) && words <= 2 && capitals && lexicon::document_kind(&lexicon::lower(name)).is_none()
}

/// Whether a header paragraph names a body in its first two words (`Министерство …`,
/// `ОПЕРАТИВНЫЙ ШТАБ …`, `Антитеррористическая комиссия …`, `МКУ «Управление образования …»`),
/// not a news item's headline ([`tells_news`]).
fn names_body(text: &str) -> bool {
    let named = text.split(' ').take(2).any(|w| lexicon::is_authority_word(&lexicon::lower(w.trim_start_matches(['«', '"']))));
    named && !tells_news(text)
}

/// How many words after the first a headline's finite verb is looked for in.
const NEWS_VERB_WORDS: usize = 7;

/// `Заседание муниципального совета …`, `Коллегия рассмотрела вопросы …`: a news item's headline,
/// naming a sitting or telling what was done (a finite verb among its first words).
fn tells_news(text: &str) -> bool {
    // `Руководители муниципальных органов управления образованием обсудили …`: the verb may
    // follow a subject of several words.
    starts_with_any_lower(text, &["заседание ", "совещание "]) || text.split(' ').skip(1).take(NEWS_VERB_WORDS).any(crate::morph::is_finite_verb)
}

/// `седьмого созыва`, `седьмой созыв`, `(шестого созыва)`: the convocation of a council, a
/// short line under its name.
fn is_convocation(line: &str) -> bool {
    let words = line.split(|c: char| is_space(c) || matches!(c, '(' | ')')).filter(|w| !w.is_empty());
    words.clone().count() <= 3 && words.map(lexicon::lower).any(|w| matches!(&*w, "созыва" | "созыв"))
}

/// `Решение Совета депутатов от 21.12.2023 № 45/212 «Об утверждении …»`, `Решение коллегии
/// прокуратуры … от 30 января 2024 года`: a line naming an act by its date (a site's heading
/// above the text), not the body that issues it.
fn is_act_heading(text: &str) -> bool {
    let mut words = text.split(' ');
    let kind = words.next().is_some_and(|w| lexicon::document_kind(&lexicon::lower(w)).is_some());
    let dated = || text.match_indices(" от ").any(|(at, _)| text.get(at + " от ".len()..).is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit() || c == '«')));
    kind && dated()
}

/// `Приказ от 14.09.2022 № 1518 «Об утверждении …»` / … / `П Р И К А З`: a site's heading naming
/// the act by its date, over the act's own type line (among the lines `from_here` on).
fn is_heading_over_own_type_line(src: &str, text: &str, from_here: &[Block]) -> bool {
    let own_type_line = |b: &Block| {
        let t = b.line.text(src);
        type_line(t).is_some() && !is_act_heading(&clean(t))
    };
    is_act_heading(&clean(text)) && from_here.iter().skip(1).any(own_type_line)
}

/// `Экз. № 3`, `Для служебного пользования`, `ПРОЕКТ`, `Копия`: a stamp on the copy, not a name;
/// so is an archive's (`Архивный отдел администрации …` / `АРХИВНАЯ КОПИЯ`).
fn is_copy_stamp(text: &str) -> bool {
    let lower = lexicon::lower(text);
    let first = lower.split(' ').next().unwrap_or("");
    matches!(first, "экз." | "экз" | "экземпляр" | "дсп" | "проект" | "копия") || lower.starts_with("для служебного пользования") || lower.contains("архивная копия")
}

/// `Муниципальное бюджетное общеобразовательное учреждение …`, `ГОСУДАРСТВЕННОЕ БЮДЖЕТНОЕ
/// УЧРЕЖДЕНИЕ ЗДРАВООХРАНЕНИЯ …`, `Федеральное государственное унитарное предприятие …`: a line
/// opening with an institution's legal form, which names the institution that issues the act
/// even under its founder's name (`МИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ САМАРСКОЙ ОБЛАСТИ`).
fn opens_legal_entity(line: &str) -> bool {
    const OWNERS: &[&str] = &["государственн", "муниципальн", "федеральн", "областн", "краев", "автономн", "негосударственн", "частн"];
    const ENTITIES: &[&str] = &["учреждени", "предприяти", "организаци"];
    let mut words = line.split(|c: char| !crate::text::is_letter(c)).filter(|w| !w.is_empty()).take(7).map(lexicon::lower);
    let owner = words.next().is_some_and(|w| OWNERS.iter().any(|s| w.starts_with(s)));
    owner && words.any(|w| ENTITIES.iter().any(|s| w.starts_with(s)))
}

/// `443011, г. Самара, ул. Ново-Садовая, д. 162А, тел. …`, `ИНН 6316012345 КПП 631601001`,
/// `e-mail: school14@samara.edu.ru`: a letterhead's address, registration or contact line.
fn is_requisites(line: &str) -> bool {
    let mut words = line.split(|c: char| is_space(c) || matches!(c, ',' | ';' | ':' | '(' | ')')).filter(|w| !w.is_empty());
    let is_postcode = |w: &str| w.len() == 6 && w.bytes().all(|b| b.is_ascii_digit());
    let postcode = words.clone().any(is_postcode);
    // `пр. Строителей, 20, г. Междуреченск`: an address opening with its street's kind.
    let street = words.clone().next().map(lexicon::lower).is_some_and(|w| matches!(w.as_ref(), "ул." | "пр." | "пр-т" | "просп." | "пер." | "пл." | "б-р" | "бульвар" | "ш." | "мкр." | "мкр" | "наб." | "проезд"));
    let requisite = |w: &str| {
        let w = lexicon::lower(w);
        matches!(w.as_ref(), "инн" | "кпп" | "огрн" | "окпо" | "окато" | "бик" | "инн/кпп" | "тел." | "тел" | "тел./факс" | "факс" | "телефон" | "e-mail" | "email" | "эл." | "ул.")
            || w.starts_with("www.")
            || w.starts_with("http")
    };
    postcode || street || words.any(requisite)
}

/// `РОССИЙСКАЯ ФЕДЕРАЦИЯ`, `СМОЛЕНСКАЯ ОБЛАСТЬ`, `Камчатский край`, `РЕСПУБЛИКА КОМИ`,
/// `ШАДРИНСКИЙ РАЙОН`: a short line naming the state, a region or a district, above the issuing
/// body.
fn names_state_or_region(line: &str) -> bool {
    let words: Vec<String> = line.split(is_space).filter(|w| !w.is_empty()).map(|w| lexicon::lower(w).into_owned()).collect();
    match words.as_slice() {
        [a, b] if a == "российская" && b == "федерация" => true,
        [first, .., last] if words.len() <= 4 => {
            first == "республика" || matches!(last.as_str(), "область" | "край" | "округ" | "республика" | "район")
        }
        _ => false,
    }
}

/// `ГЕРБ`, `[Герб]`, `(место для герба)`: where the coat of arms stands in the printed form.
fn is_emblem(line: &str) -> bool {
    let words: Vec<String> = line.split(|c: char| !crate::text::is_letter(c)).filter(|w| !w.is_empty()).map(|w| lexicon::lower(w).into_owned()).collect();
    match words.as_slice() {
        [word] => matches!(word.as_str(), "герб" | "эмблема" | "логотип"),
        [a, b, c] => a == "место" && b == "для" && c == "герба",
        _ => false,
    }
}

/// `РЕШЕНИЕ / коллегии Министерства … / «26» ноября 2020 г. № 5 / Об итогах …`: a paragraph in
/// lower case, or opening with a body in the genitive (`Коллегии …`), goes on from the type
/// line, and the subject line under it (`О …`, `Об …`) is the title; the continuation is
/// dropped from the paragraphs left for the title.
fn skip_type_line_continuation(src: &str, lines: &[Block], remaining: &mut Vec<(usize, usize)>) {
    let text = |&(a, b): &(usize, usize)| join_lines(src, lines, a, b);
    let goes_on = |t: &str| t.starts_with(char::is_lowercase) || lexicon::is_body_genitive(&lexicon::lower(t.split(' ').next().unwrap_or(""))) || body_in_genitive(t).is_some();
    let continues = remaining.first().map(text).is_some_and(|t| goes_on(&t));
    // The subject opens with `О …`, or is quoted whole (`«Итоги реализации …»`).
    let subject_next = remaining.get(1).map(text).is_some_and(|t| lexicon::opens_with_about(&t) || t.starts_with(['«', '"']));
    if continues && subject_next {
        remaining.remove(0);
    }
}

/// Marks every header line and fills the fields single lines give (type, date, number, place);
/// with the slots, the date of a site's stamp set as page furniture, for a head that names none.
fn slot_lines(src: &str, lines: &[Block], header: &mut Header) -> (Vec<Slot>, Option<Date>) {
    let mut walk = SlotWalk {
        meeting: false,
        approval: false,
        prev: Slot::Blank,
        last_filled: Slot::Blank,
        event_title: false,
        date_above_type: false,
        published_above: false,
        repeated_citation: false,
        form_reference: false,
        cited: false,
        stamp: Meta::default(),
        furniture_stamp: None,
    };
    let slots = lines
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let slot = walk.slot(src, lines.get(i..).unwrap_or(&[]), b, header);
            // A site's chrome above the page (`Главная → Коллегия → Решения коллегии`) leaves the
            // head as blank as it was: a citation under it opens the act.
            let chrome = slot == Slot::Text && header.kind.is_none() && crate::layout::is_site_chrome(b.line.text(src));
            walk.prev = if chrome { Slot::Blank } else { slot };
            if slot != Slot::Blank && !chrome {
                walk.last_filled = slot;
            }
            // The breadcrumb opens the page: the banner and menu above it are no head of the act.
            if chrome && crate::layout::is_home_breadcrumb(b.line.text(src)) {
                walk.last_filled = Slot::Blank;
            }
            // The site's chrome (`cap.ru/news`, `Новости Главы …`) is no line of any paragraph
            // of the head.
            if chrome {
                return Slot::Blank;
            }
            slot
        })
        .collect();
    // A list of instructions dated only by its approval (`УТВЕРЖДАЮ` / … / `«27» августа 2021
    // г.` / `N Пр-231`) bears that date and number, not a site's publication stamp above it.
    if header.date.is_none() || walk.date_above_type {
        header.date = walk.stamp.date.or(header.date);
    }
    if header.number.is_none() {
        header.number = walk.stamp.number;
    }
    (slots, walk.furniture_stamp)
}

/// What the header lines read so far tell about the next one.
struct SlotWalk {
    /// A meeting section has begun: the lines from it on are the meeting's.
    meeting: bool,
    /// Inside an approval stamp (`УТВЕРЖДАЮ` …), which runs to the next blank line.
    approval: bool,
    /// The slot of the line above.
    prev: Slot,
    /// The slot of the nearest line above that is not blank.
    last_filled: Slot,
    /// The text paragraph above names an event (`по итогам совещания …`), whose date may
    /// stand on the line under it.
    event_title: bool,
    /// The date was read from a line of its own above the type line (a site's publication
    /// date), which the act's own date and number under the type line replace.
    date_above_type: bool,
    /// The line above repeated the database's citation line; a title under it repeats too.
    repeated_citation: bool,
    /// Above the type line, the lines since a form's reference to the act that set it
    /// (`Приложение 1` / `к приказу Минэкономразвития России` / `от 30.04.2009 № 141`): that
    /// act's date and number, not this one's.
    form_reference: bool,
    /// That date above the type line was a site's publication stamp (`27.08.2021 10:42`,
    /// `31.08.2023 | Просмотров: 418`): any date of the act's own under the type line replaces it,
    /// as one with its number or place does any date above.
    published_above: bool,
    /// The type was read from a citation line (`Решение коллегии Министерства … от 26.10.2023 №
    /// 4/1`), which a site's copy may set above the act's own header.
    cited: bool,
    /// The date and number in an approval stamp (`«18» марта 2024 года`, `N Пр-231`), the act's
    /// when it has none of its own.
    stamp: Meta,
    /// The date of a site's stamp taken as page furniture (`14.10.2022 Просмотров: 367`), the
    /// item's when the head has no other.
    furniture_stamp: Option<Date>,
}

/// Whether the first line after the paragraph that opens `lines` opens a `СЛУШАЛИ:` section.
fn heard_after_paragraph(lines: &[Block]) -> bool {
    let blank = lines.iter().position(|b| b.line.is_blank()).unwrap_or(lines.len());
    let next = lines.get(blank..).unwrap_or(&[]).iter().find(|b| !b.line.is_blank());
    next.is_some_and(|b| matches!(b.kind, LineKind::Meeting { section: lexicon::MeetingSection::Heard, .. }))
}

impl SlotWalk {
    /// The slot of one header line `b`, the first of `from_here` (see [`slot_lines`]).
    fn slot(&mut self, src: &str, from_here: &[Block], b: &Block, header: &mut Header) -> Slot {
        let text = russian_cells(b.line.text(src));
        let text = text.as_ref();
        // The stamp's name (`________ А.М. Осипов`) and date may stand after a blank line.
        let name_below = || from_here.iter().skip(1).find(|l| !l.line.is_blank()).is_some_and(|l| matches!(l.kind, LineKind::Name(_)));
        let stamp_goes_on = self.approval && b.line.is_blank() && name_below();
        self.approval = stamp_goes_on || !b.line.is_blank() && header.kind.is_none() && (self.approval || opens_approval(text)) && type_line(text).is_none();
        // A legal database's banner (`Документ предоставлен КонсультантПлюс`) names nothing,
        // and an approval stamp's date is not the document's.
        // Nor does a line of no letter or digit (a scan's stray `|`, a rule).
        if self.approval {
            if let Some(meta) = read_meta(text) {
                self.stamp.date = self.stamp.date.or(meta.date);
                self.stamp.number = self.stamp.number.take().or(meta.number);
            }
        }
        if b.kind == LineKind::Editorial && self.furniture_stamp.is_none() && says_published(text) {
            self.furniture_stamp = other_meta(text).and_then(|m| m.date);
        }
        if b.line.is_blank() || b.kind == LineKind::Editorial || self.approval || !text.chars().any(crate::text::is_alnum) {
            self.form_reference &= !b.line.is_blank();
            return Slot::Blank;
        }
        // `Заседание комиссии: открытое` / `Время проведения: 14.00` under the type line: when and
        // how the body sat, no subject (`Место проведения: …` is read as the place).
        if header.kind.is_some() && header.title.is_none() && names_sitting_detail(text) {
            return Slot::Blank;
        }
        if header.kind.is_none() && (self.form_reference || starts_with_any_lower(text.trim_start_matches(is_space), &FORM_REFERENCES)) {
            self.form_reference = true;
            return Slot::Blank;
        }
        if matches!(b.kind, LineKind::Meeting { .. }) {
            self.meeting = true;
        } else if self.meeting && self.prev == Slot::Blank && lexicon::opens_with_about(&clean(text)) && !heard_after_paragraph(from_here) {
            // `Председательствовал: …` / `Присутствовали: …` / the subject line `О ходе …`; a
            // question with `СЛУШАЛИ:` under it is the meeting's.
            self.meeting = false;
        } else if self.meeting && self.prev == Slot::Blank && header.kind.is_some() && (is_preamble_start(&clean(text)) || quotes_a_subject(text)) {
            // `Присутствовали: …` / `Заслушав и обсудив информацию …`: the preamble after the
            // meeting's lines is no part of them; nor is the subject set apart under them
            // (`«Об организации горячего питания …»`).
            self.meeting = false;
        }
        if self.meeting {
            // `Форма проведения: …` / `Дата проведения собрания: …`: the meeting's sections and
            // its labelled date and place may stand in one block.
            if let Some(meta) = labelled_meta(text).filter(|m| m.date.is_some() || m.place.is_some()) {
                merge_meta(header, meta);
            }
            return Slot::Meeting;
        }
        // `14 час. 00 мин.   зал заседаний, каб. 21`: when and where the meeting sat.
        if header.kind.is_some() && (opens_with_time(text) || names_venue_and_time(text)) {
            return Slot::Blank;
        }
        // `ПРИКАЗ` / `ШӰДЫК`, `П Р И К А З` / `К О С О Н`: the type repeated in the region's
        // other language.
        if self.last_filled == Slot::Type && (!is_russian(text) || is_foreign_word(text)) {
            return Slot::Blank;
        }
        if self.prev == Slot::Blank && (header.kind.is_none() && self.last_filled == Slot::Blank || self.last_filled == Slot::Type) {
            match citation(text) {
                Some(c) if header.kind.is_none() && !is_heading_over_own_type_line(src, text, from_here) => {
                    *header = Header { kind: Some(c.kind), kind_label: Some(c.label), authority: non_empty(c.authority), title: non_empty(c.title), ..Header::default() };
                    merge_meta(header, c.meta);
                    self.cited = true;
                    return Slot::Type;
                }
                // ГАРАНТ repeats its citation under the first, the title on the next line.
                Some(c) if header.kind == Some(c.kind) => {
                    self.repeated_citation = true;
                    return Slot::Blank;
                }
                _ => {}
            }
        }
        if std::mem::take(&mut self.repeated_citation) && header.title.as_deref().is_some_and(|t| clean(text) == *t) {
            return Slot::Blank;
        }
        // `Решение коллегии Министерства … от 26.10.2023 № 4/1` / `31.10.2023 09:15` / `Министерство
        // …` / `РЕШЕНИЕ КОЛЛЕГИИ`: the act's own header under a site's citation of it replaces it.
        if std::mem::take(&mut self.cited) {
            if let Some((label, kind)) = type_line(text).filter(|(_, kind)| header.kind == Some(*kind) && !is_act_heading(&clean(text))) {
                let (date, number) = (header.date.take(), header.number.take());
                *header = Header { kind: Some(kind), kind_label: Some(label.clone()), date, number, ..Header::default() };
                read_type_line_rest(text, &label, header);
                return Slot::Type;
            }
            self.cited = header.title.is_none();
        }
        if header.kind.is_none() {
            if let Some((label, kind)) = type_line(text).filter(|_| !is_heading_over_own_type_line(src, text, from_here)) {
                header.kind = Some(kind);
                header.kind_label = Some(label.clone());
                read_type_line_rest(text, &label, header);
                return Slot::Type;
            }
            // `АДМИНИСТРАЦИЯ ГОРОДСКОГО ОКРУГА` / `ГОРОД ВОРОНЕЖ`: the body's name goes on.
            if self.prev == Slot::Text && continues_body_name(text) {
                return Slot::Text;
            }
        }
        if matches!(self.last_filled, Slot::Meta | Slot::Type) && header.kind.is_some() {
            // `(протокол № 1)` under the date: a reference to the minutes, no title; nor is the
            // stamp on the copy (`Экз. № ______`, `ДСП`).
            if is_parenthesised(text) || is_copy_stamp(text) {
                return Slot::Blank;
            }
            // `от 29 сентября 2021 года` / `Череповец`: a settlement alone under the date.
            if header.place.is_none() && names_bare_settlement(text) {
                header.place = Some(clean(text));
                return Slot::Meta;
            }
        }
        // `Опубликовано: 24.08.2018 09:47`, `Опубликовано 17.10.2022 | Новости`: a site's stamp.
        let stamp = || says_published(text).then(|| other_meta(text)).flatten();
        let meta = labelled_meta(text).or_else(|| read_meta(text)).or_else(stamp).or_else(|| byline_date(text));
        // `по итогам совещания с членами Правительства` / `18 октября 2023 года`: the event's
        // day ends the title; the list's own date stands under the signature.
        let event_day = self.prev == Slot::Text && self.event_title && meta.as_ref().is_some_and(|m| m.number.is_none() && m.place.is_none());
        self.event_title = if self.prev == Slot::Text { self.event_title } else { starts_with_any_lower(text.trim_start_matches(is_space), &["по итогам "]) };
        match meta {
            Some(meta) if !event_day => {
                if header.kind.is_none() {
                    self.date_above_type = header.date.is_none() && meta.date.is_some() && meta.number.is_none();
                    self.published_above = self.date_above_type && is_publication_stamp(text);
                } else if self.date_above_type && meta.date.is_some() && (meta.number.is_some() || meta.place.is_some() || self.published_above) {
                    // `18.09.2024` / … / `ПОСТАНОВЛЕНИЕ` / `от 16.09.2024   № 04`
                    header.date = None;
                    self.date_above_type = false;
                }
                let sets_date = header.date.is_none() && meta.date.is_some();
                merge_meta(header, meta);
                if sets_date {
                    header.date_published = is_publication_stamp(text);
                }
                Slot::Meta
            }
            _ => Slot::Text,
        }
    }
}

/// `27.08.2021 10:42`, `31.08.2023 | Просмотров: 418`, `Дата публикации: 27.08.2021`: a site's
/// stamp of when it published a page, with the time of day or the count of views, or in the
/// page's byline (see [`byline_date`]).
fn is_publication_stamp(text: &str) -> bool {
    let bytes = text.as_bytes();
    let clock = bytes.windows(4).any(|w| matches!(w, [a, b':', c, d] if a.is_ascii_digit() && c.is_ascii_digit() && d.is_ascii_digit()));
    clock || says_published(text) || byline_date(text).is_some()
}

/// Whether a line says that a site published a page (`Опубликовано`, `Дата публикации`, a count
/// of views).
fn says_published(text: &str) -> bool {
    let lower = lexicon::lower(text);
    ["просмотр", "опубликовано", "дата публикации"].iter().any(|w| lower.contains(w))
}

/// How a line giving a detail of the sitting opens (lower case), its value after a colon.
const SITTING_DETAILS: [&str; 4] = ["заседание комиссии:", "заседание совета:", "вид заседания:", "время проведения:"];

/// `Заседание комиссии: открытое`, `Время проведения: 14.00`: a detail of the sitting, as a
/// commission's resolution gives them between its number and its subject.
fn names_sitting_detail(text: &str) -> bool {
    starts_with_any_lower(text.trim_start_matches(is_space), &SITTING_DETAILS)
}

/// How a form's reference to the act that set it opens, above the type line (lower case):
/// `Приложение 1` / `к приказу Минэкономразвития России` / `от 30.04.2009 № 141`, `Форма
/// утверждена приказом …`.
const FORM_REFERENCES: [&str; 6] = ["к приказу ", "к постановлению ", "к распоряжению ", "к решению ", "форма утверждена", "утверждена приказом"];

/// `Пр-2150`: a registration number written without `№` — an index of letters, a hyphen,
/// digits — as the President's lists of instructions carry it under the signature.
fn bare_number(word: &str) -> Option<&str> {
    let word = word.trim_end_matches([',', '.']);
    let (index, rest) = word.split_once('-')?;
    let index_ok = (1..=4).contains(&index.chars().count()) && index.starts_with(char::is_uppercase) && index.chars().all(crate::text::is_letter);
    let rest_ok = rest.starts_with(|c: char| c.is_ascii_digit()) && rest.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '/'));
    (index_ok && rest_ok).then_some(word)
}

/// `Москва, Кремль`: the place of signing under a decree's signature, a settlement and the
/// building, in title case (a heading in capitals, `ПЛАН МЕРОПРИЯТИЙ`, opens an appendix).
fn names_signing_place(text: &str) -> bool {
    let Some((settlement, building)) = text.split_once(',') else { return false };
    let title_case = |p: &str| names_settlement(p.trim_matches(is_space)) && p.chars().any(char::is_lowercase);
    title_case(settlement) && title_case(building)
}

/// Reads a line under the signatures that gives the document's requisites: `7 мая 2024 года`,
/// `№ 309`, `N Пр-231`, `Пр-2150`, `Пр-417, 5 марта 2024 г.`, or the place of signing.
fn trailer_requisites(text: &str) -> Option<Meta> {
    let text = text.trim_matches(is_space);
    let first = text.split(is_space).next().unwrap_or("");
    if let Some(number) = bare_number(first) {
        let rest = text.get(first.len()..).unwrap_or("").trim_start_matches(|c: char| is_space(c) || c == ',');
        let meta = if rest.is_empty() { Meta::default() } else { read_meta(rest)? };
        return Some(Meta { number: Some(number.to_string()), ..meta });
    }
    if names_signing_place(text) {
        return Some(Meta::default());
    }
    read_meta(text)
}

/// `Пр-3, 19 января 2024 г.`, `Пр-2150`: the registration number a list of instructions closes
/// with (after its last item, with or without a signature), and perhaps its date.
pub(crate) fn is_registration_line(text: &str) -> bool {
    let text = text.trim_matches(is_space);
    let first = text.split(is_space).next().unwrap_or("");
    bare_number(first).is_some() && trailer_requisites(text).is_some()
}

/// Whether a line under the signatures only gives the document's requisites (see
/// [`trailer_requisites`]).
pub(crate) fn is_trailer_requisites(text: &str) -> bool {
    trailer_requisites(text).is_some()
}

/// Fills the date and number the header lacks from the requisites under the signatures
/// (`В.Андреев` / `Пр-2150` / `30 октября 2023 г.`; `Москва, Кремль` / `7 мая 2024 года` /
/// `№ 309`).
pub(crate) fn fill_from_trailer(src: &str, blocks: &[Block], trailer: &[usize], header: &mut Header) {
    let requisites = trailer.iter().filter_map(|&i| blocks.get(i)).filter(|b| b.kind == LineKind::Text);
    for meta in requisites.filter_map(|b| trailer_requisites(b.line.text(src))) {
        header.date = if header.date_published { meta.date.or(header.date) } else { header.date.or(meta.date) };
        header.number = header.number.take().or(meta.number);
    }
}

/// `14 час. 00 мин.`, `10.00 ч.`, `10:00   ул. Кирова, д. 4`, `в 09:42`: a line opening with a time of day
/// (see [`time_of_day`](crate::extract::deadline::time_of_day)), or with hours and their word.
fn opens_with_time(text: &str) -> bool {
    let t = text.trim_start_matches(is_space);
    // `17.10.2023 в 09:42`: the time after `в`.
    let t = t.strip_prefix("в ").map_or(t, |r| r.trim_start_matches(is_space));
    if let Ok((rest, _)) = crate::extract::deadline::time_of_day(t) {
        let next = rest.trim_start_matches(is_space);
        return rest.is_empty() || rest.len() > next.len() && !next.starts_with(|c: char| c.is_ascii_digit());
    }
    let hours = t.bytes().take_while(u8::is_ascii_digit).count();
    let word = t.get(hours..).unwrap_or("").trim_start_matches(is_space);
    (1..=2).contains(&hours) && (word.starts_with("час") || word.starts_with("ч."))
}

/// `Зал заседаний администрации округа, 14 час. 00 мин.`, `Время проведения: …`: where and when
/// a meeting sat, under its date: no subject of the act.
fn names_venue_and_time(text: &str) -> bool {
    let t = text.trim_matches(is_space);
    // A labelled place (`Место проведения: г. Чебоксары`) is the act's place, read as meta.
    let labelled = starts_with_any_lower(t, &["время проведения", "зал заседаний"]);
    // A place, then the hour: not the date, then the hour (`14 мая 2019 года, 10.00 час.`).
    let clock = t.contains(',') && t.rsplit(',').next().is_some_and(opens_with_time) && !t.starts_with(|c: char| c.is_ascii_digit());
    t.len() < 160 && (labelled || clock)
}

/// A legal database's citation of the act, its first line: type, body in the genitive, date,
/// number and quoted title (`Постановление Администрации муниципального образования "…" от 9
/// марта 2022 г. N 611 "О внесении изменений …"`).
struct Citation {
    kind: DocumentKind,
    label: String,
    authority: String,
    meta: Meta,
    title: String,
}

/// Reads a [`Citation`] line: the body runs from the type word to the ` от ` after which, up to
/// the quote that opens the title, only a date and a number stand.
/// Whether `text` is a legal database's citation line of an act (see [`citation`]): a type line
/// to the layout.
pub(crate) fn is_citation(text: &str) -> bool {
    citation(text).is_some()
}

fn citation(text: &str) -> Option<Citation> {
    let compact = clean(text);
    let (type_word, rest) = compact.split_once(' ')?;
    let kind = lexicon::document_kind(&lexicon::lower(type_word))?;
    // `Решение коллегии Департамента …`: the body that decides belongs to the label.
    // Not `Постановление комиссии по делам несовершеннолетних …`, where the commission issues it.
    let (label, rest) = match rest.split_once(' ') {
        // `Решение коллегии министерства образования …`: a body's name in lower case too.
        Some((body, after)) if lexicon::is_body_genitive(body) && (after.starts_with(char::is_uppercase) || after.split(' ').next().is_some_and(lexicon::is_authority_word)) => {
            (compact.get(..type_word.len() + 1 + body.len())?, after)
        }
        _ => (type_word, rest),
    };
    // The title in quotes after the date and number, or on the line below (ГАРАНТ).
    let meta_and_title = |(at, _): (usize, &str)| {
        let after = rest.get(at + " от ".len()..)?;
        let title_at = after.find(['"', '«']).unwrap_or(after.len());
        let meta = read_meta_part(after.get(..title_at)?).filter(|m| m.date.is_some() && m.number.is_some())?;
        Some((at, meta, after.get(title_at..)?))
    };
    let Some((at, meta, title)) = rest.match_indices(" от ").find_map(meta_and_title) else {
        // `Решение коллегии Министерства культуры … Республики` alone, its date and title on the
        // lines below, as a legal database heads an act.
        let names_body = rest.split(' ').next().is_some_and(|w| w.starts_with(char::is_uppercase) && lexicon::is_authority_word(&lexicon::lower(w)));
        let plain = !rest.contains(|c: char| c.is_ascii_digit() || matches!(c, '"' | '«' | ':'));
        return (names_body && plain && rest.split(' ').count() >= 2).then(|| Citation {
            kind,
            label: label.to_string(),
            authority: rest.to_string(),
            meta: Meta::default(),
            title: String::new(),
        });
    };
    // `Постановление администрации … от …`: ГАРАНТ writes the body in the genitive, lower case.
    let names_body = |a: &&str| {
        let first = a.split(' ').next().unwrap_or("");
        a.starts_with(char::is_uppercase) || lexicon::is_body_genitive(first) || lexicon::is_authority_word(first)
    };
    let authority = rest.get(..at).filter(names_body)?;
    // ГАРАНТ marks a consolidated text after the title: `"…" (с изменениями и дополнениями)`.
    let title = title.strip_suffix("(с изменениями и дополнениями)").map_or(title, str::trim_end);
    // `Протокол совещания заместителя Министра … с руководителями …, от …`: minutes named by
    // their meeting, with no quoted title, have the meeting as their subject.
    let meeting = title.is_empty() && authority.split(' ').next().is_some_and(|w| matches!(w, "совещания" | "заседания" | "собрания"));
    if meeting {
        let subject = authority.trim_end_matches([',', ' ']);
        return Some(Citation { kind, label: label.to_string(), authority: String::new(), meta, title: subject.to_string() });
    }
    Some(Citation { kind, label: label.to_string(), authority: authority.to_string(), meta, title: title.to_string() })
}

/// `ГОРОД ВОРОНЕЖ` in capitals right under a line of the issuing body's name is the end of that
/// name (`Администрация городского округа город Воронеж`), not the place.
fn continues_body_name(text: &str) -> bool {
    let word = text.split(is_space).find(|w| !w.is_empty()).unwrap_or("");
    word == "ГОРОД" && !text.chars().any(char::is_lowercase)
}

/// `УТВЕРЖДАЮ` / `Заместитель Губернатора …` / `____ А.В. Скрябин` / `«14» апреля 2021 г.`: the
/// first line of an approval stamp above the type line; the stamp runs to the next blank line.
fn opens_approval(text: &str) -> bool {
    // `|  | **УТВЕРЖДАЮ** |`: the stamp set in a table's right column.
    let word = text.trim_start_matches(|c: char| crate::text::is_space_or_emphasis(c) || c == '|').split(|c: char| !crate::text::is_letter(c)).next().unwrap_or("");
    word.len() <= 22 && matches!(lexicon::lower(word).as_ref(), "утверждаю" | "согласовано" | "утверждено" | "утвержден")
}

/// `Дата проведения: 12.03.2021`, `Место проведения: г. Чебоксары, …`, `Время проведения:
/// 10.00`: the labelled date and place of a meeting (its time is read past).
fn labelled_meta(text: &str) -> Option<Meta> {
    let label = crate::block::scan::label(text)?;
    let value = |at: usize| text.get(at..).map(clean).filter(|v| !v.is_empty());
    // `Дата проведения заседания:`, not `Дата составления протокола:`: a protocol is dated by its
    // meeting.
    let meeting_date = |w: &str| w == "дата" || ["дата проведения", "дата заседания", "дата совещания"].iter().any(|l| w.starts_with(l));
    if let Some(at) = label.value(meeting_date, false) {
        // `Дата проведения собрания: 17 сентября 2019 года.`: a sentence's stop ends it.
        return read_meta_part(value(at)?.trim_end_matches('.')).filter(|m| m.date.is_some());
    }
    let meeting_place = |w: &str| ["место проведения", "место заседания", "место совещания"].iter().any(|l| w.starts_with(l));
    if let Some(at) = label.value(meeting_place, false) {
        return Some(Meta { place: value(at).map(settlement_of_address), ..Meta::default() });
    }
    label.value(|w| matches!(w, "время" | "время проведения" | "время начала"), false).map(|_| Meta::default())
}

/// `г. Ярославль, Советская пл., д. 3 (в режиме видеоконференцсвязи)`: the settlement an
/// address opens with, when it names one (`г. …`, `с. …`); else the address as written.
fn settlement_of_address(address: String) -> String {
    let head = address.split([',', '(']).next().unwrap_or("").trim_end_matches(is_space);
    match place(head) {
        Some(settlement) => settlement,
        None => address,
    }
}

/// A type line may carry the date and number too (`ПРИКАЗ от 20.10.2020 № 798`), or the subject
/// of a list of instructions (`Перечень поручений по итогам заседания Совета …`).
fn read_type_line_rest(text: &str, label: &str, header: &mut Header) {
    let compact = clean(text);
    let Some(rest) = compact.get(label.len()..) else { return };
    if let Some(meta) = read_meta(rest) {
        merge_meta(header, meta);
    } else if let Some((meta, subject)) = meta_then_subject(rest) {
        merge_meta(header, meta);
        header.title = header.title.take().or_else(|| Some(subject.to_string()));
    } else if header.kind == Some(DocumentKind::Other) && rest.trim_start().starts_with("по итогам ") {
        header.title = Some(rest.trim_start().to_string());
    } else if let Some(number) = number_before_body(rest).filter(|_| header.number.is_none()) {
        header.number = Some(number.to_string());
    }
}

/// `№ 4 от 18 ноября 2019 года «О ходе …»`: a date and number, then the subject (quoted, or
/// opening with `О`/`Об`), on one line. The meta and the subject.
fn meta_then_subject(text: &str) -> Option<(Meta, &str)> {
    let text = text.trim_start_matches(is_space);
    let opens_subject = |i: usize| {
        let (before, after) = (text.get(..i).unwrap_or(""), text.get(i..).unwrap_or(""));
        before.ends_with(' ') && (after.starts_with(['«', '"']) || after.starts_with("О ") || after.starts_with("Об "))
    };
    let cut = text.char_indices().map(|(i, _)| i).filter(|&i| opens_subject(i)).find(|&i| read_meta(text.get(..i).unwrap_or("").trim_end()).is_some())?;
    let meta = read_meta(text.get(..cut)?.trim_end())?;
    (meta.date.is_some() || meta.number.is_some()).then(|| (meta, text.get(cut..).unwrap_or("")))
}

/// Whether a text is a date or number, then a subject (see [`meta_then_subject`]).
pub(crate) fn opens_with_meta_and_subject(text: &str) -> bool {
    meta_then_subject(text).is_some()
}

/// `№ 3 комиссии по обеспечению безопасности …`: the number a type line gives before the body
/// that took the decision (cleaned text after the type word).
fn number_before_body(rest: &str) -> Option<&str> {
    let rest = rest.trim_start().strip_prefix(['№', 'N'])?.trim_start();
    let (number, body) = rest.split_once(' ')?;
    let numbered = number.starts_with(|c: char| c.is_ascii_digit()) && number.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '/'));
    (numbered && body.starts_with(|c: char| c.is_lowercase()) && !body.starts_with("от ")).then_some(number)
}

/// Date, number and place written on one line.
#[derive(Debug, Default)]
struct Meta {
    date: Option<Date>,
    number: Option<String>,
    place: Option<String>,
}

impl Meta {
    /// The fields of `self`, each filled from `other` where `self` has none.
    fn or(self, other: Meta) -> Meta {
        Meta { date: self.date.or(other.date), number: self.number.or(other.number), place: self.place.or(other.place) }
    }
}

fn merge_meta(header: &mut Header, meta: Meta) {
    header.date = header.date.or(meta.date);
    if header.number.is_none() {
        header.number = meta.number;
    }
    if header.place.is_none() {
        header.place = meta.place;
    }
}

/// `г. Ханты-Мансийск, 22 августа 2024 года`: a place closed by a comma at `i` (a suffix of
/// `lower`, the lower-cased `compact`), and the rest of `lower` after the comma.
fn place_before_comma<'a>(compact: &str, lower: &str, i: &'a str) -> Option<(String, &'a str)> {
    let comma = i.find(',')?;
    let at = lower.offset(i);
    let settlement = place(compact.get(at..at + comma)?)?;
    Some((settlement, i.get(comma + 1..)?))
}

/// `г. Якутск 14 апреля 2023 г.`, `с. Тербуны № 276`: a place at `i` (a suffix of `lower`, the
/// lower-cased `compact`) one space before the date or the number the rest reads as, and that
/// rest.
fn place_before_meta<'a>(compact: &str, lower: &str, i: &'a str) -> Option<(String, &'a str)> {
    let at = lower.offset(i);
    let opens_meta = |r: &str| r.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '«' | '№'));
    let space = i.match_indices(' ').map(|(k, _)| k).find(|&k| i.get(k + 1..).is_some_and(opens_meta))?;
    let rest = i.get(space + 1..)?;
    if document_date(rest).is_err() && reg_number(rest).is_err() {
        return None;
    }
    // The settlement's name ends the place (`г. Якутск`), no preposition (`г. Ленск от …`).
    let settlement = compact.get(at..at + space)?;
    let named = settlement.rsplit(' ').next().is_some_and(|w| w.starts_with(char::is_uppercase));
    named.then(|| place(settlement)).flatten().map(|p| (p, rest))
}

/// The longest meta line, cleaned, in bytes.
const META_MAX_LEN: usize = 120;

/// Reads a line made only of a date, a number and/or a place: `от 26.11.2020`, `№ 291`,
/// `26.11.2020 № 291`, `г. Усинск`, or such parts set apart in columns (`г. Пермь` and
/// `18.02.2021 № 3` on one line, two or more spaces or a tab between them).
fn read_meta(text: &str) -> Option<Meta> {
    if cleans_longer_than(text, META_MAX_LEN) || !may_be_meta(text) {
        return None;
    }
    read_meta_part(text).or_else(|| read_meta_columns(text)).or_else(|| is_blank_form(text).then(Meta::default))
}

/// Whether a line holds a word the dictionary knows.
fn has_known_word(text: &str) -> bool {
    long_words(text).iter().any(|w| crate::morph::is_known(w))
}

/// Whether a text is only a date, a number and/or a place (see [`read_meta`]).
pub(crate) fn is_meta(text: &str) -> bool {
    read_meta(text).is_some()
}

/// `«___» ____________ 2021 г.      № ______`: the date and number lines of a draft, left blank to
/// be filled in when it is signed.
fn is_blank_form(text: &str) -> bool {
    let blanks = text.bytes().filter(|&b| b == b'_').count();
    let words = text.split(|c: char| is_space(c) || matches!(c, '_' | '«' | '»' | '"')).filter(|w| !w.is_empty());
    let form_word = |w: &str| matches!(w, "от" | "№" | "N" | "г." | "г" | "года" | "год") || (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()));
    blanks >= 3 && words.into_iter().all(form_word)
}

/// [`read_meta`] for a line of two or more columns, each of them a meta part, or a settlement
/// named without `г.` beside a date (`Великий Новгород      12 апреля 2021 г. № 17`).
fn read_meta_columns(text: &str) -> Option<Meta> {
    let mut parts = date_joined_segments(text).into_iter().map(|(s, e)| text.get(s..e).map(|part| read_meta_part(part).ok_or(part)));
    let (first, second) = (parts.next()??, parts.next()??);
    let meta = match (first, second) {
        (Ok(a), Ok(b)) => a.or(b),
        (Err(place), Ok(meta)) | (Ok(meta), Err(place)) if meta.date.is_some() && names_settlement(place) => {
            Meta { place: Some(clean(place)), ..meta }
        }
        // `Шупашкар хули      г. Чебоксары`: the place beside its name in the region's other
        // language.
        (Err(other), Ok(meta)) | (Ok(meta), Err(other)) if meta.place.is_some() && meta.date.is_none() && names_place_elsewise(other) => meta,
        (Ok(meta), Err(other)) | (Err(other), Ok(meta)) if repeats_in_other_order(other, &meta) => meta,
        _ => return None,
    };
    parts.try_fold(meta, |meta, part| match part? {
        Ok(more) => Some(meta.or(more)),
        // `30.08.2024 № 178-о<TAB>30.08.2024 178-о №`: the date and number again, as the
        // letterhead's other language writes them.
        Err(other) => repeats_in_other_order(other, &meta).then_some(meta),
    })
}

/// Whether a column holds the date read already and then the number read already, in another
/// language's order (`30.08.2024 178-о №`).
fn repeats_in_other_order(column: &str, meta: &Meta) -> bool {
    let compact = clean(column);
    let lower = lower_same_len(&compact);
    let Ok((rest, date)) = document_date(&lower) else { return false };
    let rest = compact.get(compact.len() - rest.len()..).unwrap_or("").trim_matches(is_space);
    let number = rest.trim_end_matches(['№', 'N']).trim_matches(is_space);
    meta.date == Some(date) && meta.number.as_deref() == Some(number)
}

/// `Москва`, `Великий Новгород`, `Ростов-на-Дону`: one to three capitalised words of letters and
/// hyphens, not naming a body (`Администрация`).
fn names_settlement(text: &str) -> bool {
    short_name(text, true) && !text.split(is_space).find(|w| !w.is_empty()).is_some_and(|w| lexicon::is_authority_word(&lexicon::lower(w)) || type_line(w).is_some())
}

/// `Шупашкар хули`: one to three words of letters, the first capitalised, as another language
/// names a place.
fn names_place_elsewise(text: &str) -> bool {
    short_name(text, false)
}

/// One to three words of letters and hyphens, the first capitalised (with `every_word`, each).
fn short_name(text: &str, every_word: bool) -> bool {
    let words: Vec<&str> = text.split(is_space).filter(|w| !w.is_empty()).collect();
    let letters = |w: &&str| w.chars().all(|c| crate::text::is_letter(c) || c == '-');
    let capitalised = |w: &&str| w.starts_with(char::is_uppercase);
    let capitals = if every_word { words.iter().all(capitalised) } else { words.first().is_some_and(capitalised) };
    (1..=3).contains(&words.len()) && words.iter().all(letters) && capitals
}

/// `Череповец`, `Великий Новгород`: a settlement named alone on a line in title case, not a line
/// in capitals (`КОЛЛЕГИИ`, `ОБ УТВЕРЖДЕНИИ ПОЛОЖЕНИЯ`), a subject line or a body in the
/// genitive (`Коллегии`).
fn names_bare_settlement(text: &str) -> bool {
    let first = lexicon::lower(text.split(is_space).find(|w| !w.is_empty()).unwrap_or(""));
    names_settlement(text) && text.chars().any(char::is_lowercase) && !lexicon::opens_with_about(text) && !lexicon::is_body_genitive(&first)
}

/// Whether a line is wholly in parentheses (`(протокол № 1)`).
fn is_parenthesised(text: &str) -> bool {
    let t = text.trim_matches(is_space);
    t.starts_with('(') && t.ends_with(')')
}

/// The columns of a line, a year typed apart from its day and month joined to them (`«12»
/// августа  2023 г.`: runs of spaces in a hand-typed date are no column gap).
fn date_joined_segments(text: &str) -> Vec<(usize, usize)> {
    let mut joined: Vec<(usize, usize)> = Vec::new();
    for (s, e) in pipe_cells(text).unwrap_or_else(|| segments(text).collect()) {
        let starts_with_year = text.get(s..).is_some_and(|t| t.len() >= 4 && t.bytes().take(4).all(|b| b.is_ascii_digit()));
        let after_month = joined.last().and_then(|&(a, b)| text.get(a..b)).is_some_and(|prev| {
            let last = prev.rsplit(is_space).next().unwrap_or("");
            lexicon::month(&lexicon::lower(last)).is_some()
        });
        match joined.last_mut() {
            Some(prev) if starts_with_year && after_month => prev.1 = e,
            _ => joined.push((s, e)),
        }
    }
    joined
}

/// The filled cells of a Markdown table's row (`| 26 марта 2025 г. | г. Усть-Кут | № 2 |`), trimmed,
/// as `(start, end)` in bytes; `None` for a line not set between bars.
fn pipe_cells(text: &str) -> Option<Vec<(usize, usize)>> {
    let inner = text.trim_matches(is_space).strip_prefix('|')?.strip_suffix('|')?;
    let mut at = text.len() - text.trim_start_matches(is_space).len() + 1;
    let mut cells = Vec::new();
    for cell in inner.split('|') {
        let lead = cell.len() - cell.trim_start_matches(is_space).len();
        let trimmed = cell.trim_matches(is_space);
        if !trimmed.is_empty() {
            cells.push((at + lead, at + lead + trimmed.len()));
        }
        at += cell.len() + 1;
    }
    Some(cells)
}

/// A date, a number and/or a place alone ([`read_meta`] without columns).
fn read_meta_part(text: &str) -> Option<Meta> {
    let compact = without_form_blanks(clean(text));
    if compact.len() > META_MAX_LEN {
        return None;
    }
    if let Some(place) = place(&compact) {
        return Some(Meta { place: Some(place), ..Meta::default() });
    }
    let lower = lower_same_len(&compact);
    let mut meta = Meta::default();
    let mut i: &str = &lower;
    loop {
        i = i.trim_start_matches(|c: char| is_space(c) || matches!(c, ',' | '*' | '|'));
        if i.is_empty() {
            break;
        }
        // `27 февраля 2024 г.   протокол № 7`: a council's decision is numbered by its minutes.
        let i_number = i.strip_prefix("протокол ").filter(|r| r.starts_with(['№', 'n'])).unwrap_or(i);
        if let Ok((rest, d)) = document_date(i) {
            meta.date = meta.date.or(Some(d));
            // Parts set apart in columns are read column by column ([`read_meta_columns`]).
            let one_column = !text.contains('\t') && !text.contains("  ");
            i = town_after_date(&compact, &lower, i, rest).filter(|_| one_column).unwrap_or(rest);
        } else if let Ok((rest, n)) = reg_number(i_number) {
            let at = lower.as_ref().offset(n);
            let written = compact.get(at..at + n.len()).unwrap_or(n);
            // `№ 1045 - п`: a suffix typed with spaces round its hyphen is the number's.
            meta.number = Some(match spaced_suffix(rest) {
                Some((mark, suffix, after)) => {
                    let s = lower.as_ref().offset(suffix);
                    i = after;
                    format!("{written}{mark}{}", compact.get(s..s + suffix.len()).unwrap_or(suffix))
                }
                None => {
                    i = rest;
                    written.to_string()
                }
            });
        } else if let Some(settlement) = compact.get(lower.as_ref().offset(i)..).and_then(place) {
            // `26 ноября 2020 г. № 291 г. Усинск`: the place ends the line.
            meta.place = Some(settlement);
            break;
        } else if let Some((settlement, rest)) = place_before_comma(&compact, &lower, i).or_else(|| place_before_meta(&compact, &lower, i)).filter(|_| meta.place.is_none()) {
            // `г. Ханты-Мансийск, 22 августа 2024 года`, `г. Якутск 14 апреля 2023 г.`: the place,
            // then the date.
            meta.place = Some(settlement);
            i = rest;
        } else if meta.date.is_some() && opens_with_time(i) {
            // `14 мая 2019 года, 10.00 час.`: when the meeting began.
            break;
        } else {
            return None;
        }
        i = ws0(i).map_or(i, |r| r.0);
    }
    (meta.date.is_some() || meta.number.is_some()).then_some(meta)
}

/// ` - п`, ` – па`, `–р`, ` / 2` after a registration number (`№ 1045 - п`): a clerk's suffix
/// typed with spaces round its mark or with a dash — a hyphen, a dash or a slash, then up to four
/// small letters or digits ending the word. The mark (a dash as a hyphen), the suffix and the
/// text after it.
fn spaced_suffix(rest: &str) -> Option<(char, &str, &str)> {
    let after_space = rest.trim_start_matches(is_space);
    let mark = after_space.chars().next().filter(|c| matches!(c, '-' | '–' | '—' | '/'))?;
    let tail = after_space.get(mark.len_utf8()..)?.trim_start_matches(is_space);
    let len = tail.find(|c: char| !(c.is_lowercase() || c.is_ascii_digit())).unwrap_or(tail.len());
    let suffix = tail.get(..len)?;
    let letters = suffix.chars().all(char::is_lowercase);
    let digits = suffix.chars().all(|c| c.is_ascii_digit());
    let ends_word = tail.get(len..).is_some_and(|r| r.chars().next().is_none_or(|c| is_space(c) || matches!(c, ',' | ';')));
    ((1..=4).contains(&suffix.chars().count()) && (letters || digits) && ends_word).then(|| (if mark == '/' { '/' } else { '-' }, suffix, tail.get(len..).unwrap_or("")))
}

/// `15.01.2024 г. Моршанск № 19`: the `г.` a date at `i` (a suffix of `lower`, the lower-cased
/// `compact`) was read with, up to `rest`, opens the town when a capitalised word follows it; the
/// text from that `г.` on.
fn town_after_date<'a>(compact: &str, lower: &str, i: &'a str, rest: &'a str) -> Option<&'a str> {
    let read = i.get(..i.len() - rest.len())?.trim_end_matches(is_space);
    let year_word = read.strip_suffix("г.")?;
    let next = compact.get(lower.offset(rest)..)?.trim_start_matches(is_space);
    // A town's name, not the number's sign (`г. N 112`).
    let mut letters = next.chars();
    let named = letters.next().is_some_and(char::is_uppercase) && letters.next().is_some_and(char::is_lowercase);
    (named && year_word.ends_with(|c: char| c.is_ascii_digit() || is_space(c))).then(|| i.get(year_word.len()..)).flatten()
}

/// `от «_12_» ____марта____ 2024 г. № _45-р_`: a form's date and number written into its blanks
/// read as if typed (`от «12» марта 2024 г. № 45-р`).
fn without_form_blanks(compact: String) -> String {
    if !compact.contains('_') {
        return compact;
    }
    clean(&compact.replace('_', " ")).replace("« ", "«").replace(" »", "»")
}

/// Whether `clean(text)` is certainly longer than `limit` bytes, told without cleaning it: in
/// text without markup (`*`, `<`, `&`) every printable ASCII char but a bullet `-`, and every
/// Russian letter (U+0400..U+047F), stays.
fn cleans_longer_than(text: &str, limit: usize) -> bool {
    let bytes = text.as_bytes();
    let mut kept = 0;
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'*' | b'<' | b'&' => return false,
            b'-' => {}
            0x21..=0x7e => kept += 1,
            0xd0 | 0xd1 => kept += 2,
            _ => {}
        }
        if kept > limit {
            let rest = bytes.get(i..).unwrap_or(&[]);
            return !(rest.contains(&b'*') || rest.contains(&b'<') || rest.contains(&b'&'));
        }
    }
    false
}

/// A cheap necessary condition of [`read_meta`]: a date and a number need a digit (or a blank
/// `_` to be filled in), and a place starts with `г`, `с`, `п`, `д`, `р`, `х` or `а` — the first
/// letter of the text unless markup (`<p>`, `&laquo;`) hides letters that cleaning drops.
fn may_be_meta(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.iter().any(|&b| b.is_ascii_digit() || matches!(b, b'<' | b'&' | b'_')) {
        return true;
    }
    let opens_place = |t: &str| matches!(t.chars().find(|&c| crate::text::is_letter(c)).map(crate::text::lower_char), Some('г' | 'с' | 'п' | 'д' | 'р' | 'х' | 'а'));
    // The place may stand in a column of its own (`Шупашкар хули      г. Чебоксары`).
    opens_place(text) || segments(text).skip(1).any(|(s, _)| text.get(s..).is_some_and(opens_place))
}

/// `г. Усинск`, `город Москва`, `с. Починок`, `пгт Мирный`, `ст-ца Кущевская`, `а. Кошехабль`,
/// `сл. Большая Мартыновка`: a short line naming a settlement, with no digits (a date beside it
/// is a column of its own: `г. Киров 05.02.2021`). A Word copy may drop the space after the
/// abbreviation's dot (`с.Кармаскалы`).
fn place(compact: &str) -> Option<String> {
    const PREFIXES: [&str; 27] = [
        "г. ", "г.", "город ", "с. ", "село ", "пгт ", "пгт. ", "п. ", "пос. ", "поселок ", "посёлок ", "дер. ", "д. ", "деревня ", "ст. ", "ст-ца ",
        "станица ", "рп ", "рп. ", "р.п. ", "р. п. ", "х. ", "хутор ", "а. ", "аул ", "сл. ", "слобода ",
    ];
    /// The abbreviations a name may follow with no space (`с.Кармаскалы`; `г.Карталы` is a
    /// prefix above).
    const GLUED: [&str; 9] = ["с.", "п.", "пос.", "пгт.", "ст.", "д.", "х.", "а.", "рп."];
    let glued = || GLUED.iter().any(|p| compact.get(..p.len()).is_some_and(|h| lexicon::lower(h) == *p) && compact.get(p.len()..).and_then(|r| r.chars().next()).is_some_and(char::is_uppercase));
    // `пгт. Междуреченский, ул. Титова, д. 26, зал совещаний`: the settlement before its address.
    let compact = compact.split_once(", ").filter(|(_, rest)| opens_address(rest)).map_or(compact, |(settlement, _)| settlement);
    // A quote closed, not opened (`г. Йошкар-Олы» Е.В. Мамаева.`), is a wrapped sentence's end.
    let unopened_quote = compact.matches('»').count() > compact.matches('«').count();
    // `Г.В. Ермаков`: two initials, no town.
    let mut chars = compact.chars();
    let person = matches!((chars.next(), chars.next(), chars.next(), chars.next()), (Some(a), Some('.'), Some(b), Some('.')) if a.is_uppercase() && b.is_uppercase());
    let is_place = (starts_with_any_lower(compact, &PREFIXES) || glued())
        && !unopened_quote
        && !person
        && !compact.contains(|c: char| c.is_ascii_digit())
        && compact.split(' ').count() <= 4
        && compact.chars().nth(3).is_some();
    is_place.then(|| nominative_town(compact))
}

/// `г. Тамбова`, `г. ПЕРМИ`: a town named in the genitive, as under a school's or a body's name
/// (`Средняя школа № 12 / г. Тамбова`), in the nominative (`г. Тамбов`, `г. ПЕРМЬ`). Only
/// endings no town's nominative has: `-ска`, `-цка`, `-ова`, `-ева`, `-града`, `-бурга`, and the
/// soft stems' `-ля`, `-ми`, `-ри`, `-ни` (`Ярославля`, `Твери`); others (`Москвы`, `Березники`,
/// `Сочи`) stay as written.
fn nominative_town(place: &str) -> String {
    let Some((kind, name)) = place.split_once(' ').filter(|(kind, _)| matches!(&*lexicon::lower(kind), "г." | "город")) else {
        return place.to_string();
    };
    // `Славянск-на-Кубани`, `Ростов-на-Дону`: a river's name after `на` is in the prepositional.
    if name.contains(is_space) || lexicon::lower(name).contains("-на-") {
        return place.to_string();
    }
    let lower = lexicon::lower(name);
    let stem = |cut: char| name.strip_suffix(cut);
    let upper = name.chars().last().is_some_and(char::is_uppercase);
    let nominative = if ["ска", "цка", "ова", "ева", "ёва", "града", "бурга"].iter().any(|e| lower.ends_with(e)) {
        stem(if upper { 'А' } else { 'а' }).map(str::to_string)
    } else if ["ля", "ми", "ри", "ни"].iter().any(|e| lower.ends_with(e)) {
        // Only a town the dictionary knows so (`Тверь`, not `Нерюнгрь` for `Нерюнгри`).
        let last = if upper { ['Я', 'И'] } else { ['я', 'и'] };
        name.strip_suffix(last).map(|s| format!("{s}{}", if upper { 'Ь' } else { 'ь' })).filter(|n| crate::morph::is_known(&lexicon::lower(n)))
    } else {
        None
    };
    nominative.map_or_else(|| place.to_string(), |n| format!("{kind} {n}"))
}

/// Whether `text` opens with a street, a building or a room (`ул. Титова, д. 26`, `пр-т Мира`,
/// `каб. 212`, `зал заседаний`).
fn opens_address(text: &str) -> bool {
    starts_with_any_lower(text, &["ул.", "ул ", "улица", "пр-т", "пр.", "проспект", "пл.", "площадь", "пер.", "д. ", "каб.", "кабинет", "зал ", "здание", "мкр"])
}

/// Groups non-blank text lines into paragraphs: `(first, end)` line ranges.
fn paragraphs(slots: &[Slot]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, &slot) in slots.iter().enumerate() {
        match (slot == Slot::Text, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, slots.len()));
    }
    out
}

fn join_lines(src: &str, lines: &[Block], a: usize, b: usize) -> String {
    join_lines_as(src, lines, a, b, false)
}

/// [`join_lines`] for a body's name: a letterhead's lines in a state language are left out too
/// (see [`drop_state_language_lines`]).
fn join_name_lines(src: &str, lines: &[Block], a: usize, b: usize) -> String {
    join_lines_as(src, lines, a, b, true)
}

fn join_lines_as(src: &str, lines: &[Block], a: usize, b: usize, name: bool) -> String {
    let raw: Vec<&str> = lines.get(a..b).unwrap_or(&[]).iter().map(|l| l.line.text(src)).collect();
    // The columns are told where they start on the line, its indent counted.
    let indented = || lines.get(a..b).unwrap_or(&[]).iter().map(|l| src.get(l.line.start..l.line.content_end).unwrap_or("")).collect::<Vec<_>>();
    if let Some(column) = name.then(|| russian_column(&indented())).flatten() {
        return clean_join(column);
    }
    let mut texts: Vec<std::borrow::Cow<'_, str>> = raw.iter().map(|t| russian_cells(t)).collect();
    if name {
        drop_state_language_lines(&mut texts);
    }
    // A letterhead's column in a state language, told on one of its lines, is dropped from the
    // others (`АНТИТЕРРОРИСТИЧЕСКАЯ КОМИССИЯ<TAB>ТАТАРСТАН РЕСПУБЛИКАСЫ` under which
    // `… РАЙОНЕ<TAB>АЛАБУГА МУНИЦИПАЛЬ РАЙОНЫНДА`).
    let right_dropped = raw.iter().zip(&texts).any(|(r, t)| r.contains('\t') && two_tab_cells(r).is_some_and(|(left, _)| t.trim_matches(is_space) == left));
    if right_dropped {
        for t in &mut texts {
            // The left cell, unless the right one holds figures (a number, a date).
            let left = two_tab_cells(t).filter(|(_, right)| !right.contains(|c: char| c.is_ascii_digit())).map(|(left, _)| left.to_string());
            if let Some(left) = left {
                *t = std::borrow::Cow::Owned(left);
            }
        }
    }
    clean_join(texts.iter().map(|t| t.as_ref()))
}

/// `КОЛЛЕГИЯ ҠАРАРЫ<TAB><TAB>РЕШЕНИЕ КОЛЛЕГИИ`, `«23» апрель 2021 й.<TAB>№ 3<TAB>«23» апреля 2021
/// г.`: a line of a bilingual letterhead, its columns in the state language (letters such as
/// `Ҡ`, `Ә`, `Ө`, or a date with the Bashkir year `й.`) dropped, the Russian ones kept apart.
///
/// A state language written in the Russian letters alone (`«ЛЕНСКИЙ РАЙОН»<TAB>«ЛЕНСКЭЙ
/// ОРОЙУОН»`) is told by its words: a cell of words the dictionary lacks, beside a cell with a
/// word it knows, is dropped, unless it holds figures (a number, a date).
fn russian_cells(text: &str) -> std::borrow::Cow<'_, str> {
    let plain_russian = is_russian(text) && !text.contains(" й.");
    let tabbed = text.contains('\t');
    if plain_russian && !tabbed && (!text.contains("  ") || crate::text::segments(text).nth(1).is_none() || !has_foreign_sounds(text)) {
        return std::borrow::Cow::Borrowed(text);
    }
    let (cells, kept): (usize, Vec<&str>) = if plain_russian && tabbed {
        let cells = tab_cells(text);
        (cells.len(), without_unknown_words(&cells))
    } else if plain_russian {
        // `МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ      БУРЯАД РЕСПУБЛИКЫН БОЛБОСОРОЛОЙ`: columns set
        // with spaces, the state language's told by its sounds (prose too has runs of spaces).
        let cells: Vec<&str> = crate::text::segments(text).filter_map(|(s, e)| text.get(s..e)).collect();
        let kept: Vec<&str> = cells.iter().copied().filter(|c| !reads_foreign(c, false)).collect();
        let any_known = kept.iter().any(|c| long_words(c).iter().any(|w| crate::morph::is_known(w)));
        (cells.len(), if any_known { kept } else { cells })
    } else {
        let cells: Vec<&str> = crate::text::segments(text).filter_map(|(s, e)| text.get(s..e)).collect();
        let russian = |cell: &&str| is_russian(cell) && !cell.trim_end_matches(is_space).ends_with(" й.");
        (cells.len(), cells.iter().copied().filter(russian).collect())
    };
    if cells < 2 || kept.len() == cells {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(kept.join("\t"))
}

/// `ОТДЕЛ ОБРАЗОВАНИЯ<spaces>ТАТАРСТАН РЕСПУБЛИКАСЫ` / `ИСПОЛНИТЕЛЬНОГО КОМИТЕТА<spaces>МАМАДЫШ
/// МУНИЦИПАЛЬ` / …: a letterhead set in two columns, one of them in a state language, whose
/// lines a text copy interleaves. The column is told by all its lines together, as a line alone
/// may have no letter or sound foreign to Russian: the one whose words the dictionary knows is
/// kept, when the other's it mostly does not. A line of one cell goes with the column it starts
/// under.
fn russian_column<'a>(raw: &[&'a str]) -> Option<Vec<&'a str>> {
    let cells: Vec<Vec<(usize, &str)>> = raw.iter().map(|line| column_cells(line)).collect();
    let split: Vec<usize> = cells.iter().filter_map(|c| match c.as_slice() {
        [_, (right, _)] => Some(*right),
        _ => None,
    }).collect();
    let gutter = *split.iter().min()?;
    if split.len() < 2 || cells.iter().any(|c| c.len() > 2) {
        return None;
    }
    let mut columns: [Vec<&str>; 2] = [Vec::new(), Vec::new()];
    for &(at, text) in cells.iter().flatten() {
        if let Some(column) = columns.get_mut(usize::from(at + 2 >= gutter)) {
            column.push(text);
        }
    }
    let [left, right] = columns.map(|column| (known_share(&column), column));
    let (kept, other) = if left.0 >= right.0 { (left, right) } else { (right, left) };
    (kept.0 >= 0.7 && other.0 <= 0.5).then_some(kept.1)
}

/// A line's cells set apart by runs of spaces or tabs, each with the char column it starts at.
fn column_cells(line: &str) -> Vec<(usize, &str)> {
    crate::text::segments(line)
        .filter_map(|(s, e)| {
            let column = line.get(..s)?.chars().map(|c| if c == '\t' { 8 } else { 1 }).sum();
            Some((column, line.get(s..e)?))
        })
        .collect()
}

/// The share of the texts' words of three letters or more that the dictionary knows (0 for none).
fn known_share(texts: &[&str]) -> f32 {
    let words: Vec<String> = texts.iter().flat_map(|t| long_words(t)).collect();
    let known = words.iter().filter(|w| crate::morph::is_known(w)).count();
    if words.is_empty() { 0.0 } else { known as f32 / words.len() as f32 }
}

/// `ОТДЕЛ ОБРАЗОВАНИЯ … «КИЗНЕРСКИЙ РАЙОН»` / `«КИЗНЕР ЁРОС» МУНИЦИПАЛ КЫЛДЫТЭТЛЭН …`: a
/// letterhead's lines in a state language written in the Russian letters, under the Russian
/// name, are dropped (see [`reads_foreign`]); the lines after one go with it while they read so.
fn drop_state_language_lines(texts: &mut Vec<std::borrow::Cow<'_, str>>) {
    if !texts.iter().any(|t| has_foreign_sounds(t)) || !texts.iter().any(|t| long_words(t).iter().any(|w| crate::morph::is_known(w))) {
        return;
    }
    let mut foreign = false;
    texts.retain(|text| {
        foreign = reads_foreign(text, foreign);
        !foreign
    });
}

/// The words of three letters or more, in lower case.
fn long_words(text: &str) -> Vec<String> {
    text.split(|c: char| !crate::text::is_letter(c)).filter(|w| w.chars().count() >= 3).map(|w| lexicon::lower(w).into_owned()).collect()
}

/// Whether text with no figures reads as a language other than Russian written in its letters:
/// no more than half its words in the dictionary, and a word the dictionary lacks with sounds
/// Russian spelling does not write ([`has_foreign_sounds`]) — or, right after such text
/// (`after_foreign`), no word in the dictionary at all (`ТАЗАЛЫК АРАЛЫМЕ МИНИСТЕРСТВЫЖЕ`).
fn reads_foreign(text: &str, after_foreign: bool) -> bool {
    if !after_foreign && !has_foreign_sounds(text) {
        return false;
    }
    let words = long_words(text);
    if words.is_empty() || text.contains(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let known: Vec<bool> = words.iter().map(|w| crate::morph::is_known(w)).collect();
    let known_count = known.iter().filter(|&&k| k).count();
    let marked = words.iter().zip(&known).any(|(w, &k)| !k && has_foreign_sounds(w));
    known_count * 2 <= words.len() && marked || after_foreign && known_count == 0
}

/// Whether text holds a sound Russian spelling does not write, in any case and without
/// allocating: `ы` after `к`, `г`, `х` or a hushing consonant, `э` after a consonant, a doubled
/// `а`, `у`, `э`, `ы`, or a word ending in `ъя` (Udmurt's `ДЫШЕТОНЪЯ`).
fn has_foreign_sounds(text: &str) -> bool {
    let mut prev = [' ', ' '];
    text.chars().map(crate::text::lower_char).chain([' ']).any(|c| {
        let [before, last] = prev;
        prev = [last, c];
        let hard_ya_ends_word = [before, last] == ['ъ', 'я'] && !crate::text::is_letter(c);
        hard_ya_ends_word
            || match [last, c] {
                [a, 'ы'] => "кгхжшчщ".contains(a),
                [a, 'э'] => crate::text::is_letter(a) && !"аеёиоуыэюяьъ".contains(a),
                [a, b] => a == b && "ауэы".contains(a),
            }
    })
}


/// The filled cells of a line set apart with tabs, trimmed.
fn tab_cells(text: &str) -> Vec<&str> {
    text.split('\t').map(|c| c.trim_matches(is_space)).filter(|c| !c.is_empty()).collect()
}

/// The two filled cells of a line of two (see [`tab_cells`]).
fn two_tab_cells(text: &str) -> Option<(&str, &str)> {
    match tab_cells(text).as_slice() {
        &[left, right] => Some((left, right)),
        _ => None,
    }
}

/// The cells of a line in Russian letters alone without those in a state language: each cell
/// whose words the dictionary all lacks, beside a cell with a word it knows, unless it holds
/// figures or names a settlement (`г. Ленск`).
fn without_unknown_words<'a>(cells: &[&'a str]) -> Vec<&'a str> {
    // Only cells of words and no figures may be dropped, and a dropped one has a known beside it.
    let wordy = cells.iter().filter(|c| !c.contains(|ch: char| ch.is_ascii_digit()) && c.chars().filter(|&ch| crate::text::is_letter(ch)).nth(2).is_some()).count();
    if wordy < 2 {
        return cells.to_vec();
    }
    let words = |cell: &str| cell.split(|c: char| !crate::text::is_letter(c)).filter(|w| w.chars().count() >= 3).map(|w| crate::morph::is_known(&lexicon::lower(w))).collect::<Vec<bool>>();
    let known: Vec<Vec<bool>> = cells.iter().map(|c| words(c)).collect();
    if !known.iter().any(|w| w.contains(&true)) {
        return cells.to_vec();
    }
    let foreign = |k: usize, cell: &str| {
        let unknown_words = known.get(k).is_some_and(|w| !w.is_empty() && !w.contains(&true));
        (unknown_words || reads_foreign(cell, false)) && !cell.contains(|c: char| c.is_ascii_digit()) && place(&clean(cell)).is_none()
    };
    cells.iter().enumerate().filter(|&(k, c)| !foreign(k, c)).map(|(_, c)| *c).collect()
}

/// Whether text uses only the Russian alphabet among its Cyrillic letters (headers of bilingual
/// regions repeat the authority in Komi, Tatar, … with letters such as `Ӧ`, `Ө`, `Ә`, `Һ`).
fn is_russian(text: &str) -> bool {
    // Read from the UTF-8 bytes: `Ѐ`..`Џ` but `Ё` are D0 80..8F, `ѐ`..`џ` but `ё` D1 90..9F,
    // the Cyrillic supplement D2..D4; Chuvash is often typed with the Latin `ă`, `ĕ`, `ç`, `ÿ`
    // (C3, C4, C5 lead bytes, with the rest of Latin-1 and Latin Extended-A).
    let bytes = text.as_bytes();
    let other_letters = bytes.iter().zip(bytes.iter().skip(1)).any(|(&lead, &next)| match lead {
        0xd0 => (0x80..=0x8f).contains(&next) && next != 0x81,
        0xd1 => (0x90..=0x9f).contains(&next) && next != 0x91,
        0xc3..=0xc5 | 0xd2..=0xd4 => true,
        // `IИЛМАНАН`: the Caucasian languages' palochka typed as a Latin `I` before a Cyrillic
        // letter …
        b'I' => matches!(next, 0xd0 | 0xd1),
        _ => false,
    });
    // … or after one (`КЪЭБЭРДЕЙI`).
    let palochka_after = bytes.windows(3).any(|w| matches!(w, [0xd0 | 0xd1, _, b'I']));
    !other_letters && !palochka_after
}

/// `КОСОН`, `Б И Р И Э С`: one word in capitals that no Russian dictionary knows, as a
/// letterhead's other language writes its type in Russian letters.
pub(crate) fn is_foreign_word(text: &str) -> bool {
    let word = clean(text);
    let letters = word.chars().count();
    (3..=16).contains(&letters) && word.chars().all(|c| c.is_uppercase()) && !crate::morph::is_known(&lexicon::lower(&word))
}

/// Paragraphs that open a preamble, not a title: `В целях …`, `Заслушав …`.
fn is_preamble_start(text: &str) -> bool {
    let mut words = text.split(' ').map(lexicon::lower);
    let first = words.next().unwrap_or_default();
    let second = words.next().unwrap_or_default();
    lexicon::is_preamble_opener(first.trim_end_matches(','), second.trim_end_matches(','))
}

/// `В 2020 году в соответствии с …`, `На заседании …`: a line opening with a capitalised
/// preposition in a sentence of lower-case words, which no wrapped line of a subject (`О …`)
/// does; a subject in capitals (`ОБ ИТОГАХ` / `В 2020 ГОДУ`) wraps so.
fn opens_sentence_with_preposition(text: &str) -> bool {
    let mut words = text.split(' ');
    let first = words.next().unwrap_or("");
    let preposition = matches!(first, "В" | "Во" | "На" | "С" | "Со" | "По" | "За" | "При" | "Для" | "Согласно");
    preposition && text.chars().any(char::is_lowercase)
}

/// `20 сентября 2018 года в МОУ … состоялось заседание коллегии.`: a sentence that opens with a
/// day and its month in words tells of the meeting; no subject line opens so.
fn opens_with_day_and_month(text: &str) -> bool {
    let mut words = text.split(' ');
    let day = words.next().is_some_and(|w| (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()));
    day && words.next().is_some_and(|w| lexicon::month(&lexicon::lower(w)).is_some()) && words.count() > 2
}

/// The title, with a date and number written at its end moved to their fields
/// (`совещания … от 03.11.2020 г.` → `совещания …`).
fn take_title(text: &str, header: &mut Header) -> String {
    let mut text = without_subject_label(text);
    // `от 18 ноября 2019 года «О ходе …»` under the type line: its date, then the subject.
    if let Some((meta, subject)) = meta_then_subject(text) {
        merge_meta(header, meta);
        text = subject;
    }
    let mut title = text.to_string();
    while let Some(cut) = trailing_meta(&title) {
        if let Some(meta) = read_meta(title.get(cut..).unwrap_or("")) {
            // The header has its own date and number, or the title names an act: these are
            // another act's (`О внесении изменений в постановление … от 29.11.2013 N 552-П`).
            let own_known = header.date.is_some() && header.number.is_some();
            if (own_known || names_an_act(title.get(..cut).unwrap_or(""))) && (meta.date.is_some() || meta.number.is_some()) {
                break;
            }
            merge_meta(header, meta);
        }
        title.truncate(cut);
        let trimmed = title.trim_end_matches([' ', ',']).len();
        title.truncate(trimmed);
    }
    title
}

/// A title without the label a clerk put before it (`Тема: «Об организации …»`,
/// `Тема заседания: …`, `Вопрос: …`).
fn without_subject_label(text: &str) -> &str {
    let Some((label, rest)) = text.split_once(':') else { return text };
    let mut words = label.split(is_space).filter(|w| !w.is_empty());
    let first = words.next().map(lexicon::lower).unwrap_or_default();
    let labelled = matches!(&*first, "тема" | "вопрос") && words.count() <= 1 && !rest.trim_matches(is_space).is_empty();
    if labelled {
        rest.trim_start_matches(is_space)
    } else {
        text
    }
}

/// Whether a title names an act in lower case (`в приказ департамента`, `решения коллегии`),
/// whose date and number a trailing `от … № …` then gives.
fn names_an_act(title: &str) -> bool {
    const ACTS: [&str; 6] = ["приказ", "постановлени", "решени", "распоряжени", "закон", "протокол"];
    title.split(is_space).any(|w| ACTS.iter().any(|act| w.starts_with(act)))
}

/// Where a trailing `от DATE` or `№ N` of a title starts.
fn trailing_meta(title: &str) -> Option<usize> {
    let lower = lower_same_len(title);
    let candidates = lower.match_indices(" от ").map(|(i, _)| i + 1).chain(lower.match_indices(" №").map(|(i, _)| i + 1));
    let mut best: Option<usize> = None;
    for at in candidates {
        if read_meta(title.get(at..).unwrap_or("")).is_some() && best.is_none_or(|b| at < b) {
            best = Some(at);
        }
    }
    best
}

/// The operative formula: the whole standalone line, or the verb ending the preamble; in the
/// latter case also the words before the verb, which close the preamble.
fn read_formula<'a>(src: &'a str, blocks: &[Block], layout: &Layout) -> (Option<String>, Option<&'a str>) {
    let Some(block) = layout.formula.and_then(|f| blocks.get(f)) else { return (None, None) };
    if block.kind == LineKind::Recommends {
        return (non_empty(clean(block.line.text(src))), None);
    }
    let LineKind::Formula { verb, standalone, end } = block.kind else { return (None, None) };
    let line = &block.line;
    if standalone {
        return (non_empty(clean(src.get(line.content_start..end).unwrap_or(""))), None);
    }
    let formula = non_empty(clean(src.get(verb..end).unwrap_or("")));
    let from = sentence_opened_above(src, blocks, layout).unwrap_or(line.content_start);
    (formula, src.get(from..verb))
}

/// How many lines above the formula's own the sentence it closes may open on.
const FORMULA_SENTENCE_LINES: usize = 6;

/// `1. Об итогах …` / `Заслушав и обсудив информацию …, на-` / `чальника отдела …, коллегия
/// РЕШИЛА:`: where the sentence the formula closes opens, on a line of the operative part above
/// the formula's (which the header does not read), with the words a preamble opens with.
fn sentence_opened_above(src: &str, blocks: &[Block], layout: &Layout) -> Option<usize> {
    let f = layout.formula?;
    let above = blocks.get(layout.header_end..f)?;
    let lines = above.iter().rev().take(FORMULA_SENTENCE_LINES).take_while(|b| b.kind == LineKind::Text);
    lines.map(|b| b.line.content_start).find(|&at| {
        let (a, b, _) = lexicon::first_three_words(src.get(at..).unwrap_or(""));
        lexicon::is_preamble_opener(&a, &b)
    })
}

fn non_empty(s: String) -> Option<String> {
    (!s.is_empty()).then_some(s)
}

/// The title and date of a document with no operative part (news, letters): its first line,
/// and the first line that is only a date.
pub(crate) fn read_other(src: &str, blocks: &[Block]) -> Header {
    let mut header = Header { kind: Some(DocumentKind::Other), ..Header::default() };
    let head: Vec<usize> = (0..blocks.len()).filter(|&i| blocks.get(i).is_some_and(|b| !b.line.is_blank())).take(OTHER_HEAD_LINES).collect();
    let text_at = |i: usize| blocks.get(i).map_or("", |b| b.line.text(src));
    // A site's menu, its name and a sidebar of other news stand above the breadcrumb line.
    // A news section's name alone opens the page when no breadcrumb does, above the item's
    // date (under it, or in a sidebar further down, it is a label of the item's own).
    let breadcrumb = |i: &usize| crate::layout::is_home_breadcrumb(text_at(*i)) || crate::layout::is_news_breadcrumb(text_at(*i));
    let dated = head.iter().position(|&i| other_meta(text_at(i)).is_some()).unwrap_or(head.len());
    // The last such name before the date: the menu above may name the section too.
    let lone_section = || head.get(..dated)?.iter().rposition(|&i| crate::layout::is_lone_news_section(text_at(i)));
    // `Главная` / `›` / `Новости` / `›` / `Образование`: a breadcrumb copied a step a line, its
    // marks alone on theirs (two of them at least, above the date); it ends a step past the last.
    let step_mark = |i: &usize| {
        let t = text_at(*i).trim_matches(is_space);
        t.chars().count() == 1 && t.starts_with(crate::layout::BREADCRUMB_STEPS)
    };
    let above_date = head.get(..dated).unwrap_or(&[]);
    let split_breadcrumb = (above_date.iter().filter(|i| step_mark(i)).count() >= 2).then(|| above_date.iter().rposition(step_mark).map(|k| k + 1)).flatten();
    let mut page_start = head.iter().rposition(breadcrumb).or_else(lone_section).max(split_breadcrumb).map_or(0, |k| k + 1);
    // `Главная › Новости › Совещание … со школами с` / `низкими результатами`: the breadcrumb's
    // last step wrapped onto the next line, in lower case.
    while page_start > 0 && head.get(page_start).is_some_and(|&i| head.get(page_start - 1) == Some(&(i - 1)) && text_at(i).trim_start_matches(is_space).starts_with(char::is_lowercase)) {
        page_start += 1;
    }
    let head = head.get(page_start..).unwrap_or(&[]);
    // A browser's print stamp with the page's title (`10.09.2025, 11:23 В департаменте …`) dates
    // the printing; a site's stamp alone (`27.11.2020, 14:20`) the item.
    let dated_line = |i: &usize| other_meta(text_at(*i)).filter(|_| !crate::block::print_stamp_with_title(text_at(*i)));
    if let Some(meta) = head.iter().find_map(dated_line) {
        header.date = meta.date;
        header.number = meta.number;
    }
    // A clipper's front matter dates the page it saved by `published:`, not `created:` (the
    // saving).
    header.date = header.date.or_else(|| published_in_front_matter(src, blocks));
    // The headline: the first line of words that is no site furniture, breadcrumb or date,
    // nor the name of the site's or letterhead's owner (a view counter `👁 204` has no word).
    let is_headline = |i: &usize| {
        let text = text_at(*i);
        text.len() <= HEADLINE_BYTES
            && has_a_word(text)
            && blocks.get(*i).is_some_and(|b| b.kind != LineKind::Editorial)
            && !is_breadcrumb(text)
            && !crate::layout::is_site_chrome(text)
            && other_meta(text).is_none()
            && !is_requisites(text)
    };
    // `О готовности школ …` / `НОВОСТИ` / `Управление образования …` / `21.08.2020` / `О готовности
    // школ …`: the headline the page repeats next to the item's date is it, whatever stands
    // above.
    let all: Vec<usize> = blocks.iter().enumerate().take(head.last().map_or(0, |&l| l + 1)).filter(|(_, b)| !b.line.is_blank()).map(|(i, _)| i).collect();
    let by_date = |i: usize| {
        let at = all.iter().position(|&k| k == i);
        let neighbours = at.map(|p| [p.checked_sub(1).and_then(|q| all.get(q)), all.get(p + 1)]).unwrap_or_default();
        neighbours.into_iter().flatten().any(|&k| other_meta(text_at(k)).is_some_and(|m| m.date.is_some()))
    };
    // A body's name or a labelled line (`Докладчик: …`) repeats for other reasons.
    let may_repeat_headline = |i: &usize| {
        let text = clean(text_at(*i));
        let labelled = text.split(' ').take(3).any(|w| w.ends_with(':'));
        is_headline(i) && !names_body(&text) && !labelled && text.split(' ').count() >= 4
    };
    // The cheap test first: most pages repeat no line.
    let repeated = head.iter().copied().find(|&i| all.iter().any(|&j| j < i && text_at(j) == text_at(i)) && by_date(i) && may_repeat_headline(&i));
    // `В департаменте … задачи на` / `новый учебный год` / `Опубликовано: 04.09.2025 | …`: the
    // paragraph the site's stamp stands right under is the headline, whatever menu is above it.
    let over_stamp = || {
        let stamp = head.iter().copied().find(|&i| says_published(text_at(i)) && other_meta(text_at(i)).is_some())?;
        let above = |k: usize| k.checked_sub(1).filter(|&j| blocks.get(j).is_some_and(|b| !b.line.is_blank()));
        let mut first = above(stamp)?;
        // A headline wrapped onto lines in lower case, or after a preposition.
        while above(first).is_some_and(|up| wraps_headline(text_at(up), text_at(first))) {
            first = above(first)?;
        }
        let labelled = clean(text_at(first)).split(' ').take(3).any(|w| w.ends_with(':'));
        (is_headline(&first) && !labelled).then_some(first)
    };
    let repeated = repeated.or_else(over_stamp);
    let mut candidates = repeated.into_iter().chain(head.iter().copied().filter(is_headline));
    let mut letterhead = false;
    // `НОВОСТИ` / `Западное управление министерства …` / `14.02.2019` / `Совещание …`: the
    // section's owner named over the item's date, the headline under it.
    let owner_over_date = |i: usize| {
        let next = all.iter().position(|&k| k == i).and_then(|p| all.get(p + 1));
        opens_body_name(&clean(text_at(i))) && next.is_some_and(|&k| other_meta(text_at(k)).is_some_and(|m| m.date.is_some()))
    };
    let first = loop {
        let Some(i) = candidates.next() else { return header };
        // Under a site's breadcrumb the first line is the headline, whoever it names.
        if page_start > 0 && !owner_over_date(i) || repeated == Some(i) || !names_body(&clean(text_at(i))) {
            break i;
        }
        letterhead = page_start == 0;
    };
    // A letter under its letterhead is about what its `О …` line says, a few lines on.
    let mut near = std::iter::once(first).chain(candidates).take(SUBJECT_LINES);
    let subject = if letterhead { near.find(|&i| lexicon::opens_with_about(&clean(text_at(i)))) } else { None };
    let opening = subject.unwrap_or(first);
    if subject.is_none() && is_type_word_line(text_at(opening)) {
        // `СПРАВКА` / `по итогам мониторинга …`: the type line, and the title under it.
        header.kind_label = Some(clean(text_at(opening)));
        header.title = non_empty(paragraph_from(src, blocks, opening + 1));
    } else if subject.is_some() {
        header.title = non_empty(paragraph_from(src, blocks, opening));
    } else {
        header.title = non_empty(without_site_name(headline_from(src, blocks, opening)));
    }
    header
}

/// `published: 2022-09-29` (or `date:`) among the front matter's lines (set aside as furniture)
/// at a Markdown file's top.
fn published_in_front_matter(src: &str, blocks: &[Block]) -> Option<Date> {
    let front = blocks.iter().take_while(|b| b.kind == LineKind::Editorial || b.line.is_blank());
    front.filter_map(|b| {
        let (key, value) = b.line.text(src).split_once(':')?;
        let value = value.trim_matches(|c: char| is_space(c) || c == '"');
        // `2022-09-29`, `2022-09-29T10:15:00+03:00`: the day is its first ten bytes.
        matches!(key.trim(), "published" | "date").then(|| value.get(..10)?.parse::<Date>().ok()).flatten()
    }).next()
}

/// `Итоги ГИА обсудили на коллегии | Министерство образования Курской области`: a saved page's
/// title, the headline then the site's owner after a bar; the headline alone.
fn without_site_name(title: String) -> String {
    let Some((headline, site)) = title.rsplit_once(" | ").or_else(|| title.rsplit_once(" :: ")) else { return title };
    let names_site = opens_body_name(site) || names_body(site) || lexicon::lower(site).contains("сайт");
    if names_site && has_a_word(headline) { headline.trim_end_matches(is_space).to_string() } else { title }
}

/// `Министерство провело собеседования с` / `руководителями МОУО по итогам ВПР`: a headline from
/// line `from`, and its lines wrapped under it in lower case.
fn headline_from(src: &str, blocks: &[Block], from: usize) -> String {
    let wrapped = |i: &usize| {
        let above = i.checked_sub(1).and_then(|k| blocks.get(k)).map_or("", |b| b.line.text(src));
        blocks.get(*i).is_some_and(|b| b.kind == LineKind::Text && wraps_headline(above, b.line.text(src)))
    };
    let end = (from + 1..blocks.len()).take_while(wrapped).last().map_or(from + 1, |i| i + 1);
    join_lines(src, blocks, from, end)
}

/// Whether a headline's line `text` goes on from the line `above` it: it opens in lower case, or
/// the line above ends with a preposition (`… задачи на` / `2022/2023 учебный год`).
fn wraps_headline(above: &str, text: &str) -> bool {
    let last = above.trim_end_matches(is_space).rsplit(is_space).next().unwrap_or("");
    text.trim_start_matches(is_space).starts_with(char::is_lowercase) || lexicon::is_preposition(&lexicon::lower(last))
}

/// Whether `text` holds a word of three letters or more.
fn has_a_word(text: &str) -> bool {
    text.split(|c: char| !crate::text::is_letter(c)).any(|w| w.chars().nth(2).is_some())
}

/// The header of a site's news item that quotes the decisions of a meeting (see
/// [`crate::layout`]): read as any text that is no act (its headline, its publication date),
/// with the formula and the text above it.
fn read_site_report(src: &str, blocks: &[Block], layout: &Layout) -> Header {
    let mut header = read_other(src, blocks);
    let (formula, formula_prefix) = read_formula(src, blocks, layout);
    header.operative_formula = formula;
    header.preamble = formula_prefix.map(clean).and_then(non_empty);
    header
}

/// How many non-blank lines at the top of a text that is no act are searched for its date
/// and title.
const OTHER_HEAD_LINES: usize = 40;

/// The longest headline, in bytes: a longer line is a paragraph of the text.
const HEADLINE_BYTES: usize = 600;

/// How many lines after a letterhead a letter's `О …` subject is looked for in.
const SUBJECT_LINES: usize = 12;

/// How far into a line (bytes) the date of a text that is no act may start: after a label of
/// a few words (`Дата публикации:`), not inside a paragraph.
const OTHER_META_LEAD: usize = 48;

/// The date (and number) of a text that is no act: a line of them, also labelled
/// (`Опубликовано: 21.04.2022 | Автор: …`) or followed by other columns (`18.03.2021 14:05
/// Просмотров: 1 512`, `16.03.2021   № 03-02/2187   общеобразовательных организаций`).
fn other_meta(text: &str) -> Option<Meta> {
    // A date needs digits, and it opens its line or follows a short label.
    let digit = text.find(|c: char| c.is_ascii_digit())?;
    if digit > OTHER_META_LEAD {
        return byline_date(text);
    }
    if let Some(meta) = read_meta(text).filter(|m| m.date.is_some()) {
        return Some(meta);
    }
    let labelled = text.split_once(':').filter(|(label, _)| label.split(is_space).filter(|w| !w.is_empty()).count() <= 3 && !label.contains(|c: char| c.is_ascii_digit()));
    let value = labelled.map_or(text, |(_, value)| value).split('|').next().unwrap_or("");
    // `Опубликовано 29 января 2021, 09:15 | Автор: …`: the publication stamp's word, no colon.
    let value = ["Опубликовано", "Размещено", "Создано", "Добавлено"].iter().find_map(|w| value.trim_start_matches(is_space).strip_prefix(w)).unwrap_or(value);
    let mut columns = crate::text::segments(value).filter_map(|(s, e)| value.get(s..e));
    let first = columns.next().filter(|c| c.len() <= 2 * META_MAX_LEN)?;
    let dated = |column: &str| read_meta_part(column).filter(|m| m.date.is_some());
    let Some(first) = dated(first).or_else(|| dated(without_clock(first))) else {
        // `Дата публикации: 18.11.2024 Дата изменения: 19.11.2024`, `Категория: Новости
        // 02.03.2023 Просмотров: 214`, `08 апреля 2020, 17:42 1 093`, `14.10.2022 Просмотров: 367`:
        // the date among other words of the page's stamp, labelled, with its hour or its count of
        // views (not a clause's `до 20 мая 2024 года …`).
        let clocked = || value.split(is_space).any(is_clock);
        // `13.02.2025 👁 264`, `24 января 2025 💬 0`: a counter's icon after the date.
        let iconed = || value.chars().any(|c| u32::from(c) >= u32::from(FIRST_ICON) && !crate::text::is_letter(c));
        let leading = (labelled.is_some() || clocked() || iconed() || says_published(value)).then(|| leading_date(value)).flatten();
        // `13:42 | 19 августа 2024 | Просмотров: 512`: the hour first, the date in a part of its own.
        return leading.or_else(|| byline_date(text));
    };
    Some(match columns.next().and_then(read_meta_part) {
        Some(second) => first.or(second),
        None => first,
    })
}

/// Where the symbols a site's stamp marks its counters with begin (arrows, pictographs, emoji):
/// the letters, dashes, quotes and `№` of a text stand below.
const FIRST_ICON: char = '\u{2190}';

/// `**Министерство образования Новгородской области** · 21.08.2020 · 5 мин. чтения`: a
/// page's byline, its parts set apart with a middle dot or a bar, one of them a date alone.
fn byline_date(text: &str) -> Option<Meta> {
    if !text.contains(['·', '|']) {
        return None;
    }
    let date_alone = |part: &str| read_meta_part(part.trim_matches(crate::text::is_space_or_emphasis)).filter(|m| m.date.is_some() && m.number.is_none() && m.place.is_none());
    text.split(['·', '|']).skip(1).find_map(date_alone)
}

/// How many words from the first digit a date among a stamp's other words may take.
const STAMP_DATE_WORDS: usize = 5;

/// The date that opens at the first digit of `text`, read from as many of its words as read as
/// one (at most [`STAMP_DATE_WORDS`]), the words after it being the stamp's others.
fn leading_date(text: &str) -> Option<Meta> {
    let from = text.find(|c: char| c.is_ascii_digit())?;
    let words: Vec<&str> = text.get(from..)?.split(is_space).filter(|w| !w.is_empty()).take(STAMP_DATE_WORDS).collect();
    (1..=words.len()).rev().find_map(|n| {
        let joined = words.get(..n)?.join(" ");
        read_meta_part(joined.trim_end_matches([',', ';'])).filter(|m| m.date.is_some())
    })
}

/// `09:47`: a time of day as a page's stamp writes it.
fn is_clock(word: &str) -> bool {
    word.len() == 5 && word.as_bytes().get(2) == Some(&b':') && word.bytes().filter(u8::is_ascii_digit).count() == 4
}

/// `24.08.2018 09:47`, `29 января 2021, 09:15`: a date without the time of day after it.
fn without_clock(column: &str) -> &str {
    let trimmed = column.trim_end_matches(is_space);
    let last = trimmed.rsplit(is_space).next().unwrap_or("");
    if is_clock(last) { trimmed.get(..trimmed.len() - last.len()).unwrap_or(column).trim_end_matches(|c: char| is_space(c) || c == ',') } else { column }
}

/// `Главная / Пресс-центр / Новости`, `Главная » Новости » Анонсы`, `Главная > Новости`: where a
/// site page stands.
fn is_breadcrumb(text: &str) -> bool {
    let opens = |t: &str| t.starts_with("главная") || t == "официальный сайт";
    text.contains(" / ") || text.contains(" » ") || text.starts_with(['Г', 'г', 'О', 'о']) && crate::block::scan::with_lower(text, opens)
}

/// `СПРАВКА`, `ПОЯСНИТЕЛЬНАЯ ЗАПИСКА`: a type word or two in capitals alone on a line.
fn is_type_word_line(text: &str) -> bool {
    let words: Vec<&str> = text.split(is_space).filter(|w| !w.is_empty()).collect();
    (1..=3).contains(&words.len()) && words.iter().all(|w| w.chars().all(|c| crate::text::is_letter(c) && c.is_uppercase()))
}

/// The paragraph that starts on line `from`, its lines joined, up to a blank line.
fn paragraph_from(src: &str, blocks: &[Block], from: usize) -> String {
    let end = (from..blocks.len()).find(|&i| blocks.get(i).is_none_or(|b| b.line.is_blank())).unwrap_or(blocks.len());
    join_lines(src, blocks, from, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header_of(src: &str) -> Header {
        let blocks = crate::block::classify(src, &crate::lex::lines(src));
        read(src, &blocks, &crate::layout::segment(src, &blocks))
    }

    #[test]
    fn a_citation_under_a_site_s_breadcrumb_and_a_report_of_the_meeting_under_it() {
        let src = "Главная → Коллегия → Решения коллегии\n\nРешение коллегии отдела образования администрации Кологривского района от 20 сентября 2018 года № 3\n\n\
                   20 сентября 2018 года в МОУ Кологривская СОШ состоялось заседание коллегии.\n\nРешение коллегии:\n1. Информацию принять к сведению.\n";
        let h = header_of(src);
        assert_eq!((h.kind, h.kind_label.as_deref(), h.number.as_deref()), (Some(DocumentKind::Decision), Some("Решение коллегии"), Some("3")));
        assert_eq!(h.authority.as_deref(), Some("отдела образования администрации Кологривского района"));
        assert_eq!(h.title, None);
        assert_eq!(h.preamble.as_deref(), Some("20 сентября 2018 года в МОУ Кологривская СОШ состоялось заседание коллегии."));
    }

    #[test]
    fn a_conference_s_resolution_names_the_gathering_and_its_theme() {
        let src = "Новости\n\nРезолюция августовской конференции – 2023\n\n31.08.2023 | Просмотров: 418\n\nРЕЗОЛЮЦИЯ\n\
                   районной августовской конференции педагогических работников\nСосновского муниципального района\n\
                   «Образование Сосновского района: вектор развития – 2024»\n\n29 августа 2023 года\n\n\
                   Участники конференции, заслушав доклад, отмечают рост.\n\nКонференция РЕШИЛА:\n1. Одобрить направления.\n";
        let h = header_of(src);
        assert_eq!((h.kind, h.kind_label.as_deref()), (Some(DocumentKind::Decision), Some("РЕЗОЛЮЦИЯ")));
        assert_eq!(h.authority.as_deref(), Some("районной августовской конференции педагогических работников Сосновского муниципального района"));
        assert_eq!(h.title.as_deref(), Some("«Образование Сосновского района: вектор развития – 2024»"));
        assert_eq!(h.date.map(|d| d.to_string()).as_deref(), Some("2023-08-29"), "the site's stamp gives way");
        // A letterhead names the issuer; the place and date under the theme, after a comma.
        let src = "МКУ «Управление образования района»\n\nРЕЗОЛЮЦИЯ\nрегионального форума\n«Образование»\nг. Ханты-Мансийск, 22 августа 2024 года\n\n\
                   Участники форума рекомендуют:\nДепартаменту образования:\n- обеспечить реализацию.\n";
        let h = header_of(src);
        assert_eq!((h.authority.as_deref(), h.title.as_deref()), (Some("МКУ «Управление образования района»"), Some("«Образование»")));
        assert_eq!((h.place.as_deref(), h.operative_formula.as_deref()), (Some("г. Ханты-Мансийск"), Some("Участники форума рекомендуют:")));
        // `РЕШЕНИЕ` / `коллегии министерства` under a letterhead: the label is the type line as
        // written; the body's line is no title.
        let h = header_of("МИНИСТЕРСТВО СЕЛЬСКОГО ХОЗЯЙСТВА КИРОВСКОЙ ОБЛАСТИ\n\nРЕШЕНИЕ\nколлегии министерства\n\nот 16.02.2024 № 1\n\nЗаслушав информацию, коллегия РЕШИЛА:\n1. Принять к сведению.\n");
        assert_eq!((h.kind_label.as_deref(), h.title), (Some("РЕШЕНИЕ"), None));
        assert_eq!(h.authority.as_deref(), Some("МИНИСТЕРСТВО СЕЛЬСКОГО ХОЗЯЙСТВА КИРОВСКОЙ ОБЛАСТИ"));
        // `РЕШЕНИЕ КОЛЛЕГИИ` / the body in the genitive, in lower case, under a site's banner.
        let h = header_of("Отдел образования администрации района\nГлавная » Коллегия\n\nРЕШЕНИЕ КОЛЛЕГИИ\nотдела образования администрации района\n\nот 25.03.2021 № 1\n\nО профилактике\n\nКоллегия РЕШИЛА:\n1. Принять к сведению.\n");
        assert_eq!(h.authority.as_deref(), Some("отдела образования администрации района"));
        // A body's legal form alone on the line above its name is part of the name.
        let h = header_of("МУНИЦИПАЛЬНОЕ КАЗЕННОЕ УЧРЕЖДЕНИЕ\nУПРАВЛЕНИЕ ОБРАЗОВАНИЯ\nМУНИЦИПАЛЬНОГО РАЙОНА БЕЛЕБЕЕВСКИЙ РАЙОН\n\nПРИКАЗ\n\n12.11.2019 № 215\n\nОб утверждении плана\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n");
        assert_eq!(h.authority.as_deref(), Some("МУНИЦИПАЛЬНОЕ КАЗЕННОЕ УЧРЕЖДЕНИЕ УПРАВЛЕНИЕ ОБРАЗОВАНИЯ МУНИЦИПАЛЬНОГО РАЙОНА БЕЛЕБЕЕВСКИЙ РАЙОН"));
        // So is its status.
        let h = header_of("ОРГАН МЕСТНОГО САМОУПРАВЛЕНИЯ\nУПРАВЛЕНИЕ ОБРАЗОВАНИЕМ ПОЛЕВСКОГО ГОРОДСКОГО ОКРУГА\n\nРЕШЕНИЕ КОЛЛЕГИИ\n\nОб итогах\n\nКоллегия РЕШИЛА:\n1. Принять к сведению.\n");
        assert_eq!(h.authority.as_deref(), Some("ОРГАН МЕСТНОГО САМОУПРАВЛЕНИЯ УПРАВЛЕНИЕ ОБРАЗОВАНИЕМ ПОЛЕВСКОГО ГОРОДСКОГО ОКРУГА"));
        // The place one space before the date, as a converter leaves it; not a preposition.
        let h = header_of("ПРОТОКОЛ\nсовещания\n\nг. Якутск 14 апреля 2023 г.\n\nРЕШИЛИ:\n1. Принять к сведению.\n");
        assert_eq!((h.place.as_deref(), h.date.map(|d| d.to_string())), (Some("г. Якутск"), Some("2023-04-14".to_string())));
        // A news item's headline, naming a sitting or telling what was done, names no body; the
        // banner's owner does. A wrapped sentence's end names no place.
        let h = header_of("Отдел образования администрации округа\n\nГлавная | Новости\n\nЗаседание муниципального совета по развитию образования\n\n\
                           Выписка из протокола № 3\nзаседания совета\n\n19.04.2024\n\nРешили:\n1. Принять к сведению.\n");
        assert_eq!((h.authority.as_deref(), h.kind_label.as_deref(), h.number.as_deref()), (Some("Отдел образования администрации округа"), Some("Выписка из протокола"), Some("3")));
        let h = header_of("Министерство образования\nГлавная > Новости\n\nКоллегия рассмотрела вопросы воспитания\n\nВыступила директор «Лицея № 11\nг. Йошкар-Олы» Е.В. Мамаева.\n\nРЕШЕНИЕ\n\nКоллегия РЕШИЛА:\n1. Принять к сведению.\n");
        assert_eq!((h.authority.as_deref(), h.place), (Some("Министерство образования"), None));
        // A sitting's details under the requisites are no title: its number, when it began, the
        // place's column wrapped under the date line.
        let h = header_of("ПОСТАНОВЛЕНИЕ № 4/15\n\n21 марта 2024 года\t\t\t\tг. Вельск, зал заседаний администрации\n\t\t\t\t\tВельского района\n\n\
                           Время начала заседания: 10 ч. 00 мин.\n\nЗаседание № 20\n\nО профилактике пропусков\n\nЗаслушав информацию, комиссия ПОСТАНОВИЛА:\n1. Принять к сведению.\n");
        assert_eq!((h.place.as_deref(), h.title.as_deref()), (Some("г. Вельск"), Some("О профилактике пропусков")));
        // The date and number again in the letterhead's other language, the number first.
        let h = header_of("ПРИКАЗ\n\n30.08.2024 № 178-о\t\t30.08.2024 178-о №\n\nО начале учебного года\n\nПРИКАЗЫВАЮ:\n1. Начать учебный год.\n");
        assert_eq!((h.date.map(|d| d.to_string()), h.number.as_deref(), h.title.as_deref()), (Some("2024-08-30".to_string()), Some("178-о"), Some("О начале учебного года")));
        // The other language first, in columns; its type word on a line of its own, in Russian
        // letters.
        let h = header_of("Х У Ш У\t\tП Р И К А З\n\n20.09.2023 356 №\t\t20.09.2023 № 356\n\nОб утверждении плана\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n");
        assert_eq!((h.kind_label.as_deref(), h.date.map(|d| d.to_string()), h.number.as_deref()), (Some("ПРИКАЗ"), Some("2023-09-20".to_string()), Some("356")));
        let h = header_of("П Р И К А З\nК О С О Н\n\n12.03.2024 № 5\n\nОб организации отдыха детей\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n");
        assert_eq!(h.title.as_deref(), Some("Об организации отдыха детей"));
        // Date, place and number one space apart; a town after a date's `г.`.
        let h = header_of("ПРИКАЗ\n\n12.11.2024 с. Тербуны № 276\n\nОб утверждении плана\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n");
        assert_eq!((h.place.as_deref(), h.number.as_deref(), h.title.as_deref()), (Some("с. Тербуны"), Some("276"), Some("Об утверждении плана")));
        let h = header_of("ПРИКАЗ\n\n15.01.2024 г. Моршанск № 19\n\nОб утверждении плана\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n");
        assert_eq!((h.date.map(|d| d.to_string()), h.place.as_deref(), h.number.as_deref()), (Some("2024-01-15".to_string()), Some("г. Моршанск"), Some("19")));
        // A news item's headline twice, one line under the other.
        let h = header_of("Итоги собеседования\nИтоги собеседования\n\n26.02.2021\n\nПо итогам совещания даны поручения:\n1. Представить отчеты.\n");
        assert_eq!(h.title.as_deref(), Some("Итоги собеседования"));
        // A site's publication stamp with a label and the time of day.
        for stamp in ["Опубликовано: 24.08.2018 09:47", "Опубликовано 17.10.2022 | Новости Управления"] {
            let h = header_of(&format!("Департамент образования\n\nИтоги собеседования\n\n{stamp}\n\nПо итогам совещания даны поручения:\n1. Представить отчеты.\n"));
            assert!(h.date.is_some(), "{stamp}");
        }
        // A meeting under a protocol's type line is its subject.
        let h = header_of("ПРОТОКОЛ\nсовещания при главе района\n\nот 12.03.2024 № 5\n\nРЕШИЛИ:\n1. Принять к сведению.\n");
        assert_eq!((h.authority, h.title.as_deref()), (None, Some("совещания при главе района")));
    }

    #[test]
    fn an_institution_s_quoted_name_set_apart_under_its_legal_form() {
        let src = "**МУНИЦИПАЛЬНОЕ АВТОНОМНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ**\n\n**«ЛИЦЕЙ № 5» ГОРОДСКОГО ОКРУГА ГОРОД СТЕРЛИТАМАК**\n\n\
                   **ПРИКАЗ**\n\n31.08.2023 № 312-о\n\nОб утверждении плана\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n";
        assert_eq!(header_of(src).authority.as_deref(), Some("МУНИЦИПАЛЬНОЕ АВТОНОМНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ «ЛИЦЕЙ № 5» ГОРОДСКОГО ОКРУГА ГОРОД СТЕРЛИТАМАК"));
    }

    #[test]
    fn a_letterhead_s_address_and_registration_lines_are_no_part_of_the_authority() {
        let src = "Муниципальное бюджетное учреждение\n«Школа № 14»\n(МБОУ Школа № 14)\n443011, г. Самара, ул. Ново-Садовая, д. 162А\nИНН 6316012345   КПП 631601001\n\nПРИКАЗ\n\n31.08.2023 № 245-од\n\nО питании\n\nПРИКАЗЫВАЮ:\n1. Организовать питание.\n";
        assert_eq!(header_of(src).authority.as_deref(), Some("Муниципальное бюджетное учреждение «Школа № 14»"));
        assert!(is_requisites("ул. Металлургов, 88, г. Самара, 443112, тел. 958-21-14"));
        assert!(is_requisites("e-mail: school14@samara.edu.ru"));
        assert!(!is_requisites("ИННОВАЦИОННЫЙ ЦЕНТР «ТЕЛЕКОМ»"));
        assert!(is_requisites("пр. Строителей, 20, г. Междуреченск, Кемеровская область – Кузбасс, 652870"));
        assert!(!is_requisites("ПРОКУРАТУРА ГОРОДА МЕЖДУРЕЧЕНСКА"));
    }

    #[test]
    fn a_type_line_may_number_the_decision_before_naming_its_body() {
        let src = "АДМИНИСТРАЦИЯ РАЙОНА\n\nРЕШЕНИЕ № 3 комиссии по обеспечению безопасности дорожного движения\n\nот 18 июля 2024 года\n\nО подготовке\n\nкомиссия РЕШИЛА:\n1. Принять к сведению.\n";
        assert_eq!(header_of(src).number.as_deref(), Some("3"));
        assert_eq!(number_before_body("№ 12-р комиссии"), Some("12-р"));
        assert_eq!(number_before_body("№ 3 от 12.03.2024"), None);
        assert_eq!(number_before_body("коллегии"), None);
    }

    #[test]
    fn a_markdown_table_row_of_the_letterhead_gives_date_place_and_number() {
        let src = "**КОМИТЕТ ПО ОБРАЗОВАНИЮ**\n\n# РЕШЕНИЕ КОЛЛЕГИИ\n\n| 26 марта 2025 г. | г. Усть\\-Кут | № 2 |\n| --- | --- | --- |\n\nЗаслушав информацию, коллегия РЕШИЛА:\n1. Принять к сведению.\n";
        let header = header_of(src);
        assert_eq!((header.date, header.number.as_deref(), header.place.as_deref()), (Date::new(2025, 3, 26), Some("2"), Some("г. Усть-Кут")));
        assert_eq!(header.title, None);
        assert_eq!(pipe_cells("|  a | | b |"), Some(vec![(3, 4), (9, 10)]));
        assert_eq!(pipe_cells("a | b"), None);
    }

    #[test]
    fn an_institution_under_its_founder_issues_its_own_order() {
        let src = "МИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ САМАРСКОЙ ОБЛАСТИ\nГОСУДАРСТВЕННОЕ БЮДЖЕТНОЕ УЧРЕЖДЕНИЕ ЗДРАВООХРАНЕНИЯ\n«ГОРОДСКАЯ БОЛЬНИЦА № 7»\n(ГБУЗ «ГБ № 7»)\n\nПРИКАЗ\n\n02.10.2023 № 317\n\nО мерах\n\nПРИКАЗЫВАЮ:\n1. Организовать.\n";
        assert_eq!(header_of(src).authority.as_deref(), Some("ГОСУДАРСТВЕННОЕ БЮДЖЕТНОЕ УЧРЕЖДЕНИЕ ЗДРАВООХРАНЕНИЯ «ГОРОДСКАЯ БОЛЬНИЦА № 7»"));
        let apart = src.replacen("ОБЛАСТИ\n", "ОБЛАСТИ\n\n", 1);
        assert_eq!(header_of(&apart).authority, header_of(src).authority);
        // A department under its administration is no institution: the body stays whole.
        let src = "АДМИНИСТРАЦИЯ ГОРОДА ТОЛЬЯТТИ\nДЕПАРТАМЕНТ ОБРАЗОВАНИЯ\n\nПРИКАЗ\n\n02.10.2023 № 317\n\nО мерах\n\nПРИКАЗЫВАЮ:\n1. Организовать.\n";
        assert_eq!(header_of(src).authority.as_deref(), Some("АДМИНИСТРАЦИЯ ГОРОДА ТОЛЬЯТТИ ДЕПАРТАМЕНТ ОБРАЗОВАНИЯ"));
    }

    #[test]
    fn a_commission_under_its_administration_is_part_of_the_authority_and_a_copy_stamp_is_none() {
        let src = "АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО РАЙОНА\n\nКОМИССИЯ ПО ЧРЕЗВЫЧАЙНЫМ СИТУАЦИЯМ\n\nПРОТОКОЛ № 5\n\nРЕШИЛИ:\n1. Принять к сведению.\n";
        assert_eq!(header_of(src).authority.as_deref(), Some("АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО РАЙОНА КОМИССИЯ ПО ЧРЕЗВЫЧАЙНЫМ СИТУАЦИЯМ"));
        let src = "\t\t\tЭкз. № 3\n\nАНТИТЕРРОРИСТИЧЕСКАЯ КОМИССИЯ\nБЕЛЕБЕЕВСКОГО РАЙОНА\n\nПРОТОКОЛ\n\nРЕШИЛИ:\n1. Принять к сведению.\n";
        assert_eq!(header_of(src).authority.as_deref(), Some("АНТИТЕРРОРИСТИЧЕСКАЯ КОМИССИЯ БЕЛЕБЕЕВСКОГО РАЙОНА"));
    }

    #[test]
    fn the_meeting_s_time_and_room_and_its_attendance_are_no_title() {
        let src = "КОМИССИЯ\n\nПОСТАНОВЛЕНИЕ № 12/3\n\n22 мая 2024 года      г. Тогучин\n14 час. 00 мин.       зал заседаний, каб. 21\n\nОб организации отдыха\n\nКомиссия ПОСТАНОВЛЯЕТ:\n1. Принять к сведению.\n";
        assert_eq!(header_of(src).title.as_deref(), Some("Об организации отдыха"));
        let src = "ПРАВИТЕЛЬСТВО ОБЛАСТИ\n\nРЕШЕНИЕ\nоперативного штаба по отопительному периоду\n\n12 октября 2023 г. № 14\n\nПредседательствовал: А.Н. Смирнов\n\nПрисутствовали: члены штаба\n\nО ходе подключения объектов\n\nЗаслушав информацию, штаб РЕШИЛ:\n1. Принять к сведению.\n";
        assert_eq!(header_of(src).title.as_deref(), Some("О ходе подключения объектов"));
        // The chair, the secretary and those present in one block, the quoted subject under it.
        let src = "РЕШЕНИЕ КОЛЛЕГИИ\nуправления образования района\n\nот 26 октября 2017 г. № 3\n\nПредседатель: Е.В. Пантелеева, начальник управления\n\
                   Присутствовали: члены коллегии – Н.А. Рыбакова, С.М. Зуева\n\n«Об организации горячего питания»\n\nЗаслушав информацию, коллегия решила:\n1. Принять к сведению.\n";
        assert_eq!(header_of(src).title.as_deref(), Some("«Об организации горячего питания»"));
        assert!(opens_with_time("10:00   ул. Кирова, д. 4") && opens_with_time("10.00 ч.") && !opens_with_time("10.12.2023") && !opens_with_time("14 мая"));
    }

    #[test]
    fn a_database_citation_line_gives_type_body_date_number_and_title() {
        let src = "Постановление Администрации муниципального образования \"Зеленоградский округ\" от 9 марта 2022 г. N 611 \"О внесении изменений в программу \"Развитие культуры\"\"\n\nС изменениями и дополнениями от:\n\n30 мая 2022 г.\n\nВ соответствии со статьей 179 администрация постановляет:\n\n1. Внести изменения.\n";
        let h = header_of(src);
        assert_eq!(h.kind_label.as_deref(), Some("Постановление"));
        assert_eq!(h.authority.as_deref(), Some("Администрации муниципального образования \"Зеленоградский округ\""));
        assert_eq!((h.date, h.number.as_deref()), (Date::new(2022, 3, 9), Some("611")));
        assert_eq!(h.title.as_deref(), Some("\"О внесении изменений в программу \"Развитие культуры\"\""));
        assert_eq!(h.preamble.as_deref(), Some("В соответствии со статьей 179 администрация"));
        assert!(citation("Постановление от 9 марта 2022 г. \"О мерах\"").is_none(), "no body, no number");
        // The collegium belongs to the label whatever the case of the body after it.
        let c = citation("Решение коллегии министерства образования области от 28 февраля 2019 г. N 1/2 \"Об итогах\"");
        assert_eq!(c.map(|c| (c.label, c.authority)), Some(("Решение коллегии".to_string(), "министерства образования области".to_string())));
    }

    #[test]
    fn a_citation_line_with_the_title_below_and_no_formula() {
        let src = "Распоряжение Администрации г. Тюмени от 18 октября 2021 г. N 512-рк\n\"Об утверждении плана мероприятий\"\n\nС изменениями и дополнениями от:\n\n15 марта 2023 г.\n\nВ целях развития, руководствуясь статьей 58 Устава города Тюмени:\n\n1. Утвердить план.\n";
        let blocks = crate::block::classify(src, &crate::lex::lines(src));
        let layout = crate::layout::segment(src, &blocks);
        assert!(layout.is_operative() && !layout.operative.is_empty());
        let h = header_of(src);
        assert_eq!((h.kind_label.as_deref(), h.authority.as_deref()), (Some("Распоряжение"), Some("Администрации г. Тюмени")));
        assert_eq!((h.date, h.number.as_deref(), h.title.as_deref()), (Date::new(2021, 10, 18), Some("512-рк"), Some("\"Об утверждении плана мероприятий\"")));
        // ГАРАНТ's consolidated text: the title marked so, the citation repeated under it.
        let src = "Постановление Администрации г. Вологды от 3 февраля 2020 г. N 98 \"Об отдыхе детей\" (с изменениями и дополнениями)\n\nПостановление Администрации г. Вологды от 3 февраля 2020 г. N 98\n\"Об отдыхе детей\"\n\nВ соответствии с законом постановляю:\n1. Утвердить план.\n";
        let h = header_of(src);
        assert_eq!((h.title.as_deref(), h.preamble.as_deref()), (Some("\"Об отдыхе детей\""), Some("В соответствии с законом")));
        // ГАРАНТ's body in the genitive, lower case; minutes named by their meeting.
        let c = citation("Постановление администрации Чайковского городского округа от 17 мая 2023 г. N 512 \"О мерах\"");
        assert_eq!(c.map(|c| c.authority), Some("администрации Чайковского городского округа".into()));
        let c = citation("Протокол совещания заместителя Министра с руководителями органов, от 14 марта 2023 г. N 412-ПРМ-АЛ");
        assert_eq!(c.map(|c| (c.authority, c.title)), Some((String::new(), "совещания заместителя Министра с руководителями органов".into())));
        // A commission issues its own resolution: `комиссии` opens the issuer, not the label.
        let c = citation("Постановление комиссии по делам несовершеннолетних и защите их прав Тамбовской области от 17 февраля 2021 г. N 1");
        assert_eq!(c.map(|c| (c.label, c.authority)), Some(("Постановление".into(), "комиссии по делам несовершеннолетних и защите их прав Тамбовской области".into())));
    }

    #[test]
    fn a_letterhead_s_other_language_set_under_the_russian_name_is_no_part_of_it() {
        let src = "Министерство образования и науки\nРеспублики Коми\nКоми Республикаса йӧзӧс велӧдан да\nнаука министерство\n\nРЕШЕНИЕ КОЛЛЕГИИ\n\n15.03.2023 № 1\n\nОб итогах\n\nколлегия РЕШИЛА:\n1. Принять к сведению.\n";
        assert_eq!(header_of(src).authority.as_deref(), Some("Министерство образования и науки Республики Коми"));
        let src = "МУНИЦИПАЛЬНОЕ КАЗЕННОЕ УЧРЕЖДЕНИЕ\n«УПРАВЛЕНИЕ ОБРАЗОВАНИЯ\nЗАИНСКОГО МУНИЦИПАЛЬНОГО\nРАЙОНА РЕСПУБЛИКИ ТАТАРСТАН»\nТАТАРСТАН РЕСПУБЛИКАСЫ\nЗӘЙ МУНИЦИПАЛЬ РАЙОНЫ\n\nПРИКАЗ\n\n15.03.2021 № 112\n\nОб итогах\n\nПРИКАЗЫВАЮ:\n1. Принять к сведению.\n";
        assert_eq!(header_of(src).authority.as_deref(), Some("МУНИЦИПАЛЬНОЕ КАЗЕННОЕ УЧРЕЖДЕНИЕ «УПРАВЛЕНИЕ ОБРАЗОВАНИЯ ЗАИНСКОГО МУНИЦИПАЛЬНОГО РАЙОНА РЕСПУБЛИКИ ТАТАРСТАН»"));
    }

    #[test]
    fn a_breadcrumb_copied_a_step_a_line() {
        let src = "Главная\n›\nНовости\n›\nОбразование\n\nК новому учебному году – без долгов по подвозу\n\n\
                   Опубликовано: 23.08.2019 14:05\n\n22 августа глава администрации провел совещание.\n";
        let doc = crate::parse(src);
        assert_eq!((doc.title.as_deref(), doc.date.map(|d| d.to_string())), (Some("К новому учебному году – без долгов по подвозу"), Some("2019-08-23".into())));
    }

    #[test]
    fn a_saved_page_s_title_bar_counter_icons_and_front_matter() {
        let parse = |src: &str| {
            let doc = crate::parse(src);
            (doc.title, doc.date.map(|d| d.to_string()))
        };
        // The site's owner after a bar leaves the headline; the date is read before a counter's
        // icon.
        let src = "# Итоги ГИА обсудили на заседании коллегии | Министерство образования Курской области\n\n\
                   [Главная](https://obr.rkursk.ru/) / [Новости](https://obr.rkursk.ru/news/)\n\n24 января 2025 👁 143\n\nЗаседание коллегии прошло в министерстве.\n";
        assert_eq!(parse(src), (Some("Итоги ГИА обсудили на заседании коллегии".into()), Some("2025-01-24".into())));
        // A headline with a bar of its own keeps it.
        let (title, _) = parse(&src.replace("Министерство образования Курской области", "итоги года"));
        assert_eq!(title.as_deref(), Some("Итоги ГИА обсудили на заседании коллегии | итоги года"));
        // A clipper's front matter dates the page by `published:`, not by its saving.
        let src = "---\ntitle: \"Совет руководителей\"\npublished: 2022-09-29\ncreated: 2024-03-11\n---\n# Состоялся Совет руководителей\n\n\
                   28 сентября состоялся Совет руководителей образовательных организаций.\n";
        assert_eq!(parse(src).1.as_deref(), Some("2022-09-29"));
    }

    #[test]
    fn a_news_item_s_headline_repeated_wrapped_or_under_a_menu() {
        let title = |src: &str| crate::parse(src).title;
        // Repeated over the item, with the section's name and the site's owner between.
        let src = "О готовности школ к новому учебному году\n\nНОВОСТИ\n\nУправление образования администрации округа\n\n21.08.2020\n\nО готовности школ к новому учебному году\n\n20 августа прошло совещание.\n";
        assert_eq!(title(src).as_deref(), Some("О готовности школ к новому учебному году"));
        // The menu names the news section too: the last name before the date opens the page.
        let src = "Комитет по образованию\n\nГлавная\nО комитете\nНовости\nНормативные документы\n\nНовости\n\nРуководители школ обсудили готовность к учебному году\n\n15 августа 2018, 10:42\n\n14 августа состоялось совещание.\n";
        assert_eq!(title(src).as_deref(), Some("Руководители школ обсудили готовность к учебному году"));
        // Wrapped, its second line in lower case.
        let src = "Пресс-центр / Новости\n\nМинистерство провело собеседования с\nруководителями МОУО по итогам ВПР\n\n24 мая 2022\n\nС 16 по 20 мая прошли собеседования.\n";
        assert_eq!(title(src).as_deref(), Some("Министерство провело собеседования с руководителями МОУО по итогам ВПР"));
        // The breadcrumb's last step wrapped in lower case, the headline under it.
        let src = "Главная › Новости › Совещание с руководителями МОУО по итогам ВПР и работе со школами с\nнизкими результатами\n\nСовещание с руководителями МОУО по итогам ВПР\n\n24 января 2024 г.\n\nМинистр провела совещание.\n";
        assert_eq!(title(src).as_deref(), Some("Совещание с руководителями МОУО по итогам ВПР"));
        // A note for the site's editor over the item names its section.
        let src = "Информация для размещения на официальном сайте управления образования\nРаздел «Новости»\n\nСовещание с руководителями школ по вопросам питания\n\n18.08.2020\n\n18 августа прошло совещание.\n";
        assert_eq!(title(src).as_deref(), Some("Совещание с руководителями школ по вопросам питания"));
        // A press release's label over the date, under the owner's name.
        let src = "МКУ «Управление образованием»\nПресс-релиз\n\n29.08.2023\n\nАвгустовское совещание работников образования\n\nПо итогам совещания приняты следующие решения:\n–\tруководителям школ разработать планы – в срок до 15 сентября 2023 года.\n\nВ завершение совещания вручены грамоты.\n";
        let doc = crate::parse(src);
        assert_eq!(doc.title.as_deref(), Some("Августовское совещание работников образования"));
        assert_eq!(doc.clauses.len(), 1);
    }

    #[test]
    fn a_page_s_stamp_dates_the_item_among_its_other_words() {
        let date = |stamp: &str| crate::parse(&format!("Новости\n\nКоллегия подвела итоги\n{stamp}\n\nТекст новости.\n")).date.map(|d| d.to_string());
        assert_eq!(date("Дата публикации: 18.11.2024 Дата изменения: 19.11.2024").as_deref(), Some("2024-11-18"));
        assert_eq!(date("Категория: Новости 02.03.2023 Просмотров: 214").as_deref(), Some("2023-03-02"));
        assert_eq!(date("08 апреля 2020, 17:42 1 093").as_deref(), Some("2020-04-08"));
        // The count of views makes the line page furniture, which still dates the item.
        assert_eq!(date("14.10.2022 Просмотров: 367").as_deref(), Some("2022-10-14"));
        assert_eq!(date("**13 мая 2021** · 16:20 · Просмотров: 256").as_deref(), Some("2021-05-13"));
        // A byline: the publisher, the date, the time to read it.
        assert_eq!(date("**Министерство образования Новгородской области** · 21.08.2020 · 5 мин. чтения").as_deref(), Some("2020-08-21"));
        assert_eq!(date("13:42 | 19 августа 2024 | Просмотров: 512").as_deref(), Some("2024-08-19"));
        let quoting = "# Министр провела видеоконференцию\n\n**Министерство образования Новгородской области** · 21.08.2020 · 5 мин. чтения\n\n\
                       20 августа прошло совещание.\n\nПо итогам даны поручения:\n1. Обеспечить приемку школ.\n";
        assert_eq!(crate::parse(quoting).date.map(|d| d.to_string()).as_deref(), Some("2020-08-21"));
        // A clause's term is no stamp.
        assert_eq!(date("• до 20 мая 2024 года провести проверку"), None);
    }

    #[test]
    fn a_headline_telling_what_was_done_names_no_issuer() {
        let doc = crate::parse("13.08.2021\n\nРуководители муниципальных органов управления образованием обсудили готовность школ\n\n12 августа прошло совещание.\n\nПо итогам совещания даны следующие поручения:\n1. Обеспечить приемку.\n");
        assert_eq!((doc.title.as_deref(), doc.authority.as_deref()), (Some("Руководители муниципальных органов управления образованием обсудили готовность школ"), None));
    }

    #[test]
    fn a_sentence_glued_under_the_subject_opens_the_preamble() {
        let src = "ПРИКАЗ\n\n10.09.2020 № 136-о\n\nОб итогах государственной итоговой аттестации\nвыпускников 11-х классов в 2020 году\nВ 2020 году в соответствии с постановлением Правительства\nаттестация проведена в форме ЕГЭ.\n\nПРИКАЗЫВАЮ:\n1. Принять к сведению.\n";
        let header = header_of(src);
        assert_eq!(header.title.as_deref(), Some("Об итогах государственной итоговой аттестации выпускников 11-х классов в 2020 году"));
        assert!(header.preamble.is_some_and(|p| p.starts_with("В 2020 году")));
        let capitals = "ПРИКАЗ\n\n10.09.2020 № 136-о\n\nОБ ИТОГАХ АТТЕСТАЦИИ\nВ 2020 ГОДУ\n\nПРИКАЗЫВАЮ:\n1. Принять к сведению.\n";
        assert_eq!(header_of(capitals).title.as_deref(), Some("ОБ ИТОГАХ АТТЕСТАЦИИ В 2020 ГОДУ"));
    }

    #[test]
    fn a_stamp_on_the_copy_under_the_date_is_no_title() {
        let src = "МИНИСТЕРСТВО ПРОСВЕЩЕНИЯ\n\nПРИКАЗ\n\n07.12.2020        № 1490\nЭкз. № ______\nг. Ульяновск\n\nОб итогах проведения всероссийских проверочных работ\n\nПРИКАЗЫВАЮ:\n1. Принять к сведению.\n";
        let header = header_of(src);
        assert_eq!((header.title.as_deref(), header.place.as_deref()), (Some("Об итогах проведения всероссийских проверочных работ"), Some("г. Ульяновск")));
    }

    #[test]
    fn a_lower_case_line_under_the_type_line_gives_way_to_the_subject() {
        let src = "МИНИСТЕРСТВО ОБРАЗОВАНИЯ\n\nРЕШЕНИЕ\nколлегии Министерства образования\n\n«26» ноября 2020 г. № 5\n\n\
                   Об итогах кампании\n\nЗаслушав информацию, коллегия РЕШИЛА:\n1. Принять к сведению.\n";
        let h = header_of(src);
        assert_eq!((h.kind_label.as_deref(), h.title.as_deref()), (Some("РЕШЕНИЕ"), Some("Об итогах кампании")));
        assert_eq!(h.preamble.as_deref(), Some("Заслушав информацию, коллегия"));
        let capitalised = src.replace("коллегии Министерства", "Коллегии Министерства");
        assert_eq!(header_of(&capitalised).title.as_deref(), Some("Об итогах кампании"));
        // With no subject line under it, the continuation is the title, as in protocols.
        let src = "ПРОТОКОЛ\n\nсовещания по вопросу качества\n\nг. Усинск\n\nРЕШИЛИ:\n1. Принять к сведению.\n";
        assert_eq!(header_of(src).title.as_deref(), Some("совещания по вопросу качества"));
    }

    /// A list of instructions on a site closes with its registration number and date, under
    /// its last item with no signature: they are the act's, outranking the site's stamp above.
    #[test]
    fn a_registration_line_under_the_last_item_gives_the_requisites() {
        let src = "Губернатор утвердил перечень поручений\n\n22 января 2024, 09:15\n\nУТВЕРЖДАЮ\nГубернатор области\nР.В. Мельников\n\n\
                   ПЕРЕЧЕНЬ ПОРУЧЕНИЙ\nпо реализации Послания Губернатора\n\n1. Правительству области обеспечить разработку программы.\n\
                   Доклад – до 1 июля 2024 г.\n\n2. Министерству финансов обеспечить мониторинг.\n\nПр-3, 19 января 2024 г.\n";
        let doc = crate::parse(src);
        assert_eq!((doc.date.map(|d| d.to_string()), doc.number.as_deref()), (Some("2024-01-19".to_string()), Some("Пр-3")));
        assert_eq!(doc.clauses.last().map(|c| c.text.as_str()), Some("Министерству финансов обеспечить мониторинг."));
    }

    #[test]
    fn a_decree_s_issuer_set_apart_and_its_requisites_under_the_signature() {
        let src = "УКАЗ\n\nПРЕЗИДЕНТА РОССИЙСКОЙ ФЕДЕРАЦИИ\n\nО национальных целях развития\n\n1. Определить цели.\n\n\
                   2. Правительству Российской Федерации представить предложения.\n\nПрезидент\nРоссийской Федерации                 В.Путин\n\n\
                   Москва, Кремль\n7 мая 2024 года\n№ 309\n";
        let doc = crate::parse(src);
        assert_eq!((doc.kind_label.as_deref(), doc.authority.as_deref()), (Some("УКАЗ"), Some("ПРЕЗИДЕНТА РОССИЙСКОЙ ФЕДЕРАЦИИ")));
        assert_eq!(doc.title.as_deref(), Some("О национальных целях развития"));
        assert_eq!((doc.date.map(|d| d.to_string()), doc.number.as_deref()), (Some("2024-05-07".to_string()), Some("309")));
        assert!(doc.appendices.is_empty());
        assert_eq!(doc.clauses.len(), 2);
        for (line, requisites) in [("Москва, Кремль", true), ("Пр-417, 5 марта 2024 г.", true), ("N Пр-231", true), ("ПЛАН МЕРОПРИЯТИЙ", false), ("Приложение", false)] {
            assert_eq!(is_trailer_requisites(line), requisites, "{line}");
        }
    }

    #[test]
    fn a_form_s_reference_to_the_act_that_set_it_gives_no_date() {
        let src = "\t\t\tПриложение 1\n\t\t\tк приказу Минэкономразвития России\n\t\t\tот 30.04.2009 № 141\n\n\
                   Управление Роспотребнадзора по Томской области\n\nРаспоряжение\nо проведении внеплановой выездной проверки\n\n\
                   от «11» марта 2021 г. № 01-09/178\n\n1. Провести проверку.\n";
        let h = header_of(src);
        assert_eq!((h.date.map(|d| d.to_string()).as_deref(), h.number.as_deref()), (Some("2021-03-11"), Some("01-09/178")));
        assert_eq!(h.authority.as_deref(), Some("Управление Роспотребнадзора по Томской области"));
    }

    #[test]
    fn an_archive_s_stamp_above_the_letterhead_is_no_authority() {
        let src = "Архивный отдел администрации\nгородского округа Кинешма\n         АРХИВНАЯ КОПИЯ\n\n\n           ИСПОЛНИТЕЛЬНЫЙ КОМИТЕТ\n\
                   КИНЕШЕМСКОГО ГОРОДСКОГО СОВЕТА НАРОДНЫХ ДЕПУТАТОВ\n\n               Р Е Ш Е Н И Е\n\nот 22.03.84 г. № 97\n\n\
                   Исполком РЕШИЛ:\n1. Утвердить план.\n";
        let h = header_of(src);
        assert_eq!(h.authority.as_deref(), Some("ИСПОЛНИТЕЛЬНЫЙ КОМИТЕТ КИНЕШЕМСКОГО ГОРОДСКОГО СОВЕТА НАРОДНЫХ ДЕПУТАТОВ"));
        assert_eq!(h.date.map(|d| d.to_string()).as_deref(), Some("1984-03-22"));
    }

    #[test]
    fn a_meeting_in_the_genitive_under_the_type_line_is_the_title() {
        let src = "ПРОТОКОЛ\nсобрания граждан деревни Горка\nВологодской области\n\nд. Горка\t\t« 14 » августа 2020 г.\n\n\
                   Начало собрания: 18 ч. 00 мин.\n\nРЕШИЛИ:\n1. Избрать старосту.\n";
        let h = header_of(src);
        assert_eq!((h.authority.as_deref(), h.title.as_deref()), (None, Some("собрания граждан деревни Горка Вологодской области")));
        let hearings = "ПРОТОКОЛ\nпубличных слушаний № 3\n\n27.05.2021\t\tг. Артемовский\n\nпо проекту решения Думы «О внесении изме-\nнений в Правила»\n\n\
                        Присутствовали: 45 человек.\n\nРЕШИЛИ:\n1. Рекомендовать Думе принять решение.\n";
        let h = header_of(hearings);
        assert_eq!((h.title.as_deref(), h.number.as_deref()), (Some("публичных слушаний по проекту решения Думы «О внесении изменений в Правила»"), Some("3")));
    }

    #[test]
    fn a_site_s_heading_and_card_of_the_act_are_no_authority() {
        let src = "Вид документа: Постановление\nПринявший орган: Администрация округа\nДата принятия: 19.05.2021\n\
                   Распоряжение № 412-р от 05.12.2019\nАДМИНИСТРАЦИЯ ПРЯЖИНСКОГО РАЙОНА\nРАСПОРЯЖЕНИЕ\nот 05.12.2019 № 412-р\n\
                   Об организации праздников\n1. Провести мероприятия.\n";
        assert_eq!(header_of(src).authority.as_deref(), Some("АДМИНИСТРАЦИЯ ПРЯЖИНСКОГО РАЙОНА"));
    }

    #[test]
    fn an_inspector_s_order_and_a_prosecutor_s_representation_are_operative() {
        let order = "ГОСУДАРСТВЕННАЯ ЖИЛИЩНАЯ ИНСПЕКЦИЯ\nВОРОНЕЖСКОЙ ОБЛАСТИ\n\nПРЕДПИСАНИЕ № 62-08/214-П\nоб устранении выявленных нарушений\n\n\
                     г. Воронеж\t\t«17» июля 2019 г.\n\nНа основании акта проверки\n\nПРЕДПИСЫВАЮ:\n\n1. Обществу устранить нарушения в срок до 30.09.2019.\n";
        let doc = crate::parse(order);
        assert_eq!((doc.kind_label.as_deref(), doc.number.as_deref(), doc.operative_formula.as_deref()), (Some("ПРЕДПИСАНИЕ"), Some("62-08/214-П"), Some("ПРЕДПИСЫВАЮ:")));
        assert_eq!((doc.title.as_deref(), doc.clauses.len()), (Some("об устранении выявленных нарушений"), 1));
        let representation = "ПРОКУРАТУРА\n\nП Р Е Д С Т А В Л Е Н И Е\nоб устранении нарушений закона\n\nПроверкой установлено.\n\nТ Р Е Б У Ю:\n\n\
                              1. Рассмотреть настоящее представление.\n2. Принять меры.\n";
        let doc = crate::parse(representation);
        assert_eq!((doc.kind_label.as_deref(), doc.clauses.len()), (Some("ПРЕДСТАВЛЕНИЕ"), 2));
    }

    #[test]
    fn a_list_of_instructions_dated_under_its_signature_and_its_event_s_day_in_the_title() {
        let src = "ПЕРЕЧЕНЬ ПОРУЧЕНИЙ\nпо итогам совещания с членами Правительства\n18 октября 2023 года\n\n\
                   1. Правительству Российской Федерации обеспечить утверждение нормативов.\nСрок – 1 декабря 2023 г.\n\n\
                   В.Андреев\n\nПр-2150\n30 октября 2023 г.\n";
        let doc = crate::parse(src);
        assert_eq!(doc.title.as_deref(), Some("по итогам совещания с членами Правительства 18 октября 2023 года"));
        assert_eq!((doc.date.map(|d| d.to_string()), doc.number.as_deref()), (Some("2023-10-30".to_string()), Some("Пр-2150")));
        let web = "Перечень поручений по итогам заседания Совета по стратегическому развитию\n\n\
                   1. Правительству Российской Федерации обеспечить финансирование.\nСрок – до 1 октября 2024 г.\n";
        let doc = crate::parse(web);
        assert_eq!((doc.kind_label.as_deref(), doc.title.as_deref()), (Some("Перечень поручений"), Some("по итогам заседания Совета по стратегическому развитию")));
    }

    #[test]
    fn a_council_of_an_institution_under_its_founder_dated_and_numbered_by_its_minutes() {
        let src = "МИНОБРНАУКИ РОССИИ\nфедеральное государственное бюджетное\nобразовательное учреждение высшего образования\n\
                   «Приуральский государственный университет»\n(ФГБОУ ВО «ПУрГУ»)\n\nУЧЁНЫЙ СОВЕТ\n\nРЕШЕНИЕ\n\n\
                   27 февраля 2024 г.\t\t\t\tпротокол № 7\nОренбург\n\nО состоянии научной работы студентов\n\n\
                   Учёный совет РЕШИЛ:\n1. Доклад принять к сведению.\n";
        let h = header_of(src);
        let want = "федеральное государственное бюджетное образовательное учреждение высшего образования «Приуральский государственный университет» УЧЁНЫЙ СОВЕТ";
        assert_eq!(h.authority.as_deref(), Some(want));
        assert_eq!((h.date.map(|d| d.to_string()), h.number.as_deref(), h.place.as_deref()), (Some("2024-02-27".to_string()), Some("7"), Some("Оренбург")));
        assert_eq!(h.title.as_deref(), Some("О состоянии научной работы студентов"));
    }

    #[test]
    fn towns_in_the_genitive_are_named_in_the_nominative() {
        let place = |t: &str| read_meta(t).and_then(|m| m.place);
        for (written, nominative) in [
            ("г. Славянск-на-Кубани", "г. Славянск-на-Кубани"),
            ("г. Тамбова", "г. Тамбов"),
            ("г. ПЕРМИ", "г. ПЕРМЬ"),
            ("г. Омска", "г. Омск"),
            ("город Ярославля", "город Ярославль"),
            ("г. Калининграда", "г. Калининград"),
            ("г. Твери", "г. Тверь"),
            ("г. Москва", "г. Москва"),
            ("г. Березники", "г. Березники"),
            ("г. Сочи", "г. Сочи"),
            ("с. Починок", "с. Починок"),
            ("г. Нижнего Новгорода", "г. Нижнего Новгорода"),
        ] {
            assert_eq!(place(written).as_deref(), Some(nominative), "{written}");
        }
    }

    #[test]
    fn meta_lines() {
        let m = read_meta("от 26.11.2020 № 291");
        assert_eq!(m.as_ref().and_then(|m| m.date).map(|d| d.to_string()), Some("2020-11-26".into()));
        assert_eq!(m.and_then(|m| m.number), Some("291".into()));
        assert_eq!(read_meta("№ 15-Р").and_then(|m| m.number), Some("15-Р".into()));
        assert_eq!(read_meta("г. Усинск").and_then(|m| m.place), Some("г. Усинск".into()));
        assert!(read_meta("Об итогах 2020 года").is_none());
        let stamped = read_meta("02.03.2021 14:20\t№ 215").map(|m| (m.date.map(|d| d.to_string()), m.number));
        assert_eq!(stamped, Some((Some("2021-03-02".into()), Some("215".into()))));
        // A meeting's date with the hour it began, and its place with the address.
        assert_eq!(read_meta("14 мая 2019 года, 10.00 час.").and_then(|m| m.date).map(|d| d.to_string()).as_deref(), Some("2019-05-14"));
        assert_eq!(read_meta("17.10.2023 в 09:42").and_then(|m| m.date).map(|d| d.to_string()).as_deref(), Some("2023-10-17"));
        let place = read_meta("пгт. Междуреченский, ул. Титова, д. 26, зал совещаний (каб. 212)").and_then(|m| m.place);
        assert_eq!(place.as_deref(), Some("пгт. Междуреченский"));
        // A southern station's office writes its kind short with a hyphen, or in full.
        for town in ["ст-ца Кущевская", "станица Ленинградская", "хутор Веселый"] {
            assert_eq!(read_meta(town).and_then(|m| m.place).as_deref(), Some(town));
        }
        // Adygea's auls, Rostov's slobodas, a settlement of workers; a Word copy's lost space.
        for town in ["а. Кошехабль", "аул Кошехабль", "сл. Большая Мартыновка", "рп. Кольцово", "с.Кармаскалы", "ст.Ленинградская"] {
            assert_eq!(read_meta(town).and_then(|m| m.place).as_deref(), Some(town));
        }
        assert!(read_meta("с.и.о. директора").and_then(|m| m.place).is_none());
    }

    #[test]
    fn a_number_s_suffix_typed_with_spaces_round_its_hyphen() {
        let number = |line: &str| read_meta(line).and_then(|m| m.number);
        assert_eq!(number("от 24.08.2018 № 1045 - п").as_deref(), Some("1045-п"));
        assert_eq!(number("№ 412 – па").as_deref(), Some("412-па"));
        assert_eq!(number("№ 12–р").as_deref(), Some("12-р"));
        assert_eq!(number("№ 45 / 2").as_deref(), Some("45/2"));
        let m = read_meta("14 марта 2023 г.\tг. Партизанск\t№ 412 - па").map(|m| (m.date.map(|d| d.to_string()), m.number, m.place));
        assert_eq!(m, Some((Some("2023-03-14".into()), Some("412-па".into()), Some("г. Партизанск".into()))));
        // A capitalised word after a dash is the line's next words, no suffix.
        assert!(read_meta("№ 45 – О мерах").is_none());
    }

    #[test]
    fn meta_parts_in_columns() {
        let m = read_meta("г. Пермь                      18.02.2021 № 3");
        let fields = m.map(|m| (m.place, m.date.map(|d| d.to_string()), m.number));
        assert_eq!(fields, Some((Some("г. Пермь".into()), Some("2021-02-18".into()), Some("3".into()))));
        assert_eq!(read_meta("18.02.2021 г.\tг. Пермь\t№ 3").and_then(|m| m.place), Some("г. Пермь".into()));
        assert!(read_meta("18.02.2021                    Иванов И.И.").is_none());
        // A hand-typed date with a run of spaces before its year.
        let meta = read_meta("г. Конаково                          «12» августа  2023 г.");
        assert_eq!(meta.as_ref().and_then(|m| m.date).map(|d| d.to_string()).as_deref(), Some("2023-08-12"));
        assert_eq!(meta.and_then(|m| m.place).as_deref(), Some("г. Конаково"));
        assert!(read_meta("18.02.2021").is_some_and(|m| m.place.is_none()));
        let m = read_meta("г. Киров                  05.02.2021");
        assert_eq!(m.map(|m| (m.place, m.date.map(|d| d.to_string()))), Some((Some("г. Киров".into()), Some("2021-02-05".into()))));
        let m = read_meta("Великий Новгород             12 апреля 2021 г. № 17");
        assert_eq!(m.map(|m| (m.place, m.number)), Some((Some("Великий Новгород".into()), Some("17".into()))));
        assert!(read_meta("Ростов-на-Дону\t\t12.04.2021").is_some_and(|m| m.place.as_deref() == Some("Ростов-на-Дону")));
        assert!(read_meta("Администрация                 12.04.2021").is_none());
        assert!(read_meta("Великий Новгород              № 17").is_none());
        let m = read_meta("26 ноября 2020 г. № 291 г. Усинск");
        assert_eq!(m.map(|m| (m.number, m.place)), Some((Some("291".into()), Some("г. Усинск".into()))));
    }

    #[test]
    fn a_body_named_in_full_under_its_superior_issues_alone() {
        let body = "\n\nРЕШЕНИЕ КОЛЛЕГИИ\n\nКоллегия решила:\n1. Принять.\n";
        let cases = [
            (
                "ФЕДЕРАЛЬНАЯ СЛУЖБА СУДЕБНЫХ ПРИСТАВОВ\nУПРАВЛЕНИЕ ФЕДЕРАЛЬНОЙ СЛУЖБЫ СУДЕБНЫХ ПРИСТАВОВ\nПО ОМСКОЙ ОБЛАСТИ\n(УФССП России по Омской области)",
                "УПРАВЛЕНИЕ ФЕДЕРАЛЬНОЙ СЛУЖБЫ СУДЕБНЫХ ПРИСТАВОВ ПО ОМСКОЙ ОБЛАСТИ",
            ),
            ("ПРАВИТЕЛЬСТВО КИРОВСКОЙ ОБЛАСТИ\n\nМИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ\nКИРОВСКОЙ ОБЛАСТИ", "МИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ КИРОВСКОЙ ОБЛАСТИ"),
            (
                "ФЕДЕРАЛЬНАЯ СЛУЖБА ГОСУДАРСТВЕННОЙ СТАТИСТИКИ\n\nТЕРРИТОРИАЛЬНЫЙ ОРГАН ФЕДЕРАЛЬНОЙ СЛУЖБЫ ГОСУДАРСТВЕННОЙ\nСТАТИСТИКИ ПО НИЖЕГОРОДСКОЙ ОБЛАСТИ",
                "ТЕРРИТОРИАЛЬНЫЙ ОРГАН ФЕДЕРАЛЬНОЙ СЛУЖБЫ ГОСУДАРСТВЕННОЙ СТАТИСТИКИ ПО НИЖЕГОРОДСКОЙ ОБЛАСТИ",
            ),
            // A commission formed at the administration is named with it.
            (
                "АДМИНИСТРАЦИЯ НОВОЗЫБКОВСКОГО ГОРОДСКОГО ОКРУГА\n\nАНТИНАРКОТИЧЕСКАЯ КОМИССИЯ НОВОЗЫБКОВСКОГО ГОРОДСКОГО ОКРУГА",
                "АДМИНИСТРАЦИЯ НОВОЗЫБКОВСКОГО ГОРОДСКОГО ОКРУГА АНТИНАРКОТИЧЕСКАЯ КОМИССИЯ НОВОЗЫБКОВСКОГО ГОРОДСКОГО ОКРУГА",
            ),
        ];
        for (head, authority) in cases {
            assert_eq!(header_of(&format!("{head}{body}")).authority.as_deref(), Some(authority));
        }
    }

    #[test]
    fn a_site_s_banner_names_the_issuer_only_when_the_act_names_none() {
        let banner = "Версия для слабовидящих\nМуниципальное образование «Велижский район» Смоленской области\nОфициальный сайт\nГлавная\nДокументы\nКонтакты\n\n\
                      Главная » Документы » Решения коллегии\n\n";
        let body = "\n\nот 30.03.2021 № 3\n\nО состоянии работы\n\nКоллегия РЕШИЛА:\n1. Принять к сведению.\n";
        let below = "РЕШЕНИЕ КОЛЛЕГИИ\nАдминистрации муниципального образования «Велижский район»";
        let on_type_line = "РЕШЕНИЕ КОЛЛЕГИИ Администрации муниципального образования «Велижский район»";
        let cases = [
            (format!("{banner}{below}{body}"), "РЕШЕНИЕ КОЛЛЕГИИ", "Администрации муниципального образования «Велижский район»"),
            (format!("{banner}{on_type_line}{body}"), "РЕШЕНИЕ КОЛЛЕГИИ", "Администрации муниципального образования «Велижский район»"),
            (format!("{on_type_line}{body}"), "РЕШЕНИЕ КОЛЛЕГИИ", "Администрации муниципального образования «Велижский район»"),
            (format!("РЕШЕНИЕ\nколлегии министерства спорта Хабаровского края{body}"), "РЕШЕНИЕ", "министерства спорта Хабаровского края"),
            (format!("РЕШЕНИЕ\nколлегии Управления образования района{body}"), "РЕШЕНИЕ", "Управления образования района"),
            // The body in the genitive a blank line under the type line, as Markdown sets it.
            (format!("**РЕШЕНИЕ КОЛЛЕГИИ**\n\n**Отдела образования администрации района**{body}"), "РЕШЕНИЕ КОЛЛЕГИИ", "Отдела образования администрации района"),
            // The type line wrapped after its first word; the banner's owner issues.
            (format!("{banner}РЕШЕНИЕ\nколлегии{body}"), "РЕШЕНИЕ коллегии", "Муниципальное образование «Велижский район» Смоленской области"),
            // The body in the nominative, its legal form before it, under the label.
            (format!("{banner}РЕШЕНИЕ КОЛЛЕГИИ\nМКУ Отдел образования района{body}"), "РЕШЕНИЕ КОЛЛЕГИИ", "МКУ Отдел образования района"),
            (format!("РЕШЕНИЕ КОЛЛЕГИИ\nМКУ «Управление образования района»{body}"), "РЕШЕНИЕ КОЛЛЕГИИ", "МКУ «Управление образования района»"),
            (format!("Министерство спорта Хабаровского края\nГлавная » Документы\n\nРЕШЕНИЕ КОЛЛЕГИИ{body}"), "РЕШЕНИЕ КОЛЛЕГИИ", "Министерство спорта Хабаровского края"),
            // The menu one item per line and the site's name are no part of the owner's name.
            (
                format!("Министерство спорта Хабаровского края\nОфициальный портал Хабаровского края\nГлавная\nО министерстве\nДокументы\nКонтакты\nГлавная » Документы\n\nРЕШЕНИЕ КОЛЛЕГИИ{body}"),
                "РЕШЕНИЕ КОЛЛЕГИИ",
                "Министерство спорта Хабаровского края",
            ),
        ];
        for (src, label, authority) in cases {
            let h = header_of(&src);
            assert_eq!((h.kind_label.as_deref(), h.authority.as_deref(), h.title.as_deref()), (Some(label), Some(authority), Some("О состоянии работы")), "{src}");
        }
    }

    #[test]
    fn a_body_in_the_genitive_under_the_type_line_is_no_title() {
        let src = "КОМИТЕТ ПО ОБРАЗОВАНИЮ\n\nРЕШЕНИЕ КОЛЛЕГИИ\n\nкомитета по образованию администрации города Новомосковск\n\n24.05.2023 № 2\n\n\
                   «Итоги реализации программ воспитания»\n\nКоллегия решила:\n1. Принять к сведению.\n";
        let h = header_of(src);
        assert_eq!((h.authority.as_deref(), h.title.as_deref()), (Some("КОМИТЕТ ПО ОБРАЗОВАНИЮ"), Some("«Итоги реализации программ воспитания»")));
        assert!(crate::layout::type_line("Решение коллегии:").is_none() && crate::layout::type_line("Решение коллегии").is_some());
        // Whatever word opens the body's name, above the date line; not a subject (`по вопросу …`).
        let src = "РЕШЕНИЕ КОЛЛЕГИИ\nмуниципального казенного учреждения «Управление образования» Дальнереченского района\n\n\
                   от 30 января 2025 г.\t№ 1\n\nО развитии наставничества\n\nКоллегия решила:\n1. Принять к сведению.\n";
        let h = header_of(src);
        assert_eq!((h.authority.as_deref(), h.title.as_deref()), (Some("муниципального казенного учреждения «Управление образования» Дальнереченского района"), Some("О развитии наставничества")));
        let src = "РЕШЕНИЕ КОЛЛЕГИИ\nРайонного управления образования МО «Кяхтинский район»\nот 16 июня 2016 г. № 3\n«О готовности школ»\nКоллегия решила:\n1. Принять к сведению.\n";
        assert_eq!(header_of(src).authority.as_deref(), Some("Районного управления образования МО «Кяхтинский район»"));
        let src = "РЕШЕНИЕ КОЛЛЕГИИ\nпо вопросу «О мерах пожарной безопасности»\n\n25.02.2021 № 1\n\nКоллегия решила:\n1. Принять к сведению.\n";
        assert_eq!(header_of(src).title.as_deref(), Some("по вопросу «О мерах пожарной безопасности»"));
        // Under a letterhead naming only the administration, the body of it whose collegium
        // decided issues the act; a letterhead naming the body itself stays.
        let src = "АДМИНИСТРАЦИЯ ПРОМЫШЛЕННОВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА\nКЕМЕРОВСКОЙ ОБЛАСТИ\n\nРЕШЕНИЕ КОЛЛЕГИИ\nУправления образования администрации Промышленновского\n\
                   муниципального района\nот 28 марта 2019 г.\t№ 2\n\n«Об итогах ВПР»\n\nКоллегия решила:\n1. Принять к сведению.\n";
        assert_eq!(header_of(src).authority.as_deref(), Some("Управления образования администрации Промышленновского муниципального района"));
        let src = src.replace("КЕМЕРОВСКОЙ ОБЛАСТИ\n", "КЕМЕРОВСКОЙ ОБЛАСТИ\nУПРАВЛЕНИЕ ОБРАЗОВАНИЯ\n");
        assert_eq!(header_of(&src).authority.as_deref(), Some("АДМИНИСТРАЦИЯ ПРОМЫШЛЕННОВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА КЕМЕРОВСКОЙ ОБЛАСТИ УПРАВЛЕНИЕ ОБРАЗОВАНИЯ"));
    }

    #[test]
    fn a_collegium_named_alone_over_the_type_line_is_no_part_of_the_issuer() {
        for gap in ["\n", "\n\n"] {
            let src = format!("МИНИСТЕРСТВО ОБРАЗОВАНИЯ МАГАДАНСКОЙ ОБЛАСТИ{gap}КОЛЛЕГИЯ{gap}РЕШЕНИЕ\n28.03.2024 № 2\n\nО кадрах\n\nКоллегия решила:\n1. Принять к сведению.\n");
            assert_eq!(header_of(&src).authority.as_deref(), Some("МИНИСТЕРСТВО ОБРАЗОВАНИЯ МАГАДАНСКОЙ ОБЛАСТИ"), "{gap:?}");
        }
    }

    #[test]
    fn a_site_s_citation_of_the_act_gives_way_to_the_act_s_own_header() {
        let src = "Решение коллегии Министерства образования Пензенской области от 26.10.2023 № 4/1\n31.10.2023 09:15\n\n\
                   Министерство образования Пензенской области\n\nРЕШЕНИЕ КОЛЛЕГИИ\n\n26 октября 2023 г.       № 4/1\n\n\
                   Об итогах летней кампании\n\nКоллегия решила:\n1. Принять к сведению.\n";
        let h = header_of(src);
        assert_eq!((h.kind_label.as_deref(), h.authority.as_deref(), h.title.as_deref()), (Some("РЕШЕНИЕ КОЛЛЕГИИ"), Some("Министерство образования Пензенской области"), Some("Об итогах летней кампании")));
        assert_eq!((h.date.map(|d| d.to_string()), h.number.as_deref()), (Some("2023-10-26".into()), Some("4/1")));
        let undated = "Прокуратура Чувашской Республики\nГлавная > Коллегия\n\nРешение коллегии прокуратуры Чувашской Республики от 30 января 2024 года\n\n\
                       ПРОКУРАТУРА ЧУВАШСКОЙ РЕСПУБЛИКИ\n\nРЕШЕНИЕ КОЛЛЕГИИ\n\n30 января 2024 г.  № 1\n\nОб итогах работы\n\nКоллегия решила:\n1. Принять.\n";
        assert!(is_act_heading("Решение коллегии прокуратуры Чувашской Республики от 30 января 2024 года"));
        assert_ne!(header_of(undated).authority.as_deref(), Some("Решение коллегии прокуратуры Чувашской Республики от 30 января 2024 года"));
    }

    #[test]
    fn an_approval_stamp_s_date_and_number_serve_a_list_that_has_none() {
        // The stamp's name after a blank line is still the stamp's; the act's own date wins.
        let src = "УТВЕРЖДАЮ\nГубернатор Забайкальского края\n\n________________ А.М. Осипов\n«16» июля 2021 года\n\n\
                   ПРОТОКОЛ\nсовещания у Губернатора\n\nг. Чита              № 27\n14 июля 2021 года\n\nРЕШИЛИ:\n1. Принять.\n";
        let h = header_of(src);
        assert_eq!((h.authority, h.date.map(|d| d.to_string()), h.number.as_deref()), (None, Some("2021-07-14".into()), Some("27")));
        let src = "Утверждаю\nПрезидент\nРоссийской Федерации\nВ.АНДРЕЕВ\n5 февраля 2024 года\nN Пр-231\n\nПЕРЕЧЕНЬ ПОРУЧЕНИЙ\n\
                   Губернатора области по итогам заседания Совета\n\n1. Правительству обеспечить.\n";
        let h = header_of(src);
        assert_eq!((h.date.map(|d| d.to_string()), h.number.as_deref()), (Some("2024-02-05".into()), Some("Пр-231")));
        assert_eq!((h.authority.as_deref(), h.title.as_deref()), (Some("Губернатора области"), Some("по итогам заседания Совета")));
    }

    #[test]
    fn an_approval_stamp_gives_no_authority_and_no_date() {
        let src = "УТВЕРЖДАЮ\nЗаместитель Губернатора области\n_______ А.В. Скрябин\n«14» апреля 2021 г.\n\nПРОТОКОЛ\n\
                   рабочего совещания\n\nВеликий Новгород        12 апреля 2021 г. № 17\n\n1. О паводке\n1.1. Принять к сведению.\n";
        let h = header_of(src);
        assert_eq!((h.authority, h.date.map(|d| d.to_string())), (None, Some("2021-04-12".into())));
        assert!(opens_approval("  СОГЛАСОВАНО:") && opens_approval("Утверждено") && !opens_approval("Утвердить план"));
    }

    #[test]
    fn an_official_under_the_body_issues_and_the_act_s_date_beats_a_site_s() {
        let src = "18.09.2024\n\nФЕДЕРАЛЬНАЯ СЛУЖБА ПО НАДЗОРУ В СФЕРЕ ЗАЩИТЫ ПРАВ ПОТРЕБИТЕЛЕЙ\n\n\
                   ГЛАВНЫЙ ГОСУДАРСТВЕННЫЙ САНИТАРНЫЙ ВРАЧ\nПО СВЕРДЛОВСКОЙ ОБЛАСТИ\n\nПОСТАНОВЛЕНИЕ\n\n\
                   от 16.09.2024                  № 04\n\nО мерах по профилактике гриппа\n\nПОСТАНОВЛЯЮ:\n1. Обеспечить.\n";
        let h = header_of(src);
        assert_eq!(h.authority.as_deref(), Some("ГЛАВНЫЙ ГОСУДАРСТВЕННЫЙ САНИТАРНЫЙ ВРАЧ ПО СВЕРДЛОВСКОЙ ОБЛАСТИ"));
        assert_eq!(h.date.map(|d| d.to_string()), Some("2024-09-16".into()));
    }

    #[test]
    fn a_text_that_is_no_act_has_its_headline_date_and_type_line_read() {
        let other = |src: &str| {
            let h = read_other(src, &crate::block::classify(src, &crate::lex::lines(src)));
            (h.kind_label, h.title, h.date.map(|d| d.to_string()), h.number)
        };
        let news = "Министерство образования и науки Республики Татарстан\nВерсия для слабовидящих\n\nГлавная  /  Пресс-центр  /  Новости\n\n\
                    В Минобрнауки РТ состоялось заседание коллегии\n\n18.03.2021 14:05   Просмотров: 1 512\n\n17 марта 2021 года …\n";
        assert_eq!(other(news), (None, Some("В Минобрнауки РТ состоялось заседание коллегии".into()), Some("2021-03-18".into()), None));
        let note = "СПРАВКА\nпо итогам мониторинга питания\nпо состоянию на 01.10.2021\n\nОпубликовано: 21.10.2021 | Автор: отдел\n";
        assert_eq!(other(note), (Some("СПРАВКА".into()), Some("по итогам мониторинга питания по состоянию на 01.10.2021".into()), Some("2021-10-21".into()), None));
        let letter = "МИНИСТЕРСТВО ОБРАЗОВАНИЯ\nЧЕЛЯБИНСКОЙ ОБЛАСТИ\nул. Воровского, д. 30, г. Челябинск, 454091\n\n\
                      16.03.2021          № 03-02/2187               руководителям организаций\n\nО проведении мониторинга\nготовности школ\n\nУважаемые коллеги!\n";
        assert_eq!(other(letter), (None, Some("О проведении мониторинга готовности школ".into()), Some("2021-03-16".into()), Some("03-02/2187".into())));
    }

    #[test]
    fn a_database_heads_an_act_with_its_type_and_body_on_one_line() {
        let src = "Решение коллегии Департамента образования и науки Курганской области от 24 февраля 2022 г. N 1/3 \"Об итогах года\"\n\n\
                   С изменениями и дополнениями от:\n18 апреля 2022 г.\n\nколлегия решила:\n1. Утвердить план.\n";
        let h = header_of(src);
        assert_eq!((h.kind_label.as_deref(), h.authority.as_deref()), (Some("Решение коллегии"), Some("Департамента образования и науки Курганской области")));
        assert_eq!((h.date.map(|d| d.to_string()), h.number.as_deref()), (Some("2022-02-24".into()), Some("1/3")));
        let src = "Решение коллегии Министерства культуры, по делам национальностей Чувашской Республики\nот 28 февраля 2023 г. N 1\n\
                   \"Об итогах деятельности министерства\"\n\nКоллегия решает:\n1. Утвердить план.\n";
        let h = header_of(src);
        assert_eq!(h.authority.as_deref(), Some("Министерства культуры, по делам национальностей Чувашской Республики"));
        assert_eq!((h.date.map(|d| d.to_string()), h.title.as_deref()), (Some("2023-02-28".into()), Some("\"Об итогах деятельности министерства\"")));
    }

    #[test]
    fn a_letterhead_column_in_a_state_language_is_told_by_all_its_lines() {
        // No line of the Tatar column but the last has a letter Russian lacks; the Mari column
        // is on the left; a line of one cell goes with the column it starts under.
        let src = " ОТДЕЛ ОБРАЗОВАНИЯ                       ТАТАРСТАН РЕСПУБЛИКАСЫ\n ИСПОЛНИТЕЛЬНОГО КОМИТЕТА                МАМАДЫШ МУНИЦИПАЛЬ\n\
                    МАМАДЫШСКОГО МУНИЦИПАЛЬНОГО             РАЙОНЫ БАШКАРМА\n\
                    РАЙОНА РЕСПУБЛИКИ ТАТАРСТАН             КОМИТЕТЫНЫҢ МӘГАРИФ БҮЛЕГЕ\n\n РЕШЕНИЕ КОЛЛЕГИИ\n\nОб итогах года\n\nКоллегия РЕШИЛА:\n1. Принять к сведению.\n";
        assert_eq!(header_of(src).authority.as_deref(), Some("ОТДЕЛ ОБРАЗОВАНИЯ ИСПОЛНИТЕЛЬНОГО КОМИТЕТА МАМАДЫШСКОГО МУНИЦИПАЛЬНОГО РАЙОНА РЕСПУБЛИКИ ТАТАРСТАН"));
        let src = "  «МЕДВЕДЕВО МУНИЦИПАЛ РАЙОН»              АДМИНИСТРАЦИЯ\n  МУНИЦИПАЛ ОБРАЗОВАНИЙЫН         МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ\n\
                     АДМИНИСТРАЦИЙЖЕ           «МЕДВЕДЕВСКИЙ МУНИЦИПАЛЬНЫЙ РАЙОН»\n\n  РАСПОРЯЖЕНИЕ\n\nОб открытии лагерей\n\n1. Открыть лагеря.\n";
        assert_eq!(header_of(src).authority.as_deref(), Some("АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ «МЕДВЕДЕВСКИЙ МУНИЦИПАЛЬНЫЙ РАЙОН»"));
        // Two columns in Russian stay as they are read line by line.
        assert_eq!(russian_column(&["УПРАВЛЕНИЕ ОБРАЗОВАНИЯ        Руководителям", "АДМИНИСТРАЦИИ ГОРОДА        общеобразовательных организаций"]), None);
        // The palochka of the Caucasian languages typed as a Latin `I` tells their cell.
        let src = "МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ ЧЕЧЕНСКОЙ РЕСПУБЛИКИ\tНОХЧИЙН РЕСПУБЛИКИН ДЕШАРАН А, IИЛМАНАН А МИНИСТЕРСТВО\n\nРЕШЕНИЕ КОЛЛЕГИИ\n\nОб итогах\n\nКоллегия РЕШИЛА:\n1. Принять к сведению.\n";
        assert_eq!(header_of(src).authority.as_deref(), Some("МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ ЧЕЧЕНСКОЙ РЕСПУБЛИКИ"));
        assert!(is_russian("I квартал, «I этап»") && !is_russian("ЩIЭНЫГЪЭМКIЭ"));
    }

    #[test]
    fn towns_in_the_genitive_after_a_town_s_mark() {
        for (written, town) in [("г. Тамбова", "г. Тамбов"), ("г. ПЕРМИ", "г. ПЕРМЬ"), ("г. Твери", "г. Тверь"), ("г. Ярославля", "г. Ярославль"), ("г. Нерюнгри", "г. Нерюнгри"), ("г. Сочи", "г. Сочи")] {
            assert_eq!(nominative_town(written), town);
        }
    }

    #[test]
    fn a_letterhead_column_s_line_of_its_own_is_told_by_where_it_starts() {
        // `pdftotext -layout`: the Yakut column runs a line longer than the Russian one.
        let src = "        МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ                         САХА ӨРӨСПҮҮБҮЛҮКЭТИН\n\
                   \x20           РЕСПУБЛИКИ САХА (ЯКУТИЯ)                            ҮӨРЭҔИН УОННА НАУКАТЫН\n\
                   \x20                                                              МИНИСТИЭРИСТИБЭТЭ\n\n\
                   \x20                                    РЕШЕНИЕ КОЛЛЕГИИ\n\n25 марта 2021 г.   № 3/2\n\nОб интернатах\n\nКоллегия РЕШИЛА:\n1. Принять к сведению.\n";
        assert_eq!(header_of(src).authority.as_deref(), Some("МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ РЕСПУБЛИКИ САХА (ЯКУТИЯ)"));
        // Udmurt set under the Russian name, in Russian letters, told by its `-ъя` endings.
        let src = "МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ\nУДМУРТСКОЙ РЕСПУБЛИКИ\nУДМУРТ ЭЛЬКУНЫСЬ ДЫШЕТОНЪЯ НО ТОДОСЪЯ МИНИСТЕРСТВО\n\n\
                   РЕШЕНИЕ КОЛЛЕГИИ\n\n18 апреля 2024 года\n№ 2/1\n\nО центрах\n\nКоллегия РЕШИЛА:\n1. Принять к сведению.\n";
        assert_eq!(header_of(src).authority.as_deref(), Some("МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ УДМУРТСКОЙ РЕСПУБЛИКИ"));
        assert!(!has_foreign_sounds("ОБЪЯВЛЕНИЕ О ПОДЪЯЗЫЧНОЙ"));
    }

    #[test]
    fn a_bilingual_letterhead_is_read_in_its_russian_columns() {
        let src = "БАШҠОРТОСТАН РЕСПУБЛИКАҺЫ\t\t\tМИНИСТЕРСТВО СЕМЬИ, ТРУДА\nСОЦИАЛЬ ЯҠЛАУ МИНИСТРЛЫҒЫ\t\t\tРЕСПУБЛИКИ БАШКОРТОСТАН\n\n\
                   КОЛЛЕГИЯ ҠАРАРЫ\t\t\t\t\tРЕШЕНИЕ КОЛЛЕГИИ\n\n«23» апрель 2021 й.\t\t№ 3\t\t\t«23» апреля 2021 г.\n\n\
                   Өфө ҡалаһы\t\t\t\t\t\tг. Уфа\n\nО ходе реализации проекта\n\nКоллегия РЕШИЛА:\n1. Утвердить план.\n";
        let h = header_of(src);
        assert_eq!((h.kind_label.as_deref(), h.authority.as_deref()), (Some("РЕШЕНИЕ КОЛЛЕГИИ"), Some("МИНИСТЕРСТВО СЕМЬИ, ТРУДА РЕСПУБЛИКИ БАШКОРТОСТАН")));
        assert_eq!((h.date.map(|d| d.to_string()), h.number.as_deref(), h.place.as_deref()), (Some("2021-04-23".into()), Some("3"), Some("г. Уфа")));
        assert_eq!(h.title.as_deref(), Some("О ходе реализации проекта"));
        // Chuvash typed with Latin letters, the place named in both languages; a Mari type line.
        let src = "Чăваш Республикин                    Министерство здравоохранения\nсывлăх сыхлав министерстви           Чувашской Республики\n\n\
                   ПРИКАЗ                               ПРИКАЗ\n\n«28» января 2022 г. № 97             «28» января 2022 г. № 97\n\n\
                   Шупашкар хули                        г. Чебоксары\n\nО проведении диспансеризации\n\nп р и к а з ы в а ю:\n1. Утвердить план.\n";
        let h = header_of(src);
        assert_eq!((h.authority.as_deref(), h.place.as_deref()), (Some("Министерство здравоохранения Чувашской Республики"), Some("г. Чебоксары")));
        assert_eq!(h.title.as_deref(), Some("О проведении диспансеризации"));
        let h = header_of("МИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ\n\nПРИКАЗ\nШӰДЫК\n\nОб утверждении плана\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n");
        assert_eq!(h.title.as_deref(), Some("Об утверждении плана"));
        // A state language in the Russian letters alone: its words are no dictionary's, and its
        // column, told on one line, goes from the others.
        let src = "Муниципальное образование\t\tСаха Өрөспүүбүлүкэтин\n«ЛЕНСКИЙ РАЙОН»\t\t\t«ЛЕНСКЭЙ ОРОЙУОН»\nРеспублики Саха (Якутия)\t\tмуниципальнай тэриллиитэ\n\n\
                   ПОСТАНОВЛЕНИЕ\t\t\t\tУУРААХ\n\nг. Ленск\t\t\t\t\tЛенскэй к.\n\nот «14» мая 2018 года\t\t\t\t№ 01-03-412/8\n\n\
                   О подготовке к зиме\n\nПОСТАНОВЛЯЮ:\n1. Утвердить план.\n";
        let h = header_of(src);
        assert_eq!((h.authority.as_deref(), h.place.as_deref(), h.number.as_deref()), (Some("Муниципальное образование «ЛЕНСКИЙ РАЙОН» Республики Саха (Якутия)"), Some("г. Ленск"), Some("01-03-412/8")));
        let src = "АНТИТЕРРОРИСТИЧЕСКАЯ КОМИССИЯ\tТАТАРСТАН РЕСПУБЛИКАСЫ\nВ ЕЛАБУЖСКОМ МУНИЦИПАЛЬНОМ РАЙОНЕ\tАЛАБУГА МУНИЦИПАЛЬ РАЙОНЫНДА\n\
                   РЕСПУБЛИКИ ТАТАРСТАН\tТЕРРОРИЗМГА КАРШЫ КОМИССИЯ\n\nПРОТОКОЛ\n\n07.06.2022\tг. Елабуга\t№ 2\n\nРЕШИЛИ:\n1. Принять к сведению.\n";
        assert_eq!(header_of(src).authority.as_deref(), Some("АНТИТЕРРОРИСТИЧЕСКАЯ КОМИССИЯ В ЕЛАБУЖСКОМ МУНИЦИПАЛЬНОМ РАЙОНЕ РЕСПУБЛИКИ ТАТАРСТАН"));
        // Columns set with spaces; lines of their own under the Russian name; a word or two the
        // dictionary happens to hold (`болон`, `марий`).
        let src = "МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ          БУРЯАД РЕСПУБЛИКЫН БОЛБОСОРОЛОЙ
РЕСПУБЛИКИ БУРЯТИЯ                         БОЛОН ЭРДЭМ УХААНАЙ ЯАМАН

                   РЕШЕНИЕ КОЛЛЕГИИ

«25» ноября 2022 г.           № 5

О развитии

Коллегия решила:
1. Принять к сведению.
";
        assert_eq!(header_of(src).authority.as_deref(), Some("МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ РЕСПУБЛИКИ БУРЯТИЯ"));
        let src = "МИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ
РЕСПУБЛИКИ МАРИЙ ЭЛ
МАРИЙ ЭЛ РЕСПУБЛИКЫН
ТАЗАЛЫК АРАЛЫМЕ МИНИСТЕРСТВЫЖЕ

ПРИКАЗ

                   28 марта 2024 г.
№ 487

Об утверждении плана

ПРИКАЗЫВАЮ:
1. Утвердить план.
";
        assert_eq!(header_of(src).authority.as_deref(), Some("МИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ РЕСПУБЛИКИ МАРИЙ ЭЛ"));
        assert!(!reads_foreign("МЭРИЯ ГОРОДА НОВОСИБИРСКА", false));
    }

    #[test]
    fn a_draft_s_blank_date_and_number_are_a_meta_line() {
        let m = read_meta("«___» ____________ 2021 г.                 № ______");
        assert!(m.is_some_and(|m| m.date.is_none() && m.number.is_none()));
        assert!(read_meta("от ____________ № _____").is_some());
        assert!(read_meta("Иванов ______").is_none());
        // Filled in, the blanks read as typed.
        let m = read_meta("от «_12_» ____марта____ 2024 г.\t\t№ _45-р_");
        assert_eq!(m.map(|m| (m.date.map(|d| d.to_string()), m.number)), Some((Some("2024-03-12".into()), Some("45-р".into()))));
    }

    #[test]
    fn long_lines_are_no_meta_lines() {
        let date = "от 26.11.2020 № 291";
        let padded = format!("{date}{}", " ".repeat(200));
        assert!(read_meta(&padded).is_some());
        assert!(!cleans_longer_than(&padded, 120));
        let long = format!("{date} {}", "а".repeat(60));
        assert!(cleans_longer_than(&long, 120) && read_meta(&long).is_none());
        let marked = format!("**{date}**{}", "<b></b>".repeat(30));
        assert!(!cleans_longer_than(&marked, 120));
        assert!(cleans_longer_than(&format!("- {}", "б".repeat(61)), 120));
        assert!(!cleans_longer_than(&format!("- {}", "б".repeat(60)), 120));
        assert!(!cleans_longer_than(&format!("{}**", "б".repeat(70)), 120));
        assert!(!may_be_meta("Об итогах года") && may_be_meta("**Г**. Усинск") && may_be_meta("№ 15-Р"));
    }

    #[test]
    fn a_type_line_with_its_number_date_and_subject_on_one_line() {
        let read = |src: &str| {
            let doc = crate::parse(src);
            (doc.kind_label, doc.date.map(|d| d.to_string()), doc.number, doc.title)
        };
        let body = "\n\nЗаслушав доклад, коллегия РЕШИЛА:\n\n1. Информацию принять к сведению.\n";
        let expected = |label: &str| (Some(label.to_string()), Some("2019-11-18".to_string()), Some("4".to_string()), Some("«О ходе реализации проектов»".to_string()));
        assert_eq!(read(&format!("Министерство\n\nРЕШЕНИЕ КОЛЛЕГИИ № 4 от 18 ноября 2019 года «О ходе реализации проектов»{body}")), expected("РЕШЕНИЕ КОЛЛЕГИИ"));
        assert_eq!(read(&format!("Министерство\n\nРЕШЕНИЕ КОЛЛЕГИИ № 4\nот 18 ноября 2019 года «О ходе реализации проектов»{body}")), expected("РЕШЕНИЕ КОЛЛЕГИИ"));
        assert_eq!(read(&format!("Министерство\n\nРешение коллегии от 18.11.2019 № 4 «О ходе реализации проектов»{body}")), expected("Решение коллегии"));
        // A site's heading over the act's own type line is not it.
        let src = format!("Приказ от 14.09.2022 № 1518 «Об утверждении плана»\nКОМИТЕТ ПО ОБРАЗОВАНИЮ\nП Р И К А З\n14.09.2022\t\t№ 1518\nОб утверждении плана\n{body}");
        assert_eq!(read(&src).0.as_deref(), Some("ПРИКАЗ"));
    }

    #[test]
    fn the_preamble_after_the_meeting_s_lines_is_the_preamble() {
        let src = "РЕШЕНИЕ\nколлегии Комитета по образованию\n\nот 27.02.2025 г. № 1\n\n«О кадровом обеспечении»\n\n\
                   Председатель коллегии – Доржиева С.Б., председатель Комитета\n\nПрисутствовали: 17 членов коллегии из 21.\n\n\
                   Заслушав и обсудив информацию Бадмаевой Е.Ц., коллегия отмечает рост.\n\nНа основании изложенного коллегия решила:\n\n1. Принять к сведению.\n";
        let doc = crate::parse(src);
        assert_eq!(doc.preamble.as_deref(), Some("Заслушав и обсудив информацию Бадмаевой Е.Ц., коллегия отмечает рост. На основании изложенного коллегия"));
        assert_eq!(doc.meeting.and_then(|m| m.chair).map(|c| c.name), Some("Доржиева С.Б.".to_string()));
    }

    #[test]
    fn a_site_s_section_over_the_headline_is_no_title() {
        let src = "Новости\n\nАвгустовское педагогическое совещание – 2025\n\n27 августа 2025, 16:05\n\nУчастникам совещания рекомендовано:\n– руководителям школ обеспечить участие;\n";
        let doc = crate::parse(src);
        assert_eq!(doc.title.as_deref(), Some("Августовское педагогическое совещание – 2025"));
        assert_eq!(doc.operative_formula.as_deref(), Some("Участникам совещания рекомендовано:"));
        assert_eq!(doc.clauses.first().map(|c| c.modality), Some(crate::Modality::Recommendation));
        // A browser's print stamp with the page's title dates the printing; a vertical menu over
        // the headline the site's stamp stands under is no headline.
        let src = "10.09.2025, 11:23 В департаменте обсудили итоги ГИА-2025\n\nДепартамент образования\n\nГлавная\nНовости\nДокументы\nКонтакты\n\n\
                   В департаменте обсудили итоги ГИА-2025 и задачи на\nновый учебный год\nОпубликовано: 04.09.2025 | Обновлено: 05.09.2025\n\n\
                   3 сентября состоялось совещание.\n";
        let doc = crate::parse(src);
        assert_eq!((doc.date.map(|d| d.to_string()), doc.title.as_deref()), (Some("2025-09-04".into()), Some("В департаменте обсудили итоги ГИА-2025 и задачи на новый учебный год")));
        // The section's owner named over the item's date is no headline.
        let src = "НОВОСТИ\nЗападное управление министерства образования и науки Самарской области\n\n14.02.2019\n\n\
                   Совещание руководителей образовательных организаций: подготовка к ГИА-2019\n\n13 февраля состоялось совещание.\n";
        assert_eq!(crate::parse(src).title.as_deref(), Some("Совещание руководителей образовательных организаций: подготовка к ГИА-2019"));
    }

    #[test]
    fn a_subject_label_is_no_part_of_the_title() {
        assert_eq!(without_subject_label("Тема: «Об организации питания»"), "«Об организации питания»");
        assert_eq!(without_subject_label("Тема заседания: О летнем отдыхе"), "О летнем отдыхе");
        assert_eq!(without_subject_label("О задачах: итоги года"), "О задачах: итоги года");
        assert_eq!(without_subject_label("Тема:"), "Тема:");
        let doc = crate::parse("РЕШЕНИЕ КОЛЛЕГИИ\n\n**Тема: «Об организации горячего питания»**\n\nЗаслушав информацию, коллегия решила:\n\n1. Принять к сведению.\n");
        assert_eq!(doc.title.as_deref(), Some("«Об организации горячего питания»"));
    }

    #[test]
    fn title_loses_trailing_date() {
        let mut h = Header::default();
        let t = take_title("совещания по вопросу качества от 03.11.2020 г.", &mut h);
        assert_eq!(t, "совещания по вопросу качества");
        assert_eq!(h.date.map(|d| d.to_string()), Some("2020-11-03".into()));
        // A header with its own date and number: the title's names another act.
        let mut h = Header { date: Date::new(2021, 3, 15), number: Some("89-П".into()), ..Header::default() };
        let t = take_title("О внесении изменений в постановление от 29.11.2013 N 552-П", &mut h);
        assert_eq!(t, "О внесении изменений в постановление от 29.11.2013 N 552-П");
        // A draft with its date and number blank: the title's are still another act's.
        let mut h = Header::default();
        let t = take_title("О внесении изменений в приказ департамента от 15.01.2021 № 12/01-03", &mut h);
        assert_eq!((t.as_str(), h.date, h.number), ("О внесении изменений в приказ департамента от 15.01.2021 № 12/01-03", None, None));
    }

    #[test]
    fn an_official_in_the_genitive_under_the_type_line_issues_the_act() {
        let src = "ПРИКАЗ\nВОЕННОГО КОМИССАРА ПЕРМСКОГО КРАЯ\n\n«01» апреля 2024 г.    № 45    г. Пермь\n\nОб организации призыва\n\nПРИКАЗЫВАЮ:\n1. Провести призыв.\n";
        let header = header_of(src);
        assert_eq!(header.authority.as_deref(), Some("ВОЕННОГО КОМИССАРА ПЕРМСКОГО КРАЯ"));
        assert_eq!(header.title.as_deref(), Some("Об организации призыва"));
    }

    #[test]
    fn a_council_s_convocation_and_a_site_heading_are_no_part_of_the_authority() {
        let src = "РОССИЙСКАЯ ФЕДЕРАЦИЯ\nСАМАРСКАЯ ОБЛАСТЬ\n\nСОБРАНИЕ ПРЕДСТАВИТЕЛЕЙ\nМУНИЦИПАЛЬНОГО РАЙОНА КИНЕЛЬСКИЙ\nседьмого созыва\n\nР Е Ш Е Н И Е\n№ 112 «15» ноября 2023 г.\n\nО мерах\n\nрешило:\n1. Утвердить план.\n";
        assert_eq!(header_of(src).authority.as_deref(), Some("СОБРАНИЕ ПРЕДСТАВИТЕЛЕЙ МУНИЦИПАЛЬНОГО РАЙОНА КИНЕЛЬСКИЙ"));
        let src = "Главная » Документы » Решения Совета депутатов\n\nРешение Совета депутатов от 21.12.2023 № 45/212 «Об утверждении плана»\n\nСОВЕТ ДЕПУТАТОВ\n\nМУНИЦИПАЛЬНОГО ОКРУГА\n\nИВАНОВСКОЕ\n\nРЕШЕНИЕ\n\n21.12.2023 № 45/212\n\nОб утверждении плана\n\nСовет депутатов решил:\n1. Утвердить план.\n";
        assert_eq!(header_of(src).authority.as_deref(), Some("СОВЕТ ДЕПУТАТОВ МУНИЦИПАЛЬНОГО ОКРУГА ИВАНОВСКОЕ"));
    }

    #[test]
    fn the_state_and_region_above_the_body_are_no_authority() {
        let src = "РОССИЙСКАЯ ФЕДЕРАЦИЯ\nСМОЛЕНСКАЯ ОБЛАСТЬ\n\nАДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ\n«ДОРОГОБУЖСКИЙ РАЙОН»\n\nПОСТАНОВЛЕНИЕ\nот 12.02.2021 № 88\n\nО мерах\n\nпостановляет:\n1. Утвердить план.\n";
        assert_eq!(header_of(src).authority.as_deref(), Some("АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ «ДОРОГОБУЖСКИЙ РАЙОН»"));
        let src = "Российская Федерация\nКамчатский край\nМинистерство образования\n\nПРИКАЗ\nот 12.02.2021 № 88\n\nО мерах\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n";
        assert_eq!(header_of(src).authority.as_deref(), Some("Министерство образования"));
        let src = "МИНИСТЕРСТВО ОБРАЗОВАНИЯ\nКАМЧАТСКОГО КРАЯ\n\nПРИКАЗ\nот 12.02.2021 № 88\n\nО мерах\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n";
        assert_eq!(header_of(src).authority.as_deref(), Some("МИНИСТЕРСТВО ОБРАЗОВАНИЯ КАМЧАТСКОГО КРАЯ"));
    }

    #[test]
    fn a_coat_of_arms_and_the_district_above_the_body_are_no_authority() {
        let body = "\n\nПОСТАНОВЛЕНИЕ\nот 12.03.2021 № 14\n\nО мерах\n\nПОСТАНОВЛЯЕТ:\n1. Утвердить план.\n";
        let src = format!("ГЕРБ\n\nРОССИЙСКАЯ ФЕДЕРАЦИЯ\nКУРГАНСКАЯ ОБЛАСТЬ\nШАДРИНСКИЙ РАЙОН\nАДМИНИСТРАЦИЯ ИВАНОВСКОГО СЕЛЬСОВЕТА{body}");
        assert_eq!(header_of(&src).authority.as_deref(), Some("АДМИНИСТРАЦИЯ ИВАНОВСКОГО СЕЛЬСОВЕТА"));
        let src = format!("[Герб]\nАДМИНИСТРАЦИЯ ГОРОДА{body}");
        assert_eq!(header_of(&src).authority.as_deref(), Some("АДМИНИСТРАЦИЯ ГОРОДА"));
        assert!(is_emblem("(место для герба)") && !is_emblem("Герб города утвердить"));
    }

    #[test]
    fn a_settlement_or_a_minutes_reference_under_the_date_is_no_title() {
        let src = "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ\n\nРЕШЕНИЕ КОЛЛЕГИИ № 4\n\nот 29 сентября 2021 года\n\nЧереповец\n\nОб итогах аттестации\n\nКОЛЛЕГИЯ РЕШИЛА:\n1. Принять к сведению.\n";
        let h = header_of(src);
        assert_eq!((h.place.as_deref(), h.title.as_deref()), (Some("Череповец"), Some("Об итогах аттестации")));
        let src = "МИНИСТЕРСТВО\n\nРЕШЕНИЕ КОЛЛЕГИИ\nот «15» марта 2021 г. № 01-09/2\n(протокол № 1)\n\nО ходе реализации проекта\n\nКОЛЛЕГИЯ РЕШИЛА:\n1. Принять к сведению.\n";
        assert_eq!(header_of(src).title.as_deref(), Some("О ходе реализации проекта"));
        // A body in the genitive or a title in capitals under the type line is no place.
        let src = "РЕШЕНИЕ\nКоллегии\n\nО мерах\n\nКОЛЛЕГИЯ РЕШИЛА:\n1. Принять к сведению.\n";
        assert_eq!(header_of(src).place, None);
        let src = "ПРИКАЗ\nот 12.03.2021 № 5\n\nПОЛОЖЕНИЕ\n\nПРИКАЗЫВАЮ:\n1. Утвердить.\n";
        assert_eq!(header_of(src).place, None);
    }

    #[test]
    fn a_city_in_capitals_under_the_body_ends_its_name() {
        let src = "АДМИНИСТРАЦИЯ ГОРОДСКОГО ОКРУГА\nГОРОД ВОРОНЕЖ\n\nПОСТАНОВЛЕНИЕ\nот 19.02.2021 № 150\n\nО мерах\n\nпостановляет:\n1. Утвердить план.\n";
        let h = header_of(src);
        assert_eq!((h.authority.as_deref(), h.place), (Some("АДМИНИСТРАЦИЯ ГОРОДСКОГО ОКРУГА ГОРОД ВОРОНЕЖ"), None));
        let src = "АДМИНИСТРАЦИЯ ГОРОДА\n\nПОСТАНОВЛЕНИЕ\nот 19.02.2021 № 150\nгород Воронеж\n\nО мерах\n\nпостановляет:\n1. Утвердить план.\n";
        assert_eq!(header_of(src).place.as_deref(), Some("город Воронеж"));
    }

    #[test]
    fn a_database_banner_is_no_authority() {
        let src = "Документ предоставлен КонсультантПлюс\nДата сохранения: 12.04.2021\n\nГУБЕРНАТОР ОБЛАСТИ\n\nРАСПОРЯЖЕНИЕ\nот 12 января 2021 г. N 15-р\n\nО мерах\n\n1. Рекомендовать органам обеспечить.\n";
        assert_eq!(header_of(src).authority.as_deref(), Some("ГУБЕРНАТОР ОБЛАСТИ"));
    }

    #[test]
    fn labelled_meeting_date_and_place() {
        let date = labelled_meta("Дата проведения: 12.03.2021").and_then(|m| m.date).map(|d| d.to_string());
        assert_eq!(date, Some("2021-03-12".into()));
        let place = labelled_meta("Место проведения: г. Чебоксары, Президентский бульвар, д. 17").and_then(|m| m.place);
        assert_eq!(place.as_deref(), Some("г. Чебоксары"));
        let place = labelled_meta("Место проведения: г. Ярославль (в режиме видеоконференцсвязи)").and_then(|m| m.place);
        assert_eq!(place.as_deref(), Some("г. Ярославль"));
        let place = labelled_meta("Место проведения: актовый зал администрации").and_then(|m| m.place);
        assert_eq!(place.as_deref(), Some("актовый зал администрации"));
        assert!(labelled_meta("Время проведения: 10.00").is_some_and(|m| m.date.is_none() && m.place.is_none()));
        let date = labelled_meta("Дата проведения заседания: 20 декабря 2023 года").and_then(|m| m.date).map(|d| d.to_string());
        assert_eq!(date, Some("2023-12-20".into()));
        assert!(labelled_meta("Дата составления протокола: 22 декабря 2023 года").is_none());
        let date = |text: &str| labelled_meta(text).and_then(|m| m.date).map(|d| d.to_string());
        assert_eq!(date("Дата проведения собрания: 17 сентября 2019 года."), Some("2019-09-17".into()));
        assert!(labelled_meta("Дата: по согласованию").is_none());
        assert!(labelled_meta("Срок: 12.03.2021").is_none());
    }
}
