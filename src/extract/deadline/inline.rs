//! Terms inside a clause's text: one that closes the clause (`… разместить на сайте до 01
//! ноября 2020 года.`) or one in parentheses (`(срок – до 1 ноября)`).
//!
//! The finder runs once per clause, so it does only the work its answer needs. The parenthesised
//! term is looked for in the text as written (only a `(` gets a closer look). The last words are
//! found walking back from the end, only they are lower-cased, and the grammars run only after
//! words that can open a term. Lower-casing keeps every char's byte length and never turns a
//! space into a non-space or back (a test checks every char), so words and offsets are the same
//! in the text as written and in its lower case.

use super::{by_term, is_continuous_only, recurring_phrase, relative, PeriodLit, Point, Term};
use crate::extract::date::lower_same_len;
use crate::text::{char_at, is_space, is_space_or_emphasis};

/// How many of the clause's last words may open its closing term.
const CLOSING_WORDS: usize = 64;

/// How many words before a candidate [`opens_period`] reads. A `by` term is at most some fifteen
/// words long, so with today's grammar these words lie among the last 64 anyway; keeping them
/// means the answer does not rest on that bound.
const PERIOD_WORDS: usize = 3;

/// How many of the last words the finder keeps: the candidates and the words before them.
const KEPT_WORDS: usize = CLOSING_WORDS + PERIOD_WORDS;

/// Finds a term that closes a clause's text (`… разместить на сайте до 01 ноября 2020 года.`),
/// stands in parentheses (`(срок – до 1 ноября)`) or follows a label that opens the last
/// sentence (`… реестр лагерей. Срок исполнения: 1 апреля 2021 г.`): its byte range in `text`.
///
/// Of the last 64 words, the first that opens a closing term running to the end of the text wins,
/// so `в срок до 1 июня` is taken whole rather than from `до`.
///
/// A term inside the quoted title of another act (`… приказ … «О подготовке к началу 2022/2023
/// учебного года».`) is that act's subject, not a term.
pub(crate) fn find_inline(text: &str) -> Option<(usize, usize)> {
    if let Some(found) = find_parenthesised(text) {
        return Some(found);
    }
    if let Some(found) = labelled_last_sentence(text) {
        return Some(found);
    }
    let outside_quotes = |&(s, _): &(usize, usize)| !inside_quotes(text, s);
    closing_words(text)
        .filter(outside_quotes)
        .or_else(|| dashed_term(text))
        .or_else(|| closing_an_earlier_sentence(text, closing_words))
        .or_else(|| before_how(text).find_map(closing_words))
        .or_else(|| before_gerund(text).and_then(closing_words))
        .or_else(|| before_note(text).and_then(closing_words).filter(|&r| names_its_time(text, r)))
        .or_else(|| before_attachment(text).and_then(closing_words).filter(|&r| names_a_day(text, r) || keeps_to_schedule(text, r)))
        .filter(outside_quotes)
        .filter(|&(s, _)| !after_participle(text, s) && !inside_purpose(text, s) && !names_readiness(text, s) && !names_keeping(text, s))
        // `Информировать, в течение 3 рабочих дней с момента выявления, управление …`: a term
        // set off by commas ends at its closing comma.
        .map(|(s, e)| set_off_term(text).filter(|&(s2, e2)| s2 == s && e2 < e).unwrap_or((s, e)))
}

/// `…, а также хранение олимпиадных работ в течение одного года`, `хранить пробы в течение 48
/// часов`: how long a thing is kept, no term, after a word of keeping in the phrase that ends at
/// byte `at` (since its comma or semicolon).
fn names_keeping(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("");
    let phrase = before.rsplit([',', ';', ':']).next().unwrap_or(before);
    let lasting = text.get(at..).is_some_and(|t| crate::block::scan::starts_with_any_lower(t, &["в течение", "не менее", "не более"]));
    lasting && phrase.split(is_space).any(|w| crate::block::scan::with_lower(w, |l| l.starts_with("хран")))
}

/// `Признать школы готовыми к началу 2016-2017 учебного года`, `проверка готовности к …`: what
/// a thing is ready for, no term, after a word of readiness (no verb: `готовить к …` times the
/// work) before byte `at`.
fn names_readiness(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("").trim_end_matches(is_space);
    let word = before.rsplit(is_space).next().unwrap_or("");
    crate::block::scan::with_lower(word, |w| w.starts_with("готов") && !w.ends_with("ить") && !w.ends_with("иться"))
}

/// `В целях обеспечения безопасности детей в период летней оздоровительной кампании 2020
/// года:`: a clause that is all a purpose phrase, with no comma before byte `at` to end it; a
/// time inside it says when the goal holds, not when to act.
fn inside_purpose(text: &str, at: usize) -> bool {
    let opening = text.trim_start_matches(is_space_or_emphasis);
    let purpose = ["В целях ", "в целях "].iter().any(|p| opening.starts_with(p));
    purpose && !text.get(..at).is_some_and(|before| before.contains(','))
}

/// Whether the word before byte `at` is an active participle (`занятий, приходящихся на период
/// командировки`, `работников, находящихся в отпуске`): what follows describes a thing, not when
/// to act.
pub(super) fn after_participle(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("").trim_end_matches(is_space);
    let word = before.rsplit(is_space).next().unwrap_or("");
    // Set off by a comma, as a participial phrase is (`обучающихся в I полугодии`, a participle
    // become a noun, is not).
    let set_off = before.get(..before.len() - word.len()).is_some_and(|b| b.trim_end_matches(is_space).ends_with(','));
    const ENDINGS: [&str; 10] = ["щихся", "щийся", "щимся", "щегося", "щемуся", "вшихся", "вшийся", "ящих", "ащих", "ющих"];
    set_off && word.chars().count() > 6 && ENDINGS.iter().any(|e| word.ends_with(e))
}

/// Whether the last word of `before` is a participle (`действующий`, `утвержденных`), which the
/// words after it qualify.
fn ends_with_participle(before: &str) -> bool {
    const ENDINGS: [&str; 18] =
        ["щий", "щая", "щее", "щие", "щих", "щего", "вший", "вшие", "вших", "вшего", "нный", "нная", "нное", "нные", "нных", "нного", "нной", "нном"];
    let word = before.trim_end_matches(is_space).rsplit(is_space).next().unwrap_or("");
    word.chars().count() > 5 && ENDINGS.iter().any(|e| word.ends_with(e))
}

/// Phrases that may follow a term at the end of a clause, saying how rather than when (`…
/// еженедельно по пятницам до 12:00 по форме согласно приложению`, `… с 30 декабря по 8 января
/// по графику, утвержденному …`, `… во II квартале 2022 г. за счет средств …`), lower case with
/// the space before them.
const HOW_PHRASES: [&str; 21] = [
    " по форме",
    " в полном объеме",
    " в полном объёме",
    " в установленном порядке",
    " в части касающейся",
    " в части, касающейся",
    " в соответствии с",
    " в рамках",
    " за счет",
    " за счёт",
    " силами",
    " с привлечением",
    " в пределах",
    " по установленной форме",
    " по графику",
    " согласно ",
    " (ответственн",
    " (Ответственн",
    " по телефону",
    " по электронной почте",
    " по факсу",
];

/// `text` up to each of [`HOW_PHRASES`] (or a responsible note in parentheses, `до 15
/// декабря (ответственный – Клименко О.И.)`) among its last 200 bytes, the last first, for a
/// term before it: one phrase may follow another (`… до 12:00 по форме согласно приложению`).
/// The phrases stand inside a sentence, in lower case, so the text is searched as written: each
/// space from the end is tried as a phrase's start.
pub(super) fn before_how(text: &str) -> impl Iterator<Item = &str> {
    let from = tail_start(text).unwrap_or(text.len());
    let tail = text.get(from..).unwrap_or("").as_bytes();
    let opens_phrase = move |at: &usize| tail.get(*at..).is_some_and(|rest| HOW_PHRASES.iter().any(|p| rest.starts_with(p.as_bytes())));
    memchr::memrchr_iter(b' ', tail).filter(opens_phrase).filter_map(move |at| text.get(..from + at))
}

/// `text` up to a short note in parentheses closing it that names no day, month or year (`… с 1 по
/// 21 июня 2021 года (1 смена);`, `(по согласованию)`), for a dated term before it. Not a
/// reference to an attachment (`… в летний период 2021 года (приложение 1)`): that clause names
/// a paper, and the period what the paper is for.
pub(super) fn before_note(text: &str) -> Option<&str> {
    let (open, note) = closing_note(text)?;
    let lower = lower_same_len(note);
    let refers = ["далее", "форм", "пункт"].iter().chain(&ATTACHMENT_WORDS).any(|w| lower.contains(w));
    let undated = !refers && super::item_note(note).is_ok_and(|(rest, _)| rest.is_empty());
    undated.then(|| text.get(..open)).flatten().filter(|before| !before.trim_matches(is_space).is_empty())
}

/// Stems of the words (lower case) of a note that refers to an attachment.
const ATTACHMENT_WORDS: [&str; 2] = ["приложени", "прилагается"];

/// The note in parentheses closing `text` (closing punctuation after it aside): where it opens,
/// and the note with its parentheses.
fn closing_note(text: &str) -> Option<(usize, &str)> {
    let trimmed = trim_closing(text).trim_end_matches(is_space);
    let open = trimmed.strip_suffix(')')?.rfind('(')?;
    Some((open, trimmed.get(open..)?))
}

/// `text` up to a note in parentheses closing it that refers to an attachment (`… до 01.10.2024
/// (приложение 1).`), for a day to act by before it; a period there says what the paper is for
/// (see [`before_note`]).
pub(super) fn before_attachment(text: &str) -> Option<&str> {
    let (open, note) = closing_note(text)?;
    let inner = lower_same_len(note.strip_prefix('(').unwrap_or(note));
    ATTACHMENT_WORDS.iter().any(|w| inner.starts_with(w)).then(|| text.get(..open)).flatten()
}

/// Whether the term at `range` of `text` is a day to act by or on (`до 01.10.2024`).
pub(super) fn names_a_day(text: &str, (s, e): (usize, usize)) -> bool {
    text.get(s..e).and_then(super::parse_term).is_some_and(|t| matches!(t, Term::By(_) | Term::On(_)))
}

/// Whether the term at `range` of `text` keeps to the schedule the note after it attaches (`в
/// сроки, установленные планом-графиком (приложение)`, `в соответствии с графиком (приложение
/// № 2)`).
pub(super) fn keeps_to_schedule(text: &str, (s, e): (usize, usize)) -> bool {
    let term = lower_same_len(text.get(s..e).unwrap_or(""));
    let term = term.trim_end_matches(is_space);
    let set_terms = CLOSING_EVENT_OPENERS.iter().filter(|o| o.starts_with("в сроки, "));
    SCHEDULE_TERMS.contains(&term) || set_terms.into_iter().any(|o| term.starts_with(o))
}

/// Whether the term at `range` of `text` names a time of its own: no event (an event before a
/// note, `в период половодья (приложение № 2)`, says what the clause's object is for).
pub(super) fn names_its_time(text: &str, (s, e): (usize, usize)) -> bool {
    text.get(s..e).and_then(super::parse_term).is_some_and(|t| !matches!(t, Term::Event))
}

/// Where the last 200 bytes of a clause start (at a char boundary): what may follow a closing
/// term is looked for there.
fn tail_start(text: &str) -> Option<usize> {
    (text.len().saturating_sub(200)..text.len()).find(|&i| text.is_char_boundary(i))
}

/// `text` up to a gerund's phrase set off by a comma among its last 200 bytes (`… в период с 15
/// по 22 апреля, обеспечив участников инвентарем`), for a term before it.
pub(super) fn before_gerund(text: &str) -> Option<&str> {
    let from = tail_start(text)?;
    let commas = memchr::memchr_iter(b',', text.as_bytes().get(from..)?).map(|at| from + at);
    let gerund_after = |at: &usize| {
        let word = text.get(at + 1..).unwrap_or("").trim_start_matches(is_space).split(|c: char| !crate::text::is_letter(c)).next().unwrap_or("");
        word.chars().count() > 4 && word.starts_with(char::is_lowercase) && crate::morph::classify(word).gerund
    };
    let at = commas.into_iter().find(gerund_after)?;
    text.get(..at)
}

/// Whether byte `at` of `text` stands inside quotes: guillemets or curly quotes closed after it
/// and not opened there (the text may also start inside a quoted title), or straight quotes of
/// which an odd number follow, as legal databases print titles (`распоряжение … N 178-р "О мерах
/// … в период паводков 2018 года".`). A guillemet opened before it and never closed does not
/// count: Russian closes nested quotes with one `»` (`ООО «УК «Уютный дом» …`).
pub(super) fn inside_quotes(text: &str, at: usize) -> bool {
    let mut after = QuoteCounts::default();
    after.add(text.get(at..).unwrap_or(""));
    after.inside()
}

/// `… (Шилов П.Е.) провести в срок до 18 апреля 2022 года проверку …`: a term with a full date
/// put after the verb rather than at the end — `в срок до`, `не позднее` anywhere, or `до` right
/// after an infinitive (`провести до 18 апреля 2022 года проверку`); the last such in the text.
///
/// Also a day or a range of days with its year set inside the clause as when the action is done
/// (see [`dated_day_at`]).
pub(crate) fn term_inside(text: &str) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let openers = memchr::memmem::find_iter(bytes, "до ".as_bytes())
        .chain(memchr::memmem::find_iter(bytes, "не позднее ".as_bytes()))
        .chain(memchr::memmem::find_iter(bytes, "к ".as_bytes()));
    let by: Vec<(usize, usize)> = openers.filter_map(|at| dated_term_at(text, at)).collect();
    // A day that a `до` term holds (`не позднее 18 апреля 2022 года`) is that term's.
    let outside_by = |at: &usize| !by.iter().any(|&(s, e)| (s..e).contains(at));
    let word_starts = text.char_indices().filter(|&(i, c)| (c.is_ascii_digit() || c == 'в' || c == 'с') && starts_word(text, i)).map(|(i, _)| i);
    let days = word_starts.filter(outside_by).filter_map(|at| dated_day_at(text, at));
    let before_verb = term_before_verb(text).filter(|&(s, _)| outside_by(&s));
    // `ежегодно, в срок до 25 января, представлять`: the frequency and its day are one term.
    let set_off = set_off_term(text).filter(|&(s, e)| outside_by(&s) && !before_verb.is_some_and(|(bs, be)| bs <= s && e <= be));
    // The last outside quotes: the quotes after each are counted once, walking back.
    let mut found: Vec<(usize, usize)> = by.iter().copied().chain(days).chain(before_verb).chain(set_off).collect();
    found.sort_by_key(|&(start, _)| std::cmp::Reverse(start));
    let mut after = QuoteCounts::default();
    let mut counted_from = text.len();
    found.into_iter().find(|&(start, _)| {
        after.add(text.get(start..counted_from).unwrap_or(""));
        counted_from = start;
        !after.inside()
    })
}

/// Most words of a term set off by commas (see [`set_off_term`]).
const SET_OFF_WORDS: usize = 10;

/// Words of a term tied to an event set off by commas (lower case), beside a count of time
/// ([`super::TIME_UNIT_STEMS`]): the moment counted to (`до начала учебного года`).
const SET_OFF_MOMENTS: [&str; 4] = ["начала", "окончания", "конца", "завершения"];

/// How a term set off by commas opens (lower case).
const SET_OFF_OPENERS: [&str; 7] = ["в течение ", "до ", "не позднее ", "в срок ", "в период ", "с ", "к "];

/// `Незамедлительно, в течение 3 рабочих дней с момента выявления, информировать …`, `Обеспечить,
/// в течение 2025 года, участие …`: a term set off by commas inside a sentence, next to the verb
/// it times (the word before its opening comma or after its closing one), read whole. The first.
pub(super) fn set_off_term(text: &str) -> Option<(usize, usize)> {
    let mut commas = memchr::memchr_iter(b',', text.as_bytes());
    let mut open = commas.next()?;
    commas.find_map(|close| {
        let open = std::mem::replace(&mut open, close);
        let (s, e) = crate::text::trim_range(text, open + 1, close);
        let term = text.get(s..e)?;
        let lower = lower_same_len(term);
        // `с 1 по 12 августа`, `к 1 сентября`, not `с учетом рекомендаций`.
        let dated = |o: &str| !matches!(o, "с " | "к ") || lower.get(o.len()..).is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
        let opens = SET_OFF_OPENERS.iter().any(|o| lower.starts_with(o) && dated(o));
        if !opens || term.split(is_space).filter(|w| !w.is_empty()).count() > SET_OFF_WORDS || term.contains(['«', '»', '(', ';']) {
            return None;
        }
        let word_before = text.get(..open)?.rsplit(is_space).next().unwrap_or("");
        let word_after = text.get(close + 1..)?.split(is_space).find(|w| !w.is_empty()).unwrap_or("");
        let times_verb = crate::morph::is_action_verb(word_before) || crate::morph::is_action_verb(word_after);
        let reads = match super::parse_term(term) {
            // `в течение которого` reads as an event too: one needs a count or a named moment.
            Some(Term::Event) => term.contains(|c: char| c.is_ascii_digit()) || super::TIME_UNIT_STEMS.iter().chain(&SET_OFF_MOMENTS).any(|w| lower.contains(w)),
            Some(_) => true,
            None => false,
        };
        (times_verb && reads && !inside_quotes(text, s)).then_some((s, e))
    })
}

/// The quotes of a stretch of text, counted by kind (see [`inside_quotes`]).
#[derive(Default)]
struct QuoteCounts {
    guillemets: (usize, usize),
    curly: (usize, usize),
    straight: usize,
}

impl QuoteCounts {
    /// Counts the quotes of `part` too.
    fn add(&mut self, part: &str) {
        let count = |quote: &str| memchr::memmem::find_iter(part.as_bytes(), quote.as_bytes()).count();
        self.guillemets = (self.guillemets.0 + count("«"), self.guillemets.1 + count("»"));
        self.curly = (self.curly.0 + count("“"), self.curly.1 + count("”"));
        self.straight += memchr::memchr_iter(b'"', part.as_bytes()).count();
    }

    /// Whether text followed by the counted stretch stands inside quotes.
    fn inside(&self) -> bool {
        self.guillemets.1 > self.guillemets.0 || self.curly.1 > self.curly.0 || self.straight % 2 == 1
    }
}

/// `… обеспечить выполнение и ежегодно до 1 февраля представлять …`, `…; ежеквартально, до 5
/// числа месяца, следующего за отчетным, представлять …`, `… и до 20 января 2023 года направлять
/// …`, `… разработать план до 20 января 2023 года и разместить …`: a term set between two joined
/// actions, before the verb it times (after `и`, a comma or a semicolon), or closing the first
/// with a full date. A frequency right after its verb (`Проводить ежегодно анализ`) is no such
/// term. The first in the text.
fn term_before_verb(text: &str) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let openers = memchr::memmem::find_iter(bytes, "еже".as_bytes())
        .chain(memchr::memmem::find_iter(bytes, "до ".as_bytes()))
        .chain(memchr::memmem::find_iter(bytes, "в течение ".as_bytes()))
        .chain(memchr::memmem::find_iter(bytes, "ный срок".as_bytes()).filter_map(|at| span_term_start(text, at)));
    let outside_notes = |&(s, _): &(usize, usize)| !inside_quotes(text, s) && !text.get(..s).is_some_and(crate::text::unclosed_parenthesis);
    openers.filter(|&at| starts_word(text, at)).filter_map(|at| joined_term_at(text, at)).filter(outside_notes).min()
}

/// `в недельный срок`, `в 3-дневный срок`: where the `в` opening the term whose adjective ends at
/// byte `at` (at `ный срок`) stands, a word or two before.
fn span_term_start(text: &str, at: usize) -> Option<usize> {
    let before = text.get(..at)?;
    let from = crate::span::floor_char_boundary(text, at.saturating_sub(40));
    before.get(from..)?.rfind("в ").map(|k| from + k).filter(|&k| starts_word(text, k))
}

/// Where a term read from `start` to `end` stops when it names the period after the reporting
/// one (`… года, следующего за отчетным`, `… месяца, следующего за отчетным кварталом`), which
/// the grammar reads to the end of a text: after `отчетным` and the period's name.
fn reporting_period_end(text: &str, start: usize, end: usize) -> usize {
    const PHRASE: &str = "следующего за отчетным";
    let Some(at) = text.get(start..end).and_then(|t| t.find(PHRASE)) else { return end };
    let after = start + at + PHRASE.len();
    let next = text.get(after..).unwrap_or("");
    let word = next.trim_start_matches(is_space).split(|c: char| !crate::text::is_letter(c)).next().unwrap_or("");
    let period = matches!(word, "годом" | "кварталом" | "месяцем" | "периодом" | "полугодием");
    if period { after + (next.len() - next.trim_start_matches(is_space).len()) + word.len() } else { after }
}

/// The term at byte `at` (see [`term_before_verb`]), if the words around it join two actions.
fn joined_term_at(text: &str, at: usize) -> Option<(usize, usize)> {
    let lower = lower_window(text, at)?;
    let (rest, recurring) = match super::recurring_phrase(&lower) {
        Ok((rest, _)) => (rest, true),
        Err(_) => match by_term(&lower) {
            Ok((rest, Term::By(Point::Day(d)))) if d.year.is_some() || month_in_words(lower.get(..lower.len() - rest.len()).unwrap_or("")) && !recurs(text.get(..at).unwrap_or(""), rest) => (rest, false),
            // `… проверки, и в недельный срок доложить …`, `… и в течение 10 дней представить …`.
            _ => match super::relative(&lower) {
                Ok((rest, Term::Relative { .. })) => (rest, false),
                _ => return None,
            },
        },
    };
    let end = reporting_period_end(text, at, at + lower.len() - rest.len());
    let before = text.get(..at)?.trim_end_matches(is_space);
    let after = text.get(end..)?.trim_start_matches(|c: char| is_space(c) || c == ',');
    fn first_word(s: &str) -> &str {
        s.split(|c: char| is_space(c) || c == ',' || c == ';').next().unwrap_or("")
    }
    // After `и`, a comma or semicolon, a colon, or a bullet (`- еженедельно, по понедельникам,
    // представлять …`).
    let bullet = before.rsplit('\n').next().is_some_and(|line| {
        let mut chars = line.trim_matches(is_space).chars();
        chars.next().is_some_and(crate::text::is_bullet) && chars.next().is_none()
    });
    let joined_before = before.ends_with([',', ';', ':']) || bullet || before.ends_with(" и") || before.ends_with("\nи");
    // `… в недельный срок до-` / `ложить о результатах`: the verb broken at the line's end.
    let verb_after = match first_word(after).strip_suffix('-') {
        Some(head) if after.get(head.len() + 1..).is_some_and(|gap| gap.starts_with(['\n', '\r'])) => {
            let tail = first_word(after.get(head.len() + 1..).unwrap_or("").trim_start_matches(is_space));
            crate::morph::is_action_verb(&format!("{head}{tail}"))
        }
        _ => crate::morph::is_action_verb(first_word(after)),
    };
    let verb_after_and = after.strip_prefix("и ").is_some_and(|a| crate::morph::is_action_verb(first_word(a.trim_start_matches(is_space))));
    // `представлять ежеквартально, не позднее 5 числа месяца, следующего за отчетным кварталом, в
    // Агентство …`: a frequency with its day, set off by commas right after the verb it times.
    let set_off_after_verb = recurring
        && lower.get(..lower.len() - rest.len()).is_some_and(|term| term.contains(is_space))
        && crate::morph::is_action_verb(before.rsplit(is_space).next().unwrap_or(""))
        && text.get(end..).is_some_and(|a| a.trim_start_matches(is_space).starts_with(','));
    let reads = (joined_before && verb_after) || (!recurring && verb_after_and) || set_off_after_verb;
    reads.then_some((at, end))
}

/// Whether a word starts at byte `i` of `text`: at its start, after a space or after Markdown's
/// emphasis (`**в срок до 15.02.2024**`).
fn starts_word(text: &str, i: usize) -> bool {
    text.get(..i).is_some_and(word_ends_before)
}

/// Whether the text `before` a word leaves it standing apart (see [`starts_word`]).
fn word_ends_before(before: &str) -> bool {
    before.is_empty() || before.ends_with(is_space_or_emphasis)
}

/// How far past its opener a term inside a clause is read, in bytes.
const INSIDE_TERM_BYTES: usize = 160;

/// The lower-cased text from byte `start`, at most [`INSIDE_TERM_BYTES`] of it.
fn lower_window(text: &str, start: usize) -> Option<std::borrow::Cow<'_, str>> {
    let end = crate::span::floor_char_boundary(text, start.saturating_add(INSIDE_TERM_BYTES).min(text.len()));
    Some(lower_same_len(text.get(start..end)?))
}

/// The term with a full date whose `до`, `не позднее` or `к` stands at byte `at` (see
/// [`term_inside`]); `к` only right after the verb or in `в срок к` (`Обеспечить к 01.09.2023
/// готовность …`), as elsewhere it names what a thing is for.
fn dated_term_at(text: &str, at: usize) -> Option<(usize, usize)> {
    let before = text.get(..at)?;
    if !word_ends_before(before) {
        return None;
    }
    // `в срок до`, the words one space apart or more (justified text).
    let in_term = before.trim_end_matches(is_space).strip_suffix("срок").map(|b| b.trim_end_matches(is_space));
    let start = in_term.and_then(|b| b.strip_suffix('в')).filter(|b| word_ends_before(b)).map_or(at, str::len);
    // `Представить отчет до 01.10.2024 в управление образования`: in an instruction, a day to act
    // by after the verb's object; not a term that object names (`Оценить срок до 1 февраля …`,
    // `Продлить действующий до 31.12.2022 договор`).
    let instruction = in_term.is_none() && sentence_opens_with_action(before) && !after_participle(text, at) && !ends_with_participle(before);
    let by_k = text.get(at..)?.starts_with("к ");
    let opens = start < at || text.get(at..)?.starts_with("не ") || after_infinitive(before) || instruction && !by_k;
    if !opens {
        return None;
    }
    let lower = lower_window(text, start)?;
    match by_term(&lower) {
        Ok((rest, Term::By(Point::Day(d)))) if d.year.is_some() || month_in_words(lower.get(..lower.len() - rest.len())?) && !recurs(before, rest) => {
            Some((start, start + lower.len() - rest.len()))
        }
        _ => None,
    }
}

/// Whether a day without its year, between `before` and `after`, falls every year: `ежегодно, в
/// срок до 25 января`, `до 1 марта года, следующего за отчетным`.
fn recurs(before: &str, after: &str) -> bool {
    let before = before.trim_end_matches(|c: char| is_space(c) || c == ',');
    let before = before.strip_suffix("в срок").unwrap_or(before).trim_end_matches(|c: char| is_space(c) || c == ',');
    let word = before.rsplit(is_space).next().unwrap_or("");
    crate::block::scan::with_lower(word, |w| w.starts_with("еже")) || after.trim_start_matches(is_space).starts_with("года")
}

/// Whether a term's words (`до 1 сентября`, not `до 1.09`) name its month in words: a day
/// without its year is a term inside a clause only so (the year is inferred).
fn month_in_words(term: &str) -> bool {
    term.split(is_space).filter(|w| !w.is_empty()).skip(1).any(|w| crate::lexicon::month(w.trim_end_matches(['.', ',', ';'])).is_some())
}

/// `Организовать 29 мая 2024 года совещание`, `… для детей 28 декабря 2023 г. совместно с …`,
/// `Провести в период с 22 декабря 2023 г. по 07 января 2024 г. мероприятия`: a day with its
/// year, or a range of such days after an infinitive, at byte `at`, set inside the clause as when
/// the action is done. Not a date the word before ties to something else (`от 28.12.2023`, `с`,
/// `по`, `на`, `за`, …) or a number after it marks as a document's (`… 2023 г. № 5`).
fn dated_day_at(text: &str, at: usize) -> Option<(usize, usize)> {
    let before = text.get(..at)?.trim_end_matches(is_space);
    let tail = text.get(at..)?;
    let rest_len = if tail.starts_with(|c: char| c.is_ascii_digit()) {
        let previous = lower_same_len(before.rsplit(is_space).next().unwrap_or(""));
        let previous = previous.trim_start_matches(|c: char| !crate::text::is_letter(c));
        // After a word, or a quoted name or note that closes (`ярмарку «Зимний пристрой» 25
        // января 2020 г.`), or a comma closing a phrase when the date closes the clause (checked
        // below); not after a number or a sign (`№ 5`, `п. 3`).
        let comma_after_word = before.strip_suffix(',').is_some_and(|b| b.ends_with(crate::text::is_letter));
        // `ЕГЭ по химии, проведенного 13.06.2023`: a participle's date says when the thing was
        // done, not when to act.
        if before.ends_with(|c: char| !crate::text::is_letter(c) && !matches!(c, '»' | ')')) && !comma_after_word || ties_a_date(previous) || ends_with_participle(before) {
            return None;
        }
        let lower = lower_window(text, at)?;
        // `22-25 ноября 2022 г.`: a range of days; `17.10.2023, 19.10.2023`: days listed; else
        // one day.
        let dated_days = |items: &[PeriodLit]| items.len() > 1 && items.iter().all(|p| matches!(p, PeriodLit::Day(d) if d.year.is_some()));
        let listed = match super::period_list(&lower) {
            Ok((rest, Term::Periods(items))) if dated_days(&items) => Some(rest.len()),
            _ => None,
        };
        match super::between(&lower) {
            Ok((rest, Term::Between(_, to))) if to.year.is_some() => lower.len() - rest.len(),
            _ if listed.is_some() => lower.len() - listed.unwrap_or_default(),
            _ => {
                let (rest, day) = crate::extract::date::day_date(&lower).ok()?;
                day.year.is_some().then_some(lower.len() - rest.len())?
            }
        }
    } else {
        let opens_range = |t: &str| t.strip_prefix("с ").is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
        let named_period = ["в период ", "в сроки ", "в срок "].iter().any(|p| tail.strip_prefix(p).is_some_and(opens_range));
        let bare_range = opens_range(tail);
        let opens_range = bare_range || named_period;
        // `Провести этап олимпиады для 4–11 классов в период с 20 сентября по 27 октября 2023
        // года …`, `Направить в командировку в г. Казань (…) с 22 по 25 ноября 2022 г. …`: a
        // range may stand after the verb's object.
        // Not the period a plan or a schedule is for (`план мероприятий на период с 1 июня …`).
        let purpose = bare_range && before.rsplit(is_space).next().is_some_and(|w| w.starts_with("период"));
        let verb_before = after_infinitive(before) || (opens_range && !purpose && sentence_opens_with_verb(before));
        if !(opens_range || tail.starts_with("в ") || tail.starts_with("во ")) || !verb_before {
            return None;
        }
        let lower = lower_window(text, at)?;
        if opens_range {
            let (rest, range) = super::between(&lower).ok()?;
            matches!(range, Term::Between(_, to) if to.year.is_some()).then_some(lower.len() - rest.len())?
        } else {
            // `Провести в III квартале 2023 года актуализацию`: a quarter, month or half-year
            // with its year written; a bare year says when the object is, not the action.
            let (rest, period) = super::during(&lower).ok()?;
            let written = |p: &PeriodLit| !is_year_like(p) && !matches!(p, PeriodLit::Day(_)) && super::resolve::written_year(*p).is_some();
            let dated = matches!(&period, Term::Periods(items) if items.iter().all(written));
            dated.then_some(lower.len() - rest.len())?
        }
    };
    // Quoted words (`слова «до 1 сентября 2023 года» заменить`) are no term, nor is the day
    // of an event the clause reports on (`по итогам прямой линии … 21 декабря 2023 года`), nor
    // a date in a note in parentheses (`(зарегистрировано Минюстом России 08.08.2023, …)`).
    if crate::text::unclosed_guillemet(before) || names_a_past_event(before) || crate::text::unclosed_parenthesis(before) {
        return None;
    }
    let end = at + rest_len;
    let after = text.get(end..)?.trim_start_matches(|c: char| is_space(c) || c == '.');
    let document = after.starts_with('№') || after.starts_with("N ") || after.starts_with("n ") || after.starts_with("г.р");
    // `…, вошедших в выборку, 8 – 9 октября 2019 года.`: after a comma only a date that closes
    // the clause.
    let after_comma = before.ends_with(',') && !after.trim_matches(|c: char| is_space(c) || matches!(c, '.' | ';')).is_empty();
    (!document && !after_comma).then(|| (at, end + clock_time_len(text.get(end..).unwrap_or(""))))
}

/// `провести 23.10.2023 в 10:00.`: the length of a time of day written after a day (` в 10:00`,
/// `, 10.00`) and closing the clause, which the term's text keeps; 0 if none (`27 декабря 2023 г.
/// в 15.00 в актовом зале` goes on with the place).
fn clock_time_len(after: &str) -> usize {
    let rest = after.trim_start_matches(is_space);
    let rest = rest.strip_prefix(',').unwrap_or(rest).trim_start_matches(is_space);
    let rest = ["в ", "к "].iter().find_map(|p| rest.strip_prefix(p)).unwrap_or(rest);
    match super::time_of_day(rest) {
        Ok((left, _)) if left.trim_matches(|c: char| is_space(c) || matches!(c, '.' | ';')).is_empty() => after.len() - left.len(),
        _ => 0,
    }
}

/// How far before a date [`names_a_past_event`] looks, in bytes.
const EVENT_WORDS_BYTES: usize = 160;

/// Whether the words just before a date tie it to a past event: `по итогам …`, `…, состоявшегося`.
fn names_a_past_event(before: &str) -> bool {
    let from = crate::span::floor_char_boundary(before, before.len().saturating_sub(EVENT_WORDS_BYTES));
    let near = before.get(from..).unwrap_or("");
    ["итогам", "Итогам", "ИТОГАМ", "состоявш", "Состоявш"].iter().any(|w| near.contains(w))
}

/// Words (lower case) after which a date is not when the action is done: the date of a document
/// (`от`), a bound or point of something else (`с`, `по`, `на`, `за`, `к`, `до`, `после`), or a
/// date that a list or a range goes on with.
fn ties_a_date(word: &str) -> bool {
    // `по специальности 15.02.16 Технология машиностроения`: a trade's code, no date.
    let names_trade = matches!(word, "специальности" | "специальностям" | "специальность" | "профессии" | "профессиям" | "профессия" | "подготовки");
    names_trade || matches!(word, "от" | "с" | "со" | "по" | "до" | "на" | "за" | "к" | "в" | "из" | "после" | "перед" | "между" | "и" | "или" | "чем" | "рождения" | "редакции" | "ред.")
}

/// Whether the text before a word ends with an infinitive carrying an action (`провести`), or
/// with one and where it is done (`Приостановить на территории Курганской области`).
fn after_infinitive(before: &str) -> bool {
    let before = before.trim_end_matches(is_space);
    let word = before.rsplit(is_space).next().unwrap_or("");
    if crate::morph::is_action_verb(word) {
        return true;
    }
    let place = before.rfind(" на территории ").and_then(|at| before.get(..at)).filter(|_| !before.contains(|c: char| c.is_ascii_digit()));
    place.is_some_and(|head| crate::morph::is_action_verb(head.rsplit(is_space).next().unwrap_or("")))
}

/// Whether the sentence `before` ends in opens with an infinitive of action (`Провести …`) and
/// names no subject the period could belong to (`отчет о работе …`, `итоги за …`).
fn sentence_opens_with_verb(before: &str) -> bool {
    let mut words = last_sentence(before).split(is_space).filter(|w| !w.is_empty());
    let verb = words.next().is_some_and(crate::morph::is_action_verb);
    verb && !words.any(|w| matches!(w, "о" | "об" | "за"))
}

/// Whether the sentence `before` ends in opens with an infinitive of action (`Представить …`).
fn sentence_opens_with_action(before: &str) -> bool {
    last_sentence(before).split(is_space).find(|w| !w.is_empty()).is_some_and(crate::morph::is_action_verb)
}

/// The last sentence of `before`, from its first word. A stop after a word of three letters or
/// more ends a sentence; `г. Казань` does not.
fn last_sentence(before: &str) -> &str {
    let ends_sentence = |at: &usize| before.get(..*at).and_then(|b| b.rsplit(is_space).next()).is_some_and(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3);
    let from = before.match_indices(". ").map(|(at, _)| at).filter(ends_sentence).last().map_or(0, |at| at + 2);
    before.get(from..).unwrap_or(before).trim_start_matches(is_space)
}

/// How many sentences before the last [`closing_an_earlier_sentence`] looks at.
const EARLIER_SENTENCES: usize = 3;

/// `… привести в соответствие в срок до 1 июля 2022 года. Информацию направить в Думу.`: a term
/// with an end date (`до …`, `не позднее …`) closing one of the sentences before the last,
/// when the last closes with none; `closing` finds the term closing a text.
pub(super) fn closing_an_earlier_sentence(text: &str, closing: impl Fn(&str) -> Option<(usize, usize)>) -> Option<(usize, usize)> {
    let opens_sentence = |i: &usize| text.get(*i..).is_some_and(|rest| rest.trim_start_matches(is_space).starts_with(char::is_uppercase));
    // Such a term ends with a date, so with digits (`2022 года`, `01.07.2022`), near the stop, and
    // says `до`, `позднее` or `к` a little before them.
    let dated = |end: &usize| {
        let tail = |len: usize| text.as_bytes().get(end.saturating_sub(len)..*end).unwrap_or(&[]);
        let opener = |w: &[u8]| memchr::memmem::find(tail(BY_TAIL), w).is_some();
        tail(DATED_TAIL).iter().any(u8::is_ascii_digit) && (opener("до ".as_bytes()) || opener("позднее".as_bytes()) || opener(" к ".as_bytes()))
    };
    let stops = memchr::memrchr_iter(b'.', text.as_bytes()).filter(|&i| text.as_bytes().get(i + 1) == Some(&b' ')).map(|i| i + 1);
    stops.filter(opens_sentence).take(EARLIER_SENTENCES).filter(dated).find_map(|end| {
        let (s, e) = closing(text.get(..end)?)?;
        matches!(super::parse_term(text.get(s..e)?)?, Term::By(_)).then_some((s, e))
    })
}

/// How many bytes before a sentence's stop [`closing_an_earlier_sentence`] looks for a digit in.
const DATED_TAIL: usize = 24;

/// How many bytes before a sentence's stop [`closing_an_earlier_sentence`] looks for `до` in.
const BY_TAIL: usize = 80;

/// The closing term found among the last words (see [`find_inline`]).
fn closing_words(text: &str) -> Option<(usize, usize)> {
    let last = LastWords::of(trim_closing(text));
    let words = last.words();
    let (region, _) = *words.first()?;
    let lower = lower_same_len(text.get(region..)?);
    let body_end = closing_end(&lower);
    let body = lower.get(..body_end)?;
    let candidates = words.get(words.len().saturating_sub(CLOSING_WORDS)..)?;
    let start = candidates.iter().find_map(|&(start, end)| {
        let (start, end) = (start.checked_sub(region)?, end.checked_sub(region)?);
        // `**до 25 мая 2021 года**`: Markdown's emphasis opens the word.
        let start = start + body.get(start..end)?.bytes().take_while(|&b| b == b'*').count();
        let opens = may_open_term(body.get(start..end)?) && closing_term(body.get(start..)?, body.get(..start)?);
        opens.then_some(start)
    })?;
    Some((region + start, region + body_end))
}

/// How long a term set apart by a dash may be, in bytes.
const DASHED_TERM_BYTES: usize = 160;

/// `… обучение вожатых – в течение 2021 года`: a term after a spaced dash that ends the clause.
/// The dash sets it apart from the action, so a period counts here too; an event only when an
/// event phrase opens it (`– по мере необходимости`), and never a tail with quotes or an action
/// verb in it.
pub(super) fn dashed_term(text: &str) -> Option<(usize, usize)> {
    // Only the last bytes are read, and lower-cased only once a dash is found among them.
    let trimmed = trim_closing(text).len();
    let from = (trimmed.saturating_sub(DASHED_TERM_BYTES)..trimmed).find(|&i| text.is_char_boundary(i))?;
    let region = text.get(from..trimmed)?;
    let spaced = |&(i, d): &(usize, &str)| region.get(..i).is_some_and(|b| b.ends_with(' ')) && region.get(i + d.len()..).is_some_and(|a| a.starts_with(' '));
    // A dash inside a range of months (`— ноябрь – декабрь`) or of days (`8 – 9 октября`) sets
    // nothing off: the one before it may.
    let between_days = |at: usize, len: usize| {
        let before = region.get(..at).unwrap_or("").trim_end_matches(is_space);
        let after = region.get(at + len..).unwrap_or("").trim_start_matches(is_space);
        before.ends_with(|c: char| c.is_ascii_digit()) && after.starts_with(|c: char| c.is_ascii_digit())
    };
    let (at, dash_len) = region.rmatch_indices(['–', '-', '—']).filter(spaced).find(|&(at, d)| !opens_range(region.get(..at).unwrap_or("")) && !between_days(at, d.len()))?;
    // `(Николаеву С.С. – по согласованию)`: a dash inside parentheses sets off a note.
    let before = text.get(..from + at)?;
    if crate::text::unclosed_parenthesis(before) || labels_reserve_days(before) {
        return None;
    }
    let dash = at + dash_len.len() + 1;
    let end = from + closing_end(&lower_same_len(text.get(from..)?));
    let tail = region.get(dash..)?;
    let start = from + dash + (tail.len() - tail.trim_start_matches(is_space).len());
    let tail = text.get(start..end)?;
    if tail.contains(['«', '»', '"', '“', '”']) {
        return None;
    }
    let lower = lower_same_len(tail);
    if !opens_a_term(&lower) {
        return None;
    }
    let takes = match super::parse_term(tail)? {
        Term::Event => super::is_event(&lower),
        _ => true,
    };
    (takes && !crate::morph::holds_action_verb(&lower)).then_some((start, end))
}

/// `… 14 февраля 2024 года, в дополнительные сроки – 13 марта …`: the dash sets off the days kept
/// in reserve, listed after the main day (see `period_list`), not a term of its own.
fn labels_reserve_days(before: &str) -> bool {
    let mut words = before.rsplit(is_space).filter(|w| !w.is_empty());
    let (_, label) = (words.next(), words.next().unwrap_or(""));
    let label = lower_same_len(label);
    label.starts_with("дополнительн") || label.starts_with("резервн")
}

/// Whether a dashed tail (lower case) opens as a term does: with a word a closing term opens
/// with, a number, a month, a Roman numeral (`IV квартал`), an event's or a frequency's opening
/// words — not a manner (`– путем размещения объявлений в каждый подъезд`).
fn opens_a_term(lower: &str) -> bool {
    let first = lower.split(|c: char| is_space(c) || matches!(c, ',' | '.' | '-' | '–')).next().unwrap_or("");
    may_open_term(first)
        || first.starts_with(|c: char| c.is_ascii_digit())
        || crate::lexicon::month(first).is_some()
        || crate::lexicon::is_roman_numeral(first)
        || crate::lexicon::EVENT_TERM_OPENERS.iter().chain(crate::lexicon::RECURRING_MARKERS).any(|o| lower.starts_with(o))
}

/// `… в апреле – мае 2022 года`, `в I - II квартале`: the words before a dash end with the first
/// month or quarter of a range, so the dash joins the range rather than sets a term off.
fn opens_range(before: &str) -> bool {
    let word = before.trim_end_matches(is_space).rsplit(is_space).next().unwrap_or("");
    let lower = crate::lexicon::lower(word.trim_end_matches('.'));
    crate::lexicon::month(&lower).is_some() || crate::lexicon::is_roman_numeral(&lower)
}

/// `s` without the whitespace, closing punctuation (`.`, `;`, `,`, the `:` of a lead-in) and
/// Markdown's emphasis at its end.
fn trim_closing(s: &str) -> &str {
    s.trim_end_matches(|c: char| is_space_or_emphasis(c) || matches!(c, '.' | ';' | ',' | ':'))
}

/// `… реестр лагерей. Срок исполнения: 1 апреля 2021 г.`: the term after a deadline label that
/// opens the last sentence, to the end of the text; `None` when there is no such label, or no
/// term after it.
pub(super) fn labelled_last_sentence(text: &str) -> Option<(usize, usize)> {
    let (_, value) = crate::block::scan::scan_trailing_deadline(text)?;
    let end = text.trim_end_matches(|c: char| is_space(c) || matches!(c, ';' | ',')).len();
    (value < end).then_some((value, end))
}

/// Where the clause's words end: before closing punctuation, but after the dot of `г.`.
fn closing_end(lower: &str) -> usize {
    let end = trim_closing(lower).len();
    let body = lower.get(..end).unwrap_or("");
    let abbreviated = body.rsplit(|c: char| !crate::text::is_letter(c)).next().is_some_and(|w| matches!(w, "г" | "гг"));
    if abbreviated && lower.get(end..).is_some_and(|r| r.starts_with('.')) {
        end + 1
    } else {
        end
    }
}

/// The byte ranges of a text's last [`KEPT_WORDS`] words (words as [`is_space`] separates them),
/// found walking back from its end, so that a long text is not read whole.
struct LastWords {
    /// The words, filled from the back: `ranges[first..]` hold them, oldest first.
    ranges: [(usize, usize); KEPT_WORDS],
    /// Where the words start in `ranges`.
    first: usize,
}

impl LastWords {
    /// The last words of `s`.
    fn of(s: &str) -> LastWords {
        let mut last = LastWords { ranges: [(0, 0); KEPT_WORDS], first: KEPT_WORDS };
        let mut i = s.len();
        while last.first > 0 {
            while let Some((prev, true)) = char_before(s, i) {
                i = prev;
            }
            let end = i;
            while let Some((prev, false)) = char_before(s, i) {
                i = prev;
            }
            if i == end {
                break;
            }
            last.push(i, end);
        }
        last
    }

    /// Adds the word `start..end` before the ones kept, if there is room.
    fn push(&mut self, start: usize, end: usize) {
        if let Some(first) = self.first.checked_sub(1) {
            if let Some(slot) = self.ranges.get_mut(first) {
                *slot = (start, end);
                self.first = first;
            }
        }
    }

    /// The words kept, oldest first.
    fn words(&self) -> &[(usize, usize)] {
        self.ranges.get(self.first..).unwrap_or(&[])
    }
}

/// The char that ends at byte `i` of `s`: where it starts and whether it is whitespace (see
/// [`is_space`]); `None` at the start of `s`.
fn char_before(s: &str, i: usize) -> Option<(usize, bool)> {
    let bytes = s.as_bytes();
    let mut start = i.checked_sub(1)?;
    while bytes.get(start).is_some_and(|b| (0x80..0xc0).contains(b)) {
        start = start.checked_sub(1)?;
    }
    // Russian letters, the common case, are never whitespace.
    if matches!(bytes.get(start), Some(0xd0 | 0xd1)) {
        return Some((start, false));
    }
    char_at(s, start).map(|(_, space)| (start, space))
}

/// Whether `tail` is wholly a term that may close a clause; `before` is the clause text up to it
/// (at least its last three words).
///
/// ```text
/// closing_term = by_term | recurring_phrase [closing_event] | day_of_month_term | relative
///              | continuous | closing_period | closing_event | days_of_an_event
///                                                 ; to the end of the text
///              | schedule_term                    ; alone, no year before it
/// ```
///
/// and no infinitive carrying an action in it (see [`crate::morph::holds_action_verb`]).
pub(super) fn closing_term(tail: &str, before: &str) -> bool {
    if !may_open_term(tail.split(is_space).next().unwrap_or("")) {
        return false;
    }
    // `ежене-` / `дельно`: the term is read as the cleaned text joins it.
    if crate::text::has_broken_word(tail) {
        return closing_term(&crate::text::clean(tail), before);
    }
    let by = by_term(tail).is_ok_and(|(rest, term)| whole(rest) && is_inline_point(&term, tail) && !opens_period(before));
    // `до 25 декабря 2024 года и до 25 мая 2025 года`: each day a report is due.
    let by_days = || tail.starts_with("до ") && tail.contains(" до ") && super::by_day_list(tail).is_ok_and(|(rest, _)| whole(trim_closing(rest)));
    let reads = by
        || by_days()
        || names_schedule(tail, before)
        || recurring_phrase(tail).is_ok_and(|(rest, _)| whole(rest) || closing_event(rest.trim_start_matches(is_space)))
        || closing_day_of_month(tail)
        || relative(tail).is_ok_and(|(rest, _)| whole(rest))
        || is_continuous_only(tail)
        || closing_period(tail, before)
        || closing_event(tail)
        || super::days_of_an_event(tail).is_some();
    reads && !crate::morph::holds_action_verb(tail)
}

/// `до 3 числа месяца, следующего за отчетным`, `до 5 числа каждого месяца`, `до 10-го числа`: a
/// day of every month closing the clause, the words after `числа` naming which month.
fn closing_day_of_month(tail: &str) -> bool {
    tail.contains("числа") && super::day_of_month_term(tail).is_ok_and(|(rest, _)| whole(trim_closing(rest)))
}

/// Whether only whitespace remains, or words that change nothing in the term: the word that
/// makes the last day count (`с 14.02.2024 по 28.02.2024 включительно`, `до 1 июня
/// (включительно)`) or the year the day falls in anyway (`до 1 октября текущего года`).
fn whole(rest: &str) -> bool {
    let rest = rest.trim_matches(is_space);
    rest.is_empty() || matches!(rest, "включительно" | "(включительно)" | "текущего года" | "этого года")
}

/// When the action is to be done, said as a period: `в период с 15.08.2022 по 15.09.2022`, `с 1
/// по 10 апреля 2022 года`, `в течение 2022 года`, `в декабре 2022 года`, `во II квартале`.
///
/// Not a bare year (`в 2023 году`, `в 2020-2021 учебном году`), which closes a clause as the time
/// of what its object names (`при проведении ГИА в 2021 году`), nor what a plan or list is for
/// (`на 2022 год`, `на период с 1 июня по 31 августа`).
///
/// ```text
/// closing_period = between | during          ; opening with a preposition
/// ```
fn closing_period(tail: &str, before: &str) -> bool {
    let previous = before.rsplit(is_space).find(|w| !w.is_empty()).unwrap_or("");
    // `Ввести масочный режим на период с 10.01.2025 по 31.01.2025`: how long a measure lasts;
    // not what a plan is for (`Утвердить план мероприятий на период с 1 июня по 31 августа`).
    if tail.starts_with("на период ") {
        let measure = !PLANNED_THINGS.iter().any(|w| before.contains(w));
        return measure && super::between(tail).is_ok_and(|(rest, _)| whole(rest));
    }
    if !tail.starts_with(['в', 'с']) {
        return false;
    }
    if super::between(tail).is_ok_and(|(rest, _)| whole(rest)) {
        return !matches!(previous, "период" | "срок" | "на");
    }
    match super::during(tail) {
        Ok((rest, Term::Periods(items))) if whole(rest) => {
            // `в` / `течение 2023/2024 учебного года`: the phrase may wrap.
            let opens = |words: &'static str| crate::extract::date::phrase(words)(tail).is_ok();
            let duration = opens("в течение") || opens("в период");
            let dated = tail.starts_with('в') && items.iter().any(|p| !is_year_like(p));
            duration || dated
        }
        _ => false,
    }
}

/// Stems of what a period after `на` may be for rather than how long an action lasts (lower
/// case): a plan, a programme, a schedule, a list, an amount, or anything approved for it.
const PLANNED_THINGS: [&str; 9] = ["план", "программ", "график", "перечен", "календар", "карт", "состав", "размер", "утверд"];

/// A calendar or academic year, written or not.
fn is_year_like(period: &PeriodLit) -> bool {
    matches!(period, PeriodLit::Year(_) | PeriodLit::Years(..) | PeriodLit::Academic(_) | PeriodLit::YearUnwritten | PeriodLit::AcademicUnwritten)
}

/// Openers of the event terms that may close a clause: a term set by others (`в установленные
/// сроки`), a campaign or season (`в период летней оздоровительной кампании`, `в течение всего
/// пожароопасного сезона`), the start or end of one (`к началу учебного года`, `до начала смены`,
/// `по окончании сезона`, `до получения результатов обследования`), a need (`по мере
/// необходимости`), or what happens (`незамедлительно`, `не позднее 2 часов с момента
/// происшествия`) or the days of an event (`в день проведения олимпиады`). Not `в соответствии
/// с …` or `в установленном порядке`, which say how (but see [`SCHEDULE_TERMS`]).
const CLOSING_EVENT_OPENERS: [&str; 28] = [
    "в установленные сроки",
    // `в установленные предписаниями сроки`: who set them between.
    "в установленные ",
    "в установленный срок",
    "в сроки, установленные",
    "в сроки, предусмотренные",
    "в сроки, определенные",
    "в период ",
    "в течение всего ",
    "в течение ",
    "на весь период ",
    "на период ",
    "к началу ",
    "до начала ",
    "до окончания ",
    "до завершения ",
    "до получения ",
    "до отмены ",
    "по окончании ",
    "по завершении ",
    "не позднее чем за ",
    "не позднее, чем за ",
    "не менее чем за ",
    "не менее, чем за ",
    "не позднее ",
    "по мере ",
    "по отдельному графику",
    "в день проведения ",
    "в дни проведения ",
];

/// `… передачу заданий в общеобразовательные организации в соответствии с графиком;`: a schedule
/// named bare, closing the clause, is when the action is done. Named with what it holds or who
/// approved it (`согласно графику консультаций`, `в соответствии с графиком, утвержденным …`), it
/// is how the work is organised.
const SCHEDULE_TERMS: [&str; 6] =
    ["в соответствии с графиком", "в соответствии с графиками", "в соответствии с расписанием", "согласно графику", "согласно графикам", "согласно расписанию"];

/// Whether `tail` is one of [`SCHEDULE_TERMS`] and nothing else, with no year named `before` it:
/// `… в период с 20 сентября по 27 октября 2023 года в соответствии с графиком` has its term in
/// the dates.
fn names_schedule(tail: &str, before: &str) -> bool {
    SCHEDULE_TERMS.contains(&trim_closing(tail).trim_end_matches(is_space)) && crate::extract::clause::years_named(before).is_empty()
}

/// Whether `tail` is an event term opened by one of [`CLOSING_EVENT_OPENERS`] or by "at once"
/// (`незамедлительно, но не позднее …`). Not one that runs into a note in parentheses (`в
/// период половодья (приложение № 2)`, `(далее – оперативная группа) в составе …`): that
/// phrase says what the clause's object is for.
fn closing_event(tail: &str) -> bool {
    // `в дни` / `проведения ЕГЭ`: a phrase wrapped over lines reads as written on one; the
    // opener is matched across the break, and only an opened tail is cleaned.
    let openers = || CLOSING_EVENT_OPENERS.iter().chain(&crate::lexicon::AT_ONCE_WORDS);
    let broken = || tail.bytes().take(OPENER_BYTES).any(|b| matches!(b, b'\n' | b'\r' | b'\t'));
    let opened = openers().any(|o| tail.starts_with(o)) || broken() && openers().any(|&o| crate::extract::date::phrase(o)(tail).is_ok());
    if !opened {
        return false;
    }
    let cleaned;
    let tail = if tail.contains(['\n', '\r', '\t']) {
        cleaned = crate::text::clean(tail);
        cleaned.as_str()
    } else {
        tail
    };
    // `в день проведения итогового сочинения (изложения)`: a word in parentheses naming the
    // event again is part of its name.
    let tail = without_closing_word_note(tail);
    // `на период с 1 июня по 31 августа` is what a plan is for, not an event.
    let dated_purpose = tail.starts_with("на период ") && tail.contains(|c: char| c.is_ascii_digit());
    // `в период подъема заболеваемости …, в срок до 1 октября`: the dated term later on is the
    // clause's, the period says what the object is for.
    let at_once = crate::lexicon::AT_ONCE_WORDS.iter().any(|w| tail.starts_with(w));
    // So is `до` a date (`в период летних каникул до 23 мая 2025 года`).
    let dated_by = || tail.match_indices(" до ").any(|(at, m)| tail.get(at + m.len()..).is_some_and(|d| d.starts_with(|c: char| c.is_ascii_digit())));
    let dated_later = !at_once && (tail.contains(" в срок до ") || tail.contains(" не позднее ") || dated_by());
    !dated_purpose && !dated_later && !tail.contains('(') && !runs_into_object(tail) && matches!(super::parse_term(tail), Some(Term::Event))
}

/// How many bytes of a tail an event opener may take: a line break past them breaks none.
const OPENER_BYTES: usize = 64;

/// `в течение летних каникул проведение культурно-массовых мероприятий`: a verbal noun in the
/// nominative or accusative (`проведение`, `развитие`) after the opening words is the action's
/// object, which an event phrase (in the genitive: `в период проведения …`) never holds.
fn runs_into_object(tail: &str) -> bool {
    let words = tail.split(|c: char| is_space(c) || matches!(c, ',' | '.' | ';')).filter(|w| !w.is_empty());
    words.skip(2).any(|w| w.chars().count() > 5 && (w.ends_with("ние") || w.ends_with("тие")))
}

/// `tail` without a closing note in parentheses of one word (`(изложения)`, `(ИС-9)`), and
/// the stop after it; an attachment's (`(приложение)`) stays.
fn without_closing_word_note(tail: &str) -> &str {
    let trimmed = trim_closing(tail).trim_end_matches(is_space);
    let Some(open) = trimmed.strip_suffix(')').and_then(|t| t.rfind('(')) else { return tail };
    let note = trimmed.get(open + 1..trimmed.len() - 1).unwrap_or(" ");
    // Not a reference to an attachment (`(приложение)`): the phrase says what that is for.
    let one_word = !note.is_empty() && !note.contains(|c: char| is_space(c) || c == '(') && !lower_same_len(note).starts_with("прилож");
    if one_word { trimmed.get(..open).unwrap_or(tail).trim_end_matches(is_space) } else { tail }
}

/// First words a closing term may be, exactly: the prepositions of `by_term` (`в срок …`, `не
/// позднее`, `не позже`, `до`, `к`, `по`, each followed by whitespace), of `relative` (`в`, `в
/// течение`), of the continuous terms of several words (`на постоянной основе`, `в
/// постоянном режиме`), of periods (`с 1 по 10 апреля`, `во II квартале`) and of event terms (`согласно графику`).
const OPENING_WORDS: [&str; 9] = ["в", "во", "с", "не", "до", "к", "по", "на", "согласно"];

/// How first words of a closing term may begin: `еже…` opens every `recurring_phrase`, and the
/// one-word continuous terms may be followed by punctuation (`постоянно.`); so may the "at once"
/// words (`lexicon::AT_ONCE_WORDS`: `незамедлительно, но не позднее …`).
const OPENING_PREFIXES: [&str; 5] = ["еже", "постоянно", "систематически", "бессрочно", "регулярно"];

/// The letters [`OPENING_WORDS`] and [`OPENING_PREFIXES`] begin with: a quick first test.
const OPENING_LETTERS: [char; 9] = ['б', 'в', 'д', 'е', 'к', 'н', 'п', 'р', 'с'];

/// Whether a closing term may open with `word`, the first word of a tail (lower case). A
/// necessary condition for [`closing_term`], not a sufficient one: each of its productions opens
/// with a literal, and the literal's first word is one of [`OPENING_WORDS`] followed by
/// whitespace, or begins with one of [`OPENING_PREFIXES`] or an "at once" word and has no
/// whitespace in it.
pub(crate) fn may_open_term(word: &str) -> bool {
    word.chars().next().is_some_and(|c| OPENING_LETTERS.contains(&c))
        && (OPENING_WORDS.contains(&word) || OPENING_PREFIXES.iter().chain(&crate::lexicon::AT_ONCE_WORDS).any(|p| word.starts_with(p)))
}

/// Whether the text ends inside `с 1 …`, so that a following `до 10 апреля` closes a period: of
/// its last three words, one is `с` or `со` and the next starts with a digit or `«`.
pub(super) fn opens_period(before: &str) -> bool {
    let mut recent = before.rsplit(is_space).filter(|w| !w.is_empty());
    let (last, second, third) = (recent.next(), recent.next(), recent.next());
    let opens = |w: &str, next: &str| {
        matches!(w, "с" | "со") && next.starts_with(|c: char| c.is_ascii_digit() || c == '«')
    };
    [(third, second), (second, last)].into_iter().any(|pair| matches!(pair, (Some(w), Some(next)) if opens(w, next)))
}

/// Which `by` terms count when they close a clause: a day (`до 15 декабря`, `к 20 апреля`), the
/// end of a period, or a written month and year — never after `по`, which closes activity periods.
fn is_inline_point(term: &Term, tail: &str) -> bool {
    let point = matches!(term, Term::By(Point::Day(_) | Point::EndOf(_) | Point::StartOf(_) | Point::Before(PeriodLit::Month(_, Some(_)))));
    point && !tail.starts_with("по")
}

/// `(срок – до 1 ноября)`, `(срок исполнения: до 1.12.2020)`, `(ответственный – Петров П.П.,
/// срок – до 20 марта)`: the term of the first note in parentheses with a `срок` part, in any
/// case.
fn find_parenthesised(text: &str) -> Option<(usize, usize)> {
    memchr::memchr_iter(b'(', text.as_bytes())
        .find_map(|open| {
            let close = open + text.get(open..)?.find(')')?;
            note_term(text, term_part(text, open + 1, close)?, close)
        })
        .or_else(|| closing_term_note(text))
}

/// A note in parentheses closing the clause that is its term: its inner range (see
/// [`is_dated_note`], [`is_period_note`]).
fn closing_term_note(text: &str) -> Option<(usize, usize)> {
    let trimmed = trim_closing(text);
    let inner_end = trimmed.strip_suffix(')').map(str::len)?;
    let open = trimmed.rfind('(')?;
    let inner = lower_same_len(text.get(open + 1..inner_end)?);
    let before = text.get(..open)?;
    let term = is_dated_note(&inner) || is_period_note(before, &inner) || is_standing_note(&inner) || is_bare_term_note(before, &inner) || is_timed_note(&inner);
    term.then_some((open + 1, inner_end))
}

/// How a note closing a clause opens when it times the work by a period or an event rather than a
/// date (`(в течение учебного года)`, `(в период проведения ГИА)`, `(при формировании бюджета)`),
/// lower case with the space after.
const TIMED_NOTE_OPENERS: [&str; 7] = ["в течение ", "в период ", "в ходе ", "при формировании ", "в сроки", "в установленные сроки", "по мере "];

/// `… школьных автобусов (при формировании бюджета).`: a note (`inner`, lower case) that opens as
/// a term of a period or an event does (see [`TIMED_NOTE_OPENERS`]) and reads as one whole, the
/// slot a `срок` label would fill.
fn is_timed_note(inner: &str) -> bool {
    let inner = inner.trim_matches(is_space);
    let opens = TIMED_NOTE_OPENERS.iter().any(|o| inner.starts_with(o));
    opens && super::parse_term(inner).is_some()
}

/// `… организаций отдыха детей (апрель – май 2020 г.);`, `(I квартал 2020 г.)`, `(в течение 2020
/// года)`: a note (`inner`, lower case) that is wholly a dated term of months, quarters, halves,
/// years or days, closing a clause whose text before it (`before`) names no period or date the
/// note would spell out (`отчет за I квартал (январь – март 2016 года)`, `на отчетный период (2016
/// год)`).
fn is_bare_term_note(before: &str, inner: &str) -> bool {
    let word_before = lower_same_len(before.trim_end_matches(is_space).rsplit(is_space).next().unwrap_or(""));
    // After a year (`на 2018 – 2020 годы (декабрь)`) a note with no year of its own, or another
    // year, times the work; one repeating the year spells it out.
    let year_before = word_before.chars().any(|c| c.is_ascii_digit()) || ["год", "гг"].iter().any(|w| word_before.starts_with(w));
    let explains = year_before && repeats_a_year(before, inner)
        || ["квартал", "полугоди", "период", "месяц", "недел", "дн", "сроки", "срок"].iter().any(|w| word_before.starts_with(w))
        || super::lexicon::month(word_before.trim_end_matches(|c: char| !crate::text::is_letter(c))).is_some();
    let dated = |t: &Term| matches!(t, Term::Periods(_) | Term::Between(..) | Term::By(_));
    !explains && super::has_date_content(inner) && super::whole_reading(inner.trim_matches(is_space)).is_some_and(|t| dated(&t))
}

/// Whether the note `inner` names a four-digit year that the last words of `before` name too
/// (`за 2016 год (январь – декабрь 2016 г.)`).
fn repeats_a_year(before: &str, inner: &str) -> bool {
    let from = crate::span::floor_char_boundary(before, before.len().saturating_sub(40));
    let tail = before.get(from..).unwrap_or("");
    fn years(t: &str) -> impl Iterator<Item = &str> {
        t.split(|c: char| !c.is_ascii_digit()).filter(|d| d.len() == 4)
    }
    years(inner).any(|y| years(tail).any(|b| b == y))
}

/// `… весенне-полевых работ (постоянно);`, `(ежемесячно)`, `(еженедельно, по пятницам)`, `(ежегодно, по
/// состоянию на 1 сентября)`: a note
/// (lower case) holding nothing but a continuous or recurring term.
fn is_standing_note(inner: &str) -> bool {
    let inner = inner.trim_matches(is_space);
    // `(ежегодно, по состоянию на 1 сентября)`: a frequency, whatever detail follows it.
    let recurring = || recurring_phrase(inner).is_ok_and(|(rest, _)| whole(rest)) || inner.starts_with("еже") && matches!(super::parse_term(inner), Some(Term::Recurring(_)));
    is_continuous_only(inner) || recurring()
}

/// `… сроком на 6 месяцев (до 24.09.2022).`: a note (`inner`, lower case) that holds nothing but
/// a `до` term with a full date.
fn is_dated_note(inner: &str) -> bool {
    matches!(by_term(inner), Ok((rest, Term::By(Point::Day(d)))) if d.year.is_some() && whole(rest))
}

/// `… работу площадок в летний период (июнь – август 2016 года).`: a note (`inner`, lower case)
/// right after the word `период` (closing `before`) that holds nothing but months, quarters or
/// halves saying which period is meant.
fn is_period_note(before: &str, inner: &str) -> bool {
    let word_before = before.trim_end_matches(is_space).rsplit(is_space).next().unwrap_or("");
    let named = |items: &[PeriodLit]| !items.iter().any(is_year_like);
    lower_same_len(word_before).ends_with("период") && matches!(super::period_list(inner), Ok((rest, Term::Periods(items))) if whole(rest) && named(&items))
}

/// The term of the `срок` part `text[part..close]` of a note: after its label (`срок –`,
/// `срок исполнения:`) or after the bare word (`срок до 1 ноября`).
pub(super) fn note_term(text: &str, part: usize, close: usize) -> Option<(usize, usize)> {
    let inner = lower_same_len(text.get(part..close)?);
    let value = crate::block::scan::scan_labelled(&inner, crate::lexicon::is_deadline_label, true)
        .or_else(|| inner.strip_prefix("срок").map(|r| inner.len() - r.trim_start_matches(is_space).len()))?;
    let start = part + value;
    (start < close).then_some((start, close))
}

/// Where the `срок` part of the note `text[from..close]` starts: at the note's start, or after
/// a `,` or `;` and spaces.
pub(crate) fn term_part(text: &str, from: usize, close: usize) -> Option<usize> {
    if opens_term_note(text, from) {
        return Some(from);
    }
    let inner = text.get(from..close)?;
    memchr::memchr2_iter(b',', b';', inner.as_bytes()).find_map(|sep| {
        let rest = inner.get(sep + 1..)?;
        let at = from + sep + 1 + (rest.len() - rest.trim_start_matches(is_space).len());
        opens_term_note(text, at).then_some(at)
    })
}

/// Whether `срок`, in any case, stands at byte `at` of `text`.
fn opens_term_note(text: &str, at: usize) -> bool {
    const WORD: &str = "срок";
    text.get(at..at + WORD.len()).is_some_and(|w| lower_same_len(w) == WORD)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_participial_phrase_set_off_by_a_comma_holds_no_term() {
        assert_eq!(find_inline("обеспечить проведение учебных занятий, приходящихся на период командировки"), None);
        assert!(find_inline("организовать курсы для обучающихся в I полугодии 2022 г.").is_some());
    }

    /// Word boundaries found in the text as written hold in its lower case.
    #[test]
    fn lower_case_keeps_lengths_and_spaces() {
        for c in (0..=0x10_ffffu32).filter_map(char::from_u32) {
            let s = c.to_string();
            let lower = lower_same_len(&s);
            let l = lower.chars().next().unwrap_or(c);
            assert_eq!((lower.len(), is_space(l)), (s.len(), is_space(c)), "U+{:04X}", c as u32);
        }
    }

    /// Every continuous term opens with a word [`may_open_term`] lets through.
    #[test]
    fn opening_words_cover_the_continuous_terms() {
        for term in crate::lexicon::CONTINUOUS_TERMS {
            match term.split_once(' ') {
                Some((first, _)) => assert!(OPENING_WORDS.contains(&first), "{term}"),
                None => assert!(OPENING_PREFIXES.iter().any(|p| term.starts_with(p)), "{term}"),
            }
        }
    }

    /// Words are found from the end, across every kind of whitespace, and only the last are kept.
    #[test]
    fn last_words() {
        let words = |s: &str| -> Vec<String> {
            LastWords::of(s).words().iter().filter_map(|&(a, b)| s.get(a..b)).map(str::to_string).collect()
        };
        assert_eq!(words(" а\u{a0}бв  г.\u{ad}д "), ["а", "бв", "г.", "д"]);
        assert_eq!(words("а"), ["а"]);
        assert!(words("").is_empty() && words(" \u{2009}").is_empty());
        let many: Vec<String> = (0..100).map(|n| n.to_string()).collect();
        assert_eq!(words(&many.join(" ")), many.get(100 - KEPT_WORDS..).unwrap_or(&[]));
        assert_eq!(words(&many.get(..KEPT_WORDS).unwrap_or(&[]).join(" ")).len(), KEPT_WORDS);
    }

    /// The quick first-letter test of [`may_open_term`] lets every opening word through.
    #[test]
    fn opening_letters() {
        for word in OPENING_WORDS.iter().chain(&OPENING_PREFIXES) {
            assert!(word.chars().next().is_some_and(|c| OPENING_LETTERS.contains(&c)), "{word}");
            assert!(may_open_term(word), "{word}");
        }
        assert!(may_open_term("постоянно.") && !may_open_term("направить") && !may_open_term(""));
    }

    /// Only a `(` followed by `срок`, in any case, opens a parenthesised term.
    #[test]
    fn parenthesised_terms_in_any_case() {
        let s = "Отчет (см. выше) (СРОК – до 1 ноября) и (срок: до 2 ноября)";
        assert_eq!(find_parenthesised(s).and_then(|(a, b)| s.get(a..b)), Some("до 1 ноября"));
        assert_eq!(find_parenthesised("(срок"), None);
        assert_eq!(find_parenthesised("(сро"), None);
        let shared = "Обследовать мосты (ответственный – Петров П.П., срок – до 20 марта).";
        assert_eq!(find_parenthesised(shared).and_then(|(a, b)| shared.get(a..b)), Some("до 20 марта"));
    }

    /// Months in parentheses right after `период`, closing the clause, say when.
    #[test]
    fn a_closing_note_naming_the_period() {
        let s = "организовать работу площадок в летний период (июнь – август 2016 года).";
        assert_eq!(find_inline(s).and_then(|(a, b)| s.get(a..b)), Some("июнь – август 2016 года"));
        assert_eq!(find_parenthesised("представить отчет за I квартал (январь – март 2016 года)."), None);
        assert_eq!(find_parenthesised("утвердить план на отчетный период (2016 год)."), None);
    }

    /// A label that opens the last sentence gives the term after it.
    #[test]
    fn labelled_last_sentence() {
        let s = "Подготовить реестр лагерей. Срок исполнения: 1 апреля 2021 г.  ";
        assert_eq!(find_inline(s).and_then(|(a, b)| s.get(a..b)), Some("1 апреля 2021 г."));
    }

    /// A term with a word broken at a line end is read as the cleaned text joins it.
    #[test]
    fn broken_words_in_a_closing_term() {
        let s = "Представлять сведения ежене-\nдельно.";
        assert_eq!(find_inline(s).and_then(|(a, b)| s.get(a..b)), Some("ежене-\nдельно"));
        assert!(matches!(crate::extract::deadline::parse_term("ежене-\nдельно"), Some(Term::Recurring(_))));
        let s = "Отчет представить в течение трех ра-\nбочих дней.";
        assert_eq!(find_inline(s).and_then(|(a, b)| s.get(a..b)), Some("в течение трех ра-\nбочих дней"));
    }
}
