//! The meeting block of a protocol: format, chair, secretary, those present and those heard,
//! read from the header sections (`Формат проведения:`, `Председатель:`, `ПРИСУТСТВОВАЛИ:`,
//! `СЛУШАЛИ:`).

use crate::block::scan::{find_persons, scan_person, speaker_names, starts_with_any_lower};
use crate::block::{Block, LineKind};
use crate::lexicon::MeetingSection;
use crate::model::{Meeting, Person};
use crate::span::Span;
use crate::text::{clean, clean_join, is_space};

/// Reads the meeting block from the lines before the signatures: the header sections, in a
/// protocol of several questions each `N. СЛУШАЛИ:` / `ВЫСТУПИЛИ:` block, and the speakers
/// under a question (`(Кудряшов Д.А., Иванова Т.Н.)`, a line of its own). `None` when there is
/// no section.
pub(crate) fn read(src: &str, body: &[Block]) -> Option<Meeting> {
    let mut meeting = Meeting { format: None, chair: None, secretary: None, present: Vec::new(), heard: Vec::new() };
    let mut found = false;
    let mut i = 0;
    while let Some(block) = body.get(i) {
        i += 1;
        let Some((section, value)) = section_start(src, block) else {
            meeting.heard.extend(speakers(src, block));
            continue;
        };
        found = true;
        let mut items: Vec<(usize, usize)> = Vec::new();
        if value < block.line.content_end {
            items.push((value, block.line.content_end));
        }
        while let Some(b) = body.get(i) {
            if section == MeetingSection::Present && ends_those_present(src, &items, b) {
                break;
            }
            match b.kind {
                LineKind::Blank => {}
                // A tab between name and position makes a line look like a table row.
                LineKind::Text | LineKind::Name(_) | LineKind::TableRow => items.push((b.line.content_start, b.line.content_end)),
                // `1. Чугайнова Е.П. – начальник финансового управления;`: a numbered list of
                // those present.
                LineKind::Clause(ref start) if section == MeetingSection::Present && src.get(start.body..).and_then(scan_person).is_some() => {
                    items.push((start.body, b.line.content_end));
                }
                _ => break,
            }
            i += 1;
        }
        fill(src, section, &items, &mut meeting);
    }
    if !found {
        found = composition(src, body, &mut meeting);
    }
    if meeting.chair.is_none() {
        found |= elected_officers(src, body, &mut meeting);
    }
    if meeting.chair.is_none() {
        meeting.chair = chair_marked_among_present(&meeting.present);
    }
    if found && meeting.format.is_none() {
        meeting.format = remote_format(src, body);
    }
    found.then_some(meeting)
}

/// How many lines of an appendix's head its title (`Список участников …`) is looked for in.
const LIST_TITLE_LINES: usize = 8;

/// `Присутствовали: члены штаба (список прилагается)`, `… (список участников – в приложении к
/// протоколу)`, `по списку`: when the record points to a list, those present are also the persons
/// of the first appendix (lines `appendices` of `blocks`) titled as a list (`Список членов
/// оперативного штаба, присутствовавших на заседании`), after any the record names itself (the
/// invited, `Приглашенные: …`).
pub(crate) fn present_in_appendix(src: &str, body: &[Block], appendices: &[&[Block]], meeting: &mut Meeting) {
    let points_to_list = body.iter().enumerate().any(|(k, b)| {
        let Some((MeetingSection::Present, _)) = section_start(src, b) else { return false };
        // `Присутствовали: члены штаба, руководители …` / `… (по списку – приложение к протоколу).`:
        // the paragraph may wrap.
        let paragraph = body.get(k..).unwrap_or_default().iter().take(PRESENT_LINES).take_while(|l| !l.line.is_blank());
        let mut own = paragraph.enumerate().take_while(|(j, l)| *j == 0 || section_start(src, l).is_none()).map(|(_, l)| l);
        own.any(|l| {
            let lower = crate::lexicon::lower(l.line.text(src));
            lower.contains("спис") && (lower.contains("прилага") || lower.contains("приложени") || lower.contains("по списку"))
        })
    });
    if !points_to_list {
        return;
    }
    let Some(rows) = appendices.iter().find_map(|lines| rows_under_list_title(src, lines)) else { return };
    let items: Vec<(usize, usize)> = rows.iter().filter_map(|b| match b.kind {
        LineKind::Text | LineKind::Name(_) | LineKind::TableRow => Some((b.line.content_start, b.line.content_end)),
        LineKind::Clause(ref start) if src.get(start.body..).and_then(scan_person).is_some() => Some((start.body, b.line.content_end)),
        _ => None,
    }).collect();
    let named = meeting.present.len();
    fill(src, MeetingSection::Present, &items, meeting);
    // A person both named in the record and listed is counted once.
    let listed = meeting.present.split_off(named);
    for person in listed {
        if !meeting.present.iter().take(named).any(|p| p.name == person.name) {
            meeting.present.push(person);
        }
    }
}

/// How many lines the paragraph of those present is read over for a pointer to a list.
const PRESENT_LINES: usize = 4;

/// How the title of a list of those present opens (lower case).
const LIST_TITLES: [&str; 5] = ["список", "состав участников", "состав присутствующих", "лист регистрации", "участники заседания"];

/// The lines of an appendix under its title when the title names a list of people (`Список …`,
/// `Состав участников …`), among its first lines.
fn rows_under_list_title<'b>(src: &str, lines: &'b [Block]) -> Option<&'b [Block]> {
    let title = lines.iter().enumerate().filter(|(_, b)| !b.line.is_blank()).take(LIST_TITLE_LINES).find(|(_, b)| {
        let lower = crate::lexicon::lower(b.line.text(src));
        starts_with_any_lower(lower.trim_start_matches(is_space), &LIST_TITLES)
    })?;
    lines.get(title.0 + 1..)
}

/// How many lines from the top the format of a meeting held remotely is looked for in.
const FORMAT_LINES: usize = 40;

/// `Совещание проведено в режиме видео-конференц-связи.`, `Заседание проводилось в формате
/// видеоконференцсвязи.`: with no `Форма проведения:` line, the remote format a sentence near the
/// record's top says the meeting was held in, up to the first clause: `в режиме` or `в формате`
/// and the word for the link, with a note in parentheses right after it (`(ВКС)`).
fn remote_format(src: &str, body: &[Block]) -> Option<String> {
    let head = body.iter().take(FORMAT_LINES).take_while(|b| !matches!(b.kind, LineKind::Clause(_) | LineKind::Formula { .. }));
    head.filter_map(|b| remote_phrase(b.line.text(src))).next()
}

/// The `в режиме …` phrase of one line naming a remote link (see [`remote_format`]), or the
/// value of a format labelled inside the line (`Место проведения: …, формат – видеоконференцсвязь
/// (ВКС) с муниципальными образованиями`).
fn remote_phrase(text: &str) -> Option<String> {
    if let Some(value) = ["формат – ", "формат - ", "формат: "].iter().find_map(|l| text.split_once(l)).map(|(_, v)| v) {
        let value = value.split(['.', ';']).next().unwrap_or(value);
        return Some(clean(value)).filter(|v| !v.is_empty());
    }
    // A sentence on how the meeting was held, not a note on some of those present (`главы
    // поселений (в режиме ВКС)`).
    let lower = crate::lexicon::lower(text);
    if !["проведен", "проводил", "проходил", "состоял"].iter().any(|w| lower.contains(w)) {
        return None;
    }
    let at = ["в режиме ", "в формате "].iter().filter_map(|p| text.find(p)).min()?;
    let rest = text.get(at..)?;
    let mut words = rest.splitn(4, ' ');
    let (prep, noun, link) = (words.next()?, words.next()?, words.next()?);
    let link = link.trim_end_matches(['.', ',', ';', ':', ')']);
    let lower = crate::lexicon::lower(link);
    if !["видео", "вкс", "конференц", "онлайн", "zoom", "дистанцион"].iter().any(|w| lower.contains(w)) {
        return None;
    }
    let mut phrase = format!("{prep} {noun} {link}");
    // `(ВКС)`, `(Zoom)`: a short note naming the link.
    let after = rest.get(prep.len() + noun.len() + link.len() + 2..).unwrap_or("").trim_start_matches(' ');
    if let Some(note) = after.strip_prefix('(').and_then(|n| n.split_once(')')).map(|(n, _)| n).filter(|n| !n.is_empty() && n.split(' ').count() <= 2 && !n.contains(',')) {
        phrase.push_str(&format!(" ({note})"));
    }
    Some(clean(&phrase))
}

/// `Председателем собрания избран Шадрин В.А., секретарем – Кокорина Т.М.`: the chair and the
/// secretary a general meeting elects, as its minutes record it above the agenda. Whether one
/// was found.
fn elected_officers(src: &str, body: &[Block], meeting: &mut Meeting) -> bool {
    let elected = |text: &str| {
        memchr::memmem::find_iter(text.as_bytes(), "Председателем ".as_bytes())
            .find(|&at| text.get(at + "Председателем ".len()..).is_some_and(|rest| rest.starts_with("собрания") || rest.starts_with("общего собрания")))
    };
    let Some((line, at)) = opening_lines(body).iter().find_map(|b| Some((b, elected(b.line.text(src))?))) else { return false };
    let from = line.line.content_start + at;
    let sentence = src.get(from..line.line.content_end).unwrap_or("");
    let persons = find_persons(sentence);
    let person = |&(s, e): &(usize, usize)| Person { name: clean(sentence.get(s..e).unwrap_or("")), position: None, span: Span::from_range(from + s..from + e) };
    let Some(chair) = persons.first() else { return false };
    meeting.chair = Some(person(chair));
    let secretary_named = sentence.get(chair.1..).is_some_and(|rest| rest.contains("секретар"));
    if secretary_named && meeting.secretary.is_none() {
        meeting.secretary = persons.get(1).map(person);
    }
    true
}

/// `Тарасенкова А.В. – первый заместитель министра …, председатель;`: with no chair's line, the
/// one of those present whose entry ends by naming her the chair; her position without that word.
fn chair_marked_among_present(present: &[Person]) -> Option<Person> {
    const MARKS: [&str; 4] = [", председатель", " (председатель)", ", председательствующий", " (председательствующий)"];
    present.iter().find_map(|p| {
        let position = p.position.as_deref()?;
        let stem = MARKS.iter().find_map(|m| position.strip_suffix(m))?;
        Some(Person { position: Some(stem.to_string()).filter(|s| !s.is_empty()), ..p.clone() })
    })
}

/// `Зайцева М.В. – юрист.` / `Собрание открыл председатель …`: after a list of those present
/// ended with a stop, a sentence that names no one first is the minutes' own.
fn ends_those_present(src: &str, items: &[(usize, usize)], b: &Block) -> bool {
    let ended = items.last().and_then(|&(a, z)| src.get(a..z)).is_some_and(|t| t.trim_end_matches(is_space).ends_with('.'));
    let text = b.line.text(src).trim_start_matches(|c: char| crate::text::is_bullet(c) || is_space(c));
    ended && matches!(b.kind, LineKind::Text | LineKind::Name(_)) && scan_person(text).is_none() && text.starts_with(char::is_uppercase)
}

/// The lines of the minutes above their formula and clauses: where the opening sentences
/// name a commission's composition or the officers a meeting elects.
fn opening_lines(body: &[Block]) -> &[Block] {
    let operative = body.iter().position(|b| matches!(b.kind, LineKind::Formula { .. } | LineKind::Clause(_))).unwrap_or(body.len());
    body.get(..operative).unwrap_or(&[])
}

/// How many lines a commission's composition may take.
const COMPOSITION_LINES: usize = 12;

/// `Комиссия … в составе:` / `председательствующего – заместителя председателя комиссии
/// Морозовой Е.В.,` / `ответственного секретаря комиссии Галиевой Л.Р.,` / `членов комиссии:
/// Баранова С.А., …,` / `при участии помощника прокурора … Кирилловой А.С.,` / `рассмотрев …`:
/// the composition a commission's resolution names in its opening sentence, in the genitive,
/// as written. Whether one was found.
fn composition(src: &str, body: &[Block], meeting: &mut Meeting) -> bool {
    // Only in the opening sentence, above the formula and the clauses (not `Создать комиссию в
    // составе:` in a clause).
    let head = opening_lines(body);
    let at = |b: &Block| memchr::memmem::find(b.line.text(src).as_bytes(), "в составе".as_bytes());
    let Some((first, opening)) = head.iter().enumerate().find_map(|(i, b)| at(b).map(|k| (i, b.line.content_start + k + "в составе".len()))) else { return false };
    let stops = |b: &Block| b.line.is_blank() || starts_with_any_lower(b.line.text(src), &["рассмотрев", "заслушав", "установил", "постановил"]);
    let lines = head.iter().skip(first + 1).take(COMPOSITION_LINES).take_while(|b| !stops(b));
    let end = lines.last().map_or_else(|| head.get(first).map_or(opening, |b| b.line.content_end), |b| b.line.content_end);
    let mut role = Role::None;
    let mut found = false;
    for (a, z) in composition_items(src, opening, end) {
        found |= composition_item(src, a, z, &mut role, meeting);
    }
    found
}

/// Label words that open an item of a composition (lower case).
const COMPOSITION_LABELS: [&str; 7] = ["председательств", "член", "при ", "с участием", "ответственн", "секретар", "заместител"];

/// The items of a composition `src[a..b]`: split at a comma or semicolon before a name or a
/// label (`членов комиссии:`, `при участии …`), the lines joined (a name may wrap).
fn composition_items(src: &str, a: usize, b: usize) -> Vec<(usize, usize)> {
    split_where(src, a, b, |_, _, rest| scan_person(rest).is_some() || starts_with_any_lower(rest, &COMPOSITION_LABELS))
}

/// Whose names the items of a composition give now.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    None,
    Members,
    /// Those taking part (`при участии: помощника прокурора …, директора …`), each a position
    /// then a name.
    Participants,
}

/// Reads one item of a composition into `meeting`: a chair, a secretary, members, or those
/// taking part. Whether it named anyone.
fn composition_item(src: &str, a: usize, b: usize, role: &mut Role, meeting: &mut Meeting) -> bool {
    let text = src.get(a..b).unwrap_or("").trim_start_matches(|c: char| is_space(c) || c == ':');
    let a = b - text.len();
    let lower = crate::text::lower(text, true);
    let after_label = |label: &str| lower.find(label).map(|at| a + at + label.len());
    if lower.starts_with("председательствующ") || lower.starts_with("председателя комиссии") {
        let value = text.find(['–', '-', '—']).map_or(a, |at| a + at + text.get(at..).and_then(|t| t.chars().next()).map_or(1, char::len_utf8));
        meeting.chair = person_item(src, value, b);
        *role = Role::None;
        return meeting.chair.is_some();
    }
    if lower.contains("секретар") && !lower.starts_with("член") {
        // `при ответственном секретаре Тетериной М.В.`: the preposition is no part of the position.
        let from = if lower.starts_with("при ") { a + "при ".len() } else { a };
        meeting.secretary = person_item(src, from, b);
        *role = Role::None;
        return meeting.secretary.is_some();
    }
    let participant = lower.starts_with("при участии") || lower.starts_with("с участием");
    if lower.starts_with("член") || participant {
        *role = if participant { Role::Participants } else { Role::Members };
        let people: Vec<Person> = if participant {
            let from = after_label("участии").or_else(|| after_label("участием")).unwrap_or(a);
            positions_then_names(src, from, b)
        } else {
            present_item(src, lower.find(':').map_or(a, |at| a + at + 1), b)
        };
        let named = !people.is_empty();
        meeting.present.extend(people);
        return named;
    }
    let people = match *role {
        Role::Members => present_item(src, a, b),
        Role::Participants => positions_then_names(src, a, b),
        Role::None => Vec::new(),
    };
    let named = !people.is_empty();
    meeting.present.extend(people);
    named
}

/// `(Степченков К.С., Новикова В.И.)`: a line that is only persons in parentheses names the
/// speakers on the question above it.
fn speakers(src: &str, block: &Block) -> Vec<String> {
    if block.kind != LineKind::Speakers {
        return Vec::new();
    }
    speaker_names(block.line.text(src)).unwrap_or_default().into_iter().map(clean).collect()
}

/// A line that opens a meeting section, and where its value starts.
fn section_start(src: &str, block: &Block) -> Option<(MeetingSection, usize)> {
    match block.kind {
        LineKind::Meeting { section, value } => Some((section, value)),
        LineKind::Clause(ref start) if crate::layout::opens_question(src, block) => {
            let body = src.get(start.body..block.line.content_end)?;
            let after = body.find(':').map_or(body.len(), |i| i + 1);
            Some((MeetingSection::Heard, start.body + after))
        }
        _ => None,
    }
}

fn fill(src: &str, section: MeetingSection, items: &[(usize, usize)], meeting: &mut Meeting) {
    let texts = || items.iter().filter_map(|&(a, b)| src.get(a..b));
    match section {
        MeetingSection::Format => meeting.format = Some(clean_join(texts())).filter(|s| !s.is_empty()),
        MeetingSection::Chair => match items.first().and_then(|&(a, b)| secretary_beside(src, a, b)) {
            // `Председатель собрания – Иванова А.П., секретарь – Петров С.С.`
            Some((chair_end, secretary, end)) => {
                meeting.chair = items.first().and_then(|&(a, _)| person_item(src, a, chair_end));
                meeting.secretary = meeting.secretary.take().or_else(|| person_item(src, secretary, end));
            }
            // `Председатель: …` / `Руководитель оперативной группы — …`: a co-chair below the
            // chair leaves the chair as it is.
            None if meeting.chair.is_some() => {}
            None => meeting.chair = name_over_two_lines(src, items).map(|(person, _)| person).or_else(|| wrapped_person(src, items)),
        },
        MeetingSection::Secretary => meeting.secretary = wrapped_person(src, items),
        MeetingSection::Present => {
            let items = join_broken_names(src, items);
            let mut k = 0;
            while let Some(&(a, b)) = items.get(k) {
                // The header naming the columns first: its `Ф.И.О.` reads as initials.
                if src.get(a..b).is_some_and(names_columns) {
                    k += 1;
                    continue;
                }
                if let Some((person, used)) = name_over_two_lines(src, items.get(k..).unwrap_or_default()) {
                    meeting.present.push(person);
                    k += used;
                    continue;
                }
                k += 1;
                if let Some(person) = table_row_person(src, a, b) {
                    meeting.present.push(person);
                    continue;
                }
                // `- Фомина Л.А. – директор …;`: a bullet opens an item.
                let a = a + src.get(a..b).map_or(0, |t| t.len() - t.trim_start_matches(|c: char| crate::text::is_bullet(c) || is_space(c)).len());
                for (s, e) in split_position_first(src, a, b).unwrap_or_else(|| split_items(src, a, b)) {
                    meeting.present.extend(present_item(src, s, e));
                }
            }
        }
        MeetingSection::Heard => {
            for &(a, b) in items {
                let text = src.get(a..b).unwrap_or("");
                meeting.heard.extend(find_persons(text).into_iter().filter_map(|(s, e)| text.get(s..e)).map(clean));
            }
        }
        MeetingSection::Other => {}
    }
}

/// `Бердников<TAB>–<TAB>первый заместитель министра жилищно-` / `Олег Витальевич<TAB>коммунального
/// хозяйства края` / `<TAB><TAB>…`: a table of those present whose name column holds the surname
/// on one line and the first name and patronymic on the next, the position wrapping beside them.
/// The columns may be set with tabs or, as `pdftotext -layout` prints them, with runs of spaces.
/// The person and how many of `items` it takes.
fn name_over_two_lines(src: &str, items: &[(usize, usize)]) -> Option<(Person, usize)> {
    let cells = |k: usize| -> Vec<&str> {
        let text = items.get(k).and_then(|&(a, b)| src.get(a..b)).unwrap_or("");
        column_cells(text).filter(|c| !matches!(*c, "–" | "-" | "—")).collect()
    };
    let (first, second) = (cells(0), cells(1));
    let surname = first.first().filter(|w| w.chars().count() > 2 && w.starts_with(char::is_uppercase) && w.chars().all(crate::text::is_letter))?;
    let given = second.first().filter(|c| is_given_name_and_patronymic(c))?;
    let name_indent = items.first().map(|&(a, _)| line_indent(src, a))?;
    let goes_on = |k: &usize| {
        let beside = items.get(*k).is_some_and(|&(a, _)| line_indent(src, a) >= name_indent + POSITION_COLUMN_INDENT);
        beside || cells(*k).first().is_some_and(|c| c.starts_with(char::is_lowercase))
    };
    let used = (2..2 + WRAPPED_POSITION_LINES).take_while(goes_on).last().map_or(2, |k| k + 1);
    let parts: Vec<&str> = (0..used).flat_map(|k| cells(k).into_iter().skip(usize::from(k < 2))).collect();
    let position = clean_join(parts.iter().map(|p| p.trim_start_matches(['–', '-', '—']).trim_start_matches(is_space)));
    let (&(start, _), &(_, end)) = (items.first()?, items.get(used - 1)?);
    let person = Person { name: format!("{surname} {given}"), position: (!position.is_empty()).then_some(position), span: Span::from_range(start..end) };
    Some((person, used))
}

/// The cells of a line of a table set in columns: parted by tabs or by runs of two spaces or
/// more, trimmed, empty ones left out.
fn column_cells(text: &str) -> impl Iterator<Item = &str> {
    text.split('\t').flat_map(|c| c.split("  ")).map(|c| c.trim_matches(is_space)).filter(|c| !c.is_empty())
}

/// How far past the name column a line must start to continue the position beside it: a tab
/// counts as eight columns.
const POSITION_COLUMN_INDENT: usize = 8;

/// The width of the whitespace before byte `at` on its line, a tab counting as eight columns;
/// 0 where anything else stands before it.
fn line_indent(src: &str, at: usize) -> usize {
    let before = src.get(..at).unwrap_or("");
    let line = before.rsplit('\n').next().unwrap_or("");
    if !line.chars().all(is_space) {
        return 0;
    }
    line.chars().map(|c| if c == '\t' { 8 } else { 1 }).sum()
}

/// `Олег Витальевич`: a first name and a patronymic, each capitalised.
fn is_given_name_and_patronymic(cell: &str) -> bool {
    let words: Vec<&str> = cell.split(is_space).collect();
    let capital = |w: &str| w.starts_with(char::is_uppercase) && w.chars().all(crate::text::is_letter);
    let patronymic = |w: &str| ["вич", "вна", "чна", "ична", "оглы", "кызы"].iter().any(|e| w.ends_with(e));
    matches!(words.as_slice(), [name, second] if capital(name) && capital(second) && patronymic(second))
}

/// `заместитель министра - Шмидт Г.И., начальник управления … - Прохоров С.Н. (по согласованию),
/// …`: those present in one paragraph, each position before its name, split after each name (and
/// the note in parentheses after it); `None` when the paragraph does not open with a position.
fn split_position_first(src: &str, a: usize, b: usize) -> Option<Vec<(usize, usize)>> {
    let text = src.get(a..b)?;
    let persons = find_persons(text);
    let opens_with_position = text.starts_with(char::is_lowercase) && persons.first().is_some_and(|&(s, _)| s > 0);
    if !opens_with_position || persons.len() < 2 {
        return None;
    }
    // The commas right after a name (and its note): `;` parts items anyway.
    let after_name: Vec<usize> = persons
        .iter()
        .filter_map(|&(_, e)| {
            let after = text.get(e..)?.trim_start_matches(is_space);
            let after = after.strip_prefix('(').and_then(|note| note.split_once(')')).map_or(after, |(_, rest)| rest).trim_start_matches(is_space);
            after.starts_with(',').then(|| text.len() - after.len())
        })
        .collect();
    // `after_name` ascends, as the names were found in order.
    Some(split_where(src, a, b, |i, sep, _| sep == ';' || after_name.binary_search(&i).is_ok()))
}

/// Lines of those present with a name broken across them joined (`…, Рысев` / `Д.Ю., Шубин
/// А.С.`), as text taken from a justified PDF breaks them.
fn join_broken_names(src: &str, items: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for &(a, b) in items {
        let next = src.get(a..b).unwrap_or("");
        match out.last_mut() {
            // `Ф.И.О.<TAB>Должность` / `Ю.А. Шевцова …`: a table's header names no surname.
            Some(last) if breaks_a_name(src.get(last.0..last.1).unwrap_or(""), next) && !src.get(last.0..last.1).is_some_and(names_columns) => last.1 = b,
            _ => out.push((a, b)),
        }
    }
    out
}

/// Whether a name is broken between a line ending `before` and the next line `after`: a surname
/// with nothing after it, then its initials.
fn breaks_a_name(before: &str, after: &str) -> bool {
    let last = before.trim_end_matches(is_space).rsplit(is_space).next().unwrap_or("");
    let first = after.trim_start_matches(is_space).split(is_space).next().unwrap_or("");
    let initials = |w: &str| {
        let letters: Vec<&str> = w.trim_end_matches([',', ';']).split_terminator('.').collect();
        (1..=2).contains(&letters.len()) && w.contains('.') && letters.iter().all(|l| l.chars().count() == 1 && l.starts_with(char::is_uppercase))
    };
    let bare_surname = last.chars().count() > 2 && last.starts_with(char::is_uppercase) && last.chars().all(crate::text::is_letter);
    bare_surname && initials(first)
}

/// The person of a chair's or secretary's section: its first item, or, when the position wraps
/// (`Первый заместитель Губернатора Курской области,` / `руководитель оперативного штаба А.Н.
/// Смирнов`), its first lines up to the one that holds the name.
fn wrapped_person(src: &str, items: &[(usize, usize)]) -> Option<Person> {
    let &(start, end) = items.first()?;
    let holds_name = |&(a, b): &(usize, usize)| src.get(a..b).is_some_and(|t| !find_persons(t).is_empty());
    if !holds_name(&(start, end)) {
        let last = items.iter().take(WRAPPED_POSITION_LINES).find(|item| holds_name(item))?;
        return person_item(src, start, last.1);
    }
    // `Корнилов А.В. – заместитель руководителя` / `администрации района, председатель комиссии.`
    let goes_on = |item: &&(usize, usize)| src.get(item.0..item.1).is_some_and(|t| t.starts_with(char::is_lowercase)) && !holds_name(item);
    let end = items.iter().skip(1).take(WRAPPED_POSITION_LINES).take_while(goes_on).last().map_or(end, |item| item.1);
    person_item(src, start, end)
}

/// `Иванова А.П., секретарь – Петров С.С.`: the chair's value `src[a..b]` naming the secretary
/// after it; where the chair's part ends, and where the secretary's name starts and ends.
fn secretary_beside(src: &str, a: usize, b: usize) -> Option<(usize, usize, usize)> {
    let text = src.get(a..b)?;
    let lower = crate::lexicon::lower(text);
    let label = lower.find("секретарь")?;
    let before = text.get(..label)?.trim_end_matches(crate::text::is_space);
    let at = before.strip_suffix([',', ';'])?.len();
    let label_end = label + "секретарь".len();
    let value = text.get(label_end..)?;
    let skipped = value.len() - value.trim_start_matches(|c: char| crate::text::is_space(c) || matches!(c, '–' | '-' | '—' | ':')).len();
    (skipped > 0).then_some((a + at, a + label_end + skipped, b))
}

/// How many lines a chair's position may wrap over before the name.
const WRAPPED_POSITION_LINES: usize = 6;

/// Splits a line of those present on `;`, and on `,` before a name (`Пермяков Д.А. – директор
/// ООО «Жилсервис», Зиннатуллин Р.Р. – начальник отдела`, `Мельникова А.В. (председатель),
/// Шестаков Д.И.`): several people on one line.
fn split_items(src: &str, a: usize, b: usize) -> Vec<(usize, usize)> {
    split_where(src, a, b, |_, sep, rest| sep == ';' || scan_person(rest).is_some())
}

/// `src[a..b]` split at each `,` or `;` that `cuts` takes, given the separator's offset in
/// `src[a..b]`, the separator and the text after it (spaces skipped); the items trimmed, empty
/// ones left out.
fn split_where(src: &str, a: usize, b: usize, cuts: impl Fn(usize, char, &str) -> bool) -> Vec<(usize, usize)> {
    let text = src.get(a..b).unwrap_or("");
    let cut = |&(i, sep): &(usize, &str)| text.get(i + 1..).is_some_and(|rest| cuts(i, if sep == ";" { ';' } else { ',' }, rest.trim_start_matches(is_space)));
    let separators = text.match_indices([';', ',']).filter(cut).map(|(i, _)| i);
    let mut out = Vec::new();
    let mut start = 0;
    for i in separators.chain(std::iter::once(text.len())) {
        let (s, e) = crate::text::trim_range(text, start, i);
        if s < e {
            out.push((a + s, a + e));
        }
        start = i + 1;
    }
    out
}

/// Those present on one item: a list of names only (`Иванов И.И., Петров П.П.`) gives each
/// name; otherwise the first name and its position. A group label before them (`Члены
/// комиссии:`) is skipped.
/// `| 1 | Дёмина Марина Юрьевна | начальник отдела … |`, `1.<TAB>Шевчук А.Н.<TAB>первый
/// заместитель министра …`: a row of a table of those present (column bars, or tabs), the name in
/// a cell of its own and the position in the next; a row number before them is skipped.
fn table_row_person(src: &str, a: usize, b: usize) -> Option<Person> {
    let text = src.get(a..b)?;
    let bar = if text.starts_with('|') { '|' } else if text.contains('\t') { '\t' } else { return None };
    let mut cells = Vec::new();
    let mut from = 0;
    for (at, _) in text.match_indices(bar).chain(std::iter::once((text.len(), ""))) {
        let (s, e) = crate::text::trim_range(text, from, at);
        if s < e {
            cells.push((s, e));
        }
        from = at + 1;
    }
    let named = cells.iter().position(|&(s, e)| text.get(s..e).and_then(scan_person) == Some(e - s))?;
    let &(s, e) = cells.get(named)?;
    // The position's cell: the next one with words (`Иванов И.И.<TAB>–<TAB>директор`).
    let dash = |c: char| is_space(c) || matches!(c, '-' | '–' | '—');
    let closing = |c: char| is_space(c) || matches!(c, ';' | '.' | ',');
    let words_of = |&(p, q): &(usize, usize)| -> Option<(&str, usize, usize)> {
        let cell = text.get(p..q)?.trim_end_matches(closing);
        let t = cell.trim_start_matches(dash);
        (!t.is_empty()).then_some((t, p + cell.len() - t.len(), p + cell.len()))
    };
    let next = cells.iter().skip(named + 1).find_map(words_of);
    // `Иванов И.И., директор<TAB>Петров П.П., завуч`: two persons side by side are no row (the
    // name read with its closing dot, `П.С.`).
    if next.is_some_and(|(_, start, _)| text.get(start..).and_then(scan_person).is_some()) {
        return None;
    }
    let position = next.map(|(t, _, _)| clean(t)).filter(|p| !p.is_empty());
    let end = next.map_or(e, |(_, _, q)| q);
    Some(Person { name: clean(text.get(s..e)?), position, span: Span::from_range(a + s..a + end) })
}

/// `№ п/п<TAB>Ф.И.О.<TAB>Должность`: the header of a table of those present, naming its columns.
fn names_columns(text: &str) -> bool {
    let lower = crate::lexicon::lower(text);
    // `№ п/п   Фамилия И.О.       Должность`: a `pdftotext -layout` copy sets columns by spaces.
    let columns = lower.contains('\t') || lower.contains('|') || crate::text::segments(text.trim_matches(is_space)).nth(1).is_some();
    ["ф.и.о", "фио", "должность", "фамилия"].iter().any(|w| lower.contains(w)) && columns
}

fn present_item(src: &str, a: usize, b: usize) -> Vec<Person> {
    let (a, b) = crate::text::trim_range(src, a + src.get(a..b).map_or(0, group_label_len), b);
    let text = src.get(a..b).unwrap_or("");
    let persons = find_persons(text);
    let names_only = persons.len() >= 2 && {
        let mut rest = text.to_string();
        for &(s, e) in persons.iter().rev() {
            rest.replace_range(s..e, "");
        }
        rest.chars().all(|c| is_space(c) || matches!(c, ',' | ';' | '.'))
    };
    if names_only {
        return persons
            .into_iter()
            .filter_map(|(s, e)| Some(Person { name: clean(text.get(s..e)?), position: None, span: Span::from_range(a + s..a + e) }))
            .collect();
    }
    person_item(src, a, b).into_iter().collect()
}

/// The length of a group label that opens a list of those present (`Члены комиссии:`,
/// `От администрации района:`): up to a colon, with no name before it; 0 if there is none.
fn group_label_len(text: &str) -> usize {
    let Some(colon) = text.find(':') else { return 0 };
    let label = text.get(..colon).unwrap_or("");
    let is_label = label.split_whitespace().count() <= 5 && find_persons(label).is_empty();
    if is_label {
        colon + 1
    } else {
        0
    }
}

/// A person item: `М.Н. Солодовник, начальник отдела …;` → name and position; or the position
/// first (`заместитель председателя Правительства края Сидоров А.Б.`).
fn person_item(src: &str, a: usize, b: usize) -> Option<Person> {
    let text = src.get(a..b)?;
    let Some(len) = scan_person(text) else { return position_then_name(src, a, b) };
    let name = clean(text.get(..len)?);
    let rest = text.get(len..)?.trim_start_matches(|c: char| is_space(c) || matches!(c, ',' | '-' | '–' | '—'));
    let position = clean(rest.trim_end_matches(|c: char| is_space(c) || matches!(c, ';' | '.' | ',')));
    Some(Person { name, position: (!position.is_empty()).then_some(position), span: Span::from_range(a..b) })
}

/// A person item that names the position first and ends with the only name in it.
fn position_then_name(src: &str, a: usize, b: usize) -> Option<Person> {
    let text = src.get(a..b)?;
    let &[(s, e)] = find_persons(text).as_slice() else { return None };
    // A note in parentheses may follow the name (`(по согласованию)`).
    let after = text.get(e..)?.trim_start_matches(is_space);
    let after = after.strip_prefix('(').and_then(|note| note.split_once(')')).map_or(after, |(_, rest)| rest);
    if !after.chars().all(|c| is_space(c) || matches!(c, ';' | '.' | ',')) {
        return None;
    }
    let position = clean(text.get(..s)?.trim_end_matches(|c: char| is_space(c) || matches!(c, ',' | '-' | '–' | '—')));
    Some(Person { name: clean(text.get(s..e)?), position: (!position.is_empty()).then_some(position), span: Span::from_range(a..b) })
}

/// `помощника прокурора района Смирновой А.С., директора МБОУ «…» Белозерова К.П.`: people each
/// named after their position, one after another in `src[a..b]`.
fn positions_then_names(src: &str, a: usize, b: usize) -> Vec<Person> {
    let text = src.get(a..b).unwrap_or("");
    let mut from = 0;
    let mut people = Vec::new();
    for (_, e) in find_persons(text) {
        // The position starts after the separators that close the person before.
        let segment = text.get(from..e).unwrap_or("");
        let start = e - segment.trim_start_matches(|c: char| is_space(c) || matches!(c, ',' | ';' | ':')).len();
        people.extend(position_then_name(src, a + start, a + e));
        from = e;
    }
    people
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_broken_across_lines_of_those_present_is_joined() {
        let src = "РЕШЕНИЕ КОЛЛЕГИИ\n\nПрисутствовали: члены коллегии – Шихова Т.А., Мамаева Е.Н., Рысев\n       Д.Ю., Шубин А.С.\n\nКоллегия решила:\n1. Принять.\n";
        let doc = crate::parse(src);
        let names: Vec<String> = doc.meeting.map(|m| m.present.into_iter().map(|p| p.name).collect()).unwrap_or_default();
        assert_eq!(names, ["Шихова Т.А.", "Мамаева Е.Н.", "Рысев Д.Ю.", "Шубин А.С."]);
        assert!(!breaks_a_name("Иванов И.И. – директор", "Петров П.П. – завуч"));
    }

    #[test]
    fn a_commission_s_composition_in_its_opening_sentence() {
        let src = "ПОСТАНОВЛЕНИЕ\n\nКомиссия по делам несовершеннолетних (далее – комиссия) в составе:\n\
                   председательствующего – заместителя председателя комиссии Морозовой Е.В.,\n\
                   ответственного секретаря комиссии Галиевой Л.Р.,\n\
                   членов комиссии: Баранова С.А., Ткаченко О.Н.,\n\
                   при участии помощника прокурора г. Березовского Кирилловой А.С., директора МБОУ «СОШ № 1» Белозерова К.П.,\n\
                   рассмотрев информацию,\n\nПОСТАНОВИЛА:\n1. Признать семью находящейся в социально опасном положении.\n";
        let doc = crate::parse(src);
        let m = doc.meeting.as_ref();
        assert_eq!(m.and_then(|m| m.chair.as_ref()).map(|p| (p.name.as_str(), p.position.as_deref())), Some(("Морозовой Е.В.", Some("заместителя председателя комиссии"))));
        assert_eq!(m.and_then(|m| m.secretary.as_ref()).map(|p| p.name.as_str()), Some("Галиевой Л.Р."));
        assert_eq!(m.map(|m| m.present.iter().map(|p| p.name.as_str()).collect::<Vec<_>>()), Some(vec!["Баранова С.А.", "Ткаченко О.Н.", "Кирилловой А.С.", "Белозерова К.П."]));
        // A commission set up in a clause is no composition of the meeting.
        let src = "ПРИКАЗЫВАЮ:\n1. Создать комиссию в составе:\nпредседательствующий – Иванов И.И.,\nчлены комиссии: Петрова А.А.\n";
        let blocks = crate::block::classify(src, &crate::lex::lines(src));
        let mut meeting = Meeting { format: None, chair: None, secretary: None, present: Vec::new(), heard: Vec::new() };
        assert!(!composition(src, &blocks, &mut meeting));
    }

    fn names(people: &[Person]) -> Vec<(&str, Option<&str>)> {
        people.iter().map(|p| (p.name.as_str(), p.position.as_deref())).collect()
    }

    #[test]
    fn a_chair_heading_without_a_colon_and_a_position_over_four_lines() {
        let chair = |src: &str| crate::parse(src).meeting.and_then(|m| m.chair).map(|p| p.name);
        let src = "ПРОТОКОЛ\n\nПредседательствовал\nГубернатор края,\nпредседатель комиссии\nв крае\nВ.В.ВОЛКОВ\n\nПрисутствовали:\nчлены комиссии.\n\n1. Принять к сведению.\n";
        assert_eq!(chair(src).as_deref(), Some("В.В.ВОЛКОВ"));
        let src = "ПРОТОКОЛ\n\nПредседательствовал: заместитель Министра Российской Федерации по\nделам гражданской обороны, чрезвычайным ситуациям и ликвидации\nпоследствий стихийных бедствий генерал-лейтенант внутренней службы\nА.Н. Гуляев\n\n1. Принять к сведению.\n";
        assert_eq!(chair(src).as_deref(), Some("А.Н. Гуляев"));
        // Those invited, by a plain noun, and in bullets.
        let present = |src: &str| crate::parse(src).meeting.map(|m| m.present.into_iter().map(|p| p.name).collect::<Vec<_>>()).unwrap_or_default();
        assert_eq!(present("ПРОТОКОЛ\n\nПриглашенные лица:\nСафин И.М. – главный инженер;\n\n1. Принять к сведению.\n"), ["Сафин И.М."]);
        assert_eq!(present("ПРОТОКОЛ\n\nПриглашены:\n- Фомина Л.А. – директор школы;\n- Ремезова Н.И. – специалист.\n\n1. Принять к сведению.\n"), ["Фомина Л.А.", "Ремезова Н.И."]);
        // After a list ended with a stop, a sentence naming no one first is the minutes'.
        let src = "ПРОТОКОЛ\n\nПриглашены:\tБелоусов И.Н. – бухгалтер,\n\t\tЗайцева М.В. – юрист.\nСобрание открыл председатель правления ГСК Шадрин В.А.\nДля подсчета голосов избрана счетная комиссия в составе: Лапин С.Г., Ермолаев П.Д.\n\n1. Принять к сведению.\n";
        assert_eq!(present(src), ["Белоусов И.Н.", "Зайцева М.В."]);
        // A co-chair named below the chair leaves the chair as it is.
        let src = "ПРОТОКОЛ\n\nПредседатель: Глава округа — А.В. Герасимов\nРуководитель оперативной группы — начальник отделения С.Н. Ларионов\n\n1. Принять к сведению.\n";
        assert_eq!(chair(src).as_deref(), Some("А.В. Герасимов"));
    }

    #[test]
    fn officers_a_general_meeting_elects() {
        let src = "ПРОТОКОЛ № 1\nобщего собрания членов ГСК\n\nСобрание открыл председатель правления ГСК Шадрин В.А.\nПредседателем собрания избран Шадрин В.А., секретарем – Кокорина Т.М. (голосовали единогласно).\n\nРЕШИЛИ:\n1. Утвердить отчет.\n";
        let meeting = crate::parse(src).meeting;
        let names = meeting.map(|m| (m.chair.map(|p| p.name), m.secretary.map(|p| p.name)));
        assert_eq!(names, Some((Some("Шадрин В.А.".to_string()), Some("Кокорина Т.М.".to_string()))));
    }

    #[test]
    fn position_before_the_name() {
        let item = "заместитель председателя Правительства края Сидоров А.Б.";
        let chair = person_item(item, 0, item.len());
        assert_eq!(chair.as_ref().map(|p| (p.name.as_str(), p.position.as_deref())), Some(("Сидоров А.Б.", Some("заместитель председателя Правительства края"))));
        let two = "Иванов И.И. и Петров П.П.";
        assert!(position_then_name(two, 0, two.len()).is_none());
    }

    #[test]
    fn several_people_on_one_line_of_those_present() {
        let line = "Пермяков Д.А. - директор ООО «УК «Жилсервис», Зиннатуллин Р.Р. - начальник отдела, Мельникова А.В. (председатель), Шестаков Д.И.";
        let items: Vec<&str> = split_items(line, 0, line.len()).into_iter().filter_map(|(a, b)| line.get(a..b)).collect();
        assert_eq!(items, ["Пермяков Д.А. - директор ООО «УК «Жилсервис»", "Зиннатуллин Р.Р. - начальник отдела", "Мельникова А.В. (председатель)", "Шестаков Д.И."]);
        let line = "Лыгденов А.С.; главы муниципальных образований, депутаты";
        assert_eq!(split_items(line, 0, line.len()).len(), 2);
    }

    #[test]
    fn those_present_each_after_a_position_in_one_paragraph() {
        let src = "Присутствовали: заместитель министра - Шмидт Г.И., начальник управления растениеводства - Прохоров С.Н., \
                   руководитель ФГБУ \"Россельхозцентр\" - Галкина Л.А. (по согласованию), начальники управлений районов (в режиме ВКС).\n";
        let meeting = read(src, &crate::block::classify(src, &crate::lex::lines(src))).expect("a meeting");
        let want = [("Шмидт Г.И.", Some("заместитель министра")), ("Прохоров С.Н.", Some("начальник управления растениеводства")), ("Галкина Л.А.", Some("руководитель ФГБУ \"Россельхозцентр\""))];
        assert_eq!(names(&meeting.present), want);
    }

    #[test]
    fn those_present_in_a_markdown_table() {
        let src = "ПРОТОКОЛ\n\n**Присутствовали:**\n\n| **№** | **Ф.И.О.** | **Должность** |\n|---|---|---|\n\
                   | 1 | Дёмина Марина Юрьевна | начальник отдела |\n| 2 | Руководители МОУО | по списку |\n\nРЕШИЛИ:\n1. Принять к сведению.\n";
        let present = crate::parse(src).meeting.map(|m| m.present).unwrap_or_default();
        let got: Vec<(&str, Option<&str>)> = present.iter().map(|p| (p.name.as_str(), p.position.as_deref())).collect();
        assert_eq!(got, [("Дёмина Марина Юрьевна", Some("начальник отдела"))]);
        assert_eq!(present.first().and_then(|p| src.get(p.span.start as usize..p.span.end as usize)), Some("Дёмина Марина Юрьевна | начальник отдела"));
        // A table in tabs, its rows numbered.
        let src = "ПРОТОКОЛ\n\nПрисутствовали:\n№ п/п\tФ.И.О.\tДолжность\n1.\tШевчук А.Н.\tпервый заместитель министра\n\
                   2.\tКуликова Е.С.\tзаместитель министра\n\nРЕШИЛИ:\n1. Принять к сведению.\n";
        let present = crate::parse(src).meeting.map(|m| m.present).unwrap_or_default();
        let got: Vec<(&str, Option<&str>)> = present.iter().map(|p| (p.name.as_str(), p.position.as_deref())).collect();
        assert_eq!(got, [("Шевчук А.Н.", Some("первый заместитель министра")), ("Куликова Е.С.", Some("заместитель министра"))]);
        // Unnumbered, the header's last word no surname of the first row's initials.
        let src = "ПРОТОКОЛ\n\nПрисутствовали:\nФ.И.О.\tДолжность\nЮ.А. Шевцова\tзаместитель начальника\nО.В. Курбатова\tначальник отдела\n\nРЕШИЛИ:\n1. Принять к сведению.\n";
        let present = crate::parse(src).meeting.map(|m| m.present).unwrap_or_default();
        let names: Vec<&str> = present.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Ю.А. Шевцова", "О.В. Курбатова"]);
        // Names in two columns, no positions.
        let src = "ПРОТОКОЛ\n\nПрисутствовали:\nАндреева Л.В.\t\t\tКудрявцев П.С.\nБелоусова Т.М.\t\t\tМакарова И.Н.\n\nРЕШИЛИ:\n1. Принять к сведению.\n";
        let present = crate::parse(src).meeting.map(|m| m.present).unwrap_or_default();
        let got: Vec<(&str, Option<&str>)> = present.iter().map(|p| (p.name.as_str(), p.position.as_deref())).collect();
        assert_eq!(got, [("Андреева Л.В.", None), ("Кудрявцев П.С.", None), ("Белоусова Т.М.", None), ("Макарова И.Н.", None)]);
    }

    #[test]
    fn the_chair_named_so_among_those_present() {
        let src = "ПРОТОКОЛ\n\nПрисутствовали:\nТарасенкова А.В.\t– первый заместитель министра, председатель;\nГусейнова Р.Р.\t– начальник отдела.\n\nРЕШИЛИ:\n1. Принять к сведению.\n";
        let chair = crate::parse(src).meeting.and_then(|m| m.chair).map(|p| (p.name, p.position));
        assert_eq!(chair, Some(("Тарасенкова А.В.".to_string(), Some("первый заместитель министра".to_string()))));
    }

    #[test]
    fn those_present_in_a_table_with_the_surname_above_the_first_name() {
        let src = "Присутствовали:\nБердников\t\t–\tпервый заместитель министра жилищно-\nОлег Витальевич\t\tкоммунального хозяйства края\n\
                   Лукашевич\t\t–\tначальник управления топливно-\nМарина Сергеевна\t\tэнергетического комплекса министерства\n\t\t\t\tжилищно-коммунального хозяйства края\n\
                   Шкуратов\t\t–\tзаместитель министра энергетики края\nДенис Андреевич\n";
        let meeting = read(src, &crate::block::classify(src, &crate::lex::lines(src))).expect("a meeting");
        let want = [
            ("Бердников Олег Витальевич", Some("первый заместитель министра жилищно-коммунального хозяйства края")),
            ("Лукашевич Марина Сергеевна", Some("начальник управления топливно-энергетического комплекса министерства жилищно-коммунального хозяйства края")),
            ("Шкуратов Денис Андреевич", Some("заместитель министра энергетики края")),
        ];
        assert_eq!(names(&meeting.present), want);
    }

    /// The same table as `pdftotext -layout` prints it, the columns set with spaces and the
    /// position going on in its column with a capital.
    #[test]
    fn those_present_with_the_surname_above_the_first_name_in_columns_of_spaces() {
        let src = "Председательствовал:\n      Жукова                     – заместитель директора Департамента\n      Наталья Викторовна           образования и науки Курганской области\n\n\
                   Присутствовали:\n      Носкова                    – начальник управления общего образования\n      Елена Анатольевна            Департамента образования и науки\n\
                   \x20                                 Курганской области\n      Шарипова                   – начальник отдела\n      Ирина Геннадьевна\n\nРЕШИЛИ:\n1. Принять.\n";
        let meeting = read(src, &crate::block::classify(src, &crate::lex::lines(src))).expect("a meeting");
        let chair = meeting.chair.as_ref().map(|p| (p.name.as_str(), p.position.as_deref()));
        assert_eq!(chair, Some(("Жукова Наталья Викторовна", Some("заместитель директора Департамента образования и науки Курганской области"))));
        let want = [
            ("Носкова Елена Анатольевна", Some("начальник управления общего образования Департамента образования и науки Курганской области")),
            ("Шарипова Ирина Геннадьевна", Some("начальник отдела")),
        ];
        assert_eq!(names(&meeting.present), want);
    }

    #[test]
    fn a_secretary_named_beside_the_chair() {
        let src = "ПРОТОКОЛ № 2\nобщего собрания членов СНТ\n\nПредседатель собрания – Иванова А.П.,  секретарь – Петров С.С.\n\nРЕШИЛИ:\n1. Утвердить смету.\n";
        let meeting = crate::parse(src).meeting;
        let name = |p: Option<&crate::model::Person>| p.map(|p| p.name.clone());
        assert_eq!(name(meeting.as_ref().and_then(|m| m.chair.as_ref())).as_deref(), Some("Иванова А.П."));
        assert_eq!(name(meeting.as_ref().and_then(|m| m.secretary.as_ref())).as_deref(), Some("Петров С.С."));
    }

    #[test]
    fn a_chair_s_position_wrapped_over_lines() {
        let chair = |src: &str| {
            let blocks = crate::block::classify(src, &crate::lex::lines(src));
            read(src, &blocks).and_then(|m| m.chair).map(|p| (p.name, p.position))
        };
        let src = "Председательствовал: Первый заместитель Губернатора Курской области,\nруководитель штаба А.Н. Смирнов\n\nРЕШИЛИ:\n1. Принять.\n";
        assert_eq!(chair(src), Some(("А.Н. Смирнов".into(), Some("Первый заместитель Губернатора Курской области, руководитель штаба".into()))));
        let src = "Председательствовал: Корнилов А.В. – заместитель руководителя\nадминистрации района, председатель комиссии.\n\nПрисутствовали: Иванов И.И.\n";
        assert_eq!(chair(src), Some(("Корнилов А.В.".into(), Some("заместитель руководителя администрации района, председатель комиссии".into()))));
    }

    #[test]
    fn group_label_before_those_present() {
        let item = "Члены комиссии: Кузнецова Е.А., Павлов Д.Н.";
        assert_eq!(names(&present_item(item, 0, item.len())), vec![("Кузнецова Е.А.", None), ("Павлов Д.Н.", None)]);
        let with_position = "От министерства: Кузнецова Е.А. – министр здравоохранения";
        assert_eq!(names(&present_item(with_position, 0, with_position.len())), vec![("Кузнецова Е.А.", Some("министр здравоохранения"))]);
        assert_eq!(group_label_len("М.Н. Солодовник: начальник отдела"), 0);
    }

    #[test]
    fn a_numbered_list_of_those_present() {
        let src = "Присутствовали члены рабочей группы:\n1. Чугайнова Е.П. – начальник финансового управления;\n2. Мехоношина Л.А. – начальник отдела.\n\nРЕШИЛИ:\n1. Информацию принять к сведению.\n";
        let blocks = crate::block::classify(src, &crate::lex::lines(src));
        let present = read(src, &blocks).map(|m| m.present).unwrap_or_default();
        assert_eq!(names(&present), vec![("Чугайнова Е.П.", Some("начальник финансового управления")), ("Мехоношина Л.А.", Some("начальник отдела"))]);
        // They are no question either: the decisions are the clauses.
        let numbers: Vec<Option<String>> = crate::parse(src).clauses.iter().map(|c| c.number.clone()).collect();
        assert_eq!(numbers, [Some("1".to_string())]);
    }

    /// `Присутствовали: члены штаба (список прилагается)`: those present are the appendix's list.
    #[test]
    fn those_present_listed_in_the_appendix_the_record_points_to() {
        let doc = |attendance: &str| {
            crate::parse(&format!(
                "ПРОТОКОЛ\n\nПредседатель: Карпенко Ж.В.\nПрисутствовали:\t{attendance}\n\nРЕШИЛИ:\n1. Информацию принять к сведению.\n\n\
                 Председатель\t\tЖ.В. Карпенко\n\nПриложение\nк протоколу от 12.11.2020 № 12\n\n\
                 Список членов оперативного штаба, присутствовавших на заседании\n\n№ п/п\tФ.И.О.\tДолжность\n\
                 1.\tКарпенко Ж.В.\tпредседатель комитета\n2.\tТкаченко Р.В.\tзаместитель председателя комитета\n"
            ))
        };
        let present = |attendance: &str| doc(attendance).meeting.map(|m| m.present.into_iter().map(|p| p.name).collect::<Vec<_>>()).unwrap_or_default();
        assert_eq!(present("члены оперативного штаба (список прилагается), руководители учреждений"), ["Карпенко Ж.В.", "Ткаченко Р.В."]);
        let titled = |title: &str| {
            let src = format!(
                "ПРОТОКОЛ\n\nПрисутствовали: члены рабочей группы (список – приложение № 1)\n\nРЕШИЛИ:\n1. Принять к сведению.\n\n\
                 Председатель\t\tЕ.В. Ширяева\n\nПриложение № 1\n{title}\nШиряева Е.В. – заместитель министра;\nКим О.А. – начальник отдела.\n"
            );
            crate::parse(&src).meeting.map(|m| m.present.len()).unwrap_or_default()
        };
        assert_eq!(titled("Состав участников заседания рабочей группы"), 2);
        // A record that points to no list keeps its own.
        assert!(present("руководители учреждений").is_empty());
        // The invited the record names are present with the list, each once; the pointer may
        // stand on the attendance's wrapped line.
        let invited = "члены оперативного штаба, руководители\nучреждений (по списку – приложение к протоколу)\nПриглашенные: Ткаченко Р.В. – заместитель председателя;\nБоброва О.А. – инспектор.";
        assert_eq!(present(invited), ["Ткаченко Р.В.", "Боброва О.А.", "Карпенко Ж.В."]);
    }

    /// With no `Форма проведения:` line, a sentence on how the meeting was held names its format;
    /// a note on some of those present does not.
    #[test]
    fn a_remote_format_stated_near_the_top() {
        assert_eq!(remote_phrase("Совещание проведено в режиме видео-конференц-связи."), Some("в режиме видео-конференц-связи".to_string()));
        assert_eq!(remote_phrase("Заседание проводилось в формате видеоконференцсвязи (ВКС) с районами."), Some("в формате видеоконференцсвязи (ВКС)".to_string()));
        assert_eq!(remote_phrase("Место проведения: министерство, формат – видеоконференцсвязь (ВКС) с муниципальными образованиями"), Some("видеоконференцсвязь (ВКС) с муниципальными образованиями".to_string()));
        assert_eq!(remote_phrase("главы поселений (в режиме ВКС)."), None);
        assert_eq!(remote_phrase("Совещание проведено в режиме изоляции."), None);
    }

    #[test]
    fn speakers_in_parentheses_under_a_question_are_heard() {
        let src = "Присутствовали: Иванов И.И.\n1. О вакцинации\n(Степченков К.С., Новикова В.И.)\n(приложение 1)\n(Иванов И.И. – доклад)\n";
        let blocks = crate::block::classify(src, &crate::lex::lines(src));
        let heard = read(src, &blocks).map(|m| m.heard);
        assert_eq!(heard, Some(vec!["Степченков К.С.".to_string(), "Новикова В.И.".to_string()]));
        let labelled = src.replace("(Степченков К.С.,", "(Доклад: Степченков К.С.,");
        let blocks = crate::block::classify(&labelled, &crate::lex::lines(&labelled));
        assert_eq!(read(&labelled, &blocks).map(|m| m.heard), heard, "a speakers' label, not a term's");
        // A group named by its post after the persons is no person heard.
        let grouped = src.replace("Новикова В.И.)", "Новикова В.И., главы муниципальных образований)");
        let blocks = crate::block::classify(&grouped, &crate::lex::lines(&grouped));
        assert_eq!(read(&grouped, &blocks).map(|m| m.heard), heard, "a group after the persons");
        // A label before each name.
        for each in [
            "(Доклад: Степченков К.С., содоклад: Новикова В.И.)",
            "(докладчик – Степченков К.С.; содокладчик – Новикова В.И.)",
            "(докладчик – Степченков К.С., начальник управления контроля, надзора и лицензирования; содокладчик – Новикова В.И., директор)",
        ] {
            let labelled = src.replace("(Степченков К.С., Новикова В.И.)", each);
            let blocks = crate::block::classify(&labelled, &crate::lex::lines(&labelled));
            assert_eq!(read(&labelled, &blocks).map(|m| m.heard), heard, "{each}");
        }
        // No meeting section, no meeting.
        let src = "1. О вакцинации\n(Степченков К.С.)\n";
        assert!(read(src, &crate::block::classify(src, &crate::lex::lines(src))).is_none());
    }
}
