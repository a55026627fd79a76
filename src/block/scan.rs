//! Line scanners: one line's text in, `Option<(what, where)>` out. nom grammars for clause
//! numbers and person names; small hand loops for `Label:` prefixes.
//!
//! Offsets returned are relative to the scanned `&str`.

use crate::lexicon;
use crate::text::{is_bullet, is_space};
use crate::tree::numbering::ClauseNumber;
use nom::branch::alt;
use nom::bytes::complete::{take_while, take_while1};
use nom::character::complete::{char, satisfy};
use nom::combinator::{opt, recognize};
use nom::sequence::preceded;
use nom::{IResult, Parser};

/// The start of a numbered clause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ClauseStart {
    /// The parsed number.
    pub number: ClauseNumber,
    /// The number as written, trailing dot removed (`1.2.1`, `1)`, `а)`).
    pub written: (usize, usize),
    /// Where the clause text begins (after the number and whitespace).
    pub body: usize,
}

fn ws0(i: &str) -> IResult<&str, &str> {
    take_while(is_space)(i)
}

fn ws1(i: &str) -> IResult<&str, &str> {
    take_while1(is_space)(i)
}

/// A clause number component: 1–3 digits, no leading zero.
///
/// ```text
/// int = nonzero-digit digit{0,2}
/// ```
fn int(i: &str) -> IResult<&str, u16> {
    let digits = i.bytes().take(3).take_while(u8::is_ascii_digit).count();
    if digits == 0 || i.starts_with('0') {
        return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify)));
    }
    // Up to three digits always fit u16.
    let value = i.bytes().take(digits).fold(0u16, |n, d| n * 10 + u16::from(d - b'0'));
    Ok((i.get(digits..).unwrap_or(""), value))
}

/// A dotted number: `1.`, `1.2.`, `1.2.1`, `1.1.4.`, `2.1)`; one component needs its dot.
///
/// ```text
/// dotted = int "\." | int ("." int)* ["." | ")"]   ; ")" only after two or more components
/// ```
fn dotted(i: &str) -> IResult<&str, ClauseNumber> {
    let (mut rest, first) = int(i)?;
    // `1\.`: the dot escaped, as pandoc writes a number typed at a paragraph's start.
    if let Some(after) = rest.strip_prefix("\\.") {
        return Ok((after, ClauseNumber::Dotted(vec![first])));
    }
    if !rest.starts_with('.') {
        return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify)));
    }
    let mut parts = vec![first];
    while let Ok((after, n)) = preceded(char('.'), int).parse(rest) {
        parts.push(n);
        rest = after;
    }
    let rest = match rest.strip_prefix('.') {
        Some(after) => after,
        None if parts.len() > 1 => rest.strip_prefix(')').unwrap_or(rest),
        None => rest,
    };
    Ok((rest, ClauseNumber::Dotted(parts)))
}

/// A number in parentheses style: `1)`.
///
/// ```text
/// paren_number = int ")"
/// ```
fn paren_number(i: &str) -> IResult<&str, ClauseNumber> {
    let (rest, n) = int(i)?;
    let (rest, _) = char(')')(rest)?;
    Ok((rest, ClauseNumber::Paren(n)))
}

/// A number with a space before its dot, as typed or recognised from a scan: `3 . Назначить`.
///
/// ```text
/// spaced_dot = int ws+ "." &(ws+ (upper | "«"))
/// ```
fn spaced_dot(i: &str) -> IResult<&str, ClauseNumber> {
    let (rest, n) = int(i)?;
    let (rest, _) = (ws1, char('.')).parse(rest)?;
    let text = rest.trim_start_matches(is_space);
    if text.len() == rest.len() || !text.starts_with(|c: char| c.is_uppercase() || c == '«') {
        return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify)));
    }
    Ok((rest, ClauseNumber::Dotted(vec![n])))
}

/// A number whose dot a scan read as a comma: `6, Отделу закупок …`. Only one or two digits and
/// a Russian word in capitals after, which no list of numbers (`1, 2`) or postcode has.
///
/// ```text
/// comma_number = digit{1,2} "," ws+ &(cyrillic-upper cyrillic-lower{2})
/// ```
fn comma_number(i: &str) -> IResult<&str, ClauseNumber> {
    let verify = || nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify));
    let (rest, n) = int(i)?;
    if i.len() - rest.len() > 2 {
        return Err(verify());
    }
    let (rest, _) = char(',')(rest)?;
    let mut word = rest.trim_start_matches(is_space).chars();
    let spaced = rest.starts_with(is_space);
    let capital = word.next().is_some_and(|c| matches!(c, 'А'..='Я' | 'Ё'));
    let lower = word.take(2).filter(|c| matches!(c, 'а'..='я' | 'ё')).count() == 2;
    if !(spaced && capital && lower) {
        return Err(verify());
    }
    Ok((rest, ClauseNumber::Dotted(vec![n])))
}

/// A two- or three-level number a scan broke: a space before an inner dot or a comma for it
/// (`2 .2. Подготовить …`, `2,2. ГКУ …`), closed by its dot, a capital after.
///
/// ```text
/// scanned_dotted = int (ws? ("." | ",") int){1,2} "." ws+ &cyrillic-upper   ; a space or comma in it
/// ```
fn scanned_dotted(i: &str) -> IResult<&str, ClauseNumber> {
    let verify = || nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify));
    let (mut rest, first) = int(i)?;
    let mut parts = vec![first];
    let mut broken = false;
    while parts.len() < 3 {
        let spaced = rest.trim_start_matches(' ');
        let Some(after) = spaced.strip_prefix(['.', ',']) else { break };
        let Ok((after_int, n)) = int(after) else { break };
        broken |= spaced.len() < rest.len() || spaced.starts_with(',');
        parts.push(n);
        rest = after_int;
    }
    let closed = rest.strip_prefix('.').filter(|r| r.starts_with(' ') && r.trim_start_matches(' ').starts_with(|c: char| matches!(c, 'А'..='Я' | 'Ё')));
    match closed {
        Some(after) if broken && parts.len() > 1 => Ok((after, ClauseNumber::Dotted(parts))),
        _ => Err(verify()),
    }
}

/// A lettered item: `а)`, `б)`.
///
/// ```text
/// letter_paren = cyrillic-lower ")"
/// ```
fn letter_paren(i: &str) -> IResult<&str, ClauseNumber> {
    let (rest, c) = satisfy(|c| matches!(c, 'а'..='я') && !matches!(c, 'ъ' | 'ы' | 'ь' | 'й'))(i)?;
    let (rest, _) = char(')')(rest)?;
    Ok((rest, ClauseNumber::Letter(c)))
}

/// Scans a clause start: an optional bullet, a number, then whitespace (or, after `.`/`)`, a
/// letter directly: `1.Утвердить`).
///
/// ```text
/// clause_start = [bullet ws*] (paren_number | dotted | letter_paren | spaced_dot | comma_number)
///                (ws+ | &letter | EOL)
/// ```
pub(crate) fn scan_clause_start(line: &str) -> Option<ClauseStart> {
    if !may_start_clause(line) {
        return None;
    }
    // `' 3.2. Организовать …`, `_    4.3. провести …`: a scan's stray mark before the number.
    let stray = line.strip_prefix(['\'', '_', '`']).filter(|r| r.starts_with(is_space));
    let (after_bullet, _) = opt((satisfy(is_bullet), ws0)).parse(stray.map_or(line, |r| r.trim_start_matches(is_space))).ok()?;
    let num_start = line.len() - after_bullet.len();
    let (rest, number) = alt((scanned_dotted, paren_number, dotted, letter_paren, spaced_dot, comma_number)).parse(after_bullet).ok()?;
    // Only a number of two levels or more tells the mark is noise, not a quotation's opening.
    if stray.is_some() && number.dotted().is_none_or(|parts| parts.len() < 2) {
        return None;
    }
    let consumed = after_bullet.len() - rest.len();
    let number_text = after_bullet.get(..consumed)?;
    // `**1.** Утвердить …`: the number alone set in bold.
    let rest = rest.strip_prefix("**").unwrap_or(rest);
    let written = number_text.strip_suffix(['.', ',']).unwrap_or(number_text).trim_end_matches('\\');
    let written_end = num_start + written.trim_end_matches(is_space).len();
    let closed = number_text.ends_with(['.', ')']);
    let body = match ws1(rest) {
        Ok((body, _)) => line.len() - body.len(),
        Err(_) if rest.is_empty() => line.len(),
        Err(_) if closed && rest.starts_with(|c: char| crate::text::is_letter(c) || c == '«') => {
            line.len() - rest.len()
        }
        Err(_) => return None,
    };
    // `2.2 . Обеспечить …`: a scan set the number's dot apart.
    let stray_dot = line.get(body..).and_then(|b| b.strip_prefix('.')).filter(|after| !closed && after.starts_with(is_space));
    let body = stray_dot.map_or(body, |after| line.len() - after.trim_start_matches(is_space).len());
    Some(ClauseStart { number, written: (num_start, written_end), body })
}

/// Scans a clause number written without its dot: a whole number of one or two digits, a space
/// or a tab, then a capitalised Russian word (`1 Провести …`, `3<TAB>Назначить …`). On its own
/// line no proof of a clause; [`crate::block`] takes it only in a run.
///
/// ```text
/// bare_number = digit{1,2} (" " | "\t"+) &(cyrillic-upper cyrillic-lower)
/// ```
pub(crate) fn scan_bare_number(line: &str) -> Option<ClauseStart> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) || line.starts_with('0') {
        return None;
    }
    let n: u16 = line.get(..digits)?.parse().ok()?;
    let after = line.get(digits..)?;
    let body = match after.strip_prefix(' ') {
        Some(text) => text,
        None => after.strip_prefix('\t')?.trim_start_matches('\t'),
    };
    let mut letters = body.chars();
    let capitalised = letters.next().is_some_and(|c| matches!(c, 'А'..='Я' | 'Ё')) && letters.next().is_some_and(|c| matches!(c, 'а'..='я' | 'ё'));
    // One tab between the number and the text: a second would make it a table's row.
    (capitalised && !body.contains('\t')).then(|| ClauseStart { number: ClauseNumber::Dotted(vec![n]), written: (0, digits), body: line.len() - body.len() })
}

/// Scans a Roman section heading in the operative part: `I. О ходе вакцинации`, `II. Об итогах`
/// — a Roman numeral of up to four Latin capitals, a dot, whitespace, then a capital letter or
/// a quote.
///
/// ```text
/// roman_heading = ("I" | "V" | "X")+ "." ws+ &(upper | "«")
/// ```
pub(crate) fn scan_roman_heading(line: &str) -> Option<ClauseStart> {
    let digits = line.bytes().take_while(|b| matches!(b, b'I' | b'V' | b'X')).count();
    if !(1..=4).contains(&digits) {
        return None;
    }
    let value = roman_value(line.get(..digits)?)?;
    let after = line.get(digits..)?.strip_prefix('.')?;
    let body = heading_body(line, after)?;
    Some(ClauseStart { number: ClauseNumber::Roman(value), written: (0, digits), body })
}

/// Where the text of a heading starts in `line`, `after` being the rest of the line after its
/// number: past whitespace, at a capital or a quote; `None` when no whitespace or no such start.
fn heading_body(line: &str, after: &str) -> Option<usize> {
    let body = after.trim_start_matches(is_space);
    let starts_well = body.starts_with(|c: char| is_upper(c) || c == '«');
    (body.len() < after.len() && starts_well).then(|| line.len() - body.len())
}

/// Scans an article of a decision written as a law: `Статья 1. Внести в решение …`, `Статья 2.`
/// alone (its heading on the line below), `СТАТЬЯ 3`.
///
/// ```text
/// article = ("Статья" | "СТАТЬЯ") ws+ int ["."] (ws+ &(upper | "«") | eol)
/// ```
pub(crate) fn scan_article_heading(line: &str) -> Option<ClauseStart> {
    let rest = line.strip_prefix("Статья").or_else(|| line.strip_prefix("СТАТЬЯ"))?;
    let (after_space, _) = ws1(rest).ok()?;
    let (after, n) = int(after_space).ok()?;
    let written = line.len() - after.len();
    let after = after.strip_prefix('.').unwrap_or(after);
    let number = ClauseStart { number: ClauseNumber::Article(n), written: (0, written), body: line.len() };
    if after.trim_matches(is_space).is_empty() {
        return Some(number);
    }
    heading_body(line, after).map(|body| ClauseStart { body, ..number })
}

/// Scans a protocol's numbered question: `Вопрос 1. О подготовке к ГИА`, `ВОПРОС № 2: Об …` —
/// the clause `1` over the decisions `1.1`, `1.2` that follow.
///
/// ```text
/// question_heading = ("Вопрос" | "ВОПРОС") ws* ["№" ws*] digit{1,3} ("." | ":") ws+ &(upper | "«")
/// ```
pub(crate) fn scan_question_heading(line: &str) -> Option<ClauseStart> {
    let rest = line.strip_prefix("Вопрос").or_else(|| line.strip_prefix("ВОПРОС"))?;
    let rest = rest.trim_start_matches(is_space);
    let rest = rest.strip_prefix('№').unwrap_or(rest).trim_start_matches(is_space);
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let n: u16 = rest.get(..digits)?.parse().ok()?;
    let num_start = line.len() - rest.len();
    let after = rest.get(digits..)?.strip_prefix(['.', ':'])?;
    let body = heading_body(line, after)?;
    Some(ClauseStart { number: ClauseNumber::Dotted(vec![n]), written: (num_start, num_start + digits), body })
}

/// The value of a well-formed Roman numeral of `I`, `V` and `X` (`IV` → 4); `None` for `IIII`,
/// `VX` and the like.
fn roman_value(numeral: &str) -> Option<u16> {
    let digit = |b: u8| match b {
        b'I' => 1i32,
        b'V' => 5,
        _ => 10,
    };
    let bytes = numeral.as_bytes();
    let value: i32 = bytes
        .iter()
        .enumerate()
        .map(|(i, &b)| if bytes.get(i + 1).is_some_and(|&n| digit(n) > digit(b)) { -digit(b) } else { digit(b) })
        .sum();
    // Only the canonical spelling counts: `IIII` and `VX` sum to values written otherwise.
    let value = u16::try_from(value).ok().filter(|&v| v > 0)?;
    (crate::tree::numbering::roman(u32::from(value)) == numeral).then_some(value)
}

/// A cheap necessary condition of [`scan_clause_start`]: the line starts with a bullet, a
/// digit other than `0`, or a small Cyrillic letter and `)`.
fn may_start_clause(line: &str) -> bool {
    let bytes = line.as_bytes();
    match bytes.first() {
        Some(b'1'..=b'9' | b'-') => true,
        // A scan's stray mark before the number (see `scan_clause_start`).
        Some(b'\'' | b'_' | b'`') => bytes.get(1).is_some_and(|b| matches!(b, b' ' | b'\t')),
        Some(0..=0x7f) | None => false,
        // A small letter (`а)` … `я)`, two bytes) and its parenthesis.
        Some(0xd0 | 0xd1) => bytes.get(2) == Some(&b')'),
        _ => line.starts_with(is_bullet),
    }
}

/// An initial: a capital letter and a dot.
fn initial(i: &str) -> IResult<&str, &str> {
    recognize((satisfy(is_upper), char('.'))).parse(i)
}

/// A surname: a capitalised word, optionally double-barrelled (`Петрова-Водкина`), or a Tuvan
/// one with its lower-case part (`Чыргал-оол`, `Ай-кыс`); all capitals allowed (`ИВАНОВ`).
///
/// ```text
/// surname = upper letter+ ["-" (upper letter+ | "оол" | "кыс")]
/// ```
fn surname(i: &str) -> IResult<&str, &str> {
    let word = || recognize((satisfy(is_upper), take_while1(is_cyrillic_letter)));
    whole_word(i, recognize((word(), opt((char('-'), alt((word(), nom::bytes::complete::tag("оол"), nom::bytes::complete::tag("кыс"))))))).parse(i)?)
}

/// A given name: one capitalised word.
fn given_name(i: &str) -> IResult<&str, &str> {
    whole_word(i, recognize((satisfy(is_upper), take_while1(is_cyrillic_letter))).parse(i)?)
}

/// A patronymic in any case: a capitalised word ending as patronymics do (`Иванович`,
/// `Сергеевной`, `Ильиничне`, `Кузьмич`).
fn patronymic(i: &str) -> IResult<&str, &str> {
    let (rest, word) = given_name(i)?;
    if !is_patronymic(word) {
        return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify)));
    }
    Ok((rest, word))
}

/// Whether a capitalised word is a patronymic: its stem, without a case ending, ends in `ич`
/// (`Иванович`, `Кузьмич`), `вн` (`Сергеевна`) or `ичн` (`Ильинична`).
fn is_patronymic(word: &str) -> bool {
    with_lower(word, |lower| {
        ["", "а", "у", "ем", "е", "ой", "ы"].iter().any(|ending| {
            lower.strip_suffix(ending).is_some_and(|stem| stem.chars().count() >= 4 && (stem.ends_with("ич") || stem.ends_with("вн") || stem.ends_with("ичн")))
        })
    })
}

/// A word parsed as `parsed` from `i`, rejected when a letter or digit follows it.
fn whole_word<'a>(i: &'a str, parsed: (&'a str, &'a str)) -> IResult<&'a str, &'a str> {
    if parsed.0.starts_with(|c: char| crate::text::is_alnum(c)) {
        return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify)));
    }
    Ok(parsed)
}

/// A person's name with initials, as officials write it, or in full.
///
/// ```text
/// person = initial ws* initial ws* surname          ; А.Ю. Короткова, Ю.А.Орлов
///        | surname ws+ initial ws* initial          ; Филиппенко Э.Р.
///        | surname ws+ given ws+ patronymic         ; Иванов Иван Иванович
///        | given ws+ patronymic ws+ surname         ; Иван Иванович Иванов
/// ```
pub(crate) fn person(i: &str) -> IResult<&str, &str> {
    alt((recognize((initial, ws0, initial, ws0, surname)), recognize((surname, ws1, initial, ws0, initial)), full_name)).parse(i)
}

/// A person named in full, with no initials.
///
/// ```text
/// full_name = surname ws+ given ws+ patronymic          ; Гаджиева Заира Гасановна
///           | given ws+ patronymic ws+ surname          ; Иван Иванович Иванов
/// ```
fn full_name(i: &str) -> IResult<&str, &str> {
    alt((recognize((surname, ws1, given_name, ws1, patronymic)), recognize((given_name, ws1, patronymic, ws1, surname)))).parse(i)
}

/// `+7 (4242) 67-05-12`, `57-14-80`: a phone number and nothing else (five digits or more).
pub(crate) fn is_phone_number(text: &str) -> bool {
    let digits = text.chars().filter(char::is_ascii_digit).count();
    digits >= 5 && text.chars().all(|c| c.is_ascii_digit() || matches!(c, '+' | '(' | ')' | '-' | '–' | ' ' | '\u{a0}'))
}

/// `+7 (4242) 67-05-12`, `8 (3532) 77-14-06`, `тел. 5-69-12`: a phone number alone on its line.
pub(crate) fn is_phone_line(text: &str) -> bool {
    let t = text.trim_matches(is_space);
    let body = t.strip_prefix("тел.").or_else(|| t.strip_prefix("Тел.")).unwrap_or(t);
    is_phone_number(body)
}

/// Whether `s` is a person named in full and nothing else (`Гаджиева Заира Гасановна`).
pub(crate) fn is_full_name(s: &str) -> bool {
    full_name(s).is_ok_and(|(rest, _)| rest.trim_matches(is_space).is_empty())
}

/// `Я. Бекмурзаев`: a signer written with one initial, taken only where a role stands apart
/// before it on the line, or alone on its line with the initial closed up (`В.Андреев`);
/// elsewhere `А. Общие положения` reads the same.
fn one_initial_name(name: &str) -> bool {
    recognize((initial, ws0, surname)).parse(name).is_ok_and(|(rest, _)| rest.is_empty())
}

/// Scans a person's name at the start of `s`: its length.
pub(crate) fn scan_person(s: &str) -> Option<usize> {
    // Both forms start with a capital letter.
    if !s.starts_with(is_upper) {
        return None;
    }
    person(s).ok().map(|(rest, _)| s.len() - rest.len())
}

/// `(Степченков К.С., Новикова В.И.)`, `(Доклад: Шевченко Н.А., Рудь Е.В.)`: the names of a line
/// that is only persons in parentheses, a speakers' label allowed before them (the speakers on a
/// protocol's question), in order; `None` for any other line. Groups named by their post may
/// follow the persons (`(Кузнецова Н.А., Горохова В.М., главы муниципальных образований)`); only
/// the persons are returned.
pub(crate) fn speaker_names(line: &str) -> Option<Vec<&str>> {
    let inner = line.trim_matches(is_space).strip_prefix('(')?.strip_suffix(')')?;
    // `(Доклад: Королев А.В., содоклад: Кравчук С.А.)`, `(докладчик – Сорокин И.М.)`: each name
    // may follow a label of its own.
    let items: Vec<&str> = inner.split([',', ';']).map(without_speakers_label).collect();
    let is_person = |p: &&str| scan_person(p) == Some(p.len());
    // `(докладчик – Кривошеева Л.Н., начальник управления контроля, надзора …)`: under the
    // label, each speaker's post after the name.
    if opens_with_speakers_label(inner) && items.first().is_some_and(is_person) {
        return Some(items.into_iter().filter(is_person).collect());
    }
    let persons = items.iter().take_while(|p| is_person(p)).count();
    let group = |p: &&str| p.starts_with(char::is_lowercase) && p.split(' ').count() <= 6 && with_lower(p.split(' ').next().unwrap_or(""), crate::lexicon::is_position_word);
    (persons > 0 && items.iter().skip(persons).all(group)).then(|| items.into_iter().take(persons).collect())
}

/// `(9 человек из 13):` — a short note in parentheses, then a colon: the colon's offset.
fn noted_colon(sep: &str) -> Option<usize> {
    let close = sep.strip_prefix('(')?.find(')')? + 1;
    let after = sep.get(close + 1..)?;
    let colon = after.len() - after.trim_start_matches(is_space).len();
    (close <= 40 && after.get(colon..)?.starts_with(':')).then_some(close + 1 + colon)
}

/// `(докладчик – Афанасьева М.С., начальник отдела …`: a line opening a note in parentheses on
/// who speaks to a question, which may wrap over lines.
pub(crate) fn opens_speakers_note(line: &str) -> bool {
    line.trim_start_matches(is_space).strip_prefix('(').is_some_and(opens_with_speakers_label)
}

/// Whether a text opens with a speakers' label (`докладчик –`, `Доклад:`).
fn opens_with_speakers_label(text: &str) -> bool {
    text.split(|c: char| is_space(c) || matches!(c, ':' | '–' | '—' | '-')).next().is_some_and(|w| with_lower(w, is_speakers_label))
}

/// `содоклад: Кравчук С.А.`, `докладчик – Сорокин И.М.`: an item of a list of speakers without
/// the label before its name (see [`is_speakers_label`]), trimmed.
fn without_speakers_label(item: &str) -> &str {
    let item = item.trim_matches(is_space);
    let labelled = |at: &usize| item.get(..*at).is_some_and(|label| with_lower(label.trim_matches(is_space), is_speakers_label));
    match item.find([':', '–', '—', '-']).filter(labelled).and_then(|at| item.get(at..)) {
        Some(rest) => rest.trim_start_matches([':', '–', '—', '-']).trim_matches(is_space),
        None => item,
    }
}

/// `Долгоруков А.Н., Шубина Е.В.`: a list that only names people, split on commas and
/// semicolons, no position or body among them; `None` for any other text.
pub(crate) fn bare_names(list: &str) -> Option<Vec<&str>> {
    let names: Vec<&str> = list.split([',', ';']).map(|p| p.trim_matches(is_space)).collect();
    names.iter().all(|p| scan_person(p) == Some(p.len())).then_some(names)
}

/// `доклад`, `докладчик`, `докладчики`, `выступили`, `информация`, `содоклад` (lower case): the
/// label of the speakers on a question.
fn is_speakers_label(label: &str) -> bool {
    matches!(label, "доклад" | "докладчик" | "докладчики" | "докладывает" | "выступили" | "выступающие" | "информация" | "содоклад" | "содокладчик" | "содокладчики")
}

/// Finds every person's name in `s`: their byte ranges.
pub(crate) fn find_persons(s: &str) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let bytes = s.as_bytes();
    // A name has initials, so a dot, or a patronymic, so `ич` or `вн` (any case).
    if !bytes.contains(&b'.') && !may_hold_patronymic(bytes) {
        return found;
    }
    let mut i = 0;
    let mut prev_alnum = false;
    while let Some(&b) = bytes.get(i) {
        // The char at `i`: its length, whether it is a capital (see `is_upper`) and whether a
        // letter or digit; byte by byte for ASCII and U+0400..U+047F (all letters).
        let (len, upper, alnum) = match b {
            b'A'..=b'Z' => (1, true, true),
            0..=0x7f => (1, false, b.is_ascii_alphanumeric()),
            0xd0 => (2, matches!(bytes.get(i + 1), Some(0x81 | 0x90..=0xaf)), true),
            0xd1 => (2, false, true),
            _ => match s.get(i..).and_then(|r| r.chars().next()) {
                Some(c) => (c.len_utf8(), false, crate::text::is_alnum(c)),
                None => break,
            },
        };
        if !prev_alnum && upper {
            if let Some(len) = s.get(i..).and_then(scan_person) {
                let (start, end) = initials_then_surname(s, i, i + len).unwrap_or((i, i + len));
                found.push((start, end));
                i = end;
                prev_alnum = true;
                continue;
            }
        }
        prev_alnum = alnum;
        i += len;
    }
    found
}

/// `Министр здравоохранения Республики Карелия М.Е. Охлопков`: a name read as `Карелия М.Е.`
/// (surname, initials) at `start..end` whose initials begin `М.Е. Охлопков` (initials, surname)
/// is that second name, unless initials follow it too (`Иванов И.И. Петров П.П.`, a list) or
/// the word after the initials is a position (`Иванов И.И. Начальник отдела`) or an adjective
/// in capitals after a surname that is not.
fn initials_then_surname(s: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let written = s.get(start..end)?;
    let surname_end = written.find(is_space)?;
    let initials = start + surname_end + (written.get(surname_end..)?.len() - written.get(surname_end..)?.trim_start_matches(is_space).len());
    let len = s.get(initials..).and_then(scan_person)?;
    let surname = s.get(end..initials + len)?.trim_matches(|c: char| is_space(c) || c == '.');
    if lexicon::is_position_word(&lexicon::lower(surname)) {
        return None;
    }
    // `Хабибуллину Г.М. МУНИЦИПАЛЬНОЕ`: an adjective in capitals after a surname in lower case is
    // another line's (a stamp's), no surname.
    let shouted = |w: &str| !w.chars().any(char::is_lowercase);
    if shouted(surname) && !shouted(written.get(..surname_end)?) && crate::morph::classify(&lexicon::lower(surname)).adjective {
        return None;
    }
    let after = s.get(initials + len..)?.trim_start_matches(is_space);
    let initial_next = after.starts_with(is_upper) && after.chars().nth(1) == Some('.');
    (initials + len > end && !initial_next && !s.get(end..initials + len)?.contains(',')).then_some((initials, initials + len))
}

/// Whether `bytes` hold `ич` or `вн` in either case, as every patronymic does.
fn may_hold_patronymic(bytes: &[u8]) -> bool {
    const PAIRS: [[u8; 4]; 4] = [*b"\xd0\xb8\xd1\x87", *b"\xd0\x98\xd0\xa7", *b"\xd0\xb2\xd0\xbd", *b"\xd0\x92\xd0\x9d"];
    PAIRS.iter().any(|pair| memchr::memmem::find(bytes, pair).is_some())
}

/// A line that names a signer: the person, and the role written before it on the same line
/// (after a tab or a run of spaces), if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NameLine {
    /// The person's name.
    pub name: (usize, usize),
    /// Role text before the name on the same line.
    pub role: Option<(usize, usize)>,
}

/// Scans a line that is only a person's name, or a role and a name apart (`Председатель\t\tА.Ю.
/// Короткова`). Markdown `**` around either part is allowed.
pub(crate) fn scan_name_line(line: &str) -> Option<NameLine> {
    // A name has initials, so a dot, or is written in full (`Гришина Татьяна Николаевна`, alone
    // on its line, as an executor's name stands, a comma perhaps before the phone below).
    if !line.as_bytes().contains(&b'.') {
        let name = line.trim_matches(is_space);
        let name = name.strip_suffix(',').unwrap_or(name).trim_end_matches(is_space);
        let lead = line.len() - line.trim_start_matches(is_space).len();
        let full = may_hold_patronymic(name.as_bytes()) && scan_person(name) == Some(name.len());
        return full.then_some(NameLine { name: (lead, lead + name.len()), role: None });
    }
    if let Some(found) = bar_row_name(line).or_else(|| keeper_then_name(line)) {
        return Some(found);
    }
    let line = without_phone(without_date_cell(line));
    let end = line.trim_end_matches(|c: char| is_space(c) || matches!(c, '*' | ',' | ';' | '/')).len();
    let body = line.get(..end)?;
    if !ends_like_name(body) {
        return None;
    }
    let lead = body.len() - body.trim_start_matches(is_sign_filler).len();
    let rest = body.get(lead..)?;
    // `В.Андреев`, the initial closed up to the surname, as the President's office writes it.
    let closed_up = !rest.contains(is_space) && one_initial_name(rest);
    if scan_person(rest) == Some(rest.len()) || closed_up {
        return Some(NameLine { name: (lead, end), role: None });
    }
    // Role and name on one line, separated by a tab or at least two spaces.
    let Some(gap) = name_gap(body) else {
        return role_then_name(body, lead);
    };
    let name_start = body.len() - trim_start_fillers(body.get(gap..)?).len();
    let name = body.get(name_start..)?;
    if scan_person(name) != Some(name.len()) && !one_initial_name(name) {
        return None;
    }
    let role = without_sign_placeholder(body.get(lead..gap)?.trim_end_matches(is_sign_filler));
    if role.is_empty() || role.contains('\t') && role.split('\t').filter(|c| !c.trim().is_empty()).count() > 1 && !alternates_role_and_name(role) {
        return None;
    }
    Some(NameLine { name: (name_start, end), role: Some((lead, lead + role.len())) })
}

/// `Протокол вела: Т.Р. Анохина, консультант отдела …`: the keeper of the minutes named after
/// the label, her post after a comma (no part of the signature); the label is the role.
fn keeper_then_name(line: &str) -> Option<NameLine> {
    let lead = line.len() - line.trim_start_matches(is_sign_filler).len();
    let rest = line.get(lead..)?;
    if !starts_with_any_lower(rest, &lexicon::MINUTES_KEEPER_ROLES) {
        return None;
    }
    let sep = rest.find([':', '–', '—'])?;
    let label = rest.get(..sep)?.trim_end_matches(is_sign_filler);
    let after = rest.get(sep..)?.trim_start_matches([':', '–', '—']).trim_start_matches(is_sign_filler);
    let name_start = line.len() - after.len();
    let name_len = scan_person(after)?;
    let tail = after.get(name_len..)?.trim_start_matches(is_sign_filler);
    let short_label = label.split(is_space).filter(|w| !w.is_empty()).count() <= 3;
    (short_label && (tail.is_empty() || tail.starts_with(','))).then_some(NameLine { name: (name_start, name_start + name_len), role: Some((lead, lead + label.len())) })
}

/// `| Министр | И.В. Лаврентьев |`: a row of a table set with bars (Markdown, a site's copy)
/// holding a role and a name, or a name alone.
fn bar_row_name(line: &str) -> Option<NameLine> {
    let trimmed = line.trim_end_matches(is_space);
    if !trimmed.ends_with('|') || !line.trim_start_matches(is_space).starts_with('|') {
        return None;
    }
    let cell = |(a, b): (usize, usize)| {
        let text = line.get(a..b)?;
        let lead = text.len() - text.trim_start_matches(is_sign_filler).len();
        let body = text.trim_matches(is_sign_filler);
        (!body.is_empty()).then_some((a + lead, a + lead + body.len()))
    };
    let bars: Vec<usize> = trimmed.match_indices('|').map(|(i, _)| i).collect();
    let cells: Vec<(usize, usize)> = bars.windows(2).filter_map(|w| cell((*w.first()? + 1, *w.get(1)?))).collect();
    let (name, role) = match cells.as_slice() {
        [name] => (*name, None),
        [role, name] => (*name, Some(*role)),
        _ => return None,
    };
    let text = line.get(name.0..name.1)?;
    (scan_person(text) == Some(text.len()) || one_initial_name(text)).then_some(NameLine { name, role })
}

/// `А.С. Горбунова, тел. 5-13-74`: an executor's line without the phone after the name.
pub(crate) fn without_phone(line: &str) -> &str {
    static PHONE: std::sync::LazyLock<memchr::memmem::Finder<'static>> = std::sync::LazyLock::new(|| memchr::memmem::Finder::new(", тел"));
    match PHONE.find(line.as_bytes()) {
        Some(at) if line.get(at..).is_some_and(|rest| rest.contains(|c: char| c.is_ascii_digit())) => line.get(..at).unwrap_or(line),
        _ => line,
    }
}

/// `Председатель собрания<TAB>____ /Белоусова О.В./<TAB>28.08.2023`: the line without the
/// date of signing in a column of its own after the name, as the forms of minutes ask.
fn without_date_cell(line: &str) -> &str {
    let trimmed = line.trim_end_matches(is_space);
    if !trimmed.ends_with(|c: char| c.is_ascii_digit()) {
        return line;
    }
    let Some(gap) = last_column_gap(trimmed) else { return line };
    let cell = trimmed.get(gap..).unwrap_or("").trim_start_matches(is_space);
    let is_date = crate::extract::date::numeric_date(cell).is_ok_and(|(rest, _)| rest.trim_matches(is_space).is_empty());
    if is_date {
        trimmed.get(..gap).unwrap_or(line)
    } else {
        line
    }
}

/// Where the last run of whitespace that sets columns apart starts: a run with a tab in it or
/// of two or more spaces of any kind. A single space, non-breaking or not, joins words
/// (`А.А.\u{a0}Петров`).
pub(crate) fn last_column_gap(body: &str) -> Option<usize> {
    // The run being walked (backwards): where it starts, its length, whether it has a tab.
    let mut run: Option<(usize, usize, bool)> = None;
    for (i, c) in body.char_indices().rev() {
        match (is_space(c), run) {
            (true, Some((_, len, tab))) => run = Some((i, len + 1, tab || c == '\t')),
            (true, None) => run = Some((i, 1, c == '\t')),
            (false, Some((start, len, tab))) if len >= 2 || tab => return Some(start),
            (false, _) => run = None,
        }
    }
    None
}

/// The gap before a name line's last column: a tab, a run of spaces, or the `&nbsp;` entities a
/// Markdown copy of a web page keeps for them (`**Председатель коллегии** &nbsp;&nbsp; **И.В.
/// Гончарова**`), whichever comes last.
fn name_gap(body: &str) -> Option<usize> {
    let entities = body.rfind(NBSP_ENTITY).and_then(|k| body.get(..k)).map(|before| trim_end_fillers(before).len());
    last_column_gap(body).max(entities.filter(|&gap| gap > 0))
}

/// The entity of a no-break space, as a converter leaves it in text.
const NBSP_ENTITY: &str = "&nbsp;";

/// `s` without the fillers of a signature's line and `&nbsp;` entities at its start.
fn trim_start_fillers(s: &str) -> &str {
    let mut rest = s.trim_start_matches(is_sign_filler);
    while let Some(after) = rest.strip_prefix(NBSP_ENTITY) {
        rest = after.trim_start_matches(is_sign_filler);
    }
    rest
}

/// `s` without the fillers of a signature's line and `&nbsp;` entities at its end.
fn trim_end_fillers(s: &str) -> &str {
    let mut rest = s.trim_end_matches(is_sign_filler);
    while let Some(before) = rest.strip_suffix(NBSP_ENTITY) {
        rest = before.trim_end_matches(is_sign_filler);
    }
    rest
}

/// `Председатель\tИ.И. Иванов\tСекретарь`: the cells before a name line's last name are roles and
/// names in turn (signatures side by side, in the cells of a table), not a table row's.
fn alternates_role_and_name(cells: &str) -> bool {
    let cells: Vec<&str> = cells.split('\t').map(|c| c.trim_matches(is_sign_filler)).filter(|c| !c.is_empty()).collect();
    cells.len() % 2 == 1
        && cells.iter().enumerate().all(|(k, c)| {
            let is_name = scan_person(c) == Some(c.len());
            if k % 2 == 0 { !is_name && c.starts_with(char::is_uppercase) && c.len() <= 120 } else { is_name }
        })
}

/// Whitespace, markdown `*`, the underscores of a line to sign on and the slashes around a name,
/// around the parts of a name line (`Глава города  __________ И.И. Иванов`, `/А.А. Петров/`).
pub(crate) fn is_sign_filler(c: char) -> bool {
    // `\_\_\_`: a converter's Markdown escapes the underscores of the line to sign on.
    is_space(c) || matches!(c, '*' | '_' | '/' | '\\')
}

/// A role without the place of the signature marked after it (`Министр      подпись`,
/// `(подпись)`), as copies of signed documents print it.
fn without_sign_placeholder(role: &str) -> &str {
    const MARKS: [&str; 5] = ["(подпись)", "/подпись/", "подпись", "(п/п)", "п/п"];
    let stripped = MARKS.iter().find_map(|m| role.strip_suffix(m));
    match stripped {
        Some(rest) if rest.ends_with(is_sign_filler) => rest.trim_end_matches(is_sign_filler),
        _ => role,
    }
}

/// Whether `s` ends as a person's name must: in an initial or a surname (see [`person`]), with
/// an initial before it. Every name of [`scan_name_line`] ends its line.
fn ends_like_name(s: &str) -> bool {
    let last = match strip_initial(s) {
        Some(rest) => rest,
        None if s.ends_with(is_cyrillic_letter) => {
            s.trim_end_matches(|c: char| is_cyrillic_letter(c) || c.is_ascii_uppercase() || c == '-')
        }
        None => return false,
    };
    strip_initial(last.trim_end_matches(is_space)).is_some()
}

/// `s` without the initial (a capital and a dot) it ends with.
fn strip_initial(s: &str) -> Option<&str> {
    let mut chars = s.strip_suffix('.')?.chars();
    chars.next_back().filter(|&c| is_upper(c)).map(|_| chars.as_str())
}

/// Whether text starts with a position word in the nominative (`Председатель`, `И.о.
/// Министра`, `Временно исполняющий обязанности`, `Руководитель`) — not an addressee in the
/// dative (`Заместителю главы …`) — or names the keeper of the minutes (`Протокол вел`).
pub(crate) fn starts_with_position(text: &str) -> bool {
    let t = text.trim_start_matches(crate::text::is_space_or_emphasis);
    if starts_with_any_lower(t, &lexicon::MINUTES_KEEPER_ROLES) || starts_with_any_lower(t, &lexicon::SIGNER_ROLE_OPENERS) {
        return true;
    }
    let word: String = t.chars().take_while(|c| !is_space(*c)).take(40).collect();
    let lower = lexicon::lower(&word);
    lexicon::is_position_word(&lower) && crate::morph::classify(&lower).dative.is_none()
}

/// `Протокол вела:`: the label naming the keeper of the minutes with its colon, alone on its line
/// over the keeper's post.
pub(crate) fn is_keeper_label(text: &str) -> bool {
    let t = text.trim_matches(crate::text::is_space_or_emphasis);
    t.ends_with(':') && t.chars().count() <= 30 && starts_with_any_lower(t, &lexicon::MINUTES_KEEPER_ROLES)
}

/// The most words a role opening with a post may have on a signature's line.
const MAX_ROLE_WORDS: usize = 16;

/// `Глава района А.Б. Иванов`, `Глава сельсовета – А.П. Кузнецов`: a short capitalised role,
/// one space or a spaced dash, a name ending the line.
fn role_then_name(body: &str, lead: usize) -> Option<NameLine> {
    let &(name_start, name_end) = find_persons(body).last()?;
    let before = body.get(lead..name_start)?.trim_end_matches(is_sign_filler);
    let undashed = before.trim_end_matches(['–', '—']);
    let role = if undashed.len() < before.len() && undashed.ends_with(is_space) { undashed.trim_end_matches(is_sign_filler) } else { before };
    // `Председатель педсовета: ____________ /Гуляева Н.П./`: the role's colon before the line to
    // sign on.
    let signed = body.get(lead..name_start).is_some_and(|gap| gap.contains("___"));
    let role = if signed { role.trim_end_matches(':') } else { role };
    let words = role.split(is_space).filter(|w| !w.is_empty()).count();
    let plain = !role.ends_with([':', ';', ',', '-', '–', '—', '.', '(', '«']);
    // A site's copy flattens the signature table: a long role then opens with a post
    // (`Председатель коллегии, Министр физической культуры и спорта Пензенской области А.Г. Бушуев`).
    let short = (1..=8).contains(&words) || words <= MAX_ROLE_WORDS && starts_with_position(role);
    // `Министра образования … Хуажеву С.А.`: a post in an oblique case names the object of a
    // sentence a page broke, no signer.
    let oblique = || {
        role.split(is_space).next().map(lexicon::lower).is_some_and(|w| lexicon::is_position_word(&w) && crate::morph::classify(&w).oblique)
    };
    let ok = name_end == body.len() && short && plain && (role.starts_with(is_upper) || opens_with_post(role)) && !oblique();
    ok.then_some(NameLine { name: (name_start, name_end), role: Some((lead, lead + role.len())) })
}

/// `начальник отдела образования`: a post in the nominative, as the second line of a signer's role
/// opens (`Председатель коллегии,` / `начальник отдела образования С.А. Иванова`).
fn opens_with_post(role: &str) -> bool {
    const POSTS: [&str; 9] = ["начальник", "заместитель", "директор", "председатель", "руководитель", "глава", "министр", "заведующий", "секретарь"];
    role.split(is_space).next().is_some_and(|w| POSTS.contains(&w))
}

/// The label of a `Label: value` line: up to four words of letters and dots at its start, then
/// `:` or a dash. Found once and asked about every kind of label (see [`Label::value`]).
pub(crate) struct Label<'a> {
    line: &'a str,
    /// The label words, in lower case, whitespace runs made one space.
    lower: LowerWords,
    /// Where the separator is.
    sep: usize,
    /// Whether the separator is `:` rather than a dash.
    colon: bool,
}

impl Label<'_> {
    /// The label's words, in lower case, one space between them (a letter-spaced word closed
    /// up).
    pub(crate) fn words(&self) -> &str {
        self.lower.as_str()
    }

    /// Where the value starts if the label satisfies `is_label` (given lower case, with and
    /// without its final dots); `dash_ok` allows a dash as the separator.
    pub(crate) fn value(&self, is_label: fn(&str) -> bool, dash_ok: bool) -> Option<usize> {
        if !(self.colon || dash_ok) {
            return None;
        }
        let lower = self.lower.as_str();
        if !(is_label(lower.trim_end_matches('.')) | is_label(lower)) {
            return None;
        }
        let sep = self.line.get(self.sep..)?;
        let value = sep.get(sep.chars().next().map_or(0, char::len_utf8)..)?;
        Some(self.line.len() - value.trim_start_matches(crate::text::is_space_or_emphasis).len())
    }
}

/// Words in lower case, whitespace runs made one space; short ones kept inline.
enum LowerWords {
    /// Words with single spaces, lower-cased into a buffer: its bytes and length.
    Inline([u8; LOWER_BUF], usize),
    /// Longer words, or words with other whitespace between them.
    Heap(String),
}

impl LowerWords {
    /// `words` lower-cased; `single_spaces` tells whether every gap in it is one ASCII space.
    fn new(words: &str, single_spaces: bool) -> Self {
        let mut buf = [0u8; LOWER_BUF];
        match crate::text::lower_into(words, &mut buf).map(str::len) {
            Some(len) if single_spaces => Self::Inline(buf, len),
            _ => Self::Heap(collapse_spaces(&lexicon::lower(words))),
        }
    }

    fn as_str(&self) -> &str {
        match self {
            Self::Inline(buf, len) => buf.get(..*len).and_then(|b| std::str::from_utf8(b).ok()).unwrap_or(""),
            Self::Heap(s) => s,
        }
    }
}

/// Reads the label at the start of `line` (see [`Label`]).
///
/// ```text
/// label = ws* word (ws* word){0,3} ws* (":" | "-" | "–" | "—")    ; word = (letter | ".")+
/// ```
pub(crate) fn label(line: &str) -> Option<Label<'_>> {
    // Markdown emphasis around the label (`**Срок:** до 1 июня`, `**Срок**: …`) is no part of it.
    let mut i = line.len() - line.trim_start_matches(crate::text::is_space_or_emphasis).len();
    if let Some(spaced) = letter_spaced_label(line, i) {
        return Some(spaced);
    }
    let start = i;
    // Whether every gap between the words is one ASCII space, as in the lower-cased label.
    let mut single_spaces = true;
    for n in 0..4 {
        let word_start = i;
        while let Some((len, letter)) = word_char_at(line, i) {
            if !letter {
                break;
            }
            i += len;
        }
        if i == word_start {
            return None;
        }
        let words_end = i;
        while let Some((len, true)) = crate::text::char_at(line, i) {
            i += len;
        }
        if line.get(i..).is_some_and(|r| r.starts_with("**")) && line.get(i + 2..).is_some_and(|r| r.starts_with([':', '-', '–', '—'])) {
            i += 2;
        }
        let sep = line.get(i..)?;
        let colon = sep.starts_with(':');
        if colon || sep.starts_with(['-', '–', '—']) {
            let words = line.get(start..words_end)?;
            return Some(Label { line, lower: LowerWords::new(words, single_spaces), sep: i, colon });
        }
        // `Присутствовали члены Общественного совета (9 человек из 13):`: a note in parentheses
        // between the label and its colon.
        if let Some(colon_at) = noted_colon(sep) {
            let words = line.get(start..words_end)?;
            return Some(Label { line, lower: LowerWords::new(words, single_spaces), sep: i + colon_at, colon: true });
        }
        if n == 3 || !word_char_at(line, i).is_some_and(|(_, letter)| letter) {
            return None;
        }
        single_spaces &= i == words_end + 1 && line.as_bytes().get(words_end) == Some(&b' ');
    }
    None
}

/// `С Л У Ш А Л И :`, `П Р И С У Т С Т В О В А Л И:`: a label of one word typed letter-spaced,
/// as scanned protocols set their sections, starting at byte `start`; read closed up.
fn letter_spaced_label(line: &str, start: usize) -> Option<Label<'_>> {
    let rest = line.get(start..)?;
    let mut chars = rest.chars();
    // A quick test first: a letter, then one space.
    if !(chars.next().is_some_and(crate::text::is_letter) && chars.next() == Some(' ')) {
        return None;
    }
    let colon = rest.find(':')?;
    let mut word = String::new();
    for piece in rest.get(..colon)?.trim_end_matches(' ').split(' ') {
        match crate::text::single_letter(piece) {
            Some((c, false)) => word.push(c),
            _ => return None,
        }
    }
    let lower = LowerWords::Heap(lexicon::lower(&word).into_owned());
    (word.chars().count() >= 4).then_some(Label { line, lower, sep: start + colon, colon: true })
}

/// The length of the char at byte `i` and whether it may be part of a label word (a letter or
/// a dot), byte by byte for ASCII and U+0400..U+047F (all letters).
#[inline]
fn word_char_at(s: &str, i: usize) -> Option<(usize, bool)> {
    match *s.as_bytes().get(i)? {
        b'.' => Some((1, true)),
        b @ 0..=0x7f => Some((1, b.is_ascii_alphabetic())),
        0xd0 | 0xd1 => Some((2, true)),
        _ => s.get(i..)?.chars().next().map(|c| (c.len_utf8(), crate::text::is_letter(c))),
    }
}

/// Scans a `Label: value` line whose label words satisfy `is_label` (given lower case): where
/// the value starts. The separator is `:` or a dash; `dash_ok` allows dashes.
pub(crate) fn scan_labelled(line: &str, is_label: fn(&str) -> bool, dash_ok: bool) -> Option<usize> {
    label(line)?.value(is_label, dash_ok)
}

/// Calls `f` with `s` in lower case, as [`lexicon::lower`] writes it; a short word is
/// lower-cased on the stack instead of in a new `String`.
pub(crate) fn with_lower<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; LOWER_BUF];
    match crate::text::lower_into(s, &mut buf) {
        Some(lower) => f(lower),
        None => f(&lexicon::lower(s)),
    }
}

/// Whether `text` starts with one of `prefixes` (given in lower case), in any case. Only the head
/// of the text, as long as the longest prefix, is lower-cased (see [`with_lower`]).
pub(crate) fn starts_with_any_lower(text: &str, prefixes: &[&str]) -> bool {
    let Some(first) = text.chars().next().map(crate::text::lower_char) else { return false };
    let mut first_utf8 = [0u8; 4];
    let first = first.encode_utf8(&mut first_utf8).as_bytes();
    let opens = |p: &&&str| p.as_bytes().starts_with(first);
    let Some(longest) = prefixes.iter().filter(opens).map(|p| p.chars().count()).max() else { return false };
    let head = text.char_indices().nth(longest).map_or(text, |(end, _)| text.get(..end).unwrap_or(""));
    with_lower(head, |head| prefixes.iter().any(|p| head.starts_with(p)))
}

/// Size of the stack buffers words are lower-cased into.
const LOWER_BUF: usize = 64;

/// `s` with every run of whitespace made one ASCII space.
pub(crate) fn collapse_spaces(s: &str) -> String {
    s.split(is_space).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// Scans a deadline line: `Срок: …`, `Срок – …`, `Срок исполнения - …`, `Сроки: …`, or `Срок до
/// …` without a separator. Returns where the term starts. `line_label` is the label of the line
/// (see [`label`]); one after an opening `(` is read here.
pub(crate) fn scan_deadline_line(line: &str, line_label: Option<&Label<'_>>) -> Option<usize> {
    // `(Доклад: Шевченко Н.А., Рудь Е.В.)` names the speakers, not a term.
    if line.starts_with('(') && speaker_names(line).is_some() {
        return None;
    }
    let inner_label;
    let (line, offset, label) = match line.strip_prefix('(') {
        Some(inner) => {
            inner_label = label(inner);
            (inner, 1, inner_label.as_ref())
        }
        None => (line, 0, line_label),
    };
    if let Some(v) = label.and_then(|l| l.value(lexicon::is_deadline_label, true)) {
        return Some(v + offset);
    }
    // `Срок до 1 декабря`: the bare word, then a term opener.
    let rest = line.strip_prefix("Срок").or_else(|| line.strip_prefix("СРОК"))?;
    let (after, _) = ws1(rest).ok()?;
    let first = after.split(is_space).next().unwrap_or("");
    let lower = lexicon::lower(first);
    let opener = matches!(&*lower, "до" | "не" | "в" | "к" | "по" | "с" | "постоянно") || lower.starts_with("еже");
    (opener || first.starts_with(|c: char| c.is_ascii_digit()))
        .then(|| line.len() - after.len() + offset)
}

/// A deadline label that opens a later sentence or cell of a line: `… подготовить реестр. Срок
/// исполнения: 1 апреля 2021 г.`, `Ответственные: главы поселений. Срок: до 25 марта`,
/// `Ответственный: Мещерякова Л.В.<TAB>Срок: до 24.05.2023`. Returns where that sentence starts
/// and where its term starts; of several, the last.
///
/// ```text
/// trailing_deadline = … (("." | ";") ws+ | "\t" ws* | " " " "+) deadline_line   ; the label capitalised,
///                  | … ";" " " deadline_line                               ; or not, after a semicolon
/// ```
pub(crate) fn scan_trailing_deadline(line: &str) -> Option<(usize, usize)> {
    trailing_term(line, TERM_WORDS.as_slice())
}

/// [`scan_trailing_deadline`] on a responsible line, where a term in lower case may also follow
/// the names after a comma (`Ответственный: Гарипова Л.Р., срок – до 24.01.2025`); in a clause's
/// own text such a term stays in it.
pub(crate) fn scan_term_after_names(line: &str) -> Option<(usize, usize)> {
    trailing_term(line, TERM_WORDS_AFTER_NAMES.as_slice())
}

fn trailing_term(line: &str, finders: &[memchr::memmem::Finder<'static>]) -> Option<(usize, usize)> {
    trailing_labelled(line, finders).find_map(|start| {
        let sentence = line.get(start..)?;
        let value = scan_deadline_line(sentence, label(sentence).as_ref())?;
        Some((start, start + value))
    })
}

/// A responsible label that opens a later sentence or cell of a deadline line: `Срок: до
/// 24.05.2023. Ответственный: Мещерякова Л.В.`. Returns where that sentence starts and where
/// the names start.
pub(crate) fn scan_trailing_responsible(line: &str) -> Option<(usize, usize)> {
    trailing_labelled(line, RESPONSIBLE_WORDS.as_slice()).find_map(|start| {
        let sentence = line.get(start..)?;
        let value = label(sentence)?.value(lexicon::is_responsible_label, true)?;
        Some((start, start + value))
    })
}

/// Searchers for the words that open a trailing term or responsible label, built once.
static TERM_WORDS: std::sync::LazyLock<[memchr::memmem::Finder<'static>; 3]> = std::sync::LazyLock::new(|| ["Срок", "СРОК", "; срок"].map(memchr::memmem::Finder::new));
/// [`TERM_WORDS`], and `, срок` after a list of names.
static TERM_WORDS_AFTER_NAMES: std::sync::LazyLock<[memchr::memmem::Finder<'static>; 4]> =
    std::sync::LazyLock::new(|| ["Срок", "СРОК", "; срок", ", срок"].map(memchr::memmem::Finder::new));
static RESPONSIBLE_WORDS: std::sync::LazyLock<[memchr::memmem::Finder<'static>; 4]> =
    std::sync::LazyLock::new(|| ["Ответствен", "ОТВЕТСТВЕН", "Исполнител", "ИСПОЛНИТЕЛ"].map(memchr::memmem::Finder::new));

/// Where the later sentences or cells of `line` that open with one of the words `finders` look
/// for start, the last first: after a stop and a space, a tab, or a run of spaces.
fn trailing_labelled<'a>(line: &'a str, finders: &'a [memchr::memmem::Finder<'static>]) -> impl Iterator<Item = usize> + 'a {
    // `…; срок – до 1 июля`: a label in lower case goes on the sentence after a semicolon, or
    // after a comma closing a list of names (`Ответственный: Гарипова Л.Р., срок – до 24.01.2025`).
    let starts = finders.iter().flat_map(move |f| f.find_iter(line.as_bytes()).map(move |at| if f.needle().starts_with(b";") || f.needle().starts_with(b",") { at + 2 } else { at }));
    let mut found: Vec<usize> = starts
        .filter(|&at| {
            let before = line.get(..at).unwrap_or("");
            let kept = before.trim_end_matches(is_space);
            let gap = before.get(kept.len()..).unwrap_or("");
            let lower_label = line.get(at..).is_some_and(|l| l.starts_with("срок"));
            let after_stop = !gap.is_empty() && (kept.ends_with(['.', ';']) || lower_label && kept.ends_with(','));
            let set_apart = gap.contains('\t') || gap.chars().count() >= 2;
            !kept.is_empty() && (after_stop || set_apart)
        })
        .collect();
    found.sort_unstable_by(|a, b| b.cmp(a));
    found.into_iter()
}

/// Whether `c` is a capital Cyrillic or Latin letter.
pub(crate) fn is_upper(c: char) -> bool {
    matches!(c, 'А'..='Я' | 'Ё' | 'A'..='Z')
}

/// Whether `c` is a Cyrillic letter.
fn is_cyrillic_letter(c: char) -> bool {
    matches!(c, 'а'..='я' | 'А'..='Я' | 'ё' | 'Ё')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clause(line: &str) -> Option<(String, String)> {
        let s = scan_clause_start(line)?;
        Some((line[s.written.0..s.written.1].to_string(), line[s.body..].to_string()))
    }

    #[test]
    fn clause_numbers() {
        let got = |l| clause(l).map(|(n, b)| format!("{n}|{b}"));
        assert_eq!(got("1. Министерству"), Some("1|Министерству".into()));
        assert_eq!(got("- 2.1.1. Обеспечить"), Some("2.1.1|Обеспечить".into()));
        assert_eq!(got("1.8\tПроведение"), Some("1.8|Проведение".into()));
        assert_eq!(got("3)  провести"), Some("3)|провести".into()));
        assert_eq!(got("б) разработать"), Some("б)|разработать".into()));
        assert_eq!(got("1.Утвердить"), Some("1|Утвердить".into()));
        assert_eq!(got("8.1."), Some("8.1|".into()));
        assert_eq!(got("26.11.2020"), None);
        assert_eq!(got("2020 год"), None);
        assert_eq!(got("5 человек"), None);
        assert_eq!(got("01.09 начало"), None);
        assert_eq!(got("100%"), None);
        assert_eq!(got("2.1)\tобеспечить"), Some("2.1)|обеспечить".into()));
        assert_eq!(got("3 . Назначить"), Some("3|Назначить".into()));
        assert_eq!(got("2.2 . Обеспечить"), Some("2.2|Обеспечить".into()));
        assert_eq!(got("3 . 5"), None);
        assert_eq!(got("5 . в"), None);
        assert_eq!(got("6, Отделу закупок"), Some("6|Отделу закупок".into()));
        assert_eq!(got("6, 7 и 8"), None);
        assert_eq!(got("6, отделу"), None);
        assert_eq!(got("123, Москва"), None);
        assert_eq!(got("6,Отделу"), None);
        // Two levels a scan broke: a space before the inner dot, a comma for it.
        assert_eq!(got("2 .2. Подготовить"), Some("2 .2|Подготовить".into()));
        assert_eq!(got("2,2. ГКУ «Центр»"), Some("2,2|ГКУ «Центр»".into()));
        assert_eq!(got("2,5 тысячи"), None);
        assert_eq!(got("2,5. в"), None);
        // A scan's stray mark before a number of two levels; not before one of one level.
        assert_eq!(got("' 3.2. Организовать"), Some("3.2|Организовать".into()));
        assert_eq!(got("_    4.3. провести"), Some("4.3|провести".into()));
        assert_eq!(got("' 3. Организовать"), None);
    }

    #[test]
    fn trailing_deadlines() {
        let got = |l: &str| scan_trailing_deadline(l).map(|(s, v)| (l[s..v].to_string(), l[v..].to_string()));
        assert_eq!(got("Подготовить реестр. Срок исполнения: 1 апреля 2021 г."), Some(("Срок исполнения: ".into(), "1 апреля 2021 г.".into())));
        assert_eq!(got("главы поселений. Срок – до 25 марта"), Some(("Срок – ".into(), "до 25 марта".into())));
        assert_eq!(got("Провести проверку в срок до 1 марта."), None);
        assert_eq!(got("См. Сроки проведения олимпиады"), None);
        assert_eq!(got("Срок: до 1 марта"), None);
    }

    #[test]
    fn question_headings() {
        let got = |l: &str| scan_question_heading(l).map(|s| (s.number.to_string(), l.get(s.written.0..s.written.1).unwrap_or("").to_string(), l.get(s.body..).unwrap_or("").to_string()));
        assert_eq!(got("Вопрос 1. О подготовке к ГИА."), Some(("1".into(), "1".into(), "О подготовке к ГИА.".into())));
        assert_eq!(got("ВОПРОС № 12: Об организации питания"), Some(("12".into(), "12".into(), "Об организации питания".into())));
        assert_eq!(got("Вопрос 1 о подготовке"), None);
        assert_eq!(got("Вопросы питания"), None);
        assert_eq!(got("Вопрос 1.1. О подготовке"), None);
    }

    #[test]
    fn roman_headings() {
        let got = |l: &str| scan_roman_heading(l).map(|s| (s.number.to_string(), l.get(s.body..).unwrap_or("").to_string()));
        assert_eq!(got("II. О готовности"), Some(("II".into(), "О готовности".into())));
        assert_eq!(got("IV.  «Об итогах»"), Some(("IV".into(), "«Об итогах»".into())));
        for no in ["IIII. Текст", "VX. Текст", "I.Текст", "I. текст", "II квартал", "XII"] {
            assert!(got(no).is_none(), "{no}");
        }
    }

    /// The names [`find_persons`] finds in `s`.
    fn found_persons(s: &str) -> Vec<&str> {
        find_persons(s).into_iter().filter_map(|(a, b)| s.get(a..b)).collect()
    }

    #[test]
    fn persons() {
        for p in ["А.Ю. Короткова", "Ю.А.Орлов", "Филиппенко Э.Р.", "Белецких О.Б.", "И. О. Петрова-Водкина", "А.М. Чыргал-оол", "Ай-кыс С.Б."] {
            assert_eq!(scan_person(p), Some(p.len()), "{p}");
        }
        assert_eq!(scan_person("И.о. Министра"), None);
        assert_eq!(scan_person("г. Усинск"), None);
        assert_eq!(found_persons("Отделу (Кунцевич Е.В.), отделу (Иванова В.В.)"), ["Кунцевич Е.В.", "Иванова В.В."]);
    }

    #[test]
    fn persons_in_full() {
        for p in ["Иванов Иван Иванович", "Петрова Анна Сергеевна", "Анна Сергеевна Петрова", "Ивановой Марии Ильиничне", "Сидоров Пётр Кузьмич"] {
            assert_eq!(scan_person(p), Some(p.len()), "{p}");
        }
        // Three capitalised words without a patronymic are not a name.
        assert_eq!(scan_person("Министерство Российской Федерации"), None);
        assert_eq!(scan_person("Законодательное Собрание Камчатского"), None);
        assert_eq!(found_persons("Присутствовали: Иванов Иван Иванович – министр; Кузнецова Е.А."), ["Иванов Иван Иванович", "Кузнецова Е.А."]);
        let no_dot = "министр Петрова Анна Сергеевна";
        assert_eq!(find_persons(no_dot), [(15, no_dot.len())]);
    }

    #[test]
    fn name_rows_of_a_table_set_with_bars() {
        let row = "| **Председатель совета** |  | **В.П. Белоусов** |";
        let found = scan_name_line(row).map(|n| (n.name, n.role.map(|(a, b)| row.get(a..b))));
        let name_at = row.find("В.П.").unwrap_or(0);
        assert_eq!(found.map(|f| f.0), Some((name_at, name_at + "В.П. Белоусов".len())));
        assert_eq!(found.and_then(|f| f.1), Some(Some("Председатель совета")));
        assert!(scan_name_line("| Министр | Приказ |").is_none() && scan_name_line("| А | Б | В.П. Белоусов |").is_none());
    }

    #[test]
    fn name_lines() {
        let n = scan_name_line("**А.Ю. Короткова**");
        assert_eq!(n.map(|n| n.role.is_none()), Some(true));
        let line = "Руководитель управления\t\t\tЮ.А.Орлов";
        let n = scan_name_line(line);
        let role = n.and_then(|n| n.role).map(|(a, b)| &line[a..b]);
        assert_eq!(role, Some("Руководитель управления"));
        // The date of signing in a column of its own, and a mark of the signature's place.
        let cases = [
            ("Председатель общего собрания\t______________ /Белоусова О.В./\t28.08.2023", "Председатель общего собрания", "Белоусова О.В."),
            ("полковник          п/п          Д. Сизов", "полковник", "Д. Сизов"),
            // A Markdown copy of a web page keeps the spaces' entities.
            ("**Председатель коллегии** &nbsp;&nbsp;&nbsp; **И.В. Гончарова**", "Председатель коллегии", "И.В. Гончарова"),
        ];
        for (line, role, name) in cases {
            let n = scan_name_line(line);
            let text = |range: Option<(usize, usize)>| range.and_then(|(a, b)| line.get(a..b));
            assert_eq!((text(n.and_then(|n| n.role)), text(n.map(|n| n.name))), (Some(role), Some(name)), "{line}");
        }
        assert_eq!(scan_name_line("М.Н. Солодовник, начальник отдела"), None);
        let line = "Глава района А.Б. Иванов";
        let role = scan_name_line(line).and_then(|n| n.role).map(|(a, b)| &line[a..b]);
        assert_eq!(role, Some("Глава района"));
        assert_eq!(scan_name_line("возложить на заместителя А.В. Гусева"), None);
        let line = "Директор лицея \\_\\_\\_\\_ Р.М. Хайруллина";
        assert_eq!(scan_name_line(line).and_then(|n| n.role).map(|(a, b)| &line[a..b]), Some("Директор лицея"));
        // The second line of a role, a post in the nominative, one space before the name.
        let line = "начальник отдела образования С.А. Иванова";
        assert_eq!(scan_name_line(line).and_then(|n| n.role).map(|(a, b)| &line[a..b]), Some("начальник отдела образования"));
        assert_eq!(scan_name_line("начальника отдела образования С.А. Иванову"), None);
        // A post in the genitive after a page's break: the object of the sentence above.
        assert_eq!(scan_name_line("Министра образования и науки Республики Адыгея Хуажеву С.А."), None);
        assert!(scan_name_line("Министр образования и науки Республики Адыгея Н.А. Бгуашева").is_some());
        // A long role opening with a post, one space before the name, as a site's copy has it.
        let line = "Председатель коллегии, Министр физической культуры и спорта Пензенской области А.Г. Бушуев";
        assert_eq!(scan_name_line(line).and_then(|n| n.role).map(|(a, b)| &line[a..b]), Some("Председатель коллегии, Министр физической культуры и спорта Пензенской области"));
        assert_eq!(scan_name_line("Информацию о ходе подготовки к отопительному сезону представил глава поселения А.Г. Бушуев"), None);
        let parts = |line: &'static str| {
            let n = scan_name_line(line)?;
            Some((n.role.map(|(a, b)| &line[a..b]), &line[n.name.0..n.name.1]))
        };
        assert_eq!(parts("Глава района             /А.А. Петров/"), Some((Some("Глава района"), "А.А. Петров")));
        assert_eq!(parts("Министр        подпись        И.И. Иванов"), Some((Some("Министр"), "И.И. Иванов")));
        assert_eq!(parts("Министр      (подпись)      И.И. Иванов"), Some((Some("Министр"), "И.И. Иванов")));
        let pair = "Председатель\tИ.И. Иванов\tСекретарь\tП.П. Петров";
        assert_eq!(parts(pair), Some((Some("Председатель\tИ.И. Иванов\tСекретарь"), "П.П. Петров")));
        assert_eq!(scan_name_line("1.1\tПроведение совещания\tсрок\tИ.И. Иванов"), None);
        assert_eq!(parts("министр                          Я. Бекмурзаев"), Some((Some("министр"), "Я. Бекмурзаев")));
        assert_eq!(scan_name_line("Я. Бекмурзаев"), None);
        // A non-breaking space inside the name joins its parts; a dash may set the role off.
        assert_eq!(parts("Председатель комиссии\t\tА.В.\u{a0}Кольцов"), Some((Some("Председатель комиссии"), "А.В.\u{a0}Кольцов")));
        assert_eq!(parts("Секретарь коллегии       О.В.\u{a0}Лукина"), Some((Some("Секретарь коллегии"), "О.В.\u{a0}Лукина")));
        assert_eq!(parts("Глава Ивановского сельсовета – А.П. Кузнецов"), Some((Some("Глава Ивановского сельсовета"), "А.П. Кузнецов")));
        assert_eq!(parts("Гришина Татьяна Николаевна"), Some((None, "Гришина Татьяна Николаевна")));
        assert_eq!(parts("Афанасьева Наталья Викторовна,"), Some((None, "Афанасьева Наталья Викторовна")));
        assert_eq!(scan_name_line("Обеспечить участие Ивановича"), None);
    }

    #[test]
    fn a_name_after_a_capitalised_word_keeps_its_surname() {
        let names = |s: &'static str| find_persons(s).into_iter().map(|(a, b)| &s[a..b]).collect::<Vec<_>>();
        assert_eq!(names("Министр здравоохранения Республики Карелия М.Е. Охлопков"), ["М.Е. Охлопков"]);
        assert_eq!(names("Министр здравоохранения Республики Карелия М.Е. ОХЛОПКОВ"), ["М.Е. ОХЛОПКОВ"]);
        // A stamp's capitals after the name, no surname.
        assert_eq!(names("возложить на Хабибуллину Г.М. МУНИЦИПАЛЬНОЕ КАЗЕННОЕ"), ["Хабибуллину Г.М."]);
        assert_eq!(names("Мэр Москвы С.С. Собянин"), ["С.С. Собянин"]);
        assert_eq!(names("Иванов И.И. Петров П.П."), ["Иванов И.И.", "Петров П.П."]);
        assert_eq!(names("Иванов И.И., Петров П.П."), ["Иванов И.И.", "Петров П.П."]);
        assert_eq!(names("Иванов И.И. Начальник отдела"), ["Иванов И.И."]);
    }

    #[test]
    fn two_byte_cyrillic_chars_are_letters() {
        // The byte fast paths take every char of U+0400..U+047F (lead byte 0xd0 or 0xd1) for a
        // letter, and its capitals as `is_upper` does.
        for c in ('\u{400}'..='\u{47f}').chain('A'..='z') {
            let lead = c.to_string().as_bytes()[0];
            if matches!(lead, 0xd0 | 0xd1) {
                assert!(crate::text::is_letter(c) && crate::text::is_alnum(c), "{c}");
            }
            let s = format!("{c}.Б. Иванов");
            assert_eq!(find_persons(&s).is_empty(), !is_upper(c), "{c}");
        }
    }

    proptest::proptest! {
        #[test]
        fn with_lower_agrees_with_lower(s in "\\PC{0,40}") {
            proptest::prop_assert_eq!(with_lower(&s, str::to_string), lexicon::lower(&s));
        }

        #[test]
        fn with_lower_agrees_on_cyrillic(s in "[\u{400}-\u{4ff}A-Za-z .:]{0,40}") {
            proptest::prop_assert_eq!(with_lower(&s, str::to_string), lexicon::lower(&s));
        }
    }

    #[test]
    fn labels() {
        let v = |l: &str| scan_deadline_line(l, label(l).as_ref()).map(|i| l[i..].to_string());
        assert_eq!(v("Срок – до 31 марта 2021 г."), Some("до 31 марта 2021 г.".into()));
        assert_eq!(v("Срок: март, май 2021 г."), Some("март, май 2021 г.".into()));
        assert_eq!(v("Срок исполнения - постоянно"), Some("постоянно".into()));
        assert_eq!(v("Сроки: IV квартал"), Some("IV квартал".into()));
        assert_eq!(v("Срок до 1 декабря"), Some("до 1 декабря".into()));
        assert_eq!(v("Сроки проведения экзаменов утверждены"), None);
        let r = scan_labelled("Ответственный: Мишустин М.В.", lexicon::is_responsible_label, true);
        assert_eq!(r, Some("Ответственный: ".len()));
        let r = scan_labelled("Ответственный за исполнение – Гусева Т.А.", lexicon::is_responsible_label, true);
        assert_eq!(r, Some("Ответственный за исполнение – ".len()));
        assert_eq!(scan_labelled("Ответственный секретарь: Романова И.А.", lexicon::is_responsible_label, true), None);
        // Markdown emphasis around the label.
        assert_eq!(v("**Срок:** до 24 марта 2023 г."), Some("до 24 марта 2023 г.".into()));
        assert_eq!(v("**Срок**: 2 квартал 2023 г."), Some("2 квартал 2023 г.".into()));
        let r = scan_labelled("**Ответственный:** Шадрина О.А.", lexicon::is_responsible_label, true);
        assert_eq!(r, Some("**Ответственный:** ".len()));
        // A note in parentheses between the label and its colon.
        let l = "Присутствовали члены совета (9 человек из 13): Абдина Л.Н.";
        assert_eq!(label(l).map(|l| l.words().to_string()), Some("присутствовали члены совета".into()));
        assert_eq!(scan_labelled(l, |w| lexicon::meeting_section(w).is_some(), false).map(|i| &l[i..]), Some("Абдина Л.Н."));
        assert!(label("Присутствовали члены совета (по списку) и гости").is_none());
    }
}
