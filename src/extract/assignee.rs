//! Assignees: who must act. Reads the lead of a clause — an assigning verb (`Рекомендовать`),
//! the addressees in the dative, the action verb — splits several addressees where a new one
//! starts, pulls out the persons named with them and builds their nominative names.
//! Addressees after `совместно с` or `во взаимодействии с` are in the instrumental (`совместно с
//! органами …`), and so are those joined to them by `,` or `и`. Those named after `при участии`
//! or `с участием` take part but are no addressees.
//!
//! A new addressee starts after `,`, `и` or `совместно с` only where a new noun phrase naming
//! people or a body begins (`…, информационно-методическому отделу`, `… и руководителям …`), an
//! abbreviation (`КГАУ`) or a person. Never before a participle or an adjective that governs
//! what follows (`Органам …, осуществляющим управление …`, `…, подведомственным Министерству`),
//! never inside a prepositional phrase (`Отделу по делам молодежи и спорту`), and never before
//! a position in apposition to a person (`Петровой А.А., директору школы`).
//!
//! Works on byte ranges of the source, so every assignee keeps its span.

use super::deadline;
use crate::block::scan::{find_persons, scan_person};
use crate::lexicon;
use crate::memo::Memo;
use crate::model::Assignee;
use crate::morph::{self, Case, Gender, Number, Reading};
use crate::span::Span;
use crate::text::{clean, is_space, trim_range};
use std::borrow::Cow;

/// Words looked at after a separator before deciding a new addressee starts.
const LOOKAHEAD: usize = 5;

/// A word of a phrase and where it stands.
#[derive(Debug, Clone, Copy)]
struct Word<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    /// Depth inside quotes and parentheses.
    depth: u32,
    /// Punctuation between the previous word and this one (`,`, `;`, or none).
    sep: Option<char>,
}

impl Word<'_> {
    /// The word without a trailing dot, for the dictionary.
    fn bare(&self) -> &str {
        self.text.trim_end_matches('.')
    }
}

/// Splits `src[start..end]` into words with absolute offsets, tracking quote/bracket depth.
fn words(src: &str, start: usize, end: usize) -> Vec<Word<'_>> {
    Words::new(src, start, end).collect()
}

/// The words of `src[start..end]` one by one (see [`words`]), so that a reader that decides
/// after the first words does not split the rest.
struct Words<'a> {
    slice: &'a str,
    start: usize,
    chars: std::str::CharIndices<'a>,
    depth: u32,
    sep: Option<char>,
    /// Straight quotes open now.
    ascii_quotes: u32,
    /// The text has an odd number of straight quotes, as in `АО "Корпорация "МСП"` (a legal
    /// database's rendering of `«Корпорация «МСП»»`): one closing quote closes all that are open.
    ascii_one_closes_all: bool,
    /// The char before the current one is whitespace (or there is none).
    after_space: bool,
    /// The char before the current one is a comma (`,,` is how a scan reads `„`).
    after_comma: bool,
    /// Low quotes (`„`, `,,`) open now, which `“` or `"` close (`„Центр гигиены“`).
    low_quotes: u32,
    word_start: Option<usize>,
    /// Guillemets open now.
    guillemets: u32,
    /// The text opens more guillemets than it closes, as in `МАУ «Дом культуры «Мечта»`, where
    /// one `»` closes both names: every `»` closes all that are open.
    one_closes_all: bool,
}

impl<'a> Words<'a> {
    fn new(src: &'a str, start: usize, end: usize) -> Words<'a> {
        let slice = src.get(start..end).unwrap_or("");
        let one_closes_all = crate::text::unclosed_guillemet(slice);
        let ascii_one_closes_all = slice.bytes().filter(|&b| b == b'"').count() % 2 == 1;
        Words {
            slice,
            start,
            chars: slice.char_indices(),
            depth: 0,
            sep: None,
            ascii_quotes: 0,
            ascii_one_closes_all,
            after_space: true,
            after_comma: false,
            low_quotes: 0,
            word_start: None,
            guillemets: 0,
            one_closes_all,
        }
    }

    /// Tracks quotes, brackets and separators between words.
    fn punctuation(&mut self, c: char) {
        match c {
            '«' => {
                self.depth += 1;
                self.guillemets += 1;
            }
            '»' => {
                let closed = if self.one_closes_all { self.guillemets.max(1) } else { 1 };
                self.depth = self.depth.saturating_sub(closed);
                self.guillemets = self.guillemets.saturating_sub(closed);
            }
            '„' => {
                self.depth += 1;
                self.low_quotes += 1;
            }
            // `,,Центр …"`: a scan's low quote, not a separator.
            ',' if self.after_comma => {
                self.sep = None;
                self.depth += 1;
                self.low_quotes += 1;
            }
            '“' | '"' if self.low_quotes > 0 => {
                self.low_quotes -= 1;
                self.depth = self.depth.saturating_sub(1);
            }
            '(' | '“' => self.depth += 1,
            ')' | '”' => self.depth = self.depth.saturating_sub(1),
            '"' => {
                // A quote after a space opens (`"МСП"` inside `"Корпорация "МСП"`), else closes.
                let opens = self.ascii_quotes == 0 || self.ascii_one_closes_all && self.after_space;
                if opens {
                    self.ascii_quotes += 1;
                    self.depth += 1;
                } else {
                    let closed = if self.ascii_one_closes_all { self.ascii_quotes } else { 1 };
                    self.ascii_quotes -= closed;
                    self.depth = self.depth.saturating_sub(closed);
                }
            }
            ',' | ';' if self.depth == 0 => self.sep = Some(c),
            _ => {}
        }
    }

    /// The word that started at `s` and ends at `i`.
    fn word(&mut self, s: usize, i: usize) -> Option<Word<'a>> {
        let text = self.slice.get(s..i)?;
        Some(Word { text, start: self.start + s, end: self.start + i, depth: self.depth, sep: self.sep.take() })
    }
}

/// Whether a line holds only a number, dashes and spaces (`2`, `- 3 -`).
fn is_page_number(line: &str) -> bool {
    line.bytes().any(|b| b.is_ascii_digit()) && line.chars().all(|c| c.is_ascii_digit() || matches!(c, '-' | '–' | '—') || is_space(c))
}

/// `text` without the page numbers on lines of their own after its first line, where a page
/// broke the phrase (`ФГБУ «ЦНИИОИЗ» Минздрава России` / `2` / `(Гришина Л.А.)`).
fn without_page_numbers(text: &str) -> Cow<'_, str> {
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    if !lines.clone().any(is_page_number) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(std::iter::once(first).chain(lines.filter(|l| !is_page_number(l))).collect())
}

impl<'a> Iterator for Words<'a> {
    type Item = Word<'a>;

    fn next(&mut self) -> Option<Word<'a>> {
        while let Some((i, c)) = self.chars.next() {
            if crate::text::is_alnum(c) || matches!(c, '-' | '.' | '№' | '/') {
                self.word_start.get_or_insert(i);
                self.after_space = false;
                continue;
            }
            let word = self.word_start.take().and_then(|s| self.word(s, i));
            self.punctuation(c);
            self.after_space = is_space(c);
            self.after_comma = c == ',' && !self.after_comma;
            if word.is_some() {
                return word;
            }
        }
        let s = self.word_start.take()?;
        self.word(s, self.slice.len())
    }
}

/// The start of a clause: who is addressed, and how.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Lead {
    /// The clause recommends (`Рекомендовать …`, `… рекомендовать:`).
    pub recommend: bool,
    /// The byte range of the addressee phrase, if any.
    pub phrase: Option<(usize, usize)>,
    /// The clause only names addressees, then `:` (`Отделу образования:`).
    pub addressee_only: bool,
    /// The byte range of a term between the addressees and the action (`Отделу образования в
    /// срок до 1 марта обеспечить …`), kept out of the addressee phrase.
    pub term: Option<(usize, usize)>,
    /// The case the addressees are written in: the dative, or the accusative after `Обязать`.
    pub case: Case,
    /// The lead is an assigning verb alone, then `:` (`Рекомендовать:`): the items below name
    /// the addressees.
    pub verb_only: bool,
    /// The whole first paragraph names addressees with no verb and no colon (`Отделу оценки
    /// качества образования (Дёмина М.Ю.)`): the addressees of the sub-clauses under it, if it
    /// has any (see [`Lead::over_sub_clauses`]).
    pub bare_phrase: Option<(usize, usize)>,
}

impl Lead {
    /// The lead of a clause with sub-clauses: a paragraph naming only addressees, its colon
    /// forgotten, heads them as `Отделу …:` would.
    pub(crate) fn over_sub_clauses(self) -> Lead {
        match self.bare_phrase {
            Some(phrase) if self.phrase.is_none() => Lead { phrase: Some(phrase), addressee_only: true, ..self },
            _ => self,
        }
    }
}

/// Reads the lead of a clause whose first paragraph is `src[start..end]`:
///
/// ```text
/// lead = [assigning_verb] addressees (action_verb … | [assigning_verb] ":")
/// ```
pub(crate) fn read_lead(src: &str, start: usize, end: usize) -> Lead {
    let lead = read_lead_in(src, start, end, None);
    if lead.phrase.is_some() || lead.verb_only || lead.addressee_only {
        return lead;
    }
    // `Провести текущий ремонт подъездов. Поручить ООО «УК Заволжье» подготовить смету.`,
    // `Утвердить перечень работ. Управляющей организации выполнить работы …`: a later sentence
    // assigns the work, as minutes write their decisions.
    let later = later_sentences(src, start, end).map(|at| read_lead_in(src, at, end, None)).find(|later| later.phrase.is_some());
    match later {
        Some(later) => Lead { term: lead.term, recommend: lead.recommend, ..later },
        None => lead,
    }
}

/// How many later sentences of a clause [`later_sentences`] offers.
const LATER_SENTENCES: usize = 4;

/// Where the first few later sentences of `src[start..end]` that may open with an addressee
/// start: after a word of three letters or more (no initial, no `ул.` or `г.`), a stop and a
/// space, at a capital letter; the first word an assigning verb, an abbreviation or in the
/// dative.
fn later_sentences(src: &str, start: usize, end: usize) -> impl Iterator<Item = usize> + '_ {
    let text = src.get(start..end).unwrap_or("");
    let after_word = move |stop: usize| {
        let before = text.get(..stop).unwrap_or("").trim_end_matches([')', '»', '"']);
        let word_start = before.char_indices().rev().take_while(|&(_, c)| crate::text::is_letter(c)).last().map_or(before.len(), |(i, _)| i);
        let word = before.get(word_start..).unwrap_or("");
        word.chars().count() >= 3 && !matches!(word, "пер" | "пос" | "обл" | "просп" | "наб" | "мкр" | "тел" | "стр" | "корп" | "им")
    };
    let may_name_addressee = |word: &str| {
        let word = word.trim_end_matches([',', ':']);
        let lower = lexicon::lower(word);
        lexicon::is_assigning_verb(&lower) || is_abbreviation(word) || morph::classify(word).reading(Case::Dat).is_some()
    };
    memchr::memmem::find_iter(text.as_bytes(), ". ")
        .filter(move |&stop| after_word(stop))
        .map(|stop| stop + 2)
        .filter(move |&at| {
            let rest = text.get(at..).unwrap_or("");
            rest.starts_with(char::is_uppercase) && may_name_addressee(rest.split(is_space).next().unwrap_or(""))
        })
        .take(LATER_SENTENCES)
        .map(move |at| start + at)
}

/// The addressees of the items under `Рекомендовать:` or `Обязать:` (`- руководителям ОО
/// обеспечить …;`), each item's written in the case its verb governs: their ranges and case.
pub(crate) fn item_addressees(src: &str, items: &[(usize, usize)], case: Case) -> Vec<(usize, usize, Case)> {
    items
        .iter()
        .filter_map(|&(a, b)| read_lead_in(src, a, b, Some(case)).phrase)
        .flat_map(|(a, b)| split(src, a, b, case))
        .collect()
}

/// [`read_lead`], the addressees in `case` when it is given (an item under a verb alone).
fn read_lead_in(src: &str, start: usize, end: usize, case: Option<Case>) -> Lead {
    let start = after_bullet(src, start).min(end);
    // Most clauses open with an action, which the first words show (two, or three after a
    // two-word opener): the rest is split only for an addressee.
    let mut rest = Words::new(src, start, end);
    let mut words: Vec<Word<'_>> = rest.by_ref().take(3).collect();
    let jointly = jointly_with(&words);
    if jointly > 0 {
        words.extend(rest.by_ref().take(2));
    }
    let mut lead = Lead { case: case.unwrap_or_default(), ..Lead::default() };
    let Some(first) = words.first() else { return lead };
    let first_lower = lexicon::lower(first.bare());
    let mut from = 0;
    let opens_phrase = || words.get(1).is_some_and(|w| crate::block::scan::with_lower(w.bare(), |second| lexicon::is_assigning_phrase(&first_lower, second)));
    let opener = if lexicon::is_assigning_verb(&first_lower) { 1 } else if opens_phrase() { 2 } else { 0 };
    if case.is_none() && opener > 0 {
        lead.recommend = lexicon::is_recommend_verb(&first_lower);
        if lexicon::governs_accusative(&first_lower) {
            lead.case = Case::Acc;
        }
        from = opener;
        let opener_end = words.get(opener - 1).map_or(start, |w| w.end);
        lead.verb_only = src.get(opener_end..).is_some_and(|r| r.trim_start_matches(is_space).starts_with(':'));
        // `Рекомендовать:` ending its line: the items under it name the addressees
        // (`item_addressees`), whatever their bullets.
        let line_rest = src.get(opener_end..end).and_then(|r| r.split('\n').next()).unwrap_or("");
        if lead.verb_only && line_rest.trim_matches(|c: char| is_space(c) || c == ':' || c == '*').is_empty() {
            return lead;
        }
    }
    // `совместно с ОГИБДД …:` over the points below, `Совместно с МКУ «…» (Колесникова Т.А.)
    // сформировать …`: the partners named in the instrumental are the clause's own addressees, as
    // `X совместно с Y` names both.
    let joint = jointly > 0 && from == 0 && case.is_none();
    if joint {
        from = jointly;
        lead.case = Case::Ins;
    }
    // After `совместно с` the partners come, whatever the dictionary reads them as.
    let partners = joint && words.get(from).is_some_and(|w| w.depth == 0) && !is_verb_at(&words, from);
    if !partners && !is_addressee_start(src, &words, from, lead.case) {
        if from != 0 {
            return lead;
        }
        let opens_term = deadline::may_open_term(&first_lower);
        let circumstance = case.is_none() && lexicon::is_preposition(&first_lower);
        words.extend(rest);
        // `По итогам проверки управлению образования представить …`: the addressees after a
        // circumstance that opens the clause.
        let addressee = if circumstance { addressee_after_circumstance(&words) } else { None };
        if opens_term {
            lead.term = leading_term(src, &words, addressee);
        }
        match addressee {
            Some(k) => from = k,
            None => return lead,
        }
    } else {
        words.extend(rest);
    }
    let Some(head) = words.get(from) else { return lead };
    let verb = first_verb(&words, from);
    let colon = colon_end(src, start, end);
    match verb {
        None => {
            if let Some(colon) = colon.filter(|&c| c > head.start) {
                // `Руководителям ОО, в срок до 28 февраля 2025 года:`: the term set before the
                // colon times the sub-clauses, no part of the addressees.
                let (phrase_end, term) = split_off_term(src, head.start, colon);
                // `КГБУ «…» (Коваль С.П.) в рамках подготовки к ГИА:`: what follows the persons
                // says what the items are about, no part of the name.
                let phrase_end = phrase_after_persons(src, &words, from, phrase_end).unwrap_or(phrase_end);
                lead.phrase = Some(trim_phrase(src, head.start, phrase_end));
                lead.term = term;
                lead.addressee_only = true;
            } else if colon.is_none() && !src.get(head.start..end).is_some_and(|t| t.trim_end_matches(is_space).ends_with(['.', ';'])) {
                lead.bare_phrase = Some(trim_phrase(src, head.start, end));
            }
        }
        Some(v) if v > from => {
            let Some(verb) = words.get(v) else { return lead };
            let (phrase_end, term) = split_off_term(src, head.start, verb.start);
            let phrase_end = adverbs_before(&words, from, phrase_end).map_or(phrase_end, |w| w.start);
            let phrase_end = circumstance_from(src, &words, from, phrase_end).unwrap_or(phrase_end);
            let phrase_end = participants_from(&words, from, phrase_end).unwrap_or(phrase_end);
            let phrase_end = match passive_assigning_word(src, head.start, phrase_end) {
                Some((word_start, recommends)) => {
                    lead.recommend |= recommends;
                    word_start
                }
                None => phrase_end,
            };
            lead.phrase = Some(trim_phrase(src, head.start, phrase_end));
            lead.term = term.or(lead.term);
            let verb_lower = lexicon::lower(verb.bare());
            if lexicon::is_assigning_verb(&verb_lower) {
                lead.recommend |= lexicon::is_recommend_verb(&verb_lower);
                // `Органам …, рекомендовать:` names addressees only.
                lead.addressee_only = colon.is_some_and(|c| src.get(verb.end..c).is_some_and(crate::text::is_blank));
            }
        }
        Some(_) => {}
    }
    lead
}

/// `О ходе исполнения поручений Департаменту образования проинформировать …`, `В срок до 1 июня
/// управлению образования представить …`: in a clause opened by a preposition's circumstance,
/// the first word before the action that names who acts in the dative (a body or people, not
/// governed by a preposition: `помощи детям` is no addressee after `по`/`к`), with no comma
/// between it and the action.
fn addressee_after_circumstance(words: &[Word<'_>]) -> Option<usize> {
    let verb = first_verb(words, 1)?;
    let k = (2..verb).find(|&k| {
        let (Some(w), Some(prev)) = (words.get(k), words.get(k - 1)) else { return false };
        let governed = lexicon::is_preposition(&lexicon::lower(prev.bare()));
        let lower = lexicon::lower(w.bare());
        let names = names_body_or_post(&lower) && morph::classify(w.bare()).reading(Case::Dat).is_some_and(|d| d.noun);
        w.depth == 0 && w.sep.is_none() && !governed && names
    })?;
    let unbroken = words.get(k + 1..=verb)?.iter().all(|w| w.sep.is_none());
    unbroken.then_some(k)
}

/// Whether a word (lower case) names a body (`управлению`, `департаменту`) or those who head or
/// staff one (`руководителям`, `директорам`, `главам`): who may be told to act after a circumstance.
fn names_body_or_post(lower: &str) -> bool {
    lexicon::is_organisation_word(lower) || lexicon::is_position_word(lower)
}

/// `совместно с`, `во взаимодействии с` opening a clause: how many words they take (0 if none).
fn jointly_with(words: &[Word<'_>]) -> usize {
    let word = |k: usize| words.get(k).map_or("", |w| w.bare());
    match (word(0), word(1), word(2)) {
        ("совместно" | "Совместно" | "СОВМЕСТНО", "с" | "со" | "С" | "СО", _) => 2,
        ("во" | "Во" | "ВО", "взаимодействии" | "ВЗАИМОДЕЙСТВИИ", "с" | "со" | "С" | "СО") => 3,
        _ => 0,
    }
}

/// `Участникам совещания поручено до 15 октября представить …`, `… рекомендовано …`: the word
/// closing the addressees `src[start..end]` that assigns the action in the passive. Where it
/// starts, and whether it recommends.
fn passive_assigning_word(src: &str, start: usize, end: usize) -> Option<(usize, bool)> {
    let phrase = src.get(start..end)?.trim_end_matches(|c: char| is_space(c) || c == ',');
    let word = phrase.rsplit(is_space).next()?;
    let lower = lexicon::lower(word);
    let assigns = matches!(&*lower, "поручено" | "предложено" | "предписано" | "поручается" | "рекомендовано" | "рекомендуется");
    (assigns && phrase.len() > word.len()).then(|| (start + phrase.len() - word.len(), lexicon::is_recommend_verb(&lower)))
}

/// Where the text after a bullet mark at `start` begins (`- отделу образования …`), or `start`.
fn after_bullet(src: &str, start: usize) -> usize {
    let text = src.get(start..).unwrap_or("");
    if !crate::text::starts_bullet_item(text) {
        return start;
    }
    let after_mark = text.trim_start_matches(crate::text::is_list_mark);
    src.len() - after_mark.trim_start_matches(is_space).len()
}

/// The first of the adverbs that end the addressee phrase before byte `end` (`…края
/// совместно проработать`), after the first addressee word at `from`: they say how to act, not
/// who.
fn adverbs_before<'w>(words: &'w [Word<'_>], from: usize, end: usize) -> Option<&'w Word<'w>> {
    let before = words.get(from + 1..)?;
    let before = before.get(..before.iter().take_while(|w| w.end <= end).count())?;
    let run = before
        .iter()
        .rev()
        .take_while(|w| w.depth == 0 && w.sep.is_none() && (w.text == "не" || reads_as_adverb(&lexicon::lower(w.bare()))))
        .count();
    (run > 0).then(|| before.get(before.len() - run)).flatten()
}

/// Where the words between the addressees and their action that say when, how or what start,
/// before byte `end`: the addressee phrase ends there. Such a word is
/// - the first after the persons in parentheses that close an addressee (`… (Малахова Т.А.)
///   информацию … представлять`), unless it joins another addressee (`и`, `совместно с`);
/// - a preposition opening a circumstance (`в течение`, `в период`, `в апреле`, `в IV
///   квартале`, `по итогам`, `по состоянию на`, `на период`);
/// - an adverb (`ежегодно`; not `совместно`, which joins addressees in the instrumental, nor
///   `независимо от организационно-правовой формы`, which says which addressees), or
///   what is to be reported (`информацию`, `отчет`, `сведения`);
///
/// but none inside a relative clause or participle phrase of the addressee (`…, в которых … в
/// 2023 году`, `…, показавших … по итогам ВПР-2023`).
fn circumstance_from(src: &str, words: &[Word<'_>], from: usize, end: usize) -> Option<usize> {
    let after_head = words.get(from + 1..)?;
    after_head.iter().enumerate().take_while(|(_, w)| w.end <= end).find_map(|(k, w)| {
        // A word broken at the line end (`со-` / `вместно с …`) is read with its end.
        let broken = w.text.ends_with('-') && w.text.starts_with(crate::text::is_letter) && src.get(w.end..).is_some_and(|after| after.trim_start_matches([' ', '\t']).starts_with(['\n', '\r']));
        if w.depth > 0 || w.sep.is_some() || broken {
            return None;
        }
        let prev = if k == 0 { words.get(from) } else { after_head.get(k - 1) };
        let lower = lexicon::lower(w.bare());
        let after_persons = prev.is_some_and(|p| closes_persons(src, p.end, w.start)) && !joins_addressees(&lower);
        let next = after_head.get(k + 1).map(|n| lexicon::lower(n.bare()));
        // `Совету родителей при Управлении образования`: a body named with a capital after `при`
        // is the one the addressee is formed at, no condition (`при проведении …`).
        let body_after = lower == "при" && after_head.get(k + 1).is_some_and(|n| n.text.starts_with(char::is_uppercase));
        let opens = after_persons
            || !body_after && next.as_deref().is_some_and(|n| lexicon::opens_circumstance(&lower, n))
            || lexicon::is_report_object(&lower)
            || !matches!(&*lower, "также" | "независимо") && !joins_addressees(&lower) && reads_as_adverb(&lower);
        // `…, в которых имеются риски неввода объектов в 2023 году`: the relative clause's own;
        // so is a participle phrase's (`…, показавших признаки необъективности по итогам ВПР-2023,`).
        let in_relative = || words.get(from).and_then(|head| src.get(head.start..w.start)).is_some_and(|b| inside_relative_clause(b) || inside_participle_phrase(b));
        (opens && !in_relative()).then_some(w.start)
    })
}

/// `КГБУ «…» (Коваль С.П.) в рамках подготовки к ГИА`: where a phrase opening with a preposition
/// right after the persons in parentheses closing the addressees starts, before byte `end` (not
/// `отделу культуры (Гилёва Н.С.) администрации района`, whose name goes on).
fn phrase_after_persons(src: &str, words: &[Word<'_>], from: usize, end: usize) -> Option<usize> {
    let pairs = words.get(from..)?.windows(2).take_while(|pair| pair.get(1).is_some_and(|w| w.end <= end));
    pairs.filter_map(|pair| match pair {
        [prev, w] => Some((prev, w)),
        _ => None,
    })
    .find(|(prev, w)| w.depth == 0 && w.sep.is_none() && w.text.starts_with(char::is_lowercase) && closes_persons(src, prev.end, w.start) && lexicon::is_preposition(w.bare()))
    .map(|(_, w)| w.start)
}

/// Whether a word (lower case) reads as an adverb. A letter alone is none: `т.` before a
/// surname is `товарищ` (`Главному инженеру т. Ларионову Н.С.`), not the dictionary's particle.
fn reads_as_adverb(lower: &str) -> bool {
    lower.chars().nth(1).is_some() && morph::classify(lower).adverb
}

/// Whether the gap `src[gap_start..gap_end]` closes parentheses that name persons (`(Малахова
/// Т.А.)`), not a word of the name (`Начальникам управлений (отделов) администрации`).
fn closes_persons(src: &str, gap_start: usize, gap_end: usize) -> bool {
    let closes = src.get(gap_start..gap_end).is_some_and(|gap| gap.contains(')'));
    let open = src.get(..gap_start).and_then(|before| before.rfind('('));
    closes && open.and_then(|o| src.get(o..gap_start)).is_some_and(|inner| !find_persons(inner).is_empty())
}

/// `и`, `а`, `совместно`, `во` (`во взаимодействии с`): a word after an addressee that joins
/// another to it (lower case).
fn joins_addressees(word: &str) -> bool {
    matches!(word, "и" | "а" | "совместно" | "во")
}

/// Where a phrase naming those who take part, not those who must act, starts before byte `end`
/// (`… и при участии ОГИБДД`, `… с участием родителей`): the addressees end there.
fn participants_from(words: &[Word<'_>], from: usize, end: usize) -> Option<usize> {
    let opens = |pair: &[Word<'_>]| match pair {
        [a, b] => a.depth == 0 && b.end <= end && matches!((lexicon::lower(a.text).as_ref(), lexicon::lower(b.text).as_ref()), ("при", "участии") | ("с", "участием")),
        _ => false,
    };
    let at = words.get(from + 1..)?.windows(2).position(opens)? + from + 1;
    // `… и при участии`: the `и` goes too.
    let start = match at.checked_sub(1).and_then(|k| words.get(k)) {
        Some(w) if w.text == "и" && at > from + 1 => w.start,
        _ => words.get(at)?.start,
    };
    Some(start)
}

/// A term that opens the clause before its action (`В течение 10 дней со дня подписания
/// приказа назначить …`) or before the addressees at word `addressee` (`В срок до 1 июня
/// управлению образования представить …`), or that makes the whole lead over items each with a
/// verb of its own (`В период эпидемического подъема заболеваемости:`): its range.
fn leading_term(src: &str, words: &[Word<'_>], addressee: Option<usize>) -> Option<(usize, usize)> {
    let first = words.first()?;
    let end = match addressee.or_else(|| first_verb(words, 1)).and_then(|k| words.get(k)) {
        Some(verb) => verb.start,
        None => {
            let last = words.last()?;
            let ends_lead = src.get(first.start..last.end)?.ends_with(':') || src.get(last.end..)?.trim_start_matches(is_space).starts_with(':');
            ends_lead.then_some(last.end)?
        }
    };
    match src.get(first.start..end).and_then(deadline::find_inline) {
        Some((0, e)) => Some((first.start, first.start + e)),
        _ => None,
    }
}

/// The first word from `from` on, outside quotes and parentheses, that is an action's infinitive.
fn first_verb(words: &[Word<'_>], from: usize) -> Option<usize> {
    (from..words.len()).find(|&k| words.get(k).is_some_and(|w| w.depth == 0) && is_verb_at(words, k))
}

/// Whether word `k` is an infinitive that carries an action, also when broken at the line's end
/// (`предста-` / `вить`, `напра-` / `вить`).
fn is_verb_at(words: &[Word<'_>], k: usize) -> bool {
    let Some(w) = words.get(k) else { return false };
    let broken = || {
        let next = words.get(k + 1).map_or("", |n| n.text);
        w.text.strip_suffix('-').is_some_and(|head| !head.is_empty() && morph::is_action_verb(&format!("{head}{next}")))
    };
    morph::is_action_verb(w.text) || broken()
}

/// Splits a term off the end of the words before the action verb, `src[start..end]`: where the
/// addressees end, and the term's range if there is one.
fn split_off_term(src: &str, start: usize, end: usize) -> (usize, Option<(usize, usize)>) {
    let words = src.get(start..end).unwrap_or("");
    match deadline::find_inline(words) {
        Some((s, e)) if s > 0 && !inside_relative_clause(words.get(..s).unwrap_or("")) => (start + s, Some((start + s, start + e))),
        _ => (end, None),
    }
}

/// Whether `before` ends inside a participle phrase set off by a comma (`…, показавших признаки
/// необъективности результатов`): what follows (`по итогам ВПР-2023`) belongs to it.
fn inside_participle_phrase(before: &str) -> bool {
    let Some((_, phrase)) = before.rsplit_once(',') else { return false };
    let mut words = phrase.split(is_space).filter(|w| !w.is_empty()).map(lexicon::lower);
    let first = words.next().unwrap_or_default();
    let word = if first == "не" { words.next().unwrap_or_default() } else { first };
    word.chars().count() > 5 && morph::classify(&word).participle
}

/// Whether `before` ends inside a relative clause (`…, в которых имеются риски неввода объектов`):
/// a term that follows belongs to it (`в 2023 году`), not to the action.
fn inside_relative_clause(before: &str) -> bool {
    let clause = before.rsplit(',').next().unwrap_or("");
    clause.split(is_space).filter(|w| !w.is_empty()).take(3).any(|w| w.starts_with("котор") || w == "где")
}

/// Whether the words at `i` start an addressee: a word in `case`, an abbreviation (also a
/// scan's `000` for `ООО`), a quoted name, a position (`И.о. директора`) or a person.
fn is_addressee_start(src: &str, words: &[Word<'_>], i: usize, case: Case) -> bool {
    let Some(w) = words.get(i) else { return false };
    if w.depth > 0 || is_abbreviation(w.text) || starts_person(src, w) || names_federal_body(words, i) || super::ocr::zero_tokens(w.text) == [(0, w.text.len())] {
        return true;
    }
    // `М0 МВД России`: an abbreviation with a scan's zero for its `О`.
    if w.text.contains('0') && is_abbreviation(&super::ocr::with_letters(w.text)) {
        return true;
    }
    // `О МВД России по г. Новокуйбышевску`: a police department's name as it is officially
    // written, its `О` (отдел) set apart, not the preposition.
    if w.text == "О" && words.get(i + 1).is_some_and(|n| is_abbreviation(n.text)) && names_federal_body(words, i + 1) {
        return true;
    }
    let lower = lexicon::lower(w.text);
    // `По итогам тестирования организовать …`: a circumstance, whatever case follows.
    if lexicon::is_preposition(&lower) {
        return false;
    }
    // `Строку 4.2 плана исключить`, `Графу 5 таблицы …`: the part of an act an amendment changes.
    if lexicon::is_part_of_act(&lower) && words.get(i + 1).is_some_and(|next| next.text.starts_with(|c: char| c.is_ascii_digit())) {
        return false;
    }
    if lexicon::is_position_word(&lower) && w.text.starts_with(char::is_uppercase) || morph::classify(w.bare()).reading(case).is_some() {
        return true;
    }
    // `0тделу образования`: a scan's zero for the letter.
    w.text.contains('0') && morph::classify(&super::ocr::with_letters(w.bare())).reading(case).is_some()
}

/// `Минцифры России`, `Минпросвещения России`, `Росстату России`: a capitalised word before
/// `России` (or `РФ`) names a federal body, whatever its form: the short names of ministries
/// end in an indeclinable genitive the dictionary cannot read as an addressee.
fn names_federal_body(words: &[Word<'_>], i: usize) -> bool {
    let capitalised = words.get(i).is_some_and(|w| w.depth == 0 && w.text.starts_with(char::is_uppercase) && !w.text.contains('.'));
    capitalised && words.get(i + 1).is_some_and(|n| n.sep.is_none() && matches!(n.bare(), "России" | "РФ"))
}

/// `КГАУ`, `МБОУ`, `ГБУ`, `ОМВД`: two or more capitals (initials such as `Е.В.` included); also
/// two bodies' abbreviations joined by a lower-case `и` (`КДНиЗП`, `ОНДиПР`).
pub(crate) fn is_abbreviation(word: &str) -> bool {
    // One pass over the letters, no copy: an `и` counts only between two capitals.
    let (mut letters, mut capitals, mut after_capital, mut open_and) = (0, 0, false, false);
    for c in word.chars().filter(|&c| crate::text::is_letter(c)) {
        letters += 1;
        if c.is_uppercase() {
            capitals += 1;
            (after_capital, open_and) = (true, false);
        } else if c == 'и' && after_capital {
            (after_capital, open_and) = (false, true);
        } else {
            return false;
        }
    }
    letters >= 2 && !open_and && (capitals == letters || capitals >= 3)
}

/// Whether a person's name (`Петровой А.А.`, `А.А. Петровой`) starts at this word.
fn starts_person(src: &str, w: &Word<'_>) -> bool {
    src.get(w.start..).and_then(scan_person).is_some()
}

/// Where the final `:` of the paragraph stands, if it ends with one.
fn colon_end(src: &str, start: usize, end: usize) -> Option<usize> {
    let slice = src.get(start..end)?;
    let trimmed = slice.trim_end_matches(crate::text::is_space_or_emphasis);
    trimmed.ends_with(':').then(|| start + trimmed.len() - 1)
}

/// `src[start..end]` without surrounding whitespace and trailing commas.
fn trim_phrase(src: &str, start: usize, end: usize) -> (usize, usize) {
    let slice = src.get(start..end).unwrap_or("");
    let t = slice.trim_end_matches(|c: char| is_space(c) || matches!(c, ',' | ';' | ':' | '*'));
    (start, start + t.len())
}

/// Splits an addressee phrase written in `case` where a new addressee starts (see the module
/// docs): each addressee's range and its case — `case`, or the instrumental from `совместно с`
/// on.
pub(crate) fn split(src: &str, start: usize, end: usize, case: Case) -> Vec<(usize, usize, Case)> {
    let first_case = case;
    let mut case = case;
    let words = words(src, start, end);
    // (end of the segment, start and case of the next)
    let mut cuts: Vec<(usize, usize, Case)> = Vec::new();
    let mut seg_start = start;
    let mut seg_first = 0;
    let mut i = 1;
    while let Some(w) = words.get(i) {
        if w.depth > 0 {
            i += 1;
            continue;
        }
        let lower = lexicon::lower(w.text);
        // `совместно с`, `во взаимодействии с`: the addressees after it are in the instrumental.
        // `со-` / `вместно с`: the word may be broken at the line end.
        let with_at = |k: usize| words.get(k).is_some_and(|n| matches!(n.text, "с" | "со"));
        let broken = w.text.strip_suffix('-').zip(words.get(i + 1)).filter(|(_, n)| src.get(w.end..n.start).is_some_and(|gap| gap.contains('\n')));
        let jointly_broken = broken.is_some_and(|(head, n)| lexicon::lower(&format!("{head}{}", n.text)) == "совместно");
        let interacting = lower == "во" && words.get(i + 1).is_some_and(|n| n.text == "взаимодействии");
        let joint_words = if lower == "совместно" && with_at(i + 1) {
            2
        } else if (jointly_broken || interacting) && with_at(i + 2) {
            3
        } else {
            0
        };
        let jointly = joint_words > 0;
        let (cut_at, next) = if jointly {
            (w.start, i + joint_words)
        } else if lower == "и" || lower == "а" && words.get(i + 1).is_some_and(|n| n.text == "также") {
            // `…, и Сидоровой Н.Н.`, `…, а также учреждениям …`: the comma before ends the segment.
            let prev_end = words.get(i - 1).map_or(start, |p| p.end);
            let joining_words = if lower == "и" { 1 } else { 2 };
            (if w.sep.is_some() { separator_before(src, prev_end, w.start) } else { w.start }, i + joining_words)
        } else if matches!(w.sep, Some(',' | ';')) {
            let prev_end = words.get(i - 1).map_or(start, |p| p.end);
            (separator_before(src, prev_end, w.start), i)
        } else {
            i += 1;
            continue;
        };
        let after_person = is_person_led(src, seg_start, cut_at);
        if jointly {
            case = Case::Ins;
        }
        // `ОМВД … (Кузнецов А.И.) и ОНДиПР … (Тимофеев Д.С.)`: the persons in parentheses close
        // the addressee before them, whatever the case of the next.
        // Not before a participle that goes on describing it (`… (Махова Е.А.), выполняющему
        // функции …`).
        let participle_next = words.get(next).is_some_and(|n| n.text.starts_with(char::is_lowercase) && morph::classify(n.bare()).participle);
        let closed_by_persons = words.get(next).is_some_and(|n| n.depth == 0) && !participle_next && closes_with_persons(src, seg_start, cut_at);
        let starts = closed_by_persons
            || starts_new_addressee(src, &words, next, after_person, case)
            && !abbreviation_continues(src, &words, i, next, seg_start, case)
            && !lists_units_of(&words, seg_first, i, next, case)
            && !names_the_holder(src, &words, seg_first, (seg_start, cut_at), next, case)
            && !names_more_holders(src, &words, seg_first, (seg_start, cut_at), next, case)
            && (lower != "и" || !shares_complement(&words, seg_first, i, next) && !pairs_places(&words, i, next, case));
        if jointly || starts {
            if let Some(n) = words.get(next) {
                cuts.push((cut_at, n.start, case));
                seg_start = n.start;
                seg_first = next;
            }
        }
        i = next.max(i + 1);
    }
    let mut segments = Vec::with_capacity(cuts.len() + 1);
    let (mut from, mut from_case) = (start, first_case);
    for (cut, next_start, next_case) in cuts {
        let (a, b) = trim_phrase(src, from, cut);
        segments.push((a, b, from_case));
        (from, from_case) = (next_start, next_case);
    }
    let (a, b) = trim_phrase(src, from, end);
    segments.push((a, b, from_case));
    segments.retain(|(a, b, _)| a < b);
    segments
}

/// Whether `src[start..end]` ends with persons in parentheses (`… (Кузнецов А.И.)`).
fn closes_with_persons(src: &str, start: usize, end: usize) -> bool {
    let segment = src.get(start..end).unwrap_or("").trim_end_matches(|c: char| is_space(c) || matches!(c, ',' | ';'));
    let Some(open) = segment.strip_suffix(')').and_then(|s| s.rfind('(')) else { return false };
    segment.get(open..).is_some_and(|inner| !find_persons(inner).is_empty())
}

/// `Отделу по связям с общественностью и СМИ`: whether the word before the `и` at word `sep`
/// ends a prepositional phrase of the segment from `seg_start` in a case no addressee is written
/// in (here the instrumental), which the abbreviation after `и` goes on.
fn in_complement(words: &[Word<'_>], seg_start: usize, sep: usize) -> bool {
    let Some(p) = sep.checked_sub(1).and_then(|k| words.get(k)) else { return false };
    let class = morph::classify(p.bare());
    let oblique = p.text.starts_with(char::is_lowercase) && class.oblique && class.dative.is_none() && class.accusative.is_none();
    let prepositions = words.iter().take(sep).filter(|w| w.start > seg_start && w.depth == 0).any(|w| matches!(w.text, "по" | "с" | "со" | "для"));
    oblique && prepositions
}

/// Whether the abbreviation at `next` (after the separator at word `sep`) goes on naming what
/// the segment from `seg_start` names, rather than a new addressee: the second of a pair inside
/// a phrase (`ЧС` in `Отделу по делам ГО и ЧС`), or an item of an enumeration in another case
/// (`ЖКХ` in `Отделу строительства, ЖКХ, транспорта и связи` and in `Отделу строительства,
/// архитектуры и ЖКХ`).
fn abbreviation_continues(src: &str, words: &[Word<'_>], sep: usize, next: usize, seg_start: usize, case: Case) -> bool {
    if !words.get(next).is_some_and(|w| is_abbreviation(w.text) && !w.text.contains('.')) {
        return false;
    }
    if sep < next {
        // `… ГО и ЧС`: the word before `и` is an abbreviation (not initials), and not the
        // segment's first word — unless the second is of two letters, which names no body of its
        // own (`ОНД и ПР по Нижнеилимскому району`). `… строительства, архитектуры и ЖКХ`: it
        // ends an enumeration of words in another case, which `и` closes.
        let second_half = words.get(next).is_some_and(|w| w.text.chars().count() <= 2);
        return sep.checked_sub(1).and_then(|p| words.get(p)).is_some_and(|p| {
            let pair = (p.start > seg_start || second_half) && p.depth == 0 && is_abbreviation(p.text) && !p.text.contains('.');
            let enumeration = p.sep == Some(',') && p.text.starts_with(char::is_lowercase) && !starts_new_addressee(src, words, sep - 1, false, case);
            pair || enumeration || in_complement(words, seg_start, sep)
        });
    }
    // `Отделу по делам ГО, ЧС и ЕДДС администрации`: abbreviations listed inside a name, the
    // list closed by `и` and another abbreviation.
    let abbreviation_at = |k: usize| words.get(k).is_some_and(|w| w.depth == 0 && is_abbreviation(w.text) && !w.text.contains('.'));
    let listed = next.checked_sub(1).is_some_and(|p| abbreviation_at(p) && words.get(p).is_some_and(|w| w.start > seg_start))
        && words.get(next + 1).is_some_and(|a| a.sep.is_none() && a.text == "и")
        && abbreviation_at(next + 2);
    if listed {
        return true;
    }
    let Some(after) = words.get(next + 1) else { return false };
    let k = match (after.sep, after.text) {
        (Some(','), _) => next + 1,
        (None, "и") => next + 2,
        _ => return false,
    };
    words.get(k).is_some_and(|w| {
        w.depth == 0 && w.text.starts_with(char::is_lowercase) && !starts_new_addressee(src, words, k, false, case)
    })
}

/// `Командирам подразделений ОМОН, СОБР`, `Начальникам ФКУ ИК-3, ФКУ ИК-6`, `Руководителям МОУ
/// «СОШ № 7», МОУ «ООШ № 15»`, `главным врачам ГБУ «…» и ГБУ «…»`: under a head in the plural (word `first`), units named by
/// abbreviations (a quoted name after each, or none), one after another across the separator
/// before word `sep`, are that head's units, one addressee. (`Отделу ГО и ЧС, МКУ «ЕДДС»`
/// under a singular head names two.)
fn lists_units_of(words: &[Word<'_>], first: usize, sep: usize, next: usize, case: Case) -> bool {
    let unit = |k: usize| words.get(k).is_some_and(|w| w.depth == 0 && is_abbreviation(w.text) && !w.text.contains('.'));
    let plural_noun = |k: usize| words.get(k).and_then(|w| morph::classify(w.bare()).reading(case)).is_some_and(|d| d.noun && d.number == Some(Number::Plur));
    // The head's words up to its first unit: `Главным врачам ГБУ …`, the noun after its adjective.
    let first_unit = (first + 1..sep).find(|&k| unit(k)).unwrap_or(sep);
    let plural_head = (first..first_unit).any(plural_noun);
    // The unit before the separator, past the quoted name after it, or one with its number
    // after it (`МБОУ СОШ № 1`).
    let before = (first + 1..sep).rev().find(|&k| words.get(k).is_some_and(|w| w.depth == 0));
    // `МБОУ СОШ № 2 им. А.Г. Мартынова`: the person the unit is named after closes it.
    // `МКОУ СОШ № 1 г. Барабинска`: the place it stands in closes it too.
    let numbered = |k: usize| {
        let rest = (k + 1..sep).filter_map(|j| words.get(j)).take_while(|w| !matches!(w.text, "им." | "имени"));
        let mut in_place = false;
        rest.into_iter().all(|w| {
            in_place |= matches!(w.text, "г." | "с." | "п." | "пос." | "д." | "ст." | "пгт" | "рп.");
            w.text == "№" || w.text.starts_with(|c: char| c.is_ascii_digit()) || is_abbreviation(w.text) || in_place && (w.text.contains('.') || w.text.starts_with(char::is_uppercase))
        })
    };
    let last_unit = (first + 1..sep).rev().find(|&k| unit(k));
    let unit_before = before.is_some_and(unit) || last_unit.is_some_and(numbered);
    plural_head && unit_before && unit(next)
}

/// `Органам и учреждениям системы профилактики …`: a lone noun joined by `и` (word `and`) to
/// the next, whose complement both share, is one addressee with it. `Управлению образования и
/// отделу культуры` has a complement on each side and names two.
fn shares_complement(words: &[Word<'_>], first: usize, and: usize, next: usize) -> bool {
    let lone = first + 1 == and && words.get(and).is_some_and(|w| w.sep.is_none());
    let bare_noun = |k: usize| words.get(k).is_some_and(|w| w.depth == 0 && w.text.starts_with(char::is_alphabetic) && !is_abbreviation(w.text));
    lone && bare_noun(first) && bare_noun(next) && words.get(next + 1).is_some_and(|w| w.sep.is_none() && w.depth == 0)
}

/// Whether the person at word `next` holds the position the segment `segment` opens with (word
/// `first`), named after it and its attributes: `Заместителю Главы, курирующему вопросы
/// социальной сферы, Смирнову А.А.` is one addressee. Only a position in the singular with no
/// person in the segment yet.
fn names_the_holder(src: &str, words: &[Word<'_>], first: usize, segment: (usize, usize), next: usize, case: Case) -> bool {
    let (Some(head), Some(n)) = (words.get(first), words.get(next)) else { return false };
    let singular = morph::classify(head.bare()).reading(case).is_some_and(|r| r.number != Some(Number::Plur));
    starts_person(src, n)
        && singular
        && lexicon::is_position_word(&lexicon::lower(head.text))
        && src.get(segment.0..segment.1).is_some_and(|t| find_persons(t).is_empty())
}

/// Whether the person at word `next` is one more of those a head in the plural names, after a
/// person that closes the segment: `Учителям Мельниковой А.С., Захарову П.И.`, `Заместителям
/// директора по УВР Осиповой Н.В., Яковлевой Т.Г.` are one addressee.
fn names_more_holders(src: &str, words: &[Word<'_>], first: usize, segment: (usize, usize), next: usize, case: Case) -> bool {
    let Some(n) = words.get(next) else { return false };
    let text = src.get(segment.0..segment.1).unwrap_or("").trim_end_matches(|c: char| is_space(c) || matches!(c, ',' | ';'));
    let persons = find_persons(text);
    let (Some(&(first_person, _)), Some(&(_, last_end))) = (persons.first(), persons.last()) else { return false };
    let head_end = segment.0 + first_person;
    let plural = |w: &Word<'_>| morph::classify(w.bare()).reading(case).is_some_and(|r| r.noun && r.number == Some(Number::Plur));
    let plural_head = words.iter().skip(first).take_while(|w| w.start < head_end).any(|w| w.depth == 0 && plural(w));
    plural_head && first_person > 0 && last_end == text.len() && starts_person(src, n)
}

/// The position of the separator between `from` and `to` (so the segment ends before it).
fn separator_before(src: &str, from: usize, to: usize) -> usize {
    src.get(from..to).and_then(|s| s.rfind([',', ';'])).map_or(to, |i| from + i)
}

/// Whether `src[start..end]` is a person's name, possibly followed by more words (`Петровой
/// А.А.`): a position after it is in apposition, not a new addressee.
fn is_person_led(src: &str, start: usize, end: usize) -> bool {
    src.get(start..end).is_some_and(|t| scan_person(t.trim_start()).is_some())
}

/// Whether the words from `i` start a new addressee (see the module docs).
fn starts_new_addressee(src: &str, words: &[Word<'_>], i: usize, after_person: bool, case: Case) -> bool {
    let Some(w) = words.get(i) else { return false };
    if starts_person(src, w) || (is_abbreviation(w.text) && !w.text.contains('.')) || names_federal_body(words, i) {
        return true;
    }
    // `29 ПСЧ 5 ПСО ФПС ГПС …`: a unit numbered before its abbreviation.
    if w.text.bytes().all(|b| b.is_ascii_digit()) && words.get(i + 1).is_some_and(|n| n.sep.is_none() && is_abbreviation(n.text) && !n.text.contains('.')) {
        return true;
    }
    // `Министерства культуры, по делам национальностей …`: a preposition goes on the name.
    if w.text.len() <= 16 && crate::block::scan::with_lower(w.text, lexicon::is_preposition) {
        return false;
    }
    // `… в Вельском, Устьянском и Шенкурском районах`: an adjective in the prepositional case
    // (`-ском`, `-цком`) lists places under a preposition, no addressee in any case one names.
    if w.bare().chars().count() > 5 && (w.bare().ends_with("ском") || w.bare().ends_with("цком")) {
        return false;
    }
    // `и ру-` / `ководителям образовательных организаций`: a word broken at the line's end is
    // read whole.
    if let Some(whole) = broken_word_at(src, words, i) {
        let d = morph::classify(&whole).reading(case);
        return d.is_some_and(|d| d.noun && (d.animate || lexicon::is_position_word(&whole) || lexicon::is_organisation_word(&whole)));
    }
    // `информационно-` / `методическому отделу`: a compound broken at the line's end is read
    // by its last part.
    if w.text.ends_with('-') && w.text.len() > 1 {
        return starts_new_addressee(src, words, i + 1, after_person, case);
    }
    let class = morph::classify(w.bare());
    let Some(d) = class.reading(case) else { return false };
    if governs_as_authorised(words, i) {
        return false;
    }
    let position = lexicon::is_position_word(&lexicon::lower(w.text)) && !is_derived_adjective(&lexicon::lower(w.text));
    if class.participle && !d.noun && !position {
        // `…, приравненным к ним прокурорам …`: a participle before a position opens the next
        // addressee.
        return before_position(words, i, case);
    }
    if d.noun || position {
        let d = Reading { animate: d.animate || position, ..d };
        return names_actor(w, d) && !(after_person && position);
    }
    // An adjective: a new addressee only if a dative noun agreeing with it follows.
    for n in words.iter().skip(i + 1).take(LOOKAHEAD) {
        if n.depth > 0 || n.sep.is_some() {
            return false;
        }
        let Some(nd) = morph::classify(n.bare()).reading(case) else { return false };
        if nd.noun {
            let agrees = d.number.is_none() || nd.number.is_none() || d.number == nd.number;
            return agrees && names_actor(n, nd) && !(after_person && lexicon::is_position_word(&lexicon::lower(n.text)));
        }
    }
    false
}

/// `воспитательной`, `педагогической`, `инспекторской`: an adjective made from a post's noun,
/// which names no post (`Отделу образования и воспитательной работы`), by its suffix (lower case).
fn is_derived_adjective(word: &str) -> bool {
    ["тельн", "ческ", "ерск", "торск", "ертн"].iter().any(|suffix| word.contains(suffix))
}

/// `…, уполномоченным на решение задач …`, `…, уполномоченному в сфере …`: the participle that
/// the dictionary reads as the noun of an ombudsman (`Уполномоченному по правам человека`), which
/// only `по` follows.
fn governs_as_authorised(words: &[Word<'_>], i: usize) -> bool {
    let authorised = words.get(i).is_some_and(|w| crate::block::scan::with_lower(w.text, |l| l.starts_with("уполномоченн")));
    authorised && words.get(i + 1).is_some_and(|n| n.sep.is_none() && n.depth == 0 && n.text != "по")
}

/// Whether the word after `i` is a position in `case` with nothing between: a participle
/// before it is its attribute (`ведущему специалисту`), not a clause of its own (`…,
/// ведущим образовательную деятельность`).
fn before_position(words: &[Word<'_>], i: usize, case: Case) -> bool {
    // `приравненным к ним прокурорам`: a short phrase with a pronoun may stand between.
    let aside = |w: &Word<'_>| {
        let lower = lexicon::lower(w.text);
        lexicon::is_preposition(&lower) || matches!(&*lower, "ним" | "нему" | "ней" | "им")
    };
    let next = words.iter().skip(i + 1).take(3).take_while(|n| n.depth == 0 && n.sep.is_none()).find(|n| !aside(n));
    next.is_some_and(|n| lexicon::is_position_word(&lexicon::lower(n.text)) && morph::classify(n.bare()).reading(case).is_some_and(|r| r.noun))
}

/// Whether a noun (dative or instrumental) names people or a body that can act (not `спорту` in
/// `по делам молодежи и спорту`).
fn names_actor(w: &Word<'_>, d: Reading) -> bool {
    d.animate || w.text.starts_with(char::is_uppercase) || lexicon::is_organisation_word(&lexicon::lower(w.text))
}

/// [`build_around`] with no page furniture, as the unit tests build assignees.
#[cfg(test)]
pub(crate) fn build(src: &str, start: usize, end: usize, case: Case) -> Assignee {
    build_around(src, start, end, case, &[])
}

/// Builds the assignee written at `src[start..end]` in `case`: text without parenthesised
/// persons, the persons, the nominative name. The lines of page furniture (`furniture`, byte
/// ranges) that a page break put inside the phrase are left out (`… в сфере` / `1` / `Решение
/// коллегии … № 2` / `образования`).
pub(crate) fn build_around(src: &str, start: usize, end: usize, case: Case, furniture: &[(usize, usize)]) -> Assignee {
    let inside = || furniture.iter().copied().filter(|&(a, b)| a >= start && b <= end);
    let written: Cow<'_, str> = if inside().next().is_none() {
        Cow::Borrowed(src.get(start..end).unwrap_or(""))
    } else {
        let mut kept = String::with_capacity(end - start);
        let mut at = start;
        for (a, b) in inside() {
            kept.push_str(src.get(at..a).unwrap_or(""));
            kept.push('\n');
            at = b;
        }
        kept.push_str(src.get(at..end).unwrap_or(""));
        Cow::Owned(kept)
    };
    let (text, persons) = without_person_notes(&without_page_numbers(&written));
    // `000 «СтройКомфорт»`: the name has the letters a scan read as zeros.
    let name = if text.contains('0') { nominative_name_from(&super::ocr::with_letters(&text), case) } else { nominative_name_from(&text, case) };
    Assignee { text, name, persons, span: Span::from_range(start..end) }
}

/// An assignee written in the nominative, as a table's responsible cell names it
/// (`БУЗОО «Тарская ЦРБ» (Волков С.Е.)`): its name is its text.
pub(crate) fn from_nominative(written: &str, span: Span) -> Assignee {
    let (text, persons) = without_person_notes(written);
    Assignee { name: capitalise(&text), text, persons, span }
}

/// An addressee's words cleaned, without the notes in parentheses that name persons (the short
/// name the act gives it, `(далее – РЦОИ)`, stays, as written), and the persons named in it and
/// in those notes.
fn without_person_notes(raw: &str) -> (String, Vec<String>) {
    let mut persons = Vec::new();
    let mut kept = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(open) = rest.find('(') {
        let Some(close) = rest.get(open..).and_then(|r| r.find(')')).map(|c| c + open) else { break };
        // Cleaned, so that a surname broken at the line end (`Кузь-` / `мин А.В.`) is read whole.
        let inner = clean(rest.get(open + 1..close).unwrap_or(""));
        let inner = inner.as_str();
        let names = find_persons(inner);
        kept.push_str(rest.get(..open).unwrap_or(""));
        if names.is_empty() {
            // `(далее – РЦОИ)`, `(по согласованию)`: written with the addressee, kept.
            kept.push_str(rest.get(open..=close).unwrap_or(""));
        } else {
            persons.extend(names.iter().filter_map(|&(a, b)| inner.get(a..b)).map(clean));
            // `«Центр …» (Махова Е.А.), выполняющему …`: no space is left before the comma.
            if rest.get(close + 1..).is_some_and(|r| r.starts_with([',', ';'])) {
                kept.truncate(kept.trim_end_matches(is_space).len());
            }
        }
        rest = rest.get(close + 1..).unwrap_or("");
    }
    kept.push_str(rest);
    // A stop left after the persons' note (`отдел по делам молодежи (Валиев А.Р.).`) ends nothing.
    let kept = clean(&kept);
    let text = kept.strip_suffix(" .").unwrap_or(&kept).trim_end_matches([',', ';', ':', ' ']).to_string();
    let named_for = |&&(a, _): &&(usize, usize)| names_whom_a_body_is_named_after(&text, a);
    let mut all: Vec<String> =
        find_persons(&text).iter().filter(|p| !named_for(p)).filter_map(|&(a, b)| text.get(a..b)).map(str::to_string).collect();
    all.extend(persons);
    (text, all)
}

/// Whether the person at byte `at` of an addressee's text is whom a body is named after: inside
/// its quoted name (`«Больница имени Каверина В.Ф.»`) or after `имени`/`им.`.
fn names_whom_a_body_is_named_after(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("");
    let word = before.trim_end_matches(is_space).rsplit(is_space).next().unwrap_or("");
    crate::text::unclosed_guillemet(before) || matches!(word, "имени" | "им.")
}

/// Assignees named on an `Ответственный: …` line, split on commas and semicolons. These are
/// written in the nominative already, so their names are the text.
pub(crate) fn from_responsible_line(src: &str, start: usize, end: usize) -> Vec<Assignee> {
    let mut parts: Vec<(usize, usize)> = Vec::new();
    for (from, to) in crate::text::parts_outside_brackets(src.get(start..end).unwrap_or("")) {
        let (a, b) = trim_range(src, start + from, start + to);
        let b = a + crate::text::without_final_stop(src.get(a..b).unwrap_or("")).len();
        if a >= b {
            continue;
        }
        // `Иванова Т.П., заместитель начальника`: a position in apposition stays with the person.
        match parts.last_mut() {
            Some(last) if in_apposition(src, *last, a) || continues_enumeration(src, a) => last.1 = b,
            _ => parts.push((a, b)),
        }
    }
    // `управление транспорта (Шувалов А.В.)`: the persons in parentheses leave the text.
    parts.into_iter().map(|(a, b)| from_nominative(src.get(a..b).unwrap_or(""), Span::from_range(a..b))).collect()
}

/// Whether `src[start..end]` only names people, bare (`Долгоруков А.Н., Шубина Е.В.`), with no
/// position or body.
pub(crate) fn names_only_persons(src: &str, start: usize, end: usize) -> bool {
    let value = crate::text::without_final_stop(src.get(start..end).unwrap_or("").trim_matches(is_space));
    crate::block::scan::bare_names(value).is_some()
}

/// How many bytes after a part's start [`continues_enumeration`] reads: its first two words.
const ENUMERATION_PROBE: usize = 120;

/// Whether the part starting at `next` goes on an enumeration inside a name: a number after
/// numbers (`групп № 1, 2`), or words in an oblique case
/// (`развития местного самоуправления` in `Министерство внутренней политики, развития местного
/// самоуправления и юстиции`), rather than naming a new body in the nominative; or a participle
/// that goes on the body before (`Органы местного самоуправления, осуществляющие управление …`).
fn continues_enumeration(src: &str, next: usize) -> bool {
    // A word broken at a line's end (`осуществляю-` / `щих`) is read whole: only then is the
    // head cleaned.
    let rest = src.get(next..).unwrap_or("");
    let broken = rest.split(is_space).next().is_some_and(|w| w.ends_with('-'));
    let head: std::borrow::Cow<'_, str> = if broken {
        crate::text::clean(rest.get(..crate::span::floor_char_boundary(rest, ENUMERATION_PROBE)).unwrap_or(rest)).into()
    } else {
        rest.into()
    };
    let word = head.split(is_space).next().unwrap_or("");
    // `воспитатели групп № 1, 2`: a number goes on the numbers before it.
    let number = word.trim_end_matches([',', '.', ';']).chars().all(|c| c.is_ascii_digit() || matches!(c, '-' | '–')) && word.starts_with(|c: char| c.is_ascii_digit());
    // `…, главы муниципальных образований`: a position or a body opens a new addressee.
    let bare = word.trim_end_matches([',', '.']);
    let class = morph::classify(bare);
    let second = head.split(is_space).filter(|w| !w.is_empty()).nth(1).unwrap_or("");
    let second_is_post = || lexicon::is_position_word(&lexicon::lower(second.trim_end_matches([',', '.', ';'])));
    // `…, классные руководители`: a position after its adjective opens one too.
    let names_actor = || lexicon::is_position_word(&lexicon::lower(bare)) || lexicon::is_authority_word(&lexicon::lower(bare)) || class.adjective && second_is_post();
    // `…, осуществляющие управление в сфере образования`: a participle goes on the body before,
    // unless it qualifies the people named after it (`…, аттестуемые педагоги`).
    let participle = class.participle && !second_is_post();
    number || word.starts_with(char::is_lowercase) && (class.oblique || participle) && !names_actor() || is_place_adjective_genitive(bare)
}

/// `… администраций городских округов Самара и Тольятти`: two places' names joined by `и` (word
/// `and`), the one before it in another case than the addressees' (a name in apposition), the
/// one after it capitalised and no person or body: one addressee's complement.
fn pairs_places(words: &[Word<'_>], and: usize, next: usize, case: Case) -> bool {
    let (Some(prev), Some(n)) = (and.checked_sub(1).and_then(|k| words.get(k)), words.get(next)) else { return false };
    let capital = |w: &Word<'_>| w.text.starts_with(char::is_uppercase) && !is_abbreviation(w.text);
    let prev_elsewise = morph::classify(prev.bare()).reading(case).is_none();
    let place_next = morph::classify(n.bare()).reading(case).is_none_or(|d| !d.animate && (d.proper || !d.noun));
    capital(prev) && prev_elsewise && capital(n) && place_next && !lexicon::is_organisation_word(&lexicon::lower(n.text))
}

/// The word at `i` with the next, in lower case, when a line's end broke it at a hyphen (`ру-` /
/// `ководителям`): the next goes on in lower case after the break.
fn broken_word_at(src: &str, words: &[Word<'_>], i: usize) -> Option<String> {
    let (w, next) = (words.get(i)?, words.get(i + 1)?);
    let stem = w.text.strip_suffix('-')?;
    let across_lines = src.get(w.end..next.start).is_some_and(|gap| gap.contains('\n'));
    let goes_on = next.text.starts_with(char::is_lowercase);
    (across_lines && goes_on && crate::text::breaks_word(w.text, next.text)).then(|| lexicon::lower(&format!("{stem}{}", next.bare())).into_owned())
}

/// `Левокумского` in `руководители органов … Апанасенковского, Левокумского, Нефтекумского
/// муниципальных округов`, `Центрального`: a place's adjective in the genitive, capitalised,
/// which no name in the nominative opens; it goes on listing the places of the part before.
fn is_place_adjective_genitive(word: &str) -> bool {
    const ENDINGS: [&str; 3] = ["ского", "цкого", "ного"];
    word.starts_with(char::is_uppercase) && word.chars().count() > 6 && ENDINGS.iter().any(|e| word.ends_with(e))
}

/// Whether the part starting at `next` is a position in lower case (`заместитель начальника`)
/// following the person's name `src[prev.0..prev.1]`.
fn in_apposition(src: &str, prev: (usize, usize), next: usize) -> bool {
    let person = src.get(prev.0..prev.1).is_some_and(|t| scan_person(t) == Some(t.len()));
    let mut words = src.get(next..).unwrap_or("").split(is_space).filter(|w| !w.is_empty());
    let word = words.next().unwrap_or("").trim_end_matches([',', '.', ';']);
    let second = words.next().unwrap_or("").trim_end_matches([',', '.', ';']);
    // `классный руководитель 11 класса`, `старший воспитатель`: a position after its adjective.
    let adjective = || morph::classify(word).adjective && lexicon::is_position_word(second);
    // `Нуриева Э.Ф., члены родительского контроля`, `…, классные руководители`, `…, учителя
    // русского языка`: a group, no one person's post.
    // Posts in the singular nominative never end so (`члены`, `руководители`, `учителя`).
    let plural = |w: &str| w.ends_with(['ы', 'и']) || w.ends_with("теля");
    let position = lexicon::is_position_word(word) && !plural(word) || adjective() && !plural(second);
    person && word.starts_with(char::is_lowercase) && position
}

/// The values of the responsible notes in `src[start..end]` (`(ответственный – Иванова А.А.,
/// срок – до 1 марта)`): from after the label to the note's end or to its `срок` part.
pub(crate) fn responsible_notes(src: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let text = src.get(start..end).unwrap_or("");
    let notes = memchr::memchr_iter(b'(', text.as_bytes()).filter_map(|open| {
        let from = open + 1;
        let close = from + text.get(from..)?.find(')')?;
        labelled_value(text, from, close)
    });
    notes.chain(responsible_sentences(text)).map(|(a, b)| (start + a, start + b)).collect()
}

/// `… в итоговом сочинении. Ответственные: руководители ОО. Срок: 15.04.2021.`: the values of
/// responsible labels that open a later sentence of `text`, each to its sentence's end or to
/// its `срок` part.
fn responsible_sentences(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    // Only after a stop and a space: most lines have few stops, a label line none.
    memchr::memchr2_iter(b'.', b';', text.as_bytes()).filter_map(|stop| {
        let after = text.get(stop + 1..)?;
        let label = after.trim_start_matches(is_space);
        let at = text.len() - label.len();
        // The dot of `Отв.` ends no sentence.
        let short = label.starts_with("Отв.");
        if label.len() == after.len() || !(label.starts_with("Ответствен") || short) {
            return None;
        }
        let from = if short { at + "Отв.".len() } else { at };
        labelled_value(text, at, sentence_end(text, from))
    })
}

/// Where the sentence that holds byte `from` of `text` ends: before a `.` or `;` that a space and
/// a capital follow (the dot of an initial, `Т.П. Срок`, stays with the name), else at the end.
fn sentence_end(text: &str, from: usize) -> usize {
    let tail = text.get(from..).unwrap_or("");
    let stop = memchr::memchr2_iter(b'.', b';', tail.as_bytes()).find(|&i| {
        let after = tail.get(i + 1..).unwrap_or("");
        let next = after.trim_start_matches(is_space);
        next.len() < after.len() && next.starts_with(char::is_uppercase)
    });
    match stop {
        Some(i) => {
            let initial = tail.get(..i).and_then(|t| t.rsplit(|c: char| !crate::text::is_letter(c)).next()).is_some_and(|w| w.chars().count() == 1 && w.starts_with(char::is_uppercase));
            from + i + usize::from(initial)
        }
        None => text.len(),
    }
}

/// The value of a responsible label at `text[from..close]` (`ответственный – Иванова А.А.,
/// срок – до 1 марта`): from after the label to `close` or to its `срок` part.
fn labelled_value(text: &str, from: usize, close: usize) -> Option<(usize, usize)> {
    let note = text.get(from..close)?;
    let labelled = crate::block::scan::scan_labelled(note, lexicon::is_responsible_label, true);
    let value = from + labelled.or_else(|| abbreviated_label(note))?;
    // The `срок` part, if any, ends the value, with the separator before it.
    let part = deadline::term_part(text, from, close).unwrap_or(close);
    let value_end = value + text.get(value..part)?.trim_end_matches(|c: char| is_space(c) || matches!(c, ',' | ';')).len();
    (value < value_end).then_some((value, value_end))
}

/// `отв. Попова Г.Н.`: the short label with its dot and no separator; where the value starts.
/// Not a title it shortens (`отв. ред. Андреева Л.Н.`, `отв. секретарь`, `отв. за …`).
fn abbreviated_label(note: &str) -> Option<usize> {
    let opening = note.trim_start_matches(is_space);
    let rest = ["отв. ", "Отв. "].iter().find_map(|label| opening.strip_prefix(label))?.trim_start_matches(is_space);
    let word = rest.split(is_space).next().unwrap_or("");
    let title = word.ends_with('.') && word.starts_with(char::is_lowercase) || word.starts_with("ред") || word.starts_with("секретар") || word == "за";
    (!title).then(|| note.len() - rest.len())
}

/// The addressee in the nominative: the head phrase (the leading dative words, adjectives
/// agreeing with their noun) inflected; after a comma a participle or adjective agreeing with
/// the head, or a position in apposition to a person, inflected; dative surnames of persons
/// inflected; genitive tails, quoted names and abbreviations left as written.
///
/// Remembered per thread: plan tables name the same few responsible bodies row after row.
/// [`nominative_name`] of a name that may be in the nominative already, as a plan's responsible
/// cell is (`правовой отдел`, `руководители ОО`): only one whose first noun reads in the dative
/// (`руководителям ОО`) is inflected; the rest is capitalised as written.
pub(crate) fn nominative_name_of_cell(text: &str) -> String {
    let words = words(text, 0, text.len());
    // The first word past the adjectives tells: `правовой отдел` is nominative, `старшим
    // воспитателям` dative.
    let dative = words.iter().take(LOOKAHEAD).find_map(|w| {
        let class = morph::classify(w.bare());
        let dative_noun = class.reading(Case::Dat).is_some_and(|d| d.noun) && class.oblique;
        (dative_noun || !class.adjective).then_some(dative_noun)
    });
    if dative == Some(true) { nominative_name(text) } else { capitalise(text) }
}

pub(crate) fn nominative_name(text: &str) -> String {
    if text.len() > CACHE_NAME_BYTES {
        return nominative_name_uncached(text, Case::Dat);
    }
    NAMES.with(|m| m.get_or(text, || nominative_name_uncached(text, Case::Dat)))
}

/// [`nominative_name`] of an addressee written in `case`; instrumental ones (`совместно с
/// органами …`) and accusative ones (`Обязать руководителей …`) are rare and not remembered.
fn nominative_name_from(text: &str, case: Case) -> String {
    match case {
        Case::Dat => nominative_name(text),
        Case::Ins | Case::Acc => nominative_name_uncached(text, case),
    }
}

/// Addressee names each thread remembers.
const CACHE_NAMES: usize = 1 << 12;

/// Longer addressee texts are inflected afresh each time rather than remembered.
const CACHE_NAME_BYTES: usize = 256;

thread_local! {
    static NAMES: Memo<String, String> = Memo::new(CACHE_NAMES);
}

fn nominative_name_uncached(text: &str, case: Case) -> String {
    let words = words(text, 0, text.len());
    let mut out: Vec<(usize, usize, String)> = Vec::new();
    let mut head: Option<Reading> = None;
    let mut i = inflect_head(&words, 0, &mut out, &mut head, case);
    // `Органам и учреждениям системы …`: both heads of a shared complement.
    if i == 1 && words.get(1).is_some_and(|w| w.text == "и") && shares_complement(&words, 0, 1, 2) {
        let mut second = None;
        i = inflect_head(&words, 2, &mut out, &mut second, case);
    }
    while let Some(w) = words.get(i) {
        i += 1;
        // `Родителям (законным представителям)`, `… лицам субъектов Российской Федерации
        // (руководителям высших органов …)`: the head named again in parentheses, after it or
        // its complement, in its number; not a person.
        let opens_group = w.depth > 0 && i.checked_sub(2).and_then(|p| words.get(p)).is_some_and(|p| p.depth < w.depth);
        if opens_group && head.is_some_and(|h| alternative_head(text, &words, i - 1, case, h)) {
            let mut alternative = None;
            i = inflect_head(&words, i - 1, &mut out, &mut alternative, case);
            continue;
        }
        if w.depth > 0 || is_abbreviation(w.text) {
            continue;
        }
        let class = morph::classify(w.bare());
        // `Центральной дирекции инфраструктуры – филиалу ОАО «РЖД»`, `Заместителям директора -
        // директорам филиалов`: a noun after a dash is in apposition to the head, inflected too.
        // `муниципального образования – городской округ город Касимов`: a name in the nominative
        // after the dash is no apposition in the case.
        let noun_in_case = |d: Reading| d.noun || next_is_common_noun_in(&words, i, case);
        if w.text != "-" && after_dash(text, &words, i - 1) && class.reading(case).is_some_and(noun_in_case) {
            let mut apposition = None;
            i = inflect_head(&words, i - 1, &mut out, &mut apposition, case);
            continue;
        }
        if let Some(d) = class.reading(case) {
            // `педагогам, не имеющим категории`: a participle negated right after the comma.
            let negated = i >= 3 && words.get(i - 2).is_some_and(|n| n.text == "не" && n.sep == Some(','));
            let after_comma = w.sep == Some(',') || negated && class.participle;
            let head_is_person = head.is_some_and(|h| h.proper);
            // `Петровой Е.А., главному специалисту …`: the position in apposition, adjectives
            // and all.
            if after_comma && head_is_person && lexicon::is_position_word(&lexicon::lower(w.text)) {
                let mut apposition = None;
                i = inflect_head(&words, i - 1, &mut out, &mut apposition, case);
                continue;
            }
            // `Начальнику управления полковнику полиции Кравцову А.Н.`: the rank is declined as
            // the position is (`старшему лейтенанту` with its adjective).
            if starts_rank(&words, i - 1) {
                let mut rank = None;
                i = inflect_head(&words, i - 1, &mut out, &mut rank, case);
                continue;
            }
            // `учреждению – центру психолого-педагогической, медицинской и социальной помощи`: an
            // adjective of another gender than a singular head is its complement's.
            let same_gender = |h: &Reading| h.number == Some(Number::Plur) || h.gender.is_none() || d.gender.is_none() || h.gender == d.gender;
            let agrees = head.is_some_and(|h| (h.number.is_none() || d.number.is_none() || h.number == d.number) && same_gender(&h));
            // `…, физической культуры и спорта`: an adjective of the genitive noun after it; `по
            // делам молодежи, физической культуре и спорту`: of a noun in the same case after it,
            // one more item the preposition governs.
            let of_the_next = || {
                let next = words.get(i).filter(|n| n.sep.is_none()).map(|n| morph::classify(n.bare()));
                let own_noun = |r: Reading| r.noun && (d.number.is_none() || r.number == d.number) && (d.gender.is_none() || r.gender.is_none() || r.gender == d.gender);
                !class.participle && next.is_some_and(|n| n.oblique && n.reading(case).is_none_or(|r| !r.noun || own_noun(r)))
            };
            if after_comma && !d.noun && (class.participle || agrees) && !of_the_next() {
                push_nominative(&mut out, w, case, head.and_then(|h| h.number), None);
                continue;
            }
        }
        if is_surname_of_person(text, &words, i - 1) {
            // `Мамонтовой Ю.С.`, `Габову И.И.`: a surname of the `-ов`, `-ев`, `-ин` kind by its
            // ending, whatever adjective or noun the dictionary reads in it (`мамонтовый`); else
            // the dictionary's reading (`Лапиной О.Г.`: one it lacks, by its ending too).
            match possessive_surname(w.bare(), case) {
                Some(nom) => out.push((w.start, w.start + w.bare().len(), nom)),
                None => {
                    let before = out.len();
                    push_nominative(&mut out, w, case, None, None);
                    if out.len() == before {
                        if let Some(nom) = surname_by_ending(w.bare(), case) {
                            out.push((w.start, w.start + w.bare().len(), nom));
                        }
                    }
                }
            }
            // `Заместителю директора Петрову Игорю Ивановичу`: the first name and patronymic.
            while next_is_name_in(&words, i, case) {
                if let Some(name) = words.get(i) {
                    push_nominative(&mut out, name, case, None, None);
                }
                i += 1;
            }
        }
    }
    let mut result = String::with_capacity(text.len());
    let mut last = 0;
    for (a, b, rep) in out {
        result.push_str(text.get(last..a).unwrap_or(""));
        result.push_str(&rep);
        last = b;
    }
    result.push_str(text.get(last..).unwrap_or(""));
    capitalise(&result)
}

/// Whether a rank starts at word `i` (`полковнику`, `старшему лейтенанту`).
fn starts_rank(words: &[Word<'_>], i: usize) -> bool {
    let rank_at = |k: usize| words.get(k).is_some_and(|w| lexicon::is_rank_word(&lexicon::lower(w.text)));
    let grade = words.get(i).is_some_and(|w| w.text.starts_with("старш") || w.text.starts_with("младш"));
    rank_at(i) || grade && rank_at(i + 1)
}

/// Whether a spaced dash stands before word `i` (`… – филиалу`, `… - директорам`).
fn after_dash(text: &str, words: &[Word<'_>], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).and_then(|p| words.get(p)) else { return false };
    let gap = words.get(i).and_then(|w| text.get(prev.end..w.start)).unwrap_or("");
    gap.contains(['–', '—']) || prev.text == "-"
}

/// Inflects the head phrase starting at word `from`: dative adjectives agreeing with the dative
/// noun after them, the noun, and further names of a person (`Иванову Ивану Ивановичу`).
/// Records the head noun's reading in `head`. Returns the index after the head.
fn inflect_head(words: &[Word<'_>], from: usize, out: &mut Vec<(usize, usize, String)>, head: &mut Option<Reading>, case: Case) -> usize {
    let mut run: Vec<(usize, Reading)> = Vec::new();
    let mut i = from;
    // The head may be one in parentheses (`Родителям (законным представителям)`).
    let depth = words.get(from).map_or(0, |w| w.depth);
    while let Some(w) = words.get(i) {
        if w.depth > depth && i > from && !run.iter().any(|(_, d)| d.noun) {
            // `государственным бюджетным (автономным) учреждениям`: an adjective in parentheses
            // among the head's adjectives is one of them.
            let group_end = (i..=words.len()).find(|&k| words.get(k).is_none_or(|x| x.depth <= depth)).unwrap_or(i);
            let adjective = |k: usize| words.get(k).and_then(|x| morph::classify(x.bare()).reading(case)).filter(|d| !d.noun);
            let group: Option<Vec<(usize, Reading)>> = (i..group_end).map(|k| adjective(k).map(|d| (k, d))).collect();
            match group {
                Some(group) if !group.is_empty() => {
                    run.extend(group);
                    i = group_end;
                    continue;
                }
                _ => break,
            }
        }
        if w.depth != depth || is_abbreviation(w.text) || w.text.chars().all(|c| c.is_ascii_digit()) || (i > from && w.sep.is_some()) {
            break;
        }
        let class = morph::classify(w.bare());
        let Some(mut d) = class.reading(case) else { break };
        // `Бракеражной комиссии`: an adjective the dictionary lacks, capitalised, is guessed to
        // be a surname; before a common noun it is that noun's adjective.
        if d.proper && class.adjective && next_is_common_noun_in(words, i + 1, case) {
            d = morph::Reading { noun: false, proper: false, ..d };
        }
        run.push((i, d));
        i += 1;
        let name_goes_on = d.proper && next_is_name_in(words, i, case);
        // `старших медицинских сестер`: a word read as a noun may be an adjective of the noun after it.
        let may_be_adjective = class.adjective && !d.proper && next_reads_in(words, i, case);
        if d.noun && !name_goes_on && !may_be_adjective {
            break;
        }
    }
    // The head ends with its last noun; words read on past it were no adjectives.
    if let Some(last_noun) = run.iter().rposition(|(_, d)| d.noun) {
        run.truncate(last_noun + 1);
        i = run.get(last_noun).map_or(i, |&(k, _)| k + 1);
    } else if let Some(&(first, lead)) = run.first() {
        // `Заведующей районным методическим кабинетом`: a participle standing for its noun, the
        // words after it of another number governed by it (an instrumental singular read as a
        // dative plural), not its adjectives.
        let other_number = |d: &Reading| lead.number.is_some() && d.number.is_some() && d.number != lead.number;
        if run.iter().skip(1).any(|(_, d)| other_number(d)) {
            run.truncate(1);
            i = first + 1;
        }
    }
    let noun = run.iter().rev().find(|(_, d)| d.noun && !d.proper).or_else(|| run.iter().find(|(_, d)| d.noun)).map(|&(_, d)| d);
    if let Some(d) = noun.and_then(|n| adjective_after(words, i, depth, n, case)) {
        run.push((i, d));
        i += 1;
    }
    for &(k, d) in &run {
        let Some(w) = words.get(k) else { continue };
        if d.noun {
            push_nominative(out, w, case, None, None);
        } else {
            let number = noun.and_then(|n| n.number).or(d.number);
            let gender: Option<Gender> = noun.and_then(|n| n.gender);
            push_nominative(out, w, case, number, gender);
        }
    }
    if head.is_none() {
        *head = noun;
    }
    i
}

/// `Врачам-терапевтам участковым,`: an adjective after its noun (as medical posts put it),
/// agreeing with it, that ends the phrase: its reading.
fn adjective_after(words: &[Word<'_>], i: usize, depth: u32, noun: Reading, case: Case) -> Option<Reading> {
    let w = words.get(i).filter(|w| w.sep.is_none() && w.depth == depth && !is_abbreviation(w.text))?;
    let ends_phrase = words.get(i + 1).is_none_or(|n| n.sep.is_some() || n.depth != depth);
    let class = morph::classify(w.bare());
    // `участковым` reads as a noun too (`участковый`, the officer); after a noun it is its adjective.
    let d = class.reading(case).filter(|_| class.adjective)?;
    let number = noun.number.or(d.number);
    let agrees = d.number == number && (number == Some(Number::Plur) || d.gender == noun.gender);
    (ends_phrase && agrees).then_some(d)
}

/// Whether the words in parentheses from word `i` name the head (read as `head`) again in
/// `case` (`(законным представителям)`, `(руководителям высших исполнительных органов …)`):
/// their first noun reads in that case, in the head's number and animacy, and they name no
/// person. Not a quoted name, nor a complement's note (`Начальнику отдела (государственной
/// инспекции …)`, where the inspection is the department's).
fn alternative_head(text: &str, words: &[Word<'_>], i: usize, case: Case, head: Reading) -> bool {
    let Some(first) = words.get(i) else { return false };
    let in_parentheses = text.get(..first.start).is_some_and(|b| b.trim_end_matches(is_space).ends_with('('));
    let group = || words.iter().skip(i).take_while(|w| w.depth >= first.depth);
    let end = group().last().map_or(first.end, |w| w.end);
    let inside = text.get(first.start..end).unwrap_or("");
    let noun = group().take(LOOKAHEAD).map_while(|w| morph::classify(w.bare()).reading(case)).find(|d| d.noun);
    let agrees = noun.is_some_and(|d| d.animate == head.animate && (d.number.is_none() || head.number.is_none() || d.number == head.number));
    in_parentheses && agrees && !is_abbreviation(first.text) && find_persons(inside).is_empty() && !lexicon::is_aside_from_name(&lexicon::lower(inside))
}

/// Whether the word at `i` reads in `case` and is joined to the one before with no separator.
fn next_reads_in(words: &[Word<'_>], i: usize, case: Case) -> bool {
    words.get(i).is_some_and(|w| w.sep.is_none() && w.depth == 0 && !is_abbreviation(w.text) && morph::classify(w.bare()).reading(case).is_some())
}

/// Whether the word at `i` is a common noun in `case` joined to the one before with no separator.
fn next_is_common_noun_in(words: &[Word<'_>], i: usize, case: Case) -> bool {
    // `Павловской районной организации`: past the adjectives between.
    for w in words.iter().skip(i).take(LOOKAHEAD) {
        let class = morph::classify(w.bare());
        let Some(d) = class.reading(case).filter(|_| w.sep.is_none() && w.depth == 0) else { return false };
        if d.noun {
            // A capitalised adjective read as a noun is a name's.
            let proper = d.proper || class.adjective && w.text.starts_with(char::is_uppercase);
            return !proper;
        }
    }
    false
}

/// Whether the word at `i` is another part of a name in `case` (`Ивану`, `Ивановичу`).
fn next_is_name_in(words: &[Word<'_>], i: usize, case: Case) -> bool {
    // A person's names are animate; a place after a body is not (`Минюсту России`).
    words.get(i).is_some_and(|w| w.sep.is_none() && morph::classify(w.bare()).reading(case).is_some_and(|d| d.proper && d.animate))
}

fn push_nominative(out: &mut Vec<(usize, usize, String)>, w: &Word<'_>, case: Case, number: Option<Number>, gender: Option<Gender>) {
    if let Some(nom) = morph::nominative_agreeing(w.bare(), case, number, gender) {
        let end = w.start + w.bare().len();
        out.push((w.start, end, nom));
    }
}

/// The nominative of a surname the dictionary lacks, in the dative, by the ending surnames of
/// its kind decline with (`Лапиной` → `Лапина`, `Кудрину` → `Кудрин`, `Корецкой` → `Корецкая`).
fn surname_by_ending(word: &str, case: Case) -> Option<String> {
    surname_from(word, case, SURNAME_DATIVE.iter().chain(&ADJECTIVE_SURNAME_DATIVE))
}

/// The dative endings of surnames of the `-ов`, `-ев`, `-ин` kind and their nominatives.
const SURNAME_DATIVE: [(&str, &str); 8] = [("овой", "ова"), ("евой", "ева"), ("ёвой", "ёва"), ("иной", "ина"), ("ыной", "ына"), ("ову", "ов"), ("еву", "ев"), ("ину", "ин")];

/// The dative endings of surnames declined as adjectives (`Корецкой`, `Вишневскому`).
const ADJECTIVE_SURNAME_DATIVE: [(&str, &str); 4] = [("ской", "ская"), ("цкой", "цкая"), ("скому", "ский"), ("цкому", "цкий")];

/// `word` in the dative with the first of `endings` it ends in (a stem of two letters or more
/// left) put in the nominative.
fn surname_from<'e>(word: &str, case: Case, mut endings: impl Iterator<Item = &'e (&'e str, &'e str)>) -> Option<String> {
    if case != Case::Dat {
        return None;
    }
    endings.find_map(|(ending, nominative)| word.strip_suffix(ending).filter(|stem| stem.chars().count() >= 2).map(|stem| format!("{stem}{nominative}")))
}

/// The nominative of a surname of the `-ов`, `-ев`, `-ин` kind in the dative (`Мамонтовой` →
/// `Мамонтова`, `Габову` → `Габов`), which declines as no adjective or noun does.
fn possessive_surname(word: &str, case: Case) -> Option<String> {
    surname_from(word, case, SURNAME_DATIVE.iter())
}

/// Whether word `i` is the surname of a person written with initials (`Петровой А.А.`,
/// `А.А. Петровой`).
fn is_surname_of_person(text: &str, words: &[Word<'_>], i: usize) -> bool {
    let Some(w) = words.get(i) else { return false };
    if !w.text.starts_with(crate::block::scan::is_upper) || w.text.contains('.') {
        return false;
    }
    let from_here = text.get(w.start..).and_then(scan_person).is_some();
    let before = i.checked_sub(1).and_then(|p| words.get(p)).filter(|p| p.text.ends_with('.') && p.text.chars().count() <= 4);
    let with_initials_before = before.is_some_and(|p| text.get(p.start..).and_then(scan_person).is_some());
    from_here || with_initials_before
}

/// The first letter in upper case.
fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests;
