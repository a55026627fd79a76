//! Pass 2b: `[Block]` → `Layout`: which lines are the header, the operative part, the signature
//! blocks, the trailer under the signatures (executor, distribution) and the appendices.
//!
//! The operative part starts after the operative formula (or, in a document with a type line
//! but no formula, at its first numbered clause) and ends at a signature block, an appendix
//! heading or a table. Numbered clauses after a signature block (a section pasted again) continue
//! it; dedup removes the repeats later.

use crate::block::scan::{scan_person, starts_with_any_lower, starts_with_position, NameLine};
use crate::block::{Block, LineKind};
use crate::lexicon;
use crate::text::{clean, is_space};
use crate::tree::numbering::{ClauseNumber, Style};
use std::ops::Range;

/// Most blank lines between a signer's role and name.
const MAX_SIGNATURE_GAP: usize = 8;
/// Most lines a signer's role is written on.
pub(crate) const MAX_ROLE_LINES: usize = 7;
/// Most non-blank lines the header may have before a type line is no longer looked for.
const HEADER_SCAN_LINES: usize = 25;

/// A signature block: the role lines and the line with the name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SignatureBlock {
    /// Lines holding the role (empty when the role is on the name line or missing); above the
    /// name line, or, rarely, under it.
    pub role_lines: Range<usize>,
    /// The line with the name.
    pub name_line: usize,
    /// The name and same-line role.
    pub name: NameLine,
}

impl SignatureBlock {
    /// The line after the block: after its name, or after its role when that stands below.
    pub fn end(&self) -> usize {
        self.role_lines.end.max(self.name_line + 1)
    }
}

/// Where the parts of a document lie, as line indices.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Layout {
    /// The line of the operative formula.
    pub formula: Option<usize>,
    /// Header lines are `0..header_end`.
    pub header_end: usize,
    /// Line ranges of the operative part.
    pub operative: Vec<Range<usize>>,
    /// Signature blocks in document order.
    pub signatures: Vec<SignatureBlock>,
    /// Lines of the trailer under the signatures (executor, distribution, phone).
    pub trailer: Vec<usize>,
    /// Line ranges of appendices.
    pub appendices: Vec<Range<usize>>,
    /// The signature in an approval stamp above the act (`УТВЕРЖДАЮ` / `Глава администрации …` /
    /// `____________ А.В. Пичугин`), by which the head approves minutes.
    pub approval: Option<SignatureBlock>,
    /// Line ranges of tables of decisions in the operative part (`№ п/п  Поручение
    /// Ответственный  Срок` under `РЕШИЛИ:`), whose rows are clauses.
    pub decision_tables: Vec<Range<usize>>,
    /// The document is a site's news item (see [`is_site_report`]), whose operative part is the
    /// list of decisions or instructions of a meeting it quotes.
    pub site_report: bool,
    /// The first line of a site's page foot under the text (see [`crate::block::is_page_foot`]):
    /// the lines from there on are the site's, not the document's.
    pub page_foot: Option<usize>,
    /// Page furniture and editorial notes among the signatures and the trailer (a page number,
    /// the file name Word prints in a page's foot), which no part holds.
    pub trailer_notes: Vec<usize>,
    /// Line ranges of the sections of visas, acknowledgements and receipts under the signatures
    /// (see [`opens_visa_section`]), whose names neither sign nor execute.
    pub visas: Vec<Range<usize>>,
}

impl Layout {
    /// Whether the document has an operative part at all: a formula, clauses, or (a protocol
    /// whose decisions are a table) signatures or appendices found after where it starts.
    pub fn is_operative(&self) -> bool {
        self.formula.is_some() || !self.operative.is_empty() || !self.signatures.is_empty() || !self.appendices.is_empty() || !self.decision_tables.is_empty()
    }
}

/// Works out the layout of a classified document.
pub(crate) fn segment(src: &str, blocks: &[Block]) -> Layout {
    // `Участникам совещания рекомендовано:` in a news item, with no act's type line or formula
    // above it, opens the recommendations it quotes; so does `Участники форума рекомендуют:` in
    // a resolution, with no numbered clause above it.
    let clause_before = |r: usize| blocks.iter().take(r).any(|b| matches!(b.kind, LineKind::Clause(_)));
    let formula = blocks
        .iter()
        .position(|b| matches!(b.kind, LineKind::Formula { .. }))
        .or_else(|| blocks.iter().position(|b| b.kind == LineKind::Recommends).filter(|&r| !clause_before(r) || !has_type_line(src, blocks)));
    let start = match formula {
        // `ПРИКАЗЫВАЮ: 1. Утвердить …`: the operative part starts on the formula's line.
        Some(f) if blocks.get(f).is_some_and(|b| continues_after_formula(src, b)) => Some(f),
        // The recommending line makes what follows it recommendations.
        Some(f) if blocks.get(f).is_some_and(|b| b.kind == LineKind::Recommends) => Some(f),
        Some(f) => Some(f + 1),
        None if has_type_line(src, blocks) => {
            let clause = blocks.iter().position(|b| matches!(b.kind, LineKind::Clause(_))).map(|first| past_agenda(src, blocks, first));
            // `ПЕРЕЧЕНЬ ПОРУЧЕНИЙ` / `№ п/п  Содержание поручения  Ответственный  Срок`: the
            // instructions are a table's rows.
            let header = |t: &usize| blocks.get(*t).is_some_and(|b| b.kind == LineKind::TableRow && crate::block::filled_cells(b.line.text(src)).count() >= 3);
            let table = (0..blocks.len()).find(|t| header(t) && names_decisions(src, blocks, *t));
            clause.into_iter().chain(table).min()
        }
        None => None,
    };
    let Some(start) = start else {
        return Layout { header_end: blocks.len(), ..Layout::default() };
    };
    // A protocol of several questions (`1. СЛУШАЛИ: … РЕШИЛИ: 1.1. …`) starts its operative part
    // at the first numbered question, so the decisions nest under it.
    // An act one official issues in the first person (`ПОСТАНОВЛЯЮ:`, `ПРИКАЗЫВАЮ:`) has no
    // questions: a numbered list above its formula is the preamble's (`установлены нарушения:`
    // / `1. Не соблюдается …`).
    let minutes = formula.and_then(|f| blocks.get(f)).is_none_or(|b| !speaks_in_first_person(src, b));
    // `1. СЛУШАЛИ: …` / `2. СЛУШАЛИ: …` / `РЕШИЛИ:` / `1. …`: the questions all heard first, the
    // decisions of them all numbered afresh under one formula, which starts the operative part.
    let opens_question_at = |i: &usize| blocks.get(*i).is_some_and(|b| opens_question(src, b));
    let questions_before = (0..start).filter(opens_question_at).count();
    let question = || {
        (questions_before < 2)
            .then(|| (0..start).find(opens_question_at))
            .flatten()
            .or_else(|| formula.and_then(|f| heading_of_first_decision(src, blocks, f)))
            .or_else(|| formula.and_then(|f| unnumbered_question_above(src, blocks, f)))
            .or_else(|| formula.and_then(|f| numbered_question_above(src, blocks, f)))
    };
    let start = if minutes { question().unwrap_or(start) } else { start };
    let header_end = formula.map_or(start, |f| f.min(start));
    let approval = approval_signature(src, blocks.get(..header_end).unwrap_or(&[]));
    let site_report = is_site_report(src, blocks);
    let mut layout = Layout { formula, header_end, approval, site_report, ..Layout::default() };
    let quotes_list = site_report || formula.and_then(|f| blocks.get(f)).is_some_and(|b| reports_a_list(src, blocks, b));
    walk_body(src, blocks, start, quotes_list, &mut layout);
    layout
}

/// How many lines an approval stamp's role and name may take under `УТВЕРЖДАЮ`, a blank line
/// before the name included.
const APPROVAL_LINES: usize = 9;

/// The signature in an approval stamp among the header's lines `head`: `УТВЕРЖДАЮ`, the role
/// on the lines under it, then the name (after a line to sign on).
fn approval_signature(src: &str, head: &[Block]) -> Option<SignatureBlock> {
    let is_stamp = |b: &Block| {
        let text = b.line.text(src).trim_matches(|c: char| crate::text::is_space_or_emphasis(c) || c == ':');
        text.starts_with(['У', 'у']) && text.len() == "утверждаю".len() && crate::block::scan::with_lower(text, |w| w == "утверждаю")
    };
    let stamp = head.iter().position(is_stamp)?;
    // The role runs to a blank line; a name may stand after one more (`` / `______ А.Н. Гуляев`).
    let mut blanks = 0;
    let below = head.get(stamp + 1..)?.iter().take(APPROVAL_LINES).take_while(|b| {
        blanks += usize::from(b.line.is_blank());
        blanks < 2
    });
    let (offset, name) = below.enumerate().find_map(|(k, b)| match b.kind {
        LineKind::Name(name) => Some((k, name)),
        _ => None,
    })?;
    let name_line = stamp + 1 + offset;
    Some(SignatureBlock { role_lines: stamp + 1..name_line, name_line, name })
}

/// Whether a formula line's verb is in the first person singular (`ПОСТАНОВЛЯЮ`, `п р и к а з ы
/// в а ю`, `распоряжаюсь`).
fn speaks_in_first_person(src: &str, block: &Block) -> bool {
    let LineKind::Formula { verb, .. } = block.kind else { return false };
    let letters: String = src.get(verb..block.line.content_end).unwrap_or("").chars().filter(|&c| c != ' ').take_while(|&c| crate::text::is_letter(c)).collect();
    let word = lexicon::lower(&letters);
    (word.ends_with('ю') || word.ends_with("юсь")) && lexicon::is_formula_verb(&word)
}

/// Whether the operative part goes on after the formula on its own line.
pub(crate) fn continues_after_formula(src: &str, block: &Block) -> bool {
    let LineKind::Formula { end, .. } = block.kind else { return false };
    src.get(end..block.line.content_end).is_some_and(|rest| !only_markup(rest.trim_matches(crate::text::is_space_or_emphasis)))
}

/// Whether `text` holds nothing but HTML tags (`</p>`, `<br>`) and whitespace, as a page's
/// source copied as text leaves after a formula.
fn only_markup(text: &str) -> bool {
    let mut rest = text;
    loop {
        rest = rest.trim_start_matches(crate::text::is_space_or_emphasis);
        if rest.is_empty() {
            return true;
        }
        let Some(len) = crate::text::tag_len(rest) else { return false };
        rest = rest.get(len..).unwrap_or("");
    }
}

/// A protocol whose questions are numbered headings (`1. О подготовке к паводку`, `СЛУШАЛИ: …`,
/// `РЕШИЛИ:`, `1.1. …`): the line of the heading above the formula `formula` that the first
/// decision after it is numbered under, or, when the decisions of each question are numbered
/// afresh (`1. По первому вопросу`, `СЛУШАЛИ: …`, `РЕШИЛИ:`, `1. …`), the nearest numbered
/// heading above the formula that is no item of the agenda.
fn heading_of_first_decision(src: &str, blocks: &[Block], formula: usize) -> Option<usize> {
    let first = blocks.get(formula + 1..)?.iter().find_map(clause_number)?;
    let before = blocks.get(..formula)?;
    // Not an item of a list in the speech heard (`СЛУШАЛИ:` / `1) …`).
    let above_speech = before.get(..=last_line_above_minutes(before)?)?;
    // An item of the agenda (`ПОВЕСТКА ДНЯ:` / `1. Об итогах …`) heads no decisions.
    if let Some(parent) = above_speech.iter().rposition(|b| clause_number(b).is_some_and(|n| n.is_parent_of(first))) {
        return (!in_agenda(src, before, parent)).then_some(parent);
    }
    let heading = before.iter().rposition(|b| clause_number(b).is_some())?;
    let top_level = |n: &ClauseNumber| n.style() == Style::Dotted(1);
    let numbered_afresh = top_level(first) && first.is_first() && clause_number(before.get(heading)?).is_some_and(top_level);
    let question = numbered_afresh && !in_agenda(src, before, heading) && !lists_a_person(src, before.get(heading)?);
    (question && !follows_another_question(src, blocks, heading) && !ends_a_list(before, heading)).then_some(heading)
}

/// Whether the numbered line `i` closes a list of items numbered in turn above it with no formula
/// or meeting section between (`… выявил ряд проблем:` / `1. Снижение …` / `2. …` / `3. …`, an
/// agenda with no heading): an item of a list, no question that decisions follow.
fn ends_a_list(before: &[Block], i: usize) -> bool {
    let Some(number) = before.get(i).and_then(clause_number) else { return false };
    let above = before.get(..i).unwrap_or(&[]);
    let previous = above.iter().rposition(|b| clause_number(b).is_some() || matches!(b.kind, LineKind::Formula { .. } | LineKind::Meeting { .. }));
    previous.and_then(|k| above.get(k)).and_then(clause_number).is_some_and(|prev| number.is_next_after(prev))
}

/// Whether a question numbered `1.`, with a meeting section (`СЛУШАЛИ:`) on its line or after it, stands
/// above the numbered question at `i` with no formula between: then the formula below `i`
/// decides on all the questions (`1. По первому вопросу СЛУШАЛИ:` … `2. По второму вопросу
/// СЛУШАЛИ:` … `рабочая группа РЕШИЛА:` / `1. …`), and its decisions belong to none of them.
/// The items of an agenda have no sections between them.
fn follows_another_question(src: &str, blocks: &[Block], i: usize) -> bool {
    let before = blocks.get(..i).unwrap_or(&[]);
    let since_formula = before.iter().rposition(|b| matches!(b.kind, LineKind::Formula { .. })).map_or(0, |f| f + 1);
    let first = |b: &Block| clause_number(b).is_some_and(|n| n.style() == Style::Dotted(1) && n.is_first()) && !lists_a_person(src, b);
    let heard = |b: &Block| matches!(b.kind, LineKind::Meeting { .. }) || lexicon::lower(b.line.text(src)).contains("слушали");
    let question = |k: usize| blocks.get(k).is_some_and(first) && blocks.get(k..i).is_some_and(|part| part.iter().any(heard));
    (since_formula..i).any(question)
}

/// A protocol whose questions have no number (`ПО ПЕРВОМУ ВОПРОСУ: О …`, `СЛУШАЛИ: …`,
/// `РЕШИЛИ:`, `1. …`): the line of the question heading above the formula `formula`, with only
/// meeting sections, text and blank lines between.
fn unnumbered_question_above(src: &str, blocks: &[Block], formula: usize) -> Option<usize> {
    let before = blocks.get(..formula)?;
    let question = |b: &Block| b.kind == LineKind::Text && is_unnumbered_question(b.line.text(src));
    let i = before.iter().rposition(|b| !is_minutes_line(b) || is_unnumbered_question(b.line.text(src)))?;
    // `По первому вопросу …` … `По четвертому вопросу …` / `Решение собрания:`: one formula after
    // several questions decides on none of them alone.
    // A question told in prose (`По второму вопросу выступила …`) is another all the same.
    let since_formula = before.iter().rposition(|b| matches!(b.kind, LineKind::Formula { .. })).map_or(0, |f| f + 1);
    let told = |b: &Block| b.kind == LineKind::Text && opens_question_words(b.line.text(src));
    let another = before.get(since_formula..i).is_some_and(|part| part.iter().any(told));
    (before.get(i).is_some_and(question) && !another).then_some(i)
}

/// `1. По первому вопросу слушали …` / `Решили: …`: the numbered question above the formula
/// `formula`, with only meeting sections, text and blank lines between, and no item of an
/// agenda.
fn numbered_question_above(src: &str, blocks: &[Block], formula: usize) -> Option<usize> {
    let before = blocks.get(..formula)?;
    let i = last_line_above_minutes(before)?;
    let LineKind::Clause(start) = &before.get(i)?.kind else { return None };
    let body = src.get(start.body..)?;
    let (a, b, c) = lexicon::first_three_words(body);
    let question = lexicon::is_topic_start(&a, &b, &c) || lexicon::opens_with_about(body) || lexicon::opens_with_matter_noun(body);
    (question && !in_agenda(src, blocks, i) && !follows_another_question(src, blocks, i) && !ends_a_list(before, i)).then_some(i)
}

/// The last of the lines `before` a formula that is no line of the minutes. A list the speech
/// holds (`СЛУШАЛИ:` / `… Основные причины:` / `1) …;` / `2) …`), numbered `1)` under a meeting
/// section, is the minutes' too.
fn last_line_above_minutes(before: &[Block]) -> Option<usize> {
    let i = before.iter().rposition(|b| !is_minutes_line(b))?;
    let in_speech = |k: usize| clause_number(before.get(k)?).filter(|n| n.style() == Style::Paren).map(|_| k);
    let Some(item) = in_speech(i) else { return Some(i) };
    let above = before.iter().take(item).rposition(|b| !is_minutes_line(b) && !clause_number(b).is_some_and(|n| n.style() == Style::Paren))?;
    let section = before.iter().take(item).rposition(|b| matches!(b.kind, LineKind::Meeting { .. }));
    match section {
        Some(m) if m > above => before.get(..m).and_then(|head| head.iter().rposition(|b| !is_minutes_line(b))),
        _ => Some(i),
    }
}

/// A line of the minutes between a question and its decisions: a meeting section (`СЛУШАЛИ:`,
/// `ПРЕДЛОЖЕНО:`), the speakers (`(Иванов И.И., Петров П.П.)`), a vote (`ГОЛОСОВАЛИ:` and its
/// table), text or a blank line.
fn is_minutes_line(b: &Block) -> bool {
    matches!(b.kind, LineKind::Meeting { .. } | LineKind::Speakers | LineKind::Vote | LineKind::Blank | LineKind::Text)
}

/// `3. Кривощеков А.В. – начальник отдела;`: a numbered line naming a person first, an item of
/// a list of those present, not a question.
fn lists_a_person(src: &str, block: &Block) -> bool {
    matches!(&block.kind, LineKind::Clause(start) if src.get(start.body..).and_then(scan_person).is_some())
}

/// `ПО ПЕРВОМУ ВОПРОСУ: О …`, `По второму вопросу повестки дня`: a question heading with no
/// number, `По` in capitals.
pub(crate) fn is_unnumbered_question(line: &str) -> bool {
    opens_question_words(line) && !is_prose(line.trim_start_matches('*'))
}

/// Whether a line opens with the words of a question (`По второму вопросу`, `ПО ПЕРВОМУ
/// ВОПРОСУ`), as a heading or a sentence telling of it.
fn opens_question_words(line: &str) -> bool {
    // `**По второму вопросу** повестки дня`: Markdown emphasis is no part of it.
    let line = line.trim_start_matches('*');
    if !(line.starts_with("По ") || line.starts_with("ПО ")) {
        return false;
    }
    let (a, b, c) = lexicon::first_three_words(line);
    lexicon::is_topic_start(&a, &b, &c)
}

/// Whether `line` is a paragraph of prose, holding more than one sentence before any colon:
/// `По первому вопросу СЛУШАЛИ: …` opens the minutes of a question, however long, and `По
/// первому вопросу выступила … Мехоношина. Она сообщила, что … с графиком: …` is a news item's.
fn is_prose(line: &str) -> bool {
    let head = line.split(':').next().unwrap_or(line);
    goes_on_past_a_sentence(head) || narrates_a_report(head)
}

/// Stems of the verbs (lower case) a news item tells a report with: `выступила`, `напомнила`,
/// `рассказал`, `доложил`, `сообщила`, `проинформировал`.
const REPORTING_VERBS: [&str; 9] = ["выступил", "напомнил", "рассказал", "доложил", "сообщил", "отметил", "проинформировал", "представил", "ознакомил"];

/// `По второму вопросу главный специалист … О.Н. Кириллова напомнила руководителям …`: a sentence
/// telling who reported on the question, a person named and a reporting verb in the past, not
/// the question's heading.
fn narrates_a_report(head: &str) -> bool {
    let reports = head.split(crate::text::is_space).any(|w| {
        let lower = lexicon::lower(w.trim_matches(|c: char| !crate::text::is_letter(c)));
        REPORTING_VERBS.iter().any(|stem| lower.starts_with(stem)) && lower.chars().last().is_some_and(|c| matches!(c, 'л' | 'а' | 'и'))
    });
    reports && !crate::block::scan::find_persons(head).is_empty()
}

/// Whether `line` holds more than one sentence: a word of three letters or more ends with a stop
/// and a capitalised word follows (`… выступил ректор Вадим Сорокин. Он рассказал …`), as a
/// paragraph of prose does and a heading does not. Initials (`И.И. Иванов`) and short
/// abbreviations (`г.`, `ул.`) end no sentence, and a word in capitals (`… О подготовке.
/// СЛУШАЛИ: …`) opens a section rather than a sentence.
pub(crate) fn goes_on_past_a_sentence(line: &str) -> bool {
    line.match_indices(". ").any(|(at, _)| {
        let word = line.get(..at).unwrap_or("").rsplit(|c: char| !crate::text::is_letter(c)).next().unwrap_or("");
        let next = line.get(at + 2..).unwrap_or("").trim_start_matches(crate::text::is_space);
        let mut letters = next.chars();
        let capitalised = letters.next().is_some_and(char::is_uppercase) && letters.next().is_some_and(char::is_lowercase);
        word.chars().count() >= 3 && capitalised
    })
}

/// The number of a clause line.
fn clause_number(b: &Block) -> Option<&ClauseNumber> {
    match &b.kind {
        LineKind::Clause(start) => Some(&start.number),
        _ => None,
    }
}

/// Whether the numbered line `i` is an item of an agenda: an `ПОВЕСТКА ДНЯ:` heading (or a
/// sentence naming the agenda before a colon: `В повестке дня заседания два вопроса:`, or
/// `Слушали:` over a run of items) stands
/// above it with only numbered items, text and blank lines between, and its number continues
/// the items above it (a question numbered afresh after the agenda is none of it).
fn in_agenda(src: &str, blocks: &[Block], i: usize) -> bool {
    let above = blocks.get(..i).unwrap_or(&[]);
    let item_above = above.iter().rev().find(|b| !matches!(b.kind, LineKind::Text | LineKind::Blank)).and_then(clause_number);
    let continues = match (blocks.get(i).and_then(clause_number), item_above) {
        (Some(n), Some(prev)) => n.is_next_after(prev),
        _ => true,
    };
    let heading = above.iter().rposition(|b| !matches!(b.kind, LineKind::Clause(_) | LineKind::Text | LineKind::Blank));
    // `Слушали:` over a run of questions (`1. О ходе …` / `2. О …`) lists what was heard, as an
    // agenda does; over one question it heads that question's minutes.
    let in_a_run = item_above.is_some();
    let agenda_heading = |b: &Block| match b.kind {
        LineKind::Meeting { section: lexicon::MeetingSection::Other, .. } => true,
        LineKind::Meeting { section: lexicon::MeetingSection::Heard, .. } => in_a_run,
        _ => false,
    };
    continues && (heading.and_then(|h| above.get(h)).is_some_and(agenda_heading) || after_agenda_sentence(src, above))
}

/// Whether the lines `above` a numbered line end with a run of numbered items (each perhaps
/// wrapped onto a line of text), or none, under a sentence that [`names_the_agenda`].
fn after_agenda_sentence(src: &str, above: &[Block]) -> bool {
    let mut k = above.len();
    while let Some(b) = k.checked_sub(1).and_then(|j| above.get(j)) {
        k -= 1;
        match b.kind {
            LineKind::Clause(_) | LineKind::Blank => {}
            LineKind::Text if names_the_agenda(b.line.text(src)) => return true,
            // A wrapped item: text right under a numbered line.
            LineKind::Text if k.checked_sub(1).and_then(|j| above.get(j)).is_some_and(|p| matches!(p.kind, LineKind::Clause(_))) => {}
            _ => return false,
        }
    }
    false
}

/// `В повестке дня заседания два вопроса:`, `На заседании рассмотрены вопросы:`: a sentence
/// that names the agenda, or the questions (in the plural) considered, and ends in a colon, the
/// items following (not `В целях решения вопросов, поставленных …:`).
fn names_the_agenda(line: &str) -> bool {
    let lower = lexicon::lower(line);
    let considered = || ["рассмотрен", "обсужден", "обсуждались", "рассматривались", "следующие вопросы"].iter().any(|w| lower.contains(w));
    let questions = || considered() && lower.split(|c: char| !crate::text::is_letter(c)).any(|w| matches!(w, "вопросы" | "вопроса" | "вопросов"));
    line.trim_end_matches(crate::text::is_space).ends_with(':') && (lower.contains("повестк") || questions())
}

/// The first numbered line `first` of a document without a formula, or, when it is the first
/// item of an agenda (`ПОВЕСТКА ДНЯ:` / `1. О паводке.` / `2. О благоустройстве.`), the first
/// line after the agenda: a question numbered afresh, a paragraph, a table of decisions.
fn past_agenda(src: &str, blocks: &[Block], first: usize) -> usize {
    if !in_agenda(src, blocks, first) {
        return first;
    }
    let mut prev = blocks.get(first).and_then(clause_number);
    let mut after_blank = false;
    for (i, block) in blocks.iter().enumerate().skip(first + 1) {
        match &block.kind {
            LineKind::Clause(start) if prev.is_some_and(|p| start.number.is_next_after(p)) => prev = Some(&start.number),
            // An item wrapped onto the next line; a paragraph after a blank line is none.
            LineKind::Text if !after_blank => {}
            LineKind::Blank => {}
            _ => return i,
        }
        after_blank = block.kind == LineKind::Blank;
    }
    blocks.len()
}

/// A numbered question of a protocol: `1. СЛУШАЛИ: …`.
pub(crate) fn opens_question(src: &str, block: &Block) -> bool {
    let LineKind::Clause(start) = &block.kind else { return false };
    let body = src.get(start.body..block.line.content_end).unwrap_or("");
    let word: String = body.chars().take_while(|&c| crate::text::is_letter(c)).collect();
    lexicon::meeting_section(&lexicon::lower(&word)) == Some(lexicon::MeetingSection::Heard)
}

/// Whether the text is a page of a site under its breadcrumb (`Главная / Новости / …`) with no
/// type line: a news item. One that quotes the decisions or instructions of a meeting it reports
/// (`По итогам заседания коллегия решила:` / `1. …`) is read for them, its kind `other`.
fn is_site_report(src: &str, blocks: &[Block]) -> bool {
    let head = || blocks.iter().filter(|b| !b.line.is_blank()).take(HEADER_SCAN_LINES);
    head().any(|b| is_breadcrumb_line(b.line.text(src))) && !has_type_line(src, blocks)
}

/// A line that places a page in a site's news: a breadcrumb (`Главная / Новости`, `… ›
/// Новости`), or the news section's name alone over the headline (`Новости`), as a breadcrumb
/// of one step.
pub(crate) fn is_breadcrumb_line(text: &str) -> bool {
    // `[Главная](https://…) / [Новости](https://…)`: Markdown's links read by their words.
    let text: std::borrow::Cow<str> = if text.contains("](") { clean(text).into() } else { text.into() };
    is_home_breadcrumb(&text) || is_news_breadcrumb(&text) || is_lone_news_section(&text)
}

/// `Новости` alone on its line: the name of a site's news section.
pub(crate) fn is_lone_news_section(text: &str) -> bool {
    text.len() < 128 && crate::block::scan::with_lower(text.trim_matches(is_space), is_news_section)
}

/// The marks that part a breadcrumb's steps (`Главная / Новости`, `… › Новости`).
pub(crate) const BREADCRUMB_STEPS: [char; 5] = ['/', '»', '>', '→', '›'];

/// A breadcrumb that ends in the site's news section (`Органы власти › Министерство образования
/// › Новости`), wherever it starts.
pub(crate) fn is_news_breadcrumb(text: &str) -> bool {
    let t = text.trim_matches(is_space);
    // Most lines hold no step mark; they are passed over without splitting.
    let Some(last_mark) = t.rfind(BREADCRUMB_STEPS).filter(|_| t.len() < 300) else { return false };
    let last = t.get(last_mark..).unwrap_or("").trim_start_matches(BREADCRUMB_STEPS).trim_matches(is_space);
    t.split(BREADCRUMB_STEPS).all(|step| !step.trim_matches(is_space).is_empty()) && crate::block::scan::with_lower(last, is_news_section)
}

/// `Новости`, `Новости министерства`, `События`: the name of a site's news section (lower case).
fn is_news_section(name: &str) -> bool {
    // `Раздел «Новости»`: a note for the site's editor on where the item goes.
    let name = name.strip_prefix("раздел ").or_else(|| name.strip_prefix("рубрика ")).map_or(name, |n| n.trim_matches(['«', '»', '"']));
    let mut words = name.split(' ');
    let first = words.next().unwrap_or("");
    // `Новости Главы Чувашской Республики`: whose news, in the genitive.
    matches!(first, "новости" | "события" | "анонсы" | "пресс-релизы" | "пресс-релиз" | "пресс-центр") && words.count() <= 4
}

/// A breadcrumb line that opens with the site's home page (`Главная / Новости`, `Главная >
/// Пресс-центр > Новости`, `Главная » Новости`).
pub(crate) fn is_home_breadcrumb(text: &str) -> bool {
    let t = text.trim_matches(is_space);
    // `Вы здесь: Главная > Пресс-служба > Новости`: a label before the steps.
    let t = ["Вы здесь:", "Вы находитесь:", "Навигация:"].iter().find_map(|l| t.strip_prefix(l)).map_or(t, |rest| rest.trim_start_matches(is_space));
    let first = t.split(|c: char| is_space(c) || BREADCRUMB_STEPS.contains(&c)).next().unwrap_or("");
    // The first step is the home page alone: `Главная тема – … 2020/2021 учебного года` is a
    // sentence.
    let home_step = || t.split(BREADCRUMB_STEPS).next().is_some_and(|step| crate::block::scan::with_lower(step.trim_matches(is_space), |w| matches!(w, "главная" | "главная страница")));
    let stepped = || t.split(BREADCRUMB_STEPS).count() >= 2 && home_step();
    t.len() < 300 && t.starts_with(['Г', 'г']) && crate::block::scan::with_lower(first, |w| w == "главная") && (stepped() || is_spaced_menu(t))
}

/// `Главная   Пресс-центр   Новости`: a site's menu copied with its steps parted by runs of
/// spaces or tabs, two to five capitalised steps of a few words each.
fn is_spaced_menu(t: &str) -> bool {
    let mut steps = 0;
    let mut rest = t;
    while !rest.is_empty() {
        let gap = rest.find("  ").into_iter().chain(rest.find('\t')).min().unwrap_or(rest.len());
        let step = rest.get(..gap).unwrap_or("");
        let words = step.split_whitespace().count();
        if words > 3 || steps == 0 && words > 1 || !step.starts_with(char::is_uppercase) {
            return false;
        }
        steps += 1;
        rest = rest.get(gap..).unwrap_or("").trim_start_matches(is_space);
    }
    (2..=5).contains(&steps)
}

/// A line of a site's own chrome above the page's text: its home breadcrumb, or a line of its
/// banner or menu (`Официальный сайт`, `Версия для слабовидящих`, `Поиск по сайту`, `Главная`).
pub(crate) fn is_site_chrome(text: &str) -> bool {
    const MENU_LINES: [&str; 10] = [
        "главная",
        "официальный сайт",
        "версия для слабовидящих",
        "для слабовидящих",
        "поиск по сайту",
        "карта сайта",
        "обратная связь",
        "интернет-приемная",
        "перейти к основному содержанию",
        // A section's name over its page (`Объявления` / the headline); the news section's
        // names are `is_news_section`'s.
        "объявления",
    ];
    let t = text.trim_matches(|c: char| is_space(c) || c == '|');
    let menu_line = |w: &str| MENU_LINES.contains(&w) || is_news_section(w);
    is_lone_step(t) || is_home_breadcrumb(t) || is_news_breadcrumb(t) || t.len() < 64 && crate::block::scan::with_lower(t, menu_line) || names_the_site(t) || is_web_address(t) || is_post_label(t)
}

/// `Категория: Коллегия`, `Автор: Администратор`, `Теги: ВПР, ГИА`: a line of a site's card of a
/// post, its label a word the site's engine writes.
fn is_post_label(t: &str) -> bool {
    const LABELS: [&str; 6] = ["категория", "рубрика", "раздел", "автор", "теги", "метки"];
    t.len() < 200 && t.split_once(':').is_some_and(|(label, _)| label.len() <= "категория".len() && crate::block::scan::with_lower(label.trim_matches(is_space), |w| LABELS.contains(&w)))
}

/// `cap.ru/news`, `www.minobr.ru`, `https://edu.gov.ru/press/`: a web address alone on its line,
/// as a page printed from a browser carries at its top.
fn is_web_address(t: &str) -> bool {
    let host = t.strip_prefix("https://").or_else(|| t.strip_prefix("http://")).unwrap_or(t);
    let domain = host.split('/').next().unwrap_or("");
    let top_level = |tld: &str| tld == "рф" || tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic());
    t.len() < 200 && !t.contains(is_space) && domain.contains('.') && domain.rsplit('.').next().is_some_and(top_level)
}

/// `Официальный портал муниципального образования «Город Томск»`, `Официальный сайт
/// министерства …`: the line of a site's banner naming the site.
fn names_the_site(t: &str) -> bool {
    t.starts_with('О') && crate::block::scan::starts_with_any_lower(t, &["официальный сайт ", "официальный портал ", "официальный интернет-портал "]) || is_routing_note(t)
}

/// `Информация для размещения на официальном сайте управления образования`, `Для СМИ`: a note
/// over a news item drafted for a site, on where it goes.
fn is_routing_note(t: &str) -> bool {
    t.len() < 200 && crate::block::scan::starts_with_any_lower(t, &["информация для размещения", "для размещения на ", "для сми"])
}

/// Whether line `k` of `lines` is an item of a site's menu copied one item per line (`Об
/// управлении`, `Документы`, `Обращения граждан`): a short capitalised line in a run of such
/// lines that holds a line of the site's chrome (`Главная`, `Версия для слабовидящих`).
pub(crate) fn in_site_menu(src: &str, lines: &[Block], k: usize) -> bool {
    let text_at = |i: usize| lines.get(i).map(|b| b.line.text(src).trim_matches(is_space));
    let item_or_chrome = |i: &usize| text_at(*i).is_some_and(|t| is_menu_item(t) || is_site_chrome(t));
    if !text_at(k).is_some_and(is_menu_item) {
        return false;
    }
    // A menu is short: the run is looked along so far each way, and no further.
    let start = (0..=k).rev().take(MENU_ITEMS).take_while(item_or_chrome).last().unwrap_or(k);
    let end = (k..lines.len()).take(MENU_ITEMS).take_while(item_or_chrome).last().unwrap_or(k);
    (start..=end).any(|i| text_at(i).is_some_and(is_site_chrome))
}

/// The most lines a site's menu is looked along from one of its items, each way.
const MENU_ITEMS: usize = 24;

/// `Об управлении`, `Противодействие коррупции`: one to three words of letters, the first
/// capitalised and not in capitals, as a menu's item is written, and no body's name.
fn is_menu_item(t: &str) -> bool {
    let capitalised = t.starts_with(char::is_uppercase) && t.chars().any(char::is_lowercase);
    let mut words = t.split(is_space).filter(|w| !w.is_empty());
    // `Администрация Города Томска` over the menu names the site's owner; `Администрация` alone
    // is an item.
    let names_a_body = words.next().is_some_and(|w| lexicon::is_authority_word(&lexicon::lower(w))) && words.clone().next().is_some();
    let count = 1 + words.count();
    capitalised && !names_a_body && count <= 3 && t.chars().count() <= 40 && t.chars().all(|c| crate::text::is_letter(c) || is_space(c) || c == '-')
}

/// Where a site's page starts under its chrome (see [`is_site_chrome`]) among `lines`: after the
/// last chrome line, or after the step that a breadcrumb written one step per line ends with.
pub(crate) fn site_page_start(src: &str, lines: &[Block]) -> usize {
    let Some(last) = lines.iter().rposition(|b| is_site_chrome(b.line.text(src))) else { return 0 };
    let lone_step = lines.get(last).is_some_and(|b| is_lone_step(b.line.text(src).trim_matches(is_space)));
    last + 1 + usize::from(lone_step)
}

/// A breadcrumb's steps one per line are parted by lines of a lone `/` or `»`.
fn is_lone_step(line: &str) -> bool {
    let mut chars = line.chars();
    chars.next().is_some_and(|c| BREADCRUMB_STEPS.contains(&c)) && chars.next().is_none()
}

/// Whether one of the first header lines is a document type line (`ПРИКАЗ`, `Решение коллегии`).
fn has_type_line(src: &str, blocks: &[Block]) -> bool {
    let head: Vec<&str> = blocks.iter().filter(|b| !b.line.is_blank()).take(HEADER_SCAN_LINES).map(|b| b.line.text(src)).collect();
    let mut after_report = false;
    for (k, &text) in head.iter().enumerate() {
        let typed = type_line(text).is_some() || crate::header::is_citation(text);
        if typed && (!after_report || dated_below(&head, k)) {
            return true;
        }
        after_report |= is_report_paragraph(text);
    }
    false
}

/// How many lines under a type line its date is looked for in.
const TYPE_DATE_LINES: usize = 4;

/// Whether the type line `head[k]` is dated, on its line or a few lines below (`РЕЗОЛЮЦИЯ` / `…
/// конференции …` / `26 августа 2021 года`): an act published whole, not a part's heading.
fn dated_below(head: &[&str], k: usize) -> bool {
    let dated = |t: &&str| crate::header::is_meta(t) || t.contains(" от ") && t.contains(|c: char| c.is_ascii_digit());
    head.iter().skip(k).take(TYPE_DATE_LINES + 1).any(dated)
}

/// The shortest paragraph (bytes) that tells a report's events rather than heads a page.
const REPORT_PARAGRAPH_BYTES: usize = 300;

/// `14 февраля состоялось заседание коллегии … Главная тема – …`: a long paragraph of sentences
/// telling a report. A type line under it (`## Решение коллегии` over the decisions a news item
/// quotes) heads a part of the report, not the page's own act.
fn is_report_paragraph(text: &str) -> bool {
    text.len() >= REPORT_PARAGRAPH_BYTES && text.trim_end_matches(is_space).ends_with(['.', '»', '"']) && type_line(text).is_none()
}

/// Reads a type line: the kind word (letter-spacing closed), optionally a body in the genitive
/// (`коллегии`). Returns the label and the kind. In a letterhead of two languages the type may
/// stand in a column of its own beside the other language's (`Х У Ш У⇥⇥П Р И К А З`).
pub(crate) fn type_line(text: &str) -> Option<(String, crate::model::DocumentKind)> {
    type_words_line(text).or_else(|| type_in_column(text))
}

/// `ХУШУ⇥⇥ПРИКАЗ`: the type line that one column of the line is, the others words of another
/// language.
fn type_in_column(text: &str) -> Option<(String, crate::model::DocumentKind)> {
    if !(text.contains('\t') || text.contains("  ")) || text.len() > 200 {
        return None;
    }
    let columns: Vec<&str> = crate::text::segments(text).filter_map(|(a, b)| text.get(a..b)).collect();
    if columns.len() < 2 {
        return None;
    }
    let found = columns.iter().position(|c| type_words_line(c).is_some())?;
    let others_foreign = columns.iter().enumerate().all(|(k, c)| k == found || crate::header::is_foreign_word(c));
    others_foreign.then(|| columns.get(found).and_then(|c| type_words_line(c))).flatten()
}

/// [`type_line`] of the whole line.
fn type_words_line(text: &str) -> Option<(String, crate::model::DocumentKind)> {
    if text.len() > 400 {
        return None;
    }
    // Most lines are no type line, and their first word tells, unless cleaning may change it:
    // markup, or letter-spacing (`П Р И К А З`, a first word of one letter).
    let head = text.trim_start_matches(crate::text::is_space_or_emphasis).split(is_space).next().unwrap_or("").trim_end_matches('*');
    let plain = head.chars().count() >= 2 && !text.contains(['<', '&']);
    let type_word = |w: &str| lexicon::document_kind(w).is_some() || matches!(w, "протокольное" | "протокольные" | "выписка" | "перечень" | "поручения") || lexicon::is_act_of_no_kind(w);
    if plain && !(head.chars().all(crate::text::is_letter) && crate::block::scan::with_lower(head, type_word)) {
        return None;
    }
    let compact = clean(text);
    // `Решение коллегии:` heads a list of decisions, as `РЕШИЛИ:` does; a type line has no colon.
    if compact.ends_with(':') {
        return None;
    }
    let words: Vec<&str> = compact.split(' ').take(8).collect();
    let first = *words.first()?;
    let lower: Vec<String> = words.iter().map(|w| lexicon::lower(w).into_owned()).collect();
    let lower_at = |i: usize| lower.get(i).map_or("", String::as_str);
    let (kind, type_words) = match (lower_at(0), lower_at(1)) {
        ("протокольное", "решение") => (crate::model::DocumentKind::Decision, 2),
        ("выписка", "из") => (lexicon::document_kind_genitive(lower_at(2))?, 3),
        // A list of instructions after a meeting or a visit is operative, of no kind of its own.
        ("перечень", "поручений") | ("протокольные", "поручения") => (crate::model::DocumentKind::Other, 2),
        // `ПРОТОКОЛ ПОРУЧЕНИЙ`: the protocol of a meeting's instructions, named whole.
        ("протокол", "поручений") => (crate::model::DocumentKind::Protocol, 2),
        // `П О Р У Ч Е Н И Я` / `главы города по итогам …`, in capitals (`Поручения` is a
        // site's menu item).
        ("поручения", _) if first.chars().all(char::is_uppercase) => (crate::model::DocumentKind::Other, 1),
        // A decree (of a President, a governor), an inspector's order, a prosecutor's
        // representation, a hearing's conclusion: operative, of no kind the contract names.
        (word, _) if lexicon::is_act_of_no_kind(word) => (crate::model::DocumentKind::Other, 1),
        (word, _) => (lexicon::document_kind(word)?, 1),
    };
    // `Перечень поручений по итогам заседания Совета …`, a web page's heading, carries its title.
    let listing_heading = type_words == 2 && kind == crate::model::DocumentKind::Other && lower_at(2) == "по";
    // `Решение коллегии`, `РЕШЕНИЕ ПЕДАГОГИЧЕСКОГО СОВЕТА`: the body, its adjectives first.
    let adjectives = (type_words..lower.len()).take_while(|&i| is_genitive_adjective(lower_at(i))).count().min(2);
    let body = type_words + adjectives;
    // `РЕШЕНИЕ СОВЕТА РУКОВОДИТЕЛЕЙ`, `совета директоров`: the body named by whom it gathers.
    let members = |w: &str| (w.ends_with("ей") || w.ends_with("ов")) && lexicon::is_position_word(w);
    // `… РУКОВОДИТЕЛЕЙ ОБЩЕОБРАЗОВАТЕЛЬНЫХ ОРГАНИЗАЦИЙ`: whom they head, when the line ends with it.
    let of_whom = |from: usize| {
        let mut rest = compact.split(' ').skip(from);
        let count = rest.clone().count();
        let words = rest.all(|w| w.chars().all(|c| crate::text::is_letter(c) || matches!(c, '«' | '»' | '"' | '-')));
        if words && count <= 4 { count } else { 0 }
    };
    let label_words = if !lexicon::is_body_genitive(lower_at(body)) {
        type_words
    } else if members(lower_at(body + 1)) {
        (body + 2 + of_whom(body + 2)).min(words.len())
    } else {
        body + 1
    };
    // `Решение коллегии от 18.11.2019 № 4 «О ходе …»`: in mixed case, a type line when its date
    // or number and then its subject follow the label (not a site's heading over the act).
    let dated = (lower_at(label_words) == "от" || lower_at(label_words).starts_with('№')) && {
        let label_len: usize = words.iter().take(label_words).map(|w| w.len() + 1).sum();
        crate::header::opens_with_meta_and_subject(compact.get(label_len..).unwrap_or(""))
    };
    // `Выписка из протокола № 3`, as a site publishes an excerpt: its number or date, if any, after.
    let excerpt = type_words == 3 && {
        let label_len: usize = words.iter().take(label_words).map(|w| w.len() + 1).sum();
        compact.get(label_len..).is_none_or(|rest| rest.is_empty() || crate::header::is_meta(rest))
    };
    let upper_or_title = first.chars().skip(1).all(|c| c.is_uppercase()) || compact.split(' ').count() <= 3 || listing_heading || dated || excerpt;
    if !upper_or_title {
        return None;
    }
    Some((words.get(..label_words)?.join(" "), kind))
}

/// `педагогического`, `межведомственной`: an adjective in the genitive singular, by its ending.
pub(crate) fn is_genitive_adjective(word: &str) -> bool {
    word.chars().count() > 4 && ["ого", "его", "ой", "ей"].iter().any(|e| word.ends_with(e))
}

/// Whether the formula's line `b` is a report's (`По итогам совещания даны поручения:`) in a
/// text with no type line: a news item quoting a list of decisions, its page or not.
fn reports_a_list(src: &str, blocks: &[Block], b: &Block) -> bool {
    crate::block::reports_decisions_line(b.line.text(src)) && !has_type_line(src, blocks)
}

/// Walks the body from line `start`: the operative part's ranges, signatures, trailer and
/// appendices; `quotes_list` when it is a report's list of decisions, which a paragraph of the
/// report's ends.
fn walk_body(src: &str, blocks: &[Block], start: usize, quotes_list: bool, layout: &mut Layout) {
    let mut range_start = start;
    let mut i = start;
    let mut list = ListSeen { upto: start, seen: false };
    while i < blocks.len() {
        let Some(block) = blocks.get(i) else { break };
        if quotes_list && ends_quoted_list(src, blocks, start, i, &mut list) {
            push_range(layout, range_start..i);
            return;
        }
        match &block.kind {
            LineKind::Name(name) => {
                if let Some(sig) = signature_at(src, blocks, i, *name, range_start) {
                    let sigs = unstack_columns(src, blocks, sig, range_start);
                    let role_start = sigs.iter().map(|s| s.role_lines.start.min(s.name_line)).min().unwrap_or(i);
                    push_range(layout, range_start..grounds_start(src, blocks, range_start, role_start));
                    let after = sigs.last().map_or(i + 1, SignatureBlock::end);
                    layout.signatures.extend(sigs);
                    let next = walk_trailer(src, blocks, after, layout);
                    match blocks.get(next).map(|b| &b.kind) {
                        Some(LineKind::Clause(_)) => {
                            range_start = next;
                            i = next;
                            continue;
                        }
                        Some(_) => push_appendices(src, blocks, next, layout),
                        None => {}
                    }
                    return;
                }
            }
            // `Исп. Тарасенко Е.М.` / `(4712) 70-25-14` set apart under the last item of a list
            // with no signature (one approved by a stamp above it): the trailer.
            LineKind::Executor { .. } if closes_without_signature(blocks, range_start, i) => {
                push_range(layout, range_start..i);
                close_with_trailer(src, blocks, i, layout);
                return;
            }
            // `Пр-3, 19 января 2024 г.` set apart under the last item, nothing but the page's
            // foot after it: the list's requisites, in the trailer.
            LineKind::Text if closes_with_registration(src, blocks, i) => {
                push_range(layout, range_start..i);
                layout.trailer.push(i);
                close_with_trailer(src, blocks, i + 1, layout);
                return;
            }
            LineKind::Editorial if is_page_foot_line(src, block) && has_text(blocks, range_start, i) => {
                push_range(layout, range_start..byline_start(src, blocks, range_start, i));
                layout.page_foot = Some(i);
                return;
            }
            // `РЕШИЛИ:` / `№ п/п` / `Поручение` / `Ответственный` / `Срок` / `1.` / …: a table
            // of decisions saved one cell per line.
            LineKind::Text if opens_stacked_decisions(src, blocks, i) => {
                push_range(layout, range_start..i);
                let end = stacked_table_end(src, blocks, i);
                layout.decision_tables.push(i..end);
                range_start = end;
                i = end;
                continue;
            }
            // `№ п/п      Поручение      Ответственный      Срок исполнения` / `  1.   Обеспечить …
            // Руководители ОО,   до 10.08.2022`: a table of decisions `pdftotext -layout` set in
            // columns of spaces.
            LineKind::Text if opens_column_decisions(src, blocks, i) => {
                let end = column_table_end(src, blocks, i);
                // Too few rows for their columns to be told: the lines stay clauses.
                if crate::appendix::reads_rows(src, blocks, i..end) {
                    push_range(layout, range_start..i);
                    layout.decision_tables.push(i..end);
                    range_start = end;
                    i = end;
                    continue;
                }
            }
            LineKind::TableRow if is_lone_row(src, blocks, i) => {}
            LineKind::Appendix | LineKind::TableRow => {
                let app_start = title_before(src, blocks, i, range_start);
                push_range(layout, range_start..app_start);
                // `РЕШИЛИ:` and a table of decisions under each question: the next question, or
                // a paragraph of its own (`Контроль за исполнением …`), ends the table.
                // So is a table of measures that opens the operative part (`РЕШИЛИ:` / `№ п/п |
                // Мероприятие | Ответственный | Срок исполнения`): no plan attached to a clause.
                let decisions = names_decisions(src, blocks, i) || !has_text(blocks, range_start, i) && names_measures(src, blocks, i);
                // A report's table of instructions running to the page's end ends at its last row:
                // the report's lines after it are no cells.
                let end = decisions.then(|| decision_table_end(src, blocks, i).or_else(|| quotes_list.then(|| last_row_end(blocks, i)))).flatten();
                if let Some(end) = end {
                    layout.decision_tables.push(app_start..end);
                    // `Исп. Жукова Е.А.` under a list of instructions with no signature: the trailer.
                    let next = (end..blocks.len()).find(|&k| blocks.get(k).is_some_and(|b| !b.line.is_blank()));
                    if next.and_then(|k| blocks.get(k)).is_some_and(|b| matches!(b.kind, LineKind::Executor { .. } | LineKind::Distribution { .. })) {
                        close_with_trailer(src, blocks, end, layout);
                        return;
                    }
                    range_start = end;
                    i = end;
                    continue;
                }
                if let Some(signature) = signature_under_table(src, blocks, i) {
                    if decisions {
                        layout.decision_tables.push(app_start..signature);
                        range_start = signature;
                    } else {
                        // `О выполнении предписания … уведомить … в срок до …` under the table
                        // is operative again.
                        let end = paragraph_after_table(src, blocks, i, signature).unwrap_or(signature);
                        push_appendix(blocks, app_start..end, layout);
                        range_start = end;
                    }
                    i = signature;
                    continue;
                }
                push_appendices(src, blocks, app_start, layout);
                return;
            }
            _ => {}
        }
        i += 1;
    }
    push_range(layout, range_start..blocks.len());
}

/// Whether an item of a list has been seen among the lines before `upto`, which only grows: the
/// lines are looked at once, however long the text.
struct ListSeen {
    upto: usize,
    seen: bool,
}

/// In a site's news item, whether line `i` goes back to the report after the list of decisions
/// it quotes from line `from` on: a paragraph set apart that is no item of the list (`Также было
/// рекомендовано …`, `Соответствующие изменения будут внесены …`) nor heads one with a colon.
fn ends_quoted_list(src: &str, blocks: &[Block], from: usize, i: usize, list: &mut ListSeen) -> bool {
    let Some(b) = blocks.get(i) else { return false };
    let is_item = |b: &Block| matches!(b.kind, LineKind::Clause(_)) || crate::text::starts_bullet_item(b.line.text(src));
    // `– … о ходе оздоровительной кампании.` / `Напомним, в 2021 году …`: with no blank line, a
    // line after a bullet item's or a numbered decision's closing stop is a paragraph of its own.
    let after_item_stop = || {
        let above = blocks.get(i.saturating_sub(BULLET_ITEM_LINES)..i).unwrap_or(&[]);
        let closed = above.last().is_some_and(|p| p.line.text(src).trim_end_matches(is_space).ends_with('.'));
        closed && above.iter().any(is_item)
    };
    // `6.<TAB>Обеспечить …<TAB>Руководители МОУО<TAB>постоянно` / `Напомним, что …`: a line of
    // no cells right under a table's row is the report's.
    let after_row = || blocks.get(i - 1).is_some_and(|p| p.kind == LineKind::TableRow);
    let after_blank = i > from && (blocks.get(i - 1).is_some_and(|p| p.line.is_blank()) || after_item_stop() || after_row());
    // `*Пресс-служба Министерства …*`: a byline in italics too.
    let opens_capital = b.line.text(src).trim_start_matches(crate::text::is_space_or_emphasis).starts_with(char::is_uppercase);
    if !(b.kind == LineKind::Text && after_blank && opens_capital && !is_item(b)) {
        return false;
    }
    // `По второму вопросу «…»:` heads the next list of decisions; `Контроль за исполнением
    // решений возложен на …` closes this one.
    if paragraph_ends_with_colon(src, blocks, i) || crate::tree::opens_control(b.line.text(src)) {
        return false;
    }
    list.seen = list.seen || blocks.get(list.upto..i).is_some_and(|lines| lines.iter().any(is_item));
    list.upto = list.upto.max(i);
    // Decisions quoted as plain paragraphs each name an action (`… подготовить …`, `…
    // принять к сведению`); a paragraph that names none after them (`Следующее заседание Совета
    // запланировано на декабрь.`) is the report's again.
    list.seen || has_text(blocks, from, i.saturating_sub(1)) && !crate::morph::holds_action_verb(b.line.text(src))
}

/// Whether the paragraph from line `i` (its lines up to a blank one, a few at most) ends with a
/// colon: `РГБУ ДПО «… работни-` / `ков образования»:` heads a list as one line does.
fn paragraph_ends_with_colon(src: &str, blocks: &[Block], i: usize) -> bool {
    let paragraph = blocks.iter().skip(i).take(4).take_while(|b| !b.line.is_blank());
    paragraph.last().is_some_and(|b| b.line.text(src).trim_end_matches(crate::text::is_space_or_emphasis).ends_with(':'))
}

/// How many lines a bullet item of a report's list is looked for above a line.
const BULLET_ITEM_LINES: usize = 6;

/// Ends the operative part with no signature under it: the trailer from line `from` on, then
/// the appendices after it.
fn close_with_trailer(src: &str, blocks: &[Block], from: usize, layout: &mut Layout) {
    let after = walk_trailer(src, blocks, from, layout);
    push_appendices(src, blocks, after, layout);
}

/// Whether the executor's line `i`, set apart by a blank line under the operative part's text
/// from `range_start`, closes it: no clause follows it.
fn closes_without_signature(blocks: &[Block], range_start: usize, i: usize) -> bool {
    let set_apart = i > 0 && blocks.get(i - 1).is_some_and(|b| b.line.is_blank());
    let no_clause_after = || blocks.get(i + 1..).unwrap_or(&[]).iter().take_while(|b| b.kind != LineKind::Appendix).all(|b| !matches!(b.kind, LineKind::Clause(_)));
    set_apart && has_text(blocks, range_start, i) && no_clause_after()
}

/// Whether line `i` is a registration line (see [`crate::header::is_registration_line`]) after
/// a blank line, with only blank lines, page furniture or an appendix after it.
fn closes_with_registration(src: &str, blocks: &[Block], i: usize) -> bool {
    let set_apart = i > 0 && blocks.get(i - 1).is_some_and(|b| b.line.is_blank());
    let rest_ok = || blocks.get(i + 1..).unwrap_or(&[]).iter().find(|b| !b.line.is_blank()).is_none_or(|b| matches!(b.kind, LineKind::Editorial | LineKind::Appendix));
    set_apart && blocks.get(i).is_some_and(|b| crate::header::is_registration_line(b.line.text(src))) && rest_ok()
}

/// Whether lines `from..to` hold anything but blank lines.
/// A line of a site's page foot (see [`crate::block::is_page_foot`]), which ends the document.
fn is_page_foot_line(src: &str, b: &Block) -> bool {
    b.kind == LineKind::Editorial && crate::block::is_page_foot(b.line.text(src))
}

fn has_text(blocks: &[Block], from: usize, to: usize) -> bool {
    blocks.get(from..to).is_some_and(|lines| lines.iter().any(|b| !b.line.is_blank()))
}

/// Where the text of a site's page ends above its foot on line `foot` (see
/// [`crate::block::is_page_foot`]): above a byline set apart over it (`Пресс-служба администрации
/// города Твери`, `Отделение пропаганды БДД Управления …`), a short line of its own that ends no
/// sentence, else at the foot.
fn byline_start(src: &str, blocks: &[Block], from: usize, foot: usize) -> usize {
    let Some(last) = (from..foot).rev().find(|&k| blocks.get(k).is_some_and(|b| !b.line.is_blank())) else { return foot };
    let alone = last > from && blocks.get(last - 1).is_some_and(|b| b.line.is_blank());
    let text = blocks.get(last).map_or("", |b| b.line.text(src)).trim_end_matches(is_space);
    let byline = blocks.get(last).is_some_and(|b| b.kind == LineKind::Text)
        && text.len() < 300
        && text.starts_with(char::is_uppercase)
        && !text.ends_with(['.', ';', ':', '!', '?', '»', '"', ')']);
    // `Пресс-служба Департамента …` names who wrote the item even glued to the text above (a
    // page's lines with no blank between).
    let press = crate::block::scan::starts_with_any_lower(text, &["пресс-служба", "пресс-центр"]);
    if (alone || press) && byline { last } else { foot }
}

/// `Основание: служебная записка … от 08.11.2022.` set apart above the signature: the grounds of
/// an order on personnel, no part of its last clause. Where the operative part `from..end`
/// ends: at the grounds' paragraph, or at `end`.
fn grounds_start(src: &str, blocks: &[Block], from: usize, end: usize) -> usize {
    let Some(last) = (from..end).rev().find(|&k| blocks.get(k).is_some_and(|b| !b.line.is_blank())) else { return end };
    let start = (from..=last).rev().take_while(|&k| blocks.get(k).is_some_and(|b| !b.line.is_blank())).last().unwrap_or(last);
    let after_blank = start > from && blocks.get(start - 1).is_some_and(|b| b.line.is_blank());
    let grounds = blocks.get(start).is_some_and(|b| b.kind == LineKind::Text && starts_with_any_lower(b.line.text(src), &["основание:", "основания:"]));
    if after_blank && grounds { start } else { end }
}

fn push_range(layout: &mut Layout, range: Range<usize>) {
    if range.start < range.end {
        layout.operative.push(range);
    }
}

/// The signature block whose name is on line `i`, if a role stands before it (on the same
/// line, or on up to seven short lines above, across blank lines).
fn signature_at(src: &str, blocks: &[Block], i: usize, name: NameLine, floor: usize) -> Option<SignatureBlock> {
    if let Some((a, b)) = name.role {
        // The role may start on the lines just above (`Председатель коллегии,` / `министр   Я.Б.
        // Бекмурзаев`; `Глава … / Смоленской области   Н.В. Соколов`).
        let role = src.get(a..b).unwrap_or("");
        if let Some(first) = role_start_above(src, blocks, i, floor) {
            return Some(SignatureBlock { role_lines: first..i, name_line: i, name });
        }
        // `Глава муниципального округа` / (blank) / `Ивановское      Д.Н. Соболев`: a page taken
        // from a site sets a blank line inside the role; so is a prosecutor's rank set under his
        // post (`Прокурор района` / (blank) / `старший советник юстиции   А.В. Лебедев`).
        let above = (i.saturating_sub(MAX_SIGNATURE_GAP + 1)..i).rev().find(|&k| blocks.get(k).is_some_and(|b| !b.line.is_blank()));
        let capitalised = role.chars().next().is_some_and(char::is_uppercase);
        let rank = role.chars().next().is_some_and(char::is_lowercase) && starts_with_position(role);
        let set_apart = above.filter(|&k| k + 1 < i && (capitalised || rank) && !role.contains(['.', ',']));
        let role_set_apart = || set_apart.and_then(|k| role_start_above(src, blocks, k + 1, floor)).map(|first| role_across_blanks(src, blocks, first, floor));
        if starts_with_position(role) && !ends_mid_sentence(src, blocks, i) {
            let first = if rank { role_set_apart().unwrap_or(i) } else { i };
            // `Руководитель          С.Н. Платонов` / `Юго-Западного управления`: the role goes
            // on under the name, as `pdftotext -layout` sets a table's cell.
            let role_lines = match role_goes_on_below(src, blocks, i, a) {
                Some(end) if first == i => i + 1..end,
                _ => first..i,
            };
            return Some(SignatureBlock { role_lines, name_line: i, name });
        }
        if let Some(first) = role_set_apart() {
            return Some(SignatureBlock { role_lines: first..i, name_line: i, name });
        }
        // Two names side by side (`И.И. Иванов      П.П. Петров`) under their roles, which may
        // stand a blank line above as a lone name's do.
        if scan_person(role) != Some(role.len()) {
            return None;
        }
    }
    // Blank lines may part the name from its role, and so may the stamp of an electronic
    // signature (editorial lines), which does not count as a gap.
    let mut j = i;
    let mut blanks = 0;
    while j > floor && blanks <= MAX_SIGNATURE_GAP {
        let Some(b) = blocks.get(j - 1) else { break };
        if b.line.is_blank() {
            blanks += 1;
        } else if b.kind != LineKind::Editorial {
            break;
        }
        j -= 1;
    }
    match role_start_above(src, blocks, j, floor).map(|first| role_across_blanks(src, blocks, first, floor)).or_else(|| role_paragraphs_above(src, blocks, j, floor)) {
        Some(first) => Some(SignatureBlock { role_lines: first..j, name_line: i, name }),
        None if name.role.is_none() && j < i => match role_below(src, blocks, i) {
            Some(end) => Some(SignatureBlock { role_lines: i + 1..end, name_line: i, name }),
            // `А.С. Горбунова, тел. 5-13-74` under the signature is its executor.
            None if gives_phone(src, blocks, i) => None,
            None => closes_the_document(src, blocks, i).then_some(SignatureBlock { role_lines: i..i, name_line: i, name }),
        },
        None => None,
    }
}

/// A signature table that `pdftotext` without `-layout` printed column by column: the roles'
/// paragraphs one under the other, then the names (`Председатель коллегии, Министр …` / (blank) /
/// `Секретарь коллегии` / (blank) / `А.Г. Воронков` / (blank) / `Т.И. Бурмистрова`). `sig` pairs
/// the last role with the first name; when a role's paragraph stands set apart above that role
/// and a second name with no role follows the first, each role takes the name in its turn.
/// Otherwise `sig` alone.
fn unstack_columns(src: &str, blocks: &[Block], sig: SignatureBlock, floor: usize) -> Vec<SignatureBlock> {
    let paired = || {
        let lone_name = |k: usize| match blocks.get(k).map(|b| &b.kind) {
            Some(LineKind::Name(n)) if n.role.is_none() => Some(*n),
            _ => None,
        };
        lone_name(sig.name_line)?;
        let below = (sig.name_line + 1..blocks.len()).find(|&k| blocks.get(k).is_some_and(|b| !b.line.is_blank()))?;
        let second_name = lone_name(below).filter(|_| below - sig.name_line <= MAX_SIGNATURE_GAP + 1)?;
        let role_start = sig.role_lines.start;
        let above = (floor..role_start).rev().find(|&k| blocks.get(k).is_some_and(|b| !b.line.is_blank()))?;
        let first_role = role_start_above(src, blocks, above + 1, floor).filter(|_| above + 1 < role_start && !sig.role_lines.is_empty())?;
        Some(vec![
            SignatureBlock { role_lines: first_role..above + 1, name_line: sig.name_line, name: sig.name },
            SignatureBlock { role_lines: sig.role_lines.clone(), name_line: below, name: second_name },
        ])
    };
    match paired() {
        Some(pair) => pair,
        None => vec![sig],
    }
}

/// `В.Андреев` alone, a blank line above it, under the last clause: a name with no role signs the
/// document when nothing follows it but the requisites (`Пр-2150` / `30 октября 2023 г.`).
fn closes_the_document(src: &str, blocks: &[Block], name_line: usize) -> bool {
    let after = blocks.get(name_line + 1..).unwrap_or(&[]);
    let requisites = |b: &Block| b.line.is_blank() || b.kind == LineKind::Editorial || crate::header::is_trailer_requisites(b.line.text(src));
    after.iter().all(requisites) && !ends_mid_sentence(src, blocks, name_line)
}

/// Whether the line just above line `i` is text that breaks off mid-sentence (`… возложить на
/// заместителя` / `Главы Администрации … Мельникова С.Г.`): line `i` goes on with it.
fn ends_mid_sentence(src: &str, blocks: &[Block], i: usize) -> bool {
    let Some(above) = i.checked_sub(1).and_then(|k| blocks.get(k)) else { return false };
    let text = above.line.text(src).trim_end_matches(crate::text::is_space_or_emphasis);
    matches!(above.kind, LineKind::Text | LineKind::Clause(_)) && text.ends_with(char::is_lowercase)
}

/// Whether the name line `i` gives a phone number after the name (`, тел. 5-13-74`).
fn gives_phone(src: &str, blocks: &[Block], i: usize) -> bool {
    blocks.get(i).is_some_and(|b| {
        let text = b.line.text(src);
        crate::block::scan::without_phone(text).len() < text.len()
    })
}

/// `С.В. Петров` / `Глава района`: a lone name set apart by a blank line above, its role on
/// the lines under it, capitalised, with a blank line (or the end) after them. The end of the
/// role lines.
fn role_below(src: &str, blocks: &[Block], name_line: usize) -> Option<usize> {
    let first = blocks.get(name_line + 1)?;
    let text = first.line.text(src).trim_start_matches(crate::text::is_space_or_emphasis);
    if first.kind != LineKind::Text || !text.starts_with(char::is_uppercase) || !starts_with_position(text) {
        return None;
    }
    let lines = blocks.get(name_line + 1..)?.iter().take(MAX_ROLE_LINES).take_while(|b| b.kind == LineKind::Text && is_role_text(b.line.text(src))).count();
    let end = name_line + 1 + lines;
    blocks.get(end).is_none_or(|b| b.line.is_blank()).then_some(end)
}

/// `Руководитель          С.Н. Платонов` / `Юго-Западного управления`: the lines right under a
/// name line that go on with its role (set from the role's column `role_at`, short, no sentence,
/// no name of their own), a blank line or the end under them. Where they end.
fn role_goes_on_below(src: &str, blocks: &[Block], name_line: usize, role_at: usize) -> Option<usize> {
    let column = |b: &Block| b.line.content_start - b.line.start;
    let role_column = role_at.checked_sub(blocks.get(name_line)?.line.start)?;
    let goes_on = |b: &&Block| {
        let text = b.line.text(src);
        b.kind == LineKind::Text && column(b) == role_column && text.starts_with(char::is_alphabetic) && is_role_text(text) && !text.trim_end_matches(is_space).ends_with(',') && !text.contains(|c: char| c.is_ascii_digit()) && !starts_with_position(text)
    };
    let lines = blocks.get(name_line + 1..)?.iter().take(2).take_while(goes_on).count();
    let end = name_line + 1 + lines;
    (lines > 0 && blocks.get(end).is_none_or(|b| b.line.is_blank())).then_some(end)
}

/// The first line of a role written on the lines just above line `end` (exclusive): up to seven
/// short non-sentence lines, the first starting with a position word.
fn role_start_above(src: &str, blocks: &[Block], end: usize, floor: usize) -> Option<usize> {
    let mut role_start = end;
    while role_start > floor && end - role_start < MAX_ROLE_LINES {
        let Some(b) = blocks.get(role_start - 1) else { break };
        if !(b.kind == LineKind::Text || opens_officer_role(src, b)) || !is_role_text(b.line.text(src)) {
            break;
        }
        role_start -= 1;
    }
    let start = (role_start..end).find(|&k| blocks.get(k).is_some_and(|b| starts_with_position(b.line.text(src))))?;
    // `Контроль … возложить на` / `заместителя директора по производству` / `Попова С.Н.`: a
    // sentence going on, not a role.
    (start > role_start || !ends_mid_sentence(src, blocks, start)).then_some(start)
}

/// `Председатель коллегии,` / (blank) / `министр образования` / (blank) / `Белгородской области
/// А.Н. Гребенюк`: a Word copy sets a blank line between a role's paragraphs. From the role's first
/// line `first`, the first line of the whole role: taken up across single blank lines over lines
/// standing alone that name a post, where the role goes on below in lower case or after a comma.
fn role_across_blanks(src: &str, blocks: &[Block], first: usize, floor: usize) -> usize {
    let text = |k: usize| blocks.get(k).map_or("", |b| b.line.text(src).trim_end_matches(crate::text::is_space_or_emphasis));
    let blank = |k: usize| blocks.get(k).is_some_and(|b| b.line.is_blank());
    let mut first = first;
    while first >= floor + 2 && blank(first - 1) {
        let above = first - 2;
        let alone = above == floor || blank(above - 1);
        let post = blocks.get(above).is_some_and(|b| b.kind == LineKind::Text) && is_role_text(text(above)) && starts_with_position(text(above));
        let goes_on = text(above).ends_with(',') || text(first).starts_with(char::is_lowercase);
        if !(alone && post && goes_on) {
            break;
        }
        first = above;
    }
    first
}

/// `**Председатель коллегии,**` / (blank) / `**Министр образования и науки**` / (blank) /
/// `**Мурманской области**` / (blank) / `Н.В. Сорокина`: a role each of whose lines a Word or
/// Markdown copy set as a paragraph of its own, above a name alone. The first line of the role
/// ending at line `end` (exclusive): up to seven short lines one blank line apart, the topmost
/// naming a post, with a blank line or nothing above it.
fn role_paragraphs_above(src: &str, blocks: &[Block], end: usize, floor: usize) -> Option<usize> {
    let role_line = |k: usize| blocks.get(k).is_some_and(|b| b.kind == LineKind::Text && is_role_text(b.line.text(src)));
    let blank = |k: usize| blocks.get(k).is_some_and(|b| b.line.is_blank());
    let mut k = end.checked_sub(1).filter(|&k| k >= floor && role_line(k))?;
    let mut top = None;
    for _ in 0..MAX_ROLE_LINES {
        if starts_with_position(blocks.get(k).map_or("", |b| b.line.text(src))) {
            top = Some(k);
        }
        match k.checked_sub(2) {
            Some(above) if above >= floor && blank(k - 1) && role_line(above) => k = above,
            _ => break,
        }
    }
    let top = top?;
    (top == floor || top.checked_sub(1).is_some_and(blank)).then_some(top)
}

/// `Секретарь заседания –` / `начальник протокольного отдела …   Е.И. Мищенко`: a chair's or
/// secretary's label with nothing after it, its position and name on the lines below.
fn opens_officer_role(src: &str, b: &Block) -> bool {
    let officer = |section: &crate::lexicon::MeetingSection| matches!(section, crate::lexicon::MeetingSection::Secretary | crate::lexicon::MeetingSection::Chair);
    match &b.kind {
        LineKind::Meeting { section, value } => officer(section) && src.get(*value..b.line.end).is_some_and(crate::text::is_blank),
        _ => false,
    }
}

/// Whether a line may be part of a signer's role: short, not a sentence. A label naming the
/// keeper of the minutes may end with a colon (`Протокол вела:` / `секретарь комиссии   О.Н.
/// Зайцева`).
fn is_role_text(text: &str) -> bool {
    let t = text.trim_end_matches(crate::text::is_space_or_emphasis);
    t.chars().count() <= 100 && (!t.ends_with(['.', ';', ':']) || crate::block::scan::is_keeper_label(t))
}

/// How many lines under a bare `Исполнитель:` its paragraph may take after the first: the
/// position's, the name's, the phone's.
const EXECUTOR_LINES: usize = 5;

/// Walks the lines after a signature's name: more signatures, executor, distribution, phones.
/// Returns the first line that belongs to none of them.
fn walk_trailer(src: &str, blocks: &[Block], from: usize, layout: &mut Layout) -> usize {
    let mut i = from;
    while let Some(block) = blocks.get(i) {
        match &block.kind {
            // A site's page foot ends the document.
            LineKind::Editorial if is_page_foot_line(src, block) => return i,
            // Page furniture between the signatures and what follows them, and the enclosures.
            LineKind::Editorial => layout.trailer_notes.push(i),
            LineKind::Blank | LineKind::Enclosures => {}
            LineKind::Name(name) => match signature_at(src, blocks, i, *name, from).or_else(|| co_signer(src, blocks, layout, i, *name)) {
                Some(sig) => {
                    i = sig.end();
                    layout.signatures.push(sig);
                    continue;
                }
                None => layout.trailer.push(i),
            },
            &LineKind::Executor { value } | &LineKind::Responsible { value } => {
                layout.trailer.push(i);
                // `Исполнитель:` alone: the executor is named on the line under it, the lines
                // of the paragraph after it giving the position and the phone.
                let bare = src.get(value..block.line.content_end).is_none_or(|v| v.trim_matches(is_space).is_empty());
                if bare && blocks.get(i + 1).is_some_and(|b| matches!(b.kind, LineKind::Text | LineKind::Name(_))) {
                    let label = i;
                    i += 1;
                    layout.trailer.push(i);
                    // The paragraph's lines, a position wrapped with a capital (`Ханты-Мансийского
                    // автономного округа – Югры`) and the name with its phone below it.
                    i = take_executor_lines(blocks, i, layout, |b| matches!(b.kind, LineKind::Text | LineKind::Name(_)));
                    // `Приказ подготовил:` / `заместитель директора по УР` / (blank) / `Л.П.
                    // Кравченко`: the name set apart under the position, as under a signer's.
                    let lone_name = |k: usize| blocks.get(k).is_some_and(|b| matches!(b.kind, LineKind::Name(n) if n.role.is_none()));
                    if !(label + 1..=i).any(lone_name) && blocks.get(i + 1).is_some_and(|b| b.line.is_blank()) && lone_name(i + 2) {
                        layout.trailer.extend([i + 1, i + 2]);
                        i += 2;
                    }
                } else if !bare {
                    // `Исп. Смолина Наталья Андреевна,` / `главный специалист Управления
                    // образования,` / `8 (81836) 6-12-34`: the executor's position and phone
                    // under the name, in the same paragraph.
                    i = take_executor_lines(blocks, i, layout, |b| b.kind == LineKind::Text && (is_trailer_text(src, b) || starts_with_position(b.line.text(src))));
                }
            }
            LineKind::Distribution { .. } => {
                layout.trailer.push(i);
                i = distribution_lines(src, blocks, i, layout);
                continue;
            }
            // A rule (`---`, `______`, a Markdown table's `|---|---|`) names nothing.
            LineKind::Text | LineKind::TableRow if !block.line.text(src).chars().any(crate::text::is_alnum) => {}
            LineKind::Text if opens_visa_section(block.line.text(src)) => {
                let end = visa_section_end(src, blocks, i);
                layout.visas.push(i..end);
                i = end;
                continue;
            }
            LineKind::Text | LineKind::Meeting { .. } if block.kind == LineKind::Text || opens_officer_role(src, block) => match next_signature_name(src, blocks, i) {
                Some(name_line) => {
                    i = name_line;
                    continue;
                }
                None if is_trailer_text(src, block) => layout.trailer.push(i),
                None => return i,
            },
            _ => return i,
        }
        i += 1;
    }
    i
}

/// Takes into the trailer the lines after line `i` that go on with the executor's paragraph
/// (`goes_on`), at most [`EXECUTOR_LINES`] of them; returns the last line taken.
fn take_executor_lines(blocks: &[Block], mut i: usize, layout: &mut Layout, goes_on: impl Fn(&Block) -> bool) -> usize {
    let mut taken = 0;
    while taken < EXECUTOR_LINES && blocks.get(i + 1).is_some_and(&goes_on) {
        i += 1;
        taken += 1;
        layout.trailer.push(i);
    }
    i
}

/// How a section of visas, acknowledgements or receipts under the signatures starts (lower
/// case): `СОГЛАСОВАНО:`, `Проект вносит:`, `ПОДГОТОВЛЕНО`, `С приказом ознакомлены:`,
/// `Постановление получил(а):`; or the note on appeal set there (`Настоящее постановление
/// может быть обжаловано …`); or a copy's certification (`КОПИЯ ВЕРНА`, `Верно:` over the
/// post and name of the clerk who certified it, an archive's `АРХИВНАЯ КОПИЯ`). Its names sign neither the document nor as its
/// executor.
const VISA_HEADINGS: [&str; 20] = [
    "согласовано",
    "проект вносит",
    "проект внесен",
    "проект подготовил",
    "подготовлено",
    "постановление получил",
    "приказ получил",
    "распоряжение получил",
    "настоящее постановление может быть обжаловано",
    "лист согласования",
    "визы",
    "ознакомлен",
    "с приказом ознакомлен",
    "с распоряжением ознакомлен",
    "с постановлением ознакомлен",
    "с решением ознакомлен",
    "с настоящим приказом ознакомлен",
    "копия верна",
    "верно",
    "архивная копия",
];

/// How the lines of an electronic signature's stamp start (lower case): `ДОКУМЕНТ ПОДПИСАН
/// ЭЛЕКТРОННОЙ ПОДПИСЬЮ`, `Сертификат …`, `Владелец …`, `Действителен с … по …`. The stamp is
/// skipped as a visa section is: its owner signed already.
const STAMP_LINES: [&str; 5] = ["документ подписан", "сведения о сертификате", "сертификат", "владелец", "действителен с"];

/// `Члены счетной комиссии:   ____   Р.М. Закиров` / `           ____   В.П. Ильин`: a name
/// alone on the line right under a signature's name signs too, under the same heading, when
/// set in the names' column (indented) or on a line for the signature (`____`, an empty line
/// before it allowed). An executor's name starts its line.
fn co_signer(src: &str, blocks: &[Block], layout: &Layout, i: usize, name: NameLine) -> Option<SignatureBlock> {
    let last = layout.signatures.last()?;
    let line = blocks.get(i)?.line;
    let raw = src.get(line.start..line.end)?;
    let set_for_signing = raw.starts_with(['\t', ' ']) || raw.contains("__");
    // `____ С.Ю. Дьяченко` may stand after an empty line: a line to sign on is nobody's name
    // as an executor.
    let between_blank = blocks.get(last.name_line + 1..i).is_some_and(|b| b.len() <= 1 && b.iter().all(|b| b.line.is_blank()));
    let next = last.name_line + 1 == i || raw.trim_start().starts_with("___") && between_blank;
    (name.role.is_none() && next && set_for_signing).then_some(SignatureBlock { role_lines: i..i, name_line: i, name })
}

/// Whether a line under the signatures opens visas, acknowledgements or a signature stamp.
fn opens_visa_section(text: &str) -> bool {
    starts_with_any_lower(text, &VISA_HEADINGS) || starts_with_any_lower(text, &STAMP_LINES) || acknowledges(text) || receipt_heading(text)
}

/// `Предписание получил(а):`, `Распоряжение (приказ) о проведении проверки получил:`: the
/// heading of the line where the addressee signs for the copy received.
fn receipt_heading(text: &str) -> bool {
    let t = text.trim_end_matches(crate::text::is_space_or_emphasis);
    let Some(head) = t.strip_suffix(':').filter(|h| h.chars().count() <= 120) else { return false };
    let head = lexicon::lower(head.trim_end_matches(is_space));
    ["получил", "получила", "получил(а)", "получил (а)"].iter().any(|e| head.ends_with(e))
}

/// `С протоколом ознакомлены:`, `С настоящим положением ознакомлен(а):`: whoever has read the
/// act, whatever the act is called.
fn acknowledges(text: &str) -> bool {
    let head = text.trim_start_matches(crate::text::is_space_or_emphasis);
    if !head.starts_with(['С', 'с']) {
        return false;
    }
    let mut words = head.split(is_space).filter(|w| !w.is_empty()).skip(1);
    let mut next = || words.next().map(|w| crate::lexicon::lower(w).into_owned()).unwrap_or_default();
    let (first, second) = (next(), next());
    let verb = if first == "настоящим" { next() } else { second };
    verb.starts_with("ознакомлен")
}

/// How many lines a visa's position may wrap over before the line with the name.
const WRAPPED_ROLE_LINES: usize = 3;

/// The line after a section of visas or acknowledgements that opens at line `heading`: the
/// heading's paragraph, and the paragraphs after it made only of roles with names
/// (`Заместитель начальника   О.А. Ветрова`) or lines to sign on (`______ «__» ____ 2021 г.`).
fn visa_section_end(src: &str, blocks: &[Block], heading: usize) -> usize {
    let is_blank = |k: usize| blocks.get(k).is_some_and(|b| b.line.is_blank());
    // A role may wrap onto the name's line (`Начальник отдела правовой` / `и кадровой работы
    // И.И. Пестова`).
    // A position may wrap over several lines before the one with the name (`Заместитель главы
    // администрации` / `муниципального района по экономике` / `и финансам   Е.В. Лыскова`).
    let role_goes_on_to_name = |k: usize| {
        let mut lines = (k + 1..k + 1 + WRAPPED_ROLE_LINES).map_while(|j| blocks.get(j)).take_while(|b| !b.line.is_blank());
        lines.any(|b| matches!(b.kind, LineKind::Name(_)))
    };
    // `Ткаченко О.А.` / (blank) / `_____________`: a name alone over its line to sign on.
    let signs_below = |k: usize| (k + 1..blocks.len()).find(|&j| !is_blank(j)).and_then(|j| blocks.get(j)).is_some_and(|b| b.line.text(src).contains("__"));
    let is_visa = |k: usize| {
        blocks.get(k).is_some_and(|b| {
            let text = b.line.text(src);
            matches!(b.kind, LineKind::Name(n) if n.role.is_some())
                || matches!(b.kind, LineKind::Name(_)) && signs_below(k)
                || text.contains("__")
                || b.kind == LineKind::Text && (starts_with_position(text) || text.starts_with(char::is_lowercase)) && role_goes_on_to_name(k)
        })
    };
    let mut end = heading + 1;
    while blocks.get(end).is_some_and(|b| !b.line.is_blank()) && !ends_visa_paragraph(src, blocks, end) {
        end += 1;
    }
    loop {
        let mut k = end;
        while is_blank(k) {
            k += 1;
        }
        let start = k;
        while is_visa(k) {
            k += 1;
        }
        // The list ends at an empty line, a page's furniture (`3` at a page break) or the
        // heading of an appendix on the next page.
        let closes = |k: usize| is_blank(k) || blocks.get(k).is_some_and(|b| matches!(b.kind, LineKind::Editorial | LineKind::Appendix));
        if k == start || (k < blocks.len() && !closes(k)) {
            return end;
        }
        end = k;
    }
}

/// Whether line `k` of a visa section's first paragraph, with no blank line above it, starts
/// what follows the section (a `pdftotext` copy sets no blank line anywhere): an appendix's
/// heading, page furniture, an executor's, responsible's or distribution label, or an executor's
/// name with the phone on the line under it (`Тарасов Алексей Викторович` / `8 (84157) 3-28-14`).
fn ends_visa_paragraph(src: &str, blocks: &[Block], k: usize) -> bool {
    let kind = blocks.get(k).map(|b| &b.kind);
    let follows = matches!(kind, Some(LineKind::Appendix | LineKind::Editorial | LineKind::Executor { .. } | LineKind::Responsible { .. } | LineKind::Distribution { .. }));
    let phone_under = blocks.get(k + 1).is_some_and(|b| crate::block::scan::is_phone_line(b.line.text(src)));
    follows || matches!(kind, Some(LineKind::Name(_))) && phone_under
}

/// If the role of a further signature block starts on line `i`, the line of its name.
fn next_signature_name(src: &str, blocks: &[Block], i: usize) -> Option<usize> {
    // A page's foot and break between the role and the name (editorial lines, each with a blank
    // line) widen the window, at most to twice its size.
    let base = MAX_SIGNATURE_GAP + MAX_ROLE_LINES;
    let end = blocks.len().min(i + 2 * base);
    let j = (i + 1..end).find(|&j| blocks.get(j).is_some_and(|b| !matches!(b.kind, LineKind::Text | LineKind::Blank | LineKind::Editorial)))?;
    let furniture = (i + 1..j).filter(|&k| blocks.get(k).is_some_and(|b| b.kind == LineKind::Editorial)).count();
    if j >= i + base + 2 * furniture {
        return None;
    }
    let LineKind::Name(name) = blocks.get(j)?.kind else { return None };
    let sig = signature_at(src, blocks, j, name, i)?;
    (sig.role_lines.start == i).then_some(j)
}

/// Lines of a distribution list: the label line, and if its value is empty, the next paragraph.
fn distribution_lines(src: &str, blocks: &[Block], label: usize, layout: &mut Layout) -> usize {
    let mut i = label + 1;
    let Some(LineKind::Distribution { value }) = blocks.get(label).map(|b| &b.kind) else { return i };
    let has_value = blocks.get(label).is_some_and(|b| *value < b.line.content_end);
    if has_value {
        // `Рассылка: дело, Департамент финансов` / `области, Комитет …`: the list wraps on.
        while blocks.get(i).is_some_and(|b| b.kind == LineKind::Text && wraps_onto(src, blocks, i)) {
            layout.trailer.push(i);
            i += 1;
        }
        return i;
    }
    while blocks.get(i).is_some_and(|b| b.line.is_blank()) {
        i += 1;
    }
    while let Some(b) = blocks.get(i) {
        if b.line.is_blank() || !matches!(b.kind, LineKind::Text | LineKind::Name(_)) {
            break;
        }
        layout.trailer.push(i);
        i += 1;
    }
    i
}

/// Whether line `i` goes on the line before it: that one ends with a comma, or this one opens in
/// lower case, with a dash before a count (`отдел по культуре` / `– 1 экз., …`) or with the
/// quote of a name (`ГБУЗ НСО` / `«РЦОЗиМП», главным врачам …`).
pub(crate) fn wraps_onto(src: &str, blocks: &[Block], i: usize) -> bool {
    let previous = i.checked_sub(1).and_then(|p| blocks.get(p)).map_or("", |b| b.line.text(src));
    let this = blocks.get(i).map_or("", |b| b.line.text(src));
    let dashed_count = this.strip_prefix(['–', '-', '—']).is_some_and(|r| r.trim_start_matches(is_space).starts_with(|c: char| c.is_ascii_digit()));
    previous.trim_end_matches(is_space).ends_with(',') || this.starts_with(char::is_lowercase) || dashed_count || this.starts_with(['«', '"'])
}

/// Phone numbers, e-mail and similar small print under a signature.
fn is_trailer_text(src: &str, block: &Block) -> bool {
    let t = block.line.text(src);
    let digits = t.chars().filter(char::is_ascii_digit).count();
    let lower = lexicon::lower(t);
    t.len() < 120
        && (lower.starts_with("тел")
            || lower.contains('@')
            || digits * 2 >= t.chars().filter(|c| !is_space(*c)).count()
            || crate::header::is_trailer_requisites(t))
}

/// The start of an appendix whose table begins on line `table`: the title paragraph just above
/// it, if there is one (a short paragraph not ending a sentence), else the table itself.
fn title_before(src: &str, blocks: &[Block], table: usize, floor: usize) -> usize {
    if blocks.get(table).is_some_and(|b| b.kind == LineKind::Appendix) {
        return table;
    }
    let mut end = table;
    while end > floor && blocks.get(end - 1).is_some_and(|b| b.line.is_blank()) {
        end -= 1;
    }
    let mut start = end;
    while start > floor && blocks.get(start - 1).is_some_and(|b| b.kind == LineKind::Text) {
        start -= 1;
    }
    // The title may open the operative part when a blank line stands above it (`По итогам
    // совещания:` under an agenda).
    let separated = start > 0 && blocks.get(start - 1).is_some_and(|b| b.line.is_blank());
    let last = blocks.get(end.saturating_sub(1)).map_or("", |b| b.line.text(src));
    // `Обществу … устранить выявленные нарушения в сроки, указанные в таблице:` tells someone
    // to act: a clause, not the table's title.
    let instructs = || last.trim_end().ends_with(':') && blocks.get(start..end).is_some_and(|p| p.iter().any(|b| holds_infinitive(b.line.text(src))));
    let is_title = separated && start < end && end - start <= 6 && !last.trim_end_matches('*').ends_with(['.', ';']) && !instructs();
    if is_title {
        start
    } else {
        table
    }
}

/// Whether a line holds an infinitive that carries an action (`устранить`, `обеспечить`).
fn holds_infinitive(text: &str) -> bool {
    text.split(|c: char| !crate::text::is_letter(c)).any(crate::morph::is_action_verb)
}

/// Whether the table row at line `i` is a lone line (`5\tОрганизовать работу.`, a tab after a
/// number the scanners do not read; `«ДА»\t\t\t«НЕТ».` under a ballot's question): no table row
/// stands next to it, across blank lines, so it is text of the operative part and no table. A row
/// set with bars (`| Министр | И.В. Лаврентьев |` over `|---|---|`) is a table's, however short.
fn is_lone_row(src: &str, blocks: &[Block], i: usize) -> bool {
    if blocks.get(i).is_none_or(|b| b.line.text(src).contains('|')) {
        return false;
    }
    let is_row = |b: &Block| b.kind == LineKind::TableRow;
    let next_at = (i + 1..blocks.len()).find(|&k| blocks.get(k).is_some_and(|b| !b.line.is_blank()));
    let next = next_at.and_then(|k| blocks.get(k));
    let prev = blocks.get(..i).and_then(|above| above.iter().rev().find(|b| !b.line.is_blank()));
    // A header over a question's row spanning the table has rows after all; so has one over a
    // row whose first cell wraps over lines of its own (`2.1.<TAB>Обеспечить …:` / `- …;` /
    // `- ….<TAB>…`).
    let rows_next = next_at.is_some_and(|k| heads_rows_below(src, blocks, k) || row_wraps_below(src, blocks, k));
    !next.is_some_and(is_row) && !prev.is_some_and(is_row) && !rows_next
}

/// A table in the operative part (`№ п/п  Поручение  Ответственный  Срок` under `По итогам
/// совещания:`) that the document's signature follows: the first line of that signature block
/// (its role lines included), when only rows, wrapped cells and blank lines stand between.
fn signature_under_table(src: &str, blocks: &[Block], table: usize) -> Option<usize> {
    if blocks.get(table).is_none_or(|b| b.kind != LineKind::TableRow) {
        return None;
    }
    let mut last_row = table;
    for (k, block) in blocks.iter().enumerate().skip(table + 1) {
        match &block.kind {
            LineKind::TableRow => last_row = k,
            // Cells wrapped onto lines of their own, and blank lines.
            LineKind::Text | LineKind::Blank => {}
            LineKind::Name(name) => return signature_at(src, blocks, k, *name, last_row + 1).map(|sig| sig.role_lines.start.min(k)),
            _ => return None,
        }
    }
    None
}

/// `О выполнении предписания … уведомить инспекцию в срок до 15.10.2019.` set apart by a blank
/// line between a table in the operative part and the signature: a sentence of one segment
/// (no cells, no gaps), which the rows do not wrap into. The line it starts on.
fn paragraph_after_table(src: &str, blocks: &[Block], table: usize, signature: usize) -> Option<usize> {
    let between = blocks.get(table..signature)?;
    let last_row = table + between.iter().rposition(|b| b.kind == LineKind::TableRow)?;
    let one_segment = |b: &Block| crate::text::segments(b.line.text(src)).nth(1).is_none();
    let start = (last_row + 1..signature).find(|&k| blocks.get(k).is_some_and(|b| !b.line.is_blank()))?;
    let after_blank = blocks.get(start - 1).is_some_and(|b| b.line.is_blank());
    let paragraph = blocks.get(start..signature)?;
    let last = paragraph.iter().rev().find(|b| !b.line.is_blank())?;
    let is_sentence = last.line.text(src).trim_end_matches(is_space).ends_with('.')
        && blocks.get(start).is_some_and(|b| b.line.text(src).trim_start_matches(is_space).starts_with(char::is_uppercase));
    (after_blank && is_sentence && paragraph.iter().all(|b| b.line.is_blank() || b.kind == LineKind::Text && one_segment(b))).then_some(start)
}

/// Where the table of decisions whose first row is line `table` ends when something follows it:
/// at a numbered clause or question, a formula or the speakers, or at any line with no cells
/// after a blank line (`Контроль за исполнением …`, the signatures). `None` when the table runs
/// into anything else with no blank line between, or to the end.
fn decision_table_end(src: &str, blocks: &[Block], table: usize) -> Option<usize> {
    let mut blank_after_rows = false;
    for (k, block) in blocks.iter().enumerate().skip(table + 1) {
        match &block.kind {
            LineKind::TableRow => blank_after_rows = false,
            LineKind::Blank => blank_after_rows = true,
            LineKind::Text if block.line.text(src).contains('\t') => {}
            LineKind::Clause(_) if !blank_after_rows && (row_wraps_below(src, blocks, k) || heads_rows_below(src, blocks, k)) => {}
            // `Голосовали: «за» – 34` under the rows, or the next question's `СЛУШАЛИ:`, closes
            // the table as the next clause does.
            LineKind::Clause(_) | LineKind::Formula { .. } | LineKind::Speakers | LineKind::Vote | LineKind::Meeting { .. } => return Some(k),
            LineKind::Text if !blank_after_rows => {}
            _ => return blank_after_rows.then_some(k),
        }
    }
    None
}

/// Where the rows of the table at line `table` end: after the last of its rows, the lines from it
/// on being rows or blank.
fn last_row_end(blocks: &[Block], table: usize) -> usize {
    let rows = (table..blocks.len()).take_while(|&k| blocks.get(k).is_some_and(|b| b.kind == LineKind::TableRow || b.line.is_blank()));
    rows.filter(|&k| blocks.get(k).is_some_and(|b| b.kind == LineKind::TableRow)).last().map_or(table + 1, |k| k + 1)
}

/// `1. По вопросу «Об итогах …»` / `1.1.<TAB>Информацию … принять к сведению<TAB>…`: a numbered
/// line spanning the table (no cells), the rows under it numbered under it — a question's row.
fn heads_rows_below(src: &str, blocks: &[Block], k: usize) -> bool {
    let Some(LineKind::Clause(head)) = blocks.get(k).map(|b| &b.kind) else { return false };
    let next = blocks.iter().skip(k + 1).find(|b| !b.line.is_blank());
    let row_under = |b: &Block| b.kind == LineKind::TableRow && crate::block::scan::scan_clause_start(b.line.text(src)).is_some_and(|s| head.number.is_parent_of(&s.number));
    next.is_some_and(row_under)
}

/// How many lines a row's first cell may wrap over before its other cells.
const WRAPPED_CELL_LINES: usize = 8;

/// `3.<TAB>Провести обследование … ул. Лунная:` / `- на предмет очистки …;` / `- на предмет
/// удаления сосулек.<TAB>Мельников А.Г.<TAB>в течение недели`: a numbered row at line `k` whose
/// first cell wraps over lines of its own, its other cells on the last of them (a line of cells
/// opening with no number), with no blank line between.
fn row_wraps_below(src: &str, blocks: &[Block], k: usize) -> bool {
    let opens_row = blocks.get(k).is_some_and(|b| b.line.text(src).contains('\t'));
    let mut below = blocks.iter().skip(k + 1).take(WRAPPED_CELL_LINES).skip_while(|b| b.kind == LineKind::Text);
    let closes_row = below.next().is_some_and(|b| b.kind == LineKind::TableRow && !b.line.text(src).starts_with(|c: char| c.is_ascii_digit()));
    opens_row && closes_row
}

/// Whether the table whose first row is line `table` heads a column with the decisions
/// (`Решение / поручение`, `Содержание поручения`), rather than activities or members.
fn names_decisions(src: &str, blocks: &[Block], table: usize) -> bool {
    let header = blocks.get(table).map_or("", |b| b.line.text(src));
    let lower = lexicon::lower(header);
    lower.contains("поручени") || lower.contains("решени")
}

/// How many lines a stacked table's header takes at most: `№` / `п/п` and its columns' names,
/// wrapped.
const STACKED_HEADER_LINES: usize = 10;

/// Whether line `i` opens the header of a table of decisions or measures saved one cell per line
/// (`№ п/п` / `Поручение` / `Ответственный` / `Срок`).
fn opens_stacked_decisions(src: &str, blocks: &[Block], i: usize) -> bool {
    let Some(head) = blocks.get(i..blocks.len().min(i + STACKED_HEADER_LINES)) else { return false };
    let names = |b: &Block| {
        let lower = lexicon::lower(b.line.text(src));
        ["поручени", "решени", "мероприят"].iter().any(|w| lower.contains(w))
    };
    let numbers_rows = blocks.get(i).is_some_and(|b| b.line.text(src).trim_matches(is_space).starts_with(['№', 'N']));
    numbers_rows && crate::appendix::is_stacked(src, head) && head.iter().skip(1).any(names)
}

/// Where a table saved one cell per line from line `table` on ends: at the first line that is
/// neither a cell nor a blank line (a signature's name, the enclosures, an appendix), or at a
/// control sentence after its rows.
fn stacked_table_end(src: &str, blocks: &[Block], table: usize) -> usize {
    // `Климова Е.В.` / `до 20 апреля`: a person named in the responsible's cell, a term after it.
    let term_next = |k: usize| blocks.iter().skip(k + 1).find(|b| !b.line.is_blank()).is_some_and(|b| b.kind == LineKind::Text && crate::extract::deadline::parse_term(&clean(b.line.text(src))).is_some());
    let ends = |k: usize, b: &Block| match b.kind {
        LineKind::Text => crate::tree::opens_control(b.line.text(src)),
        LineKind::Clause(_) | LineKind::Blank => false,
        LineKind::Name(name) if name.role.is_none() => !term_next(k),
        _ => true,
    };
    let end = (table + 1..blocks.len()).find(|&k| blocks.get(k).is_some_and(|b| ends(k, b))).unwrap_or(blocks.len());
    // The role of the signature whose name ends the table stands above the name.
    match blocks.get(end).map(|b| &b.kind) {
        Some(LineKind::Name(name)) => signature_at(src, blocks, end, *name, table + 1).map_or(end, |sig| sig.role_lines.start.min(end)),
        _ => end,
    }
}

/// Whether line `i` heads a table of decisions or measures set in columns of spaces (`№ п/п
/// Поручение   Ответственный   Срок исполнения`), a numbered row under it.
fn opens_column_decisions(src: &str, blocks: &[Block], i: usize) -> bool {
    let Some(b) = blocks.get(i) else { return false };
    let text = b.line.text(src);
    if !text.trim_start_matches(is_space).starts_with(['№', 'N']) || crate::text::segments(text).count() < 3 {
        return false;
    }
    let lower = lexicon::lower(text);
    let what = ["поручени", "решени", "мероприят", "содержани"].iter().any(|w| lower.contains(w));
    let who_or_when = ["ответствен", "исполнител", "срок"].iter().any(|w| lower.contains(w));
    // `№ п/п   Решение / Поручение   Ответственный   Срок` / `<spaces>исполнения`: a column's
    // name wrapped under it, a word or two in lower case, set where a row's cell starts.
    let column_of = |b: &Block, at: usize| src.get(b.line.start..at).map_or(0, |s| s.chars().count());
    let first_row = blocks.iter().skip(i + 1).find(|b| matches!(b.kind, LineKind::Clause(_)));
    let wraps_header = |n: &Block| {
        let t = n.line.text(src);
        let short = n.kind == LineKind::Text && t.starts_with(char::is_lowercase) && t.split(is_space).count() <= 2;
        let at = column_of(n, n.line.content_start);
        let under_a_cell = first_row.is_some_and(|r| crate::text::segments(r.line.text(src)).any(|(s, _)| column_of(r, r.line.content_start + s).abs_diff(at) <= 2));
        short && at > 20 && under_a_cell
    };
    let next = blocks.iter().skip(i + 1).find(|b| !b.line.is_blank() && !wraps_header(b));
    what && who_or_when && next.is_some_and(|n| matches!(n.kind, LineKind::Clause(_)) && crate::text::segments(n.line.text(src)).count() >= 2)
}

/// Where a table set in columns of spaces from its header at line `table` on ends: at a line
/// that is neither furniture nor the table's (a line of columns, or one set in past the header's
/// indent, as a cell's wrapped line is), or at a signature's name.
fn column_table_end(src: &str, blocks: &[Block], table: usize) -> usize {
    let indent = |b: &Block| b.line.content_start - b.line.start;
    let header_indent = blocks.get(table).map_or(0, indent);
    let of_table = |b: &Block| match b.kind {
        LineKind::Blank | LineKind::Editorial => true,
        LineKind::Text | LineKind::Clause(_) | LineKind::TableRow => crate::text::segments(b.line.text(src)).count() >= 2 || indent(b) > header_indent,
        _ => false,
    };
    let end = (table + 1..blocks.len()).find(|&k| blocks.get(k).is_some_and(|b| !of_table(b))).unwrap_or(blocks.len());
    // Blank lines and furniture before what ends it stay outside.
    (table + 1..end).rev().find(|&k| blocks.get(k).is_some_and(|b| !matches!(b.kind, LineKind::Blank | LineKind::Editorial))).map_or(end, |k| k + 1)
}

/// Whether the table whose first row is line `table` heads its columns with measures and who
/// takes them or when (`Мероприятие | Ответственный | Срок исполнения`).
fn names_measures(src: &str, blocks: &[Block], table: usize) -> bool {
    let header = blocks.get(table).map_or("", |b| b.line.text(src));
    let lower = lexicon::lower(header);
    lower.contains("мероприят") && (lower.contains("ответствен") || lower.contains("исполнител") || lower.contains("срок"))
}

/// Splits the lines from `from` to the end, or to a site's page foot, into appendices at
/// appendix headings. Headings with
/// only blank lines between (`Приложение № 1` / `` / `УТВЕРЖДЕН` / `приказом …`) head one.
fn push_appendices(src: &str, blocks: &[Block], from: usize, layout: &mut Layout) {
    // A page's foot has no numbered line after it: what reads as one above them is the
    // appendices' own (a plan's row, `Формирование РИС, внесение …`). A link to an attached
    // file (`Приложение. График … (PDF, 156 Кб)`) may follow it.
    let last_numbered = blocks.iter().rposition(|b| matches!(b.kind, LineKind::Clause(_))).map_or(from, |k| k + 1);
    let foot = (from.max(last_numbered)..blocks.len()).find(|&i| blocks.get(i).is_some_and(|b| is_page_foot_line(src, b)));
    layout.page_foot = layout.page_foot.or(foot);
    let blocks = blocks.get(..foot.unwrap_or(blocks.len())).unwrap_or(blocks);
    let mut start = from;
    let mut only_headings = blocks.get(from).is_some_and(|b| b.kind == LineKind::Appendix);
    for i in from + 1..blocks.len() {
        let Some(b) = blocks.get(i) else { break };
        if b.kind == LineKind::Appendix && !only_headings && !stacked_stamp(src, blocks, start, i) {
            push_appendix(blocks, start..i, layout);
            start = i;
            only_headings = true;
            continue;
        }
        only_headings &= matches!(b.kind, LineKind::Appendix | LineKind::Blank);
    }
    push_appendix(blocks, start..blocks.len(), layout);
}

/// `Приложение` / `к протоколу заседания …` / `от 19.10.2023 № 2`, an empty line, `УТВЕРЖДЕН` /
/// …: whether the approval stamp on line `i` stands under the heading of the appendix that starts
/// on line `start`, only the heading's short lines between, and heads that appendix with it.
fn stacked_stamp(src: &str, blocks: &[Block], start: usize, i: usize) -> bool {
    let stamp = blocks.get(i).is_some_and(|b| starts_with_any_lower(b.line.text(src).trim_start_matches(is_space), &["утвержд", "согласован"]));
    let short = |b: &Block| b.line.text(src).trim_matches(is_space).chars().count() <= HEADING_LINE_CHARS;
    let heading_line = |b: &Block| b.line.is_blank() || b.kind == LineKind::Appendix || matches!(b.kind, LineKind::Text | LineKind::TableRow) && short(b);
    let opens_with_heading = blocks.get(start).is_some_and(|b| b.kind == LineKind::Appendix);
    stamp && opens_with_heading && blocks.get(start..i).is_some_and(|lines| lines.len() <= HEADING_LINES && lines.iter().all(heading_line))
}

/// How long a line of an appendix's heading may be, in chars.
const HEADING_LINE_CHARS: usize = 60;

/// How many lines an appendix's heading may take above a stamp stacked under it.
const HEADING_LINES: usize = 8;

fn push_appendix(blocks: &[Block], range: Range<usize>, layout: &mut Layout) {
    let has_content = blocks.get(range.clone()).is_some_and(|bs| bs.iter().any(|b| !b.line.is_blank()));
    if has_content {
        layout.appendices.push(range);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A news item's date is its publication's: a span of days in the decisions it quotes
    /// counts from their meeting, an event.
    #[test]
    fn a_printed_news_page_s_wrapped_headline_and_its_report_after_the_last_decision() {
        let src = "Главная » Новости » Совещание руководителей ОО\n\nСовещание руководителей ОО: итоги ВПР и задачи на\n2022/2023 учебный год\n\
                   14.10.2022 Просмотров: 367\n12 октября состоялось совещание руководителей.\nПо итогам совещания приняты следующие решения:\n\
                   1. Руководителям ОО провести анализ результатов ВПР.\n2. Отделу общего образования осуществлять мониторинг, информацию\n\
                   представлять ежемесячно до 5 числа месяца, следующего за отчетным.\n\
                   Следующее совещание руководителей запланировано на 14\nдекабря 2022 года.\n";
        let doc = crate::parse(src);
        assert_eq!(doc.title.as_deref(), Some("Совещание руководителей ОО: итоги ВПР и задачи на 2022/2023 учебный год"));
        assert_eq!(doc.date.map(|d| d.to_string()).as_deref(), Some("2022-10-14"));
        let last = doc.clauses.last().map(|c| (c.text.as_str(), c.deadline.as_ref().map(|d| d.text.as_str())));
        assert_eq!(last, Some(("Отделу общего образования осуществлять мониторинг, информацию представлять ежемесячно до 5 числа месяца, следующего за отчетным.", Some("ежемесячно до 5 числа месяца, следующего за отчетным"))));
    }

    #[test]
    fn a_post_s_card_over_the_act_names_no_issuer() {
        let src = "Вы здесь: Главная » Коллегия » Решение коллегии № 1\nКатегория: Коллегия\nАвтор: Администратор\nПросмотров: 147\n\
                   РЕШЕНИЕ КОЛЛЕГИИ\nУправления образования Чегемского муниципального района\n29 января 2025 года    № 1\n\
                   «Об итогах олимпиады»\nКоллегия решила:\n1. Принять к сведению.\n";
        assert_eq!(crate::parse(src).authority.as_deref(), Some("Управления образования Чегемского муниципального района"));
        assert!(is_post_label("Теги: ВПР, ГИА") && !is_post_label("Дата: 03.02.2025") && !is_post_label("Раздел 2. Мероприятия"));
        assert!(is_home_breadcrumb("Главная страница » Новости") && is_home_breadcrumb("Главная/Новости"));
        assert!(!is_home_breadcrumb("Главная тема – готовность школ к началу 2020/2021 учебного года в"));
    }

    #[test]
    fn a_clipper_s_markdown_page_front_matter_and_links_in_the_breadcrumb() {
        let src = "---\ncreated: 2021-05-14T09:12:47 (UTC +07:00)\ntags: []\nsource: https://minobr.r-19.ru/news/1\nauthor: \n---\n\n\
                   # Министр провела видеоселектор\n\n[Главная](https://minobr.r-19.ru/) / [Новости](https://minobr.r-19.ru/news/)\n\n\
                   13 мая министр провела совещание.\n\nПо итогам совещания министр поручила:\n\n- отделу обеспечить мониторинг еженедельно.\n\n\
                   Напомним, кампания стартует 1 июня.\n\nПресс-служба Министерства образования\n";
        let doc = crate::parse(src);
        assert_eq!(doc.title.as_deref(), Some("Министр провела видеоселектор"));
        assert_eq!(doc.clauses.len(), 1);
        // Front matter must have its keys: a rule over a Markdown table is no fence.
        let src = "---\nПРИКАЗ\n---\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n";
        assert_eq!(crate::parse(src).kind_label.as_deref(), Some("ПРИКАЗ"));
    }

    #[test]
    fn a_span_of_days_in_quoted_decisions_is_an_event() {
        let src = "Главная / Новости\n\nСовещание прошло\n\n10.08.2022\n\nПо итогам совещания приняты решения:\n\n\
                   – органам местного самоуправления в двухнедельный срок актуализировать планы;\n";
        let kinds: Vec<_> = crate::parse(src).clauses.iter().filter_map(|c| c.deadline.as_ref().map(|d| d.kind)).collect();
        assert_eq!(kinds, [crate::DeadlineKind::Event]);
    }

    /// With no blank line anywhere (`pdftotext`), a list of those who have read the order ends at
    /// the executor's name over a phone, and the appendix after it is read.
    #[test]
    fn a_list_of_those_who_have_read_it_ends_at_the_executor_with_no_blank_line() {
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\nНачальник управления образования\nгорода Кузнецка\nИ.В. Савельева\n\
                   С приказом ознакомлены:\nВолкова Е.С.\nБелов С.Н.\nТарасов Алексей Викторович\n8 (84157) 3-28-14\n\
                   Приложение\nк приказу от 27.08.2025 № 296\nПЛАН\n№\tМероприятие\tСрок\tОтветственный\n1.\tАнализ\tянварь 2026 г.\tМорозова Е.А.\n";
        let doc = crate::parse(src);
        assert_eq!(doc.executor.as_deref(), Some("Тарасов Алексей Викторович"));
        assert_eq!(doc.appendices.len(), 1);
        let visas: Vec<&str> = doc.diagnostics.iter().filter(|d| d.code == crate::Code::TextVisas).map(|d| d.message.as_str()).collect();
        assert_eq!(visas, ["set aside the visas or acknowledgements «С приказом ознакомлены:» (3 lines): they neither sign nor execute the act"]);
    }

    /// `С приказом ознакомлены:` and its lines to sign end at a page's number over the appendix.
    #[test]
    fn a_sheet_of_those_who_have_read_it_ends_at_a_page_break() {
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n\nДиректор\t\tО.Ю. Калинина\n\nС приказом ознакомлены:\n\n\
                   Лаптева Н.В.       ______________        «____» ____________ 2024 г.\n\
                   Белова Т.С.        ______________        «____» ____________ 2024 г.\n\u{c}                3\n\
                   Приложение\nк приказу от 19.01.2024 № 27\n\nПЛАН\n№\tМероприятие\tСрок\tОтветственный\n1.\tАнализ\tянварь 2024 г.\tМорозова Е.А.\n";
        let doc = crate::parse(src);
        assert_eq!(doc.appendices.len(), 1);
        assert!(!doc.diagnostics.iter().any(|d| d.code == crate::Code::TableUnplacedCell));
    }

    /// A secretary's role at one page's foot, the name on the next, the act's name and the page's
    /// number between.
    #[test]
    fn a_signature_across_a_page_break() {
        let src = "РЕШЕНИЕ КОЛЛЕГИИ\n\nКОЛЛЕГИЯ РЕШИЛА:\n1. Принять к сведению.\n\nПредседатель коллегии\n\nГ.И. Сафронова\n\nСекретарь\n\n\
                   Решение коллегии УОиМП № 4 от 18.08.2016\n\n1\n\n\x0cО.В. Мишина\n\nРешение коллегии УОиМП № 4 от 18.08.2016\n\n2\n\n\x0c\n";
        let doc = crate::parse(src);
        let signed: Vec<(Option<&str>, &str)> = doc.signatures.iter().map(|s| (s.role.as_deref(), s.name.as_str())).collect();
        assert_eq!(signed, [(Some("Председатель коллегии"), "Г.И. Сафронова"), (Some("Секретарь"), "О.В. Мишина")]);
        assert!(doc.appendices.is_empty());
    }

    /// Each reader's name alone over the line to sign on, the page's number under the last.
    #[test]
    fn a_sheet_of_readers_names_alone_over_lines_to_sign() {
        let sign = "\n\n_____________\n\n«___» ____________ 2023 г.\n\n";
        let src = format!("ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n\nДиректор колледжа\t\tС.В. Гребенюк\n\nС приказом ознакомлены:\nКравченко Л.П.{sign}Ткаченко О.А.{sign}Литвинова К.С.{sign}1\n\x0c");
        let doc = crate::parse(&src);
        assert_eq!(doc.signatures.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["С.В. Гребенюк"]);
    }

    /// `Приложение к протоколу …` / `УТВЕРЖДЕН решением …` stacked over one plan head it together;
    /// `Приложение № 2` after an appendix's text opens another.
    #[test]
    fn stamps_stacked_over_one_appendix() {
        let src = "ПРОТОКОЛ\n\nРЕШИЛИ:\n1. Утвердить план.\n\nПредседатель\tО.В. Ткаченко\n\n\t\t\tПриложение\n\t\t\tк протоколу заседания\n\t\t\tот 19.10.2023 № 2\n\n\
                   \t\t\tУТВЕРЖДЕН\n\t\t\tрешением совета\n\nПЛАН\n№\tМероприятие\tСрок\tОтветственный\n1.\tАнализ\tавгуст 2023 г.\tУО\n";
        let doc = crate::parse(src);
        assert_eq!(doc.appendices.len(), 1);
        let two = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить.\n\nМинистр\tИ.И. Иванов\n\nПриложение № 1\nОТЧЕТ\nо работе за год.\nПриложение № 2\nПЕРЕЧЕНЬ поручений\n";
        assert_eq!(crate::parse(two).appendices.len(), 2);
    }

    /// A breadcrumb ending in the news section marks a site's news item, wherever it starts.
    #[test]
    fn a_news_breadcrumb_from_anywhere() {
        assert!(is_news_breadcrumb("Органы власти › Министерство образования Республики Карелия › Новости"));
        assert!(is_news_breadcrumb("Министерство / Новости министерства"));
        assert!(!is_news_breadcrumb("Новости"));
        assert!(!is_news_breadcrumb("Образование / наука / новости о школах и вузах региона"));
    }

    /// Decisions a news item quotes as plain paragraphs end at a paragraph that names no action.
    #[test]
    fn quoted_paragraphs_of_decisions_end_at_the_report() {
        let src = "Главная / Новости\n\nСовет подвел итоги\n\nПо итогам заседания Совета приняты следующие решения:\n\n\
                   Информацию принять к сведению.\n\nУправлению образования до 1 октября подготовить план.\n\n\
                   Следующее заседание Совета запланировано на декабрь.\n";
        let texts: Vec<String> = crate::parse(src).clauses.into_iter().map(|c| c.text).collect();
        assert_eq!(texts, ["Информацию принять к сведению.", "Управлению образования до 1 октября подготовить план."]);
    }

    /// A paragraph of prose that opens `По второму вопросу выступил …` is no question heading.
    #[test]
    fn a_question_heading_is_one_sentence() {
        assert!(is_unnumbered_question("По второму вопросу выступил ректор КИРО Вадим Сорокин"));
        assert!(is_unnumbered_question("ПО ПЕРВОМУ ВОПРОСУ: О подготовке к ГИА. СЛУШАЛИ: Иванову И.И."));
        assert!(is_unnumbered_question("По вопросу о работе ул. Ленина и г. Щигры"));
        assert!(!is_unnumbered_question("По вопросам повестки СЛУШАЛИ: Кондрашова Е.В., Лиманскую Е.Ю."), "all the agenda's questions");
        assert!(!is_unnumbered_question("По второму вопросу выступил ректор Вадим Сорокин. Он рассказал о работе центра."));
        assert!(!is_unnumbered_question("По второму вопросу главный специалист О.Н. Кириллова напомнила руководителям о сроках."), "a report told");
        // A colon further on, inside what was said, makes no heading of the paragraph.
        assert!(!is_unnumbered_question("По первому вопросу выступила Галина Мехоношина. Она сообщила, что приемка идет по графику: из 14 школ готовы 12."));
    }

    /// A news item's agenda named by a sentence on the questions (`На заседании рассмотрены
    /// вопросы:`) holds no heading of the decisions quoted under its formula.
    #[test]
    fn an_agenda_named_by_its_questions_is_no_part_of_the_decisions() {
        assert!(names_the_agenda("На заседании рассмотрены вопросы:"));
        assert!(!names_the_agenda("По первому вопросу:"));
        assert!(!names_the_agenda("В целях организации работы по решению вопросов, поставленных жителями области:"));
        let src = "Главная / Новости\n\nСостоялась коллегия\n\nНа заседании рассмотрены вопросы:\n1. О готовности школ.\n2. Об отоплении.\n\n\
                   По итогам заседания приняты решения:\n\n1. По первому вопросу:\n1.1. Информацию принять к сведению.\n\
                   2. По второму вопросу:\n2.1. Отделу ЖКХ получить паспорт готовности.\n";
        let numbers: Vec<Option<String>> = crate::parse(src).clauses.iter().map(|c| c.number.clone()).collect();
        assert_eq!(numbers, [Some("1".to_string()), Some("2".to_string())]);
    }

    /// An executor's position and phone under the name, then the distribution list: all the
    /// trailer's, no appendix.
    #[test]
    fn an_executor_s_position_and_phone_under_the_name_are_the_trailer_s() {
        let src = "РАСПОРЯЖЕНИЕ\n\n1. Утвердить состав комиссии.\n\nГлава района\t\tА.В. Петров\n\n\
                   Исп. Смолина Наталья Андреевна,\nглавный специалист Управления образования,\n8 (81836) 6-12-34\n\n\
                   Разослать: в дело, Управление образования.\n";
        let doc = crate::parse(src);
        assert_eq!((doc.executor.as_deref(), doc.distribution.len(), doc.appendices.len()), (Some("Смолина Наталья Андреевна"), 2, 0));
    }

    /// A page's markup left after a formula is nothing the operative part goes on with.
    #[test]
    fn markup_after_a_formula_is_nothing() {
        assert!(only_markup("</p>") && only_markup(" </p> <br/> ") && only_markup(""));
        assert!(!only_markup("</p> 1. Утвердить") && !only_markup("< 5 лет") && !only_markup("1. Утвердить"));
        let src = "РЕШЕНИЕ № 2\n\n<p>В целях профилактики совет РЕШИЛ:</p>\n1. Утвердить план.\n";
        let doc = crate::parse(src);
        let numbers: Vec<Option<&str>> = doc.clauses.iter().map(|c| c.number.as_deref()).collect();
        assert_eq!(numbers, [Some("1")], "no empty clause for `</p>`: {:?}", doc.clauses);
    }

    /// A list of instructions laid out as a table under its type line, with no formula: its
    /// rows are the clauses, the executor under it the trailer's. `П О Р У Ч Е Н И Я` is a type
    /// line too.
    #[test]
    fn instructions_in_a_table_under_the_type_line() {
        let src = "ПЕРЕЧЕНЬ ПОРУЧЕНИЙ\nГлавы района по итогам встречи с жителями\n\n\
                   № п/п\tСодержание поручения\tОтветственный исполнитель\tСрок исполнения\n\
                   1.\tПровести обследование моста\tКомитет ЖКХ (Смирнов П.А.)\tдо 15 декабря 2022 г.\n\
                   2.\tОрганизовать освещение улиц\tАдминистрация поселения\tI квартал 2023 г.\n\nИсп. Жукова Е.А.\n8 (81666) 2-18-44\n";
        let doc = crate::parse(src);
        let numbers: Vec<Option<&str>> = doc.clauses.iter().map(|c| c.number.as_deref()).collect();
        assert_eq!(numbers, [Some("1"), Some("2")]);
        assert_eq!(doc.executor.as_deref(), Some("Жукова Е.А."));
        assert_eq!(type_line("П О Р У Ч Е Н И Я").map(|(label, _)| label), Some("ПОРУЧЕНИЯ".to_string()));
        assert_eq!(type_line("ПРОТОКОЛ ПОРУЧЕНИЙ").map(|(label, _)| label), Some("ПРОТОКОЛ ПОРУЧЕНИЙ".to_string()));
    }

    /// A site's menu copied with runs of spaces between its steps, and its news section named
    /// alone over the headline, mark a news item as a breadcrumb does.
    #[test]
    fn a_menu_of_spaced_steps_and_a_lone_news_section_are_breadcrumbs() {
        assert!(is_home_breadcrumb("Главная   Пресс-центр   Новости"));
        assert!(is_home_breadcrumb("Главная\tНовости"));
        assert!(!is_home_breadcrumb("Главная задача   школ района"));
        assert!(!is_home_breadcrumb("Главная задача школ района – повышение качества образования"));
        assert!(is_breadcrumb_line("Новости"));
        let src = "Министерство образования области\n\nНовости\n\n30.09.2025\nКоллегия подвела итоги\n👁 204\n\n\
                   Состоялось заседание коллегии.\n\nКоллегия решила:\n\nПо первому вопросу «Об итогах ГИА»:\n\n1. Информацию принять к сведению.\n\n\
                   По второму вопросу «О ВПР»:\n\n1. Отделу общего образования направить рекомендации.\n\nВерсия для печати\n";
        let doc = crate::parse(src);
        assert_eq!((doc.kind, doc.title.as_deref()), (crate::model::DocumentKind::Other, Some("Коллегия подвела итоги")));
        assert_eq!(doc.clauses.len(), 2, "the second question's list is quoted too");
    }

    fn layout_of(src: &str) -> Layout {
        segment(src, &crate::block::classify(src, &crate::lex::lines(src)))
    }

    #[test]
    fn decisions_numbered_afresh_after_all_the_questions_heard() {
        let src = "ПРОТОКОЛ\n\n1. СЛУШАЛИ: Смирнову О.А. о ходе подготовки.\n2. СЛУШАЛИ: Ефимову Л.Н. о методической работе.\n\
                   РЕШИЛИ:\n1. Информацию принять к сведению.\n2. Руководителям учреждений:\n2.1. Провести работу.\n";
        let doc = crate::parse(src);
        let tree: Vec<(Option<&str>, usize)> = doc.clauses.iter().map(|c| (c.number.as_deref(), c.children.len())).collect();
        assert_eq!(tree, [(Some("1"), 0), (Some("2"), 1)]);
    }

    #[test]
    fn one_decision_after_several_unnumbered_questions_belongs_to_none() {
        let src = "ПРОТОКОЛ № 1\nродительского собрания\n\nПо первому вопросу слушали заведующего Соколову Л.Г.\n\n\
                   По второму вопросу выступила Зайцева О.Н.\n\nРешение собрания:\n\n1. Информацию принять к сведению.\n2. Избрать комитет.\n";
        let doc = crate::parse(src);
        assert_eq!(doc.clauses.iter().map(|c| c.number.as_deref()).collect::<Vec<_>>(), [Some("1"), Some("2")]);
    }

    #[test]
    fn a_visa_whose_position_wraps_signs_nothing() {
        let src = "ПОСТАНОВЛЯЕТ:\n1. Утвердить план.\n\nГлава района                              А.Н. Кротов\n\nСОГЛАСОВАНО\n\n\
                   Заместитель главы администрации\nмуниципального района по экономике\nи финансам                         Е.В. Лыскова\n\n\
                   Заведующий правовым отделом                О.С. Бушмакина\n";
        assert_eq!(layout_of(src).signatures.len(), 1);
    }

    #[test]
    fn those_who_read_the_minutes_neither_sign_nor_append() {
        let src = "РЕШИЛИ:\n1. Принять к сведению.\n\nПредседатель                        Г.Р. Сафина\n\nС протоколом ознакомлены:\nХасанова Л.М.   _________          Галиева Р.Р.   _________\n\nИсп. Ахметова Д.Ф.\n";
        let layout = layout_of(src);
        assert!(layout.appendices.is_empty());
        assert_eq!(layout.signatures.len(), 1);
        assert!(acknowledges("С настоящим положением ознакомлен(а):") && !acknowledges("С учетом изложенного"));
    }

    #[test]
    fn a_table_of_decisions_under_each_question_ends_at_the_next() {
        let src = "ПРОТОКОЛ\n\n1. О мерах безопасности\n(Иванов И.И.)\n\nРЕШИЛИ:\n№ п/п\tРешение\tОтветственный\tСрок\n\
                   1.1.\tПринять к сведению.\t–\t–\n1.2.\tОбеспечить охрану.\tОтдел МВД\tдо 01.06.2022\n\n\
                   2. О лагерях\n\nРЕШИЛИ:\n№ п/п\tРешение\tОтветственный\tСрок\n2.1.\tОбеспечить охрану.\tУправление образования\tиюнь\n\n\
                   Контроль за исполнением возложить на Князева А.В.\n\nПредседатель\t\tР.М. Нуруллин\n";
        let doc = crate::parse(src);
        let tree: Vec<(Option<&str>, Vec<Option<&str>>)> = doc.clauses.iter().map(|c| (c.number.as_deref(), c.children.iter().map(|k| k.number.as_deref()).collect())).collect();
        assert_eq!(tree, [(Some("1"), vec![Some("1.1"), Some("1.2")]), (Some("2"), vec![Some("2.1"), None])]);
        assert!(doc.control.is_some());
        assert_eq!(doc.signatures.len(), 1);
    }

    #[test]
    fn a_row_of_decisions_whose_first_cell_wraps_over_lines_of_its_own() {
        let src = "ПРОТОКОЛ\n\nПОРУЧЕНИЯ:\n\n№ п/п\tСодержание поручения\tОтветственный\tСрок\n\
                   1.\tОбеспечить вывоз снега.\tМКУ «УБ»\tпостоянно\n\
                   2.\tПровести обследование дворов:\n- на предмет очистки от снега;\n- на предмет удаления сосулек.\tМельников А.Г.\tв течение недели\n\
                   3.\tОрганизовать очистку кровель.\tООО УК «Комфорт»\tдо 26.01.2024\n\nЗаместитель главы                    Р.А. Голубев\n";
        let doc = crate::parse(src);
        let rows: Vec<(Option<&str>, Vec<&str>)> = doc.clauses.iter().map(|c| (c.number.as_deref(), c.assignees.iter().map(|a| a.text.as_str()).collect())).collect();
        assert_eq!(rows, [(Some("1"), vec!["МКУ «УБ»"]), (Some("2"), vec!["Мельников А.Г."]), (Some("3"), vec!["ООО УК «Комфорт»"])]);
        assert!(doc.appendices.is_empty());
        // The first row wrapping so, right under the header.
        let src = "ПРОТОКОЛ\n\nРЕШИЛИ:\n№ п/п\tРешение\tОтветственный\tСрок\n\
                   2.1.\tОбеспечить актуализацию сведений в навигаторе:\n- внесение описаний программ;\n- размещение фотографий.\tМуниципальные опорные центры\tдо 20.12.2019\n\
                   2.2.\tРассмотреть итоги.\tШабалина Е.Г.\tфевраль 2020 г.\n\nРуководитель рабочей группы\t\tА.В. Лыскова\n";
        let doc = crate::parse(src);
        let rows: Vec<(Option<&str>, Vec<&str>)> = doc.clauses.iter().map(|c| (c.number.as_deref(), c.assignees.iter().map(|a| a.text.as_str()).collect())).collect();
        assert_eq!(rows, [(Some("2.1"), vec!["Муниципальные опорные центры"]), (Some("2.2"), vec!["Шабалина Е.Г."])]);
        assert!(doc.appendices.is_empty());
    }

    #[test]
    fn a_table_of_decisions_after_an_agenda_is_followed_by_the_signatures() {
        let src = "ПРОТОКОЛ\nсовещания\n\nПовестка дня:\n1. О паводке.\n2. О благоустройстве.\n\nПо итогам совещания:\n\n\
                   № п/п\tПоручение\tОтветственный\tСрок\n1.\tОбеспечить готовность\tОтдел ГО и ЧС\tдо 01.04.2021\n\n\
                   Председатель                    С.Г. Кривоносов\nСекретарь                       Н.А. Бондаренко\n";
        let layout = layout_of(src);
        // The heading `По итогам совещания:` is the formula; the agenda's items are no clauses.
        assert_eq!(layout.formula, Some(7));
        assert!(layout.operative.iter().all(|r| r.start > 7), "agenda items are no clauses: {:?}", layout.operative);
        assert_eq!(layout.decision_tables.iter().map(|r| (r.start, r.end)).collect::<Vec<_>>(), [(9, 12)]);
        assert!(layout.appendices.is_empty());
        assert_eq!(layout.signatures.iter().map(|s| s.name_line).collect::<Vec<_>>(), vec![12, 13]);
    }

    #[test]
    fn a_table_of_decisions_with_no_row_keeps_its_text_in_a_warning() {
        let src = "ПРОТОКОЛ\nсовещания\n\nРЕШИЛИ:\n№ п/п\nПоручение\nОтветственный\nСрок\nПриложение: список участников на 3 л.\nМинистр образования Н.Г. Ковалёва\n";
        let doc = crate::parse(src);
        let unread = doc.diagnostics.iter().find(|d| d.code == crate::diag::Code::TableUnread);
        assert!(unread.is_some_and(|d| d.message.contains("№ п/п Поручение Ответственный Срок")), "{:?}", doc.diagnostics);
    }

    #[test]
    fn a_table_of_decisions_with_question_rows_spanning_it() {
        let src = "РЕШЕНИЕ КОЛЛЕГИИ\n\nЗаслушав доклады, коллегия РЕШИЛА:\n№ п/п\tПоручение\tОтветственный\tСрок\n\
                   1. По вопросу «Об итогах ГИА»\n1.1.\tОбеспечить проведение тренировок\tОтдел общего образования\tмарт 2022 г.\n\
                   1.2.\tПровести курсы\tИнститут развития образования\tII квартал 2022 г.\n\
                   2. По вопросу «О профилактике»\n2.1.\tОбеспечить работу служб медиации\tРуководители школ\tпостоянно\n\
                   3. Контроль за исполнением решения возложить на Р.Э. Мартыненко.\n\nМинистр                    И.В. Лобода\n";
        let doc = crate::parse(src);
        let tree: Vec<(Option<&str>, usize)> = doc.clauses.iter().map(|c| (c.number.as_deref(), c.children.len())).collect();
        assert_eq!(tree, [(Some("1"), 2), (Some("2"), 1), (Some("3"), 0)]);
        assert!(doc.appendices.is_empty());
        assert_eq!(doc.signatures.len(), 1);
    }

    #[test]
    fn a_table_of_decisions_set_in_columns_of_spaces_is_read_as_rows() {
        let src = "ПРОТОКОЛ\n\n   РЕШИЛИ:\n\n    № п/п          Поручение                      Ответственный        Срок исполнения\n\
                   \x20     1.   Обеспечить завершение ремонтных работ в      Руководители ОО,         до 10.08.2022\n\
                   \x20          общеобразовательных организациях             МКУ «ЦОДОУ»\n\
                   \x20     2.   Провести проверку школьных автобусов         МКУ «ЦОДОУ»              до 20.08.2022\n\
                   \x20     3.   Провести августовское совещание              Управление образования   29.08.2022\n\n\
                   \x20  Контроль за исполнением решений штаба оставляю за собой.\n\n   Начальник штаба                    В.А. Зотов\n";
        let layout = layout_of(src);
        assert_eq!(layout.decision_tables.iter().map(|r| (r.start, r.end)).collect::<Vec<_>>(), [(4, 9)]);
        let doc = crate::parse(src);
        let rows: Vec<(Option<&str>, &str, usize)> = doc.clauses.iter().map(|c| (c.number.as_deref(), c.text.as_str(), c.assignees.len())).collect();
        assert_eq!(rows.first(), Some(&(Some("1"), "Обеспечить завершение ремонтных работ в общеобразовательных организациях", 2)));
        assert_eq!(rows.get(1), Some(&(Some("2"), "Провести проверку школьных автобусов", 1)));
        assert_eq!(doc.control.map(|c| c.text).as_deref(), Some("Контроль за исполнением решений штаба оставляю за собой."));
        // Too few rows to tell the columns: the lines stay clauses, nothing lost.
        let short = src.replace("\x20     3.   Провести августовское совещание              Управление образования   29.08.2022\n", "");
        assert!(layout_of(&short).decision_tables.is_empty());
        assert!(crate::parse(&short).clauses.iter().any(|c| c.text.starts_with("Провести проверку школьных автобусов")));
        // A column's name wrapped under the header (`Срок` / `исполнения`).
        let wrapped = src.replace("Срок исполнения\n", &format!("Срок\n{}исполнения\n", " ".repeat(81)));
        let doc = crate::parse(&wrapped);
        assert_eq!(doc.clauses.first().map(|c| (c.text.as_str(), c.assignees.len())), Some(("Обеспечить завершение ремонтных работ в общеобразовательных организациях", 2)));
    }

    #[test]
    fn a_table_of_decisions_saved_one_cell_per_line_is_read_as_rows() {
        let src = "ПРОТОКОЛ\nсовещания\n\nРЕШИЛИ:\n№ п/п\nПоручение\nОтветственный\nСрок\n1.\nОбеспечить приемку школ.\n\
                   Муниципальные органы управления образованием\nдо 10.08.2024\n2.\nПредставить графики.\nОтдел общего образования\n\
                   в срок до 28.06.2024\nПриложение: список участников на 3 л.\nМинистр образования Н.Г. Ковалёва\n";
        let layout = layout_of(src);
        assert_eq!(layout.decision_tables.iter().map(|r| (r.start, r.end)).collect::<Vec<_>>(), [(4, 16)]);
        // A person named in the responsible's cell, the term after it, goes on with the table.
        let person = src.replace("Отдел общего образования\n", "Климова Е.В.\n");
        assert_eq!(layout_of(&person).decision_tables.iter().map(|r| (r.start, r.end)).collect::<Vec<_>>(), [(4, 16)]);
        assert_eq!(layout.signatures.iter().map(|s| s.name_line).collect::<Vec<_>>(), [17]);
        let doc = crate::parse(src);
        let rows: Vec<(Option<&str>, &str, usize, bool)> =
            doc.clauses.iter().map(|c| (c.number.as_deref(), c.text.as_str(), c.assignees.len(), c.deadline.is_some())).collect();
        assert_eq!(rows, [(Some("1"), "Обеспечить приемку школ.", 1, true), (Some("2"), "Представить графики.", 1, true)]);
    }

    #[test]
    fn a_table_of_measures_opening_the_operative_part_is_its_decisions() {
        let src = "ПРОТОКОЛ\nзаседания комиссии\n\nРЕШИЛИ:\n\n№ п/п\tМероприятие\tОтветственный\tСрок исполнения\n\
                   1.\tВвести режим ЧС\tНоскова А.В.\t10.01.2025\n2.\tОрганизовать работы\tМУП «СТЭП»\tнезамедлительно\n\n\
                   Председатель                    Р.С. Кузьмин\n";
        let layout = layout_of(src);
        assert_eq!(layout.decision_tables.iter().map(|r| (r.start, r.end)).collect::<Vec<_>>(), [(5, 9)]);
        assert!(layout.appendices.is_empty());
        // Under a clause, such a table is the plan it approves.
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить план мероприятий.\n\n№ п/п\tМероприятие\tОтветственный\tСрок исполнения\n\
                   1.\tПровести совещание\tОтдел\tмарт\n";
        assert!(layout_of(src).decision_tables.is_empty());
    }

    #[test]
    fn a_secretary_s_label_over_a_position_and_name_signs() {
        let src = "ПРОТОКОЛ\n\nРЕШИЛИ:\n1. Одобрить проект.\n\nГубернатор края                         В.В. Громов\n\n\
                   Секретарь заседания –\nначальник протокольного отдела аппарата\nПравительства края                      Е.И. Мищенко\n";
        let layout = layout_of(src);
        assert_eq!(layout.signatures.iter().map(|s| (s.role_lines.start, s.name_line)).collect::<Vec<_>>(), [(5, 5), (7, 9)]);
        assert!(layout.appendices.is_empty());
    }

    #[test]
    fn one_formula_after_all_the_questions_decides_on_them_all() {
        let src = "ПРОТОКОЛ\n\nПОВЕСТКА ДНЯ:\n1. Об итогах года.\n2. О работодателях.\n\n1. По первому вопросу СЛУШАЛИ:\nШадрину О.А.\n\n\
                   2. По второму вопросу СЛУШАЛИ:\nМальцеву Л.П.\n\nПо итогам рассмотрения вопросов рабочая группа РЕШИЛА:\n\
                   1. Информацию принять к сведению.\n2. Отделу направить письма.\n";
        assert_eq!(layout_of(src).operative.first().map(|r| r.start), Some(13), "the decisions are under no question");
        // With a formula under each question, the decisions numbered afresh are the question's.
        let src = "ПРОТОКОЛ\n\n1. По первому вопросу СЛУШАЛИ:\nШадрину О.А.\nРЕШИЛИ:\n1. Информацию принять к сведению.\n\
                   2. По второму вопросу СЛУШАЛИ:\nМальцеву Л.П.\nРЕШИЛИ:\n1. Отделу направить письма.\n";
        assert_eq!(layout_of(src).operative.first().map(|r| r.start), Some(2));
    }

    #[test]
    fn the_head_who_approves_the_minutes_signs_them() {
        let src = "УТВЕРЖДАЮ\nГлава администрации района,\n______________ А.В. Пичугин\n«18» марта 2024 г.\n\nПРОТОКОЛ № 1\n\nРЕШИЛИ:\n1. Утвердить план.\n\nСекретарь\t\tЕ.Н. Павлова\n";
        let layout = layout_of(src);
        assert_eq!(layout.approval.map(|s| (s.role_lines, s.name_line)), Some((1..2, 2)));
        let doc = crate::parse(src);
        let names: Vec<&str> = doc.signatures.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["А.В. Пичугин", "Е.Н. Павлова"]);
        // Signing below as well, he signs once.
        let doc = crate::parse(&src.replace("Секретарь\t\tЕ.Н. Павлова", "Председатель\t\tА.В. Пичугин"));
        assert_eq!(doc.signatures.len(), 1);
        // The name may stand after a blank line under a role of several lines.
        let src = "УТВЕРЖДАЮ\nЗаместитель Министра Российской\nФедерации по делам гражданской\nобороны\n\n___________ А.Н. Гуляев\n«12» февраля 2024 г.\n\nПРОТОКОЛ № 1\n\nРЕШИЛИ:\n1. Утвердить план.\n";
        assert_eq!(layout_of(src).approval.map(|s| (s.role_lines, s.name_line)), Some((1..5, 5)));
    }

    #[test]
    fn a_role_under_a_lone_name_set_apart() {
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n\nС.В. Петров\nГлава района\n\nИсп. Иванова И.И.\n";
        let layout = layout_of(src);
        let sig = layout.signatures.first().map(|s| (s.name_line, s.role_lines.clone()));
        assert_eq!(sig, Some((5, 6..7)));
        assert_eq!(layout.trailer, [8]);
        // In the body, a name and its position under it are text (`СЛУШАЛИ:` / `И.И. Иванов` /
        // `начальник отдела …`).
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\nИ.И. Иванов\nначальник отдела\n2. Провести.\n";
        assert!(layout_of(src).signatures.is_empty());
    }

    #[test]
    fn a_role_s_paragraphs_parted_by_blank_lines_sign_together() {
        // A Word copy sets a blank line between each of the role's paragraphs.
        let src = "РЕШЕНИЕ\n\nКОЛЛЕГИЯ РЕШИЛА:\n1. Утвердить план.\n2. Контроль возложить на заместителя министра Пашкову И.В.\n\n\n\n\
                   Председатель коллегии,\n\nминистр образования\n\nБелгородской области\t\t\t\tА.Н. Гребенюк\n";
        let doc = crate::parse(src);
        let signed: Vec<_> = doc.signatures.iter().map(|s| (s.role.as_deref(), s.name.as_str())).collect();
        assert_eq!(signed, [(Some("Председатель коллегии, министр образования Белгородской области"), "А.Н. Гребенюк")]);
        assert_eq!(doc.clauses.last().map(|c| c.text.as_str()), Some("Контроль возложить на заместителя министра Пашкову И.В."));
        // Each line a paragraph of its own in bold, above a name alone.
        let src = "РЕШЕНИЕ\n\nКОЛЛЕГИЯ РЕШИЛА:\n1. Утвердить план.\n2. Контроль возложить на заместителя министра Е.В. Смирнову.\n\n\
                   **Председатель коллегии,**\n\n**Министр образования и науки**\n\n**Мурманской области**\n\nН.В. Сорокина\n";
        let doc = crate::parse(src);
        let signed: Vec<_> = doc.signatures.iter().map(|s| (s.role.as_deref(), s.name.as_str())).collect();
        assert_eq!(signed, [(Some("Председатель коллегии, Министр образования и науки Мурманской области"), "Н.В. Сорокина")]);
        assert_eq!(doc.clauses.last().map(|c| c.text.as_str()), Some("Контроль возложить на заместителя министра Е.В. Смирнову."));
        // A paragraph that names no post stays the clause's.
        let src = "РЕШЕНИЕ\n\nКОЛЛЕГИЯ РЕШИЛА:\n1. Утвердить план.\n\nИнформацию принять к сведению,\n\nминистр образования\n\nБелгородской области\t\t\t\tА.Н. Гребенюк\n";
        let doc = crate::parse(src);
        assert_eq!(doc.signatures.first().and_then(|s| s.role.as_deref()), Some("министр образования Белгородской области"));
    }

    #[test]
    fn a_site_s_copy_sets_the_name_a_space_after_the_role_s_second_line() {
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n2. Контроль исполнения приказа возложить на заместителя начальника Шевчук Н.И.\n\
                   Начальник Управления образования\nадминистрации Копейского городского округа Л.И. Логинова\n";
        let doc = crate::parse(src);
        let signed: Vec<_> = doc.signatures.iter().map(|s| (s.role.as_deref(), s.name.as_str())).collect();
        assert_eq!(signed, [(Some("Начальник Управления образования администрации Копейского городского округа"), "Л.И. Логинова")]);
        assert_eq!(doc.control.map(|c| c.persons), Some(vec!["Шевчук Н.И.".to_string()]));
        // A plan appended under the signature, its rows numbered.
        let src = "ПОСТАНОВЛЕНИЕ\n\nПОСТАНОВЛЯЮ:\n1.Утвердить план.\n2.Контроль возложить на заместителя главы Павлову Е.В.\n\
                   Глава Пугачевского\nмуниципального района Д.В. Шевлягин\nПриложение № 1 к постановлению\nПлан мероприятий\n\
                   № п/п\tМероприятие\tСрок\tОтветственный\n1.\tПриемка школ\tавгуст 2023 г.\tКомиссия\n";
        let doc = crate::parse(src);
        let signed: Vec<_> = doc.signatures.iter().map(|s| (s.role.as_deref(), s.name.as_str())).collect();
        assert_eq!(signed, [(Some("Глава Пугачевского муниципального района"), "Д.В. Шевлягин")]);
    }

    #[test]
    fn a_role_on_the_name_s_line_goes_on_under_it() {
        // `pdftotext -layout` sets the role's cell on two lines, the name beside its first.
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n\n     Руководитель                 С.Н. Платонов\n     Юго-Западного управления\n\n\n     Гришина 21312\n";
        let doc = crate::parse(src);
        let roles: Vec<_> = doc.signatures.iter().map(|s| s.role.as_deref()).collect();
        assert_eq!(roles, [Some("Руководитель Юго-Западного управления")]);
        assert_eq!((doc.executor.as_deref(), doc.appendices.len()), (Some("Гришина"), 0));
        // A line from another column, or a rule of a grid table, goes on no role.
        for under in ["Юго-Западного управления", "     ------------   ------------"] {
            let src = format!("ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n\n     Руководитель                 С.Н. Платонов\n{under}\n");
            let roles: Vec<_> = crate::parse(&src).signatures.iter().map(|s| s.role.clone()).collect();
            assert_eq!(roles, [Some("Руководитель".to_string())], "{under}");
        }
    }

    #[test]
    fn an_executor_label_alone_takes_the_line_under_it() {
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n\nГлавный врач\t\tВ.Г. Медведев\n\nИсполнитель:\nврач-эпидемиолог Соловьева И.Н.\n8 (4822) 32-15-08\n\nРассылка: в дело\n";
        let layout = layout_of(src);
        assert_eq!(layout.trailer, [7, 8, 9, 11]);
        assert!(layout.appendices.is_empty());
        // The drafter's label, the position under it and the name set apart below.
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n\nДиректор колледжа\t\tС.В. Гребенюк\n\nПриказ подготовил:\nзаместитель директора по УР\n\nЛ.П. Кравченко\n";
        assert_eq!(crate::parse(src).executor.as_deref(), Some("Л.П. Кравченко"));
    }

    #[test]
    fn a_table_inside_the_operative_part_between_two_clauses() {
        let src = "ПРЕДПИСАНИЕ № 5\n\nПРЕДПИСЫВАЮ:\n\n\tОбществу «УК» устранить выявленные нарушения в сроки, указанные в таблице:\n\n\
                   № п/п\tСодержание нарушения\tНормативный акт\tСрок устранения\n1\tРазрушение отмостки\tп. 4.1.7 Правил № 170\tдо 30.09.2019\n\
                   2\tПротекание кровли\tп. 4.6.1.1, 4.6.1.2 Правил № 170\tдо 16.08.2019\n\n\
                   \tО выполнении предписания уведомить инспекцию в срок до 15.10.2019.\n\nИнспектор\t\tА.В. Черникова\n";
        let doc = crate::parse(src);
        let clauses: Vec<(&str, bool)> = doc.clauses.iter().map(|c| (c.text.as_str(), c.deadline.is_some())).collect();
        assert_eq!(clauses, [("Обществу «УК» устранить выявленные нарушения в сроки, указанные в таблице:", false), ("О выполнении предписания уведомить инспекцию в срок до 15.10.2019.", true)]);
        let rows: Vec<(&str, usize)> = doc.appendices.iter().flat_map(|a| &a.sections).flat_map(|s| &s.rows).map(|r| (r.text.as_str(), r.responsible.len())).collect();
        assert_eq!(rows, [("Разрушение отмостки", 0), ("Протекание кровли", 0)]);
        assert_eq!(doc.appendices.first().and_then(|a| a.title.as_deref()), None);
    }

    #[test]
    fn a_sentence_wrapped_onto_a_position_and_a_name_is_no_signature() {
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n2. Контроль за исполнением приказа возложить на\n\
                   заместителя директора по производству\nПопова С.Н.\n\nДиректор\t\tА.Г. Бондаренко\n";
        let layout = layout_of(src);
        assert_eq!(layout.signatures.iter().map(|s| s.name_line).collect::<Vec<_>>(), [8]);
    }

    #[test]
    fn the_grounds_above_the_signature_are_no_part_of_the_last_clause() {
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Направить в командировку.\n2. Контроль возложить на Лаптеву Н.В.\n\n\
                   Основание: служебная записка от 08.11.2022.\n\nПроректор\t\tА.В. Душин\n";
        assert_eq!(layout_of(src).operative, vec![std::ops::Range { start: 3, end: 6 }]);
    }

    #[test]
    fn a_prosecutor_s_rank_under_his_post_a_receipt_and_an_executor_with_a_phone() {
        let src = "ПРЕДСТАВЛЕНИЕ\n\nТРЕБУЮ:\n1. Рассмотреть представление.\n\nПрокурор района\n\nстарший советник юстиции\t\tА.В. Лебедев\n\n\
                   Представление получил(а):\nглава поселения\t____\tИ.И. Иванов\n\nА.С. Горбунова, тел. 5-13-74\n";
        let layout = layout_of(src);
        let sigs: Vec<(usize, std::ops::Range<usize>)> = layout.signatures.iter().map(|s| (s.name_line, s.role_lines.clone())).collect();
        assert_eq!((sigs, layout.trailer), (vec![(7, 5..7)], vec![12]));
        assert!(receipt_heading("Распоряжение (приказ) о проведении проверки получил:") && !receipt_heading("Утвердить план:"));
    }

    #[test]
    fn members_signing_under_one_heading() {
        let src = "ПРОТОКОЛ\n\nРЕШИЛИ:\n1. Утвердить смету.\n\nПредседатель собрания\t\tВ.А. Шадрин\n\
                   Члены счетной комиссии:\t\tС.Г. Лапин\n\t\t\tП.Д. Ермолаев\n\t\t\tО.В. Никулина\n\nИсполнитель:\nИ.И. Петрова\n";
        let layout = layout_of(src);
        assert_eq!(layout.signatures.iter().map(|s| s.name_line).collect::<Vec<_>>(), [5, 6, 7, 8]);
        assert_eq!(layout.trailer, [10, 11]);
        // A line to sign on after an empty line, and a role with its colon before the line.
        let src = "ПРОТОКОЛ\n\nРЕШИЛИ:\n1. Утвердить смету.\n\nПредседатель педсовета: ______________ /Гуляева Н.П./\n\n\
                   Члены счетной комиссии: ______________ И.О. Шевченко\n\n______________ С.Ю. Дьяченко\n";
        let doc = crate::parse(src);
        let signed: Vec<(Option<&str>, &str)> = doc.signatures.iter().map(|s| (s.role.as_deref(), s.name.as_str())).collect();
        assert_eq!(signed, [(Some("Председатель педсовета"), "Гуляева Н.П."), (Some("Члены счетной комиссии"), "И.О. Шевченко"), (None, "С.Ю. Дьяченко")]);
        assert_eq!(doc.executor, None);
    }

    #[test]
    fn a_signature_table_printed_column_by_column_pairs_roles_and_names_in_turn() {
        let src = "РЕШЕНИЕ\n\nРЕШИЛА:\n1. Утвердить план.\n\nПредседатель коллегии,\nМинистр образования\n\nСекретарь коллегии\n\n\
                   А.Г. Воронков\n\nТ.И. Бурмистрова\n";
        let doc = crate::parse(src);
        let signed: Vec<(Option<&str>, &str)> = doc.signatures.iter().map(|s| (s.role.as_deref(), s.name.as_str())).collect();
        assert_eq!(signed, [(Some("Председатель коллегии, Министр образования"), "А.Г. Воронков"), (Some("Секретарь коллегии"), "Т.И. Бурмистрова")]);
        assert_eq!(doc.clauses.first().map(|c| c.text.as_str()), Some("Утвердить план."));
        // Each role over its own name: as written.
        let src = "РЕШЕНИЕ\n\nРЕШИЛА:\n1. Утвердить план.\n\nПредседатель коллегии\n\nА.Г. Воронков\n\nСекретарь коллегии\n\nТ.И. Бурмистрова\n";
        let signed: Vec<Option<String>> = crate::parse(src).signatures.into_iter().map(|s| s.role).collect();
        assert_eq!(signed, [Some("Председатель коллегии".to_string()), Some("Секретарь коллегии".to_string())]);
    }

    #[test]
    fn a_copy_certified_is_no_appendix() {
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n\nДиректор\t\tА.В. Ерофеев\n\nКОПИЯ ВЕРНА\nВедущий специалист отдела\nкадровой работы\t\tН.С. Лукина\n\nРазослать: в дело, отдел кадров\n";
        let layout = layout_of(src);
        let sigs: Vec<usize> = layout.signatures.iter().map(|s| s.name_line).collect();
        assert_eq!((sigs, layout.appendices.len(), layout.trailer.last()), (vec![5], 0, Some(&11)));
    }

    #[test]
    fn a_temporary_acting_head_signs() {
        let src = "РЕШЕНИЕ\n\nРЕШИЛА:\n1. Утвердить план.\n\nВременно исполняющий обязанности Главы\nВалдайского муниципального района\t\tА.В. Ерофеев\n";
        let sigs: Vec<(usize, std::ops::Range<usize>)> = layout_of(src).signatures.iter().map(|s| (s.name_line, s.role_lines.clone())).collect();
        assert_eq!(sigs, [(6, 5..6)]);
    }

    #[test]
    fn the_keeper_of_the_minutes_under_a_label() {
        let src = "ПРОТОКОЛ\n\nРЕШИЛИ:\n1. Утвердить план.\n\nПредседатель комиссии\t\tА.В. Кольцов\n\nПротокол вела:\nсекретарь комиссии\t\tО.Н. Зайцева\n";
        let sigs: Vec<(usize, std::ops::Range<usize>)> = layout_of(src).signatures.iter().map(|s| (s.name_line, s.role_lines.clone())).collect();
        assert_eq!(sigs, [(5, 5..5), (8, 7..8)]);
    }

    #[test]
    fn the_keeper_of_the_minutes_named_after_the_label_with_her_post() {
        let src = "ПРОТОКОЛ\n\nРЕШИЛИ:\n1. Утвердить план.\n\nПредседатель штаба\t\tН.А. Щербакова\n\n\
                   Протокол вела: Т.Р. Анохина, консультант отдела воспитания\n\n\n\nПриложение\nк протоколу\n\nПЛАН\n";
        let doc = crate::parse(src);
        let sigs: Vec<(Option<&str>, &str)> = doc.signatures.iter().map(|s| (s.role.as_deref(), s.name.as_str())).collect();
        assert_eq!(sigs, [(Some("Председатель штаба"), "Н.А. Щербакова"), (Some("Протокол вела"), "Т.Р. Анохина")]);
        assert!(doc.appendices.iter().all(|a| a.title.as_deref() != Some("Протокол вела: Т.Р. Анохина, консультант отдела воспитания")));
        // A converter's bold around the label and the name.
        let src = "ПРОТОКОЛ\n\nРЕШИЛИ:\n1. Утвердить план.\n\n**Министр** **Е.В. Терентьева**\n\n**Протокол вела:** **М.А. Шестакова**\n";
        let sigs: Vec<(Option<String>, String)> = crate::parse(src).signatures.into_iter().map(|s| (s.role, s.name)).collect();
        assert_eq!(sigs, [(Some("Министр".into()), "Е.В. Терентьева".into()), (Some("Протокол вела".into()), "М.А. Шестакова".into())]);
    }

    #[test]
    fn questions_listed_under_heard_are_no_topic_of_the_decisions() {
        let src = "ПРОТОКОЛ\n\nСлушали:\n1. О подготовке (Иванова И.И.).\n2. О страховании детей (Петрова П.П.).\n\n\
                   По итогам заседания штаб РЕШИЛ:\n\n1. Принять к сведению.\n\n2. Утвердить план.\n";
        let doc = crate::parse(src);
        let tree: Vec<(Option<&str>, usize)> = doc.clauses.iter().map(|c| (c.number.as_deref(), c.children.len())).collect();
        assert_eq!(tree, [(Some("1"), 0), (Some("2"), 0)]);
        assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
        // One question under `Слушали:` heads its own decisions.
        let one = "ПРОТОКОЛ\n\nСЛУШАЛИ:\n1. О подготовке к ГИА.\nРЕШИЛИ:\n1.1. Принять к сведению.\n";
        assert_eq!(crate::parse(one).clauses.first().map(|c| c.children.len()), Some(1));
        // An item of the agenda heads no decisions numbered under it: the question does.
        let src = "ПРОТОКОЛ\n\nПОВЕСТКА ДНЯ:\n1. Об итогах олимпиады.\n2. Об адаптации.\n\nПо первому вопросу СЛУШАЛИ:\nБелову О.А.\nРЕШИЛИ:\n1.1. Принять к сведению.\n\n\
                   По второму вопросу СЛУШАЛИ:\nВоробьёву Л.П.\nРЕШИЛИ:\n2.1. Принять к сведению.\n";
        let numbers: Vec<Option<String>> = crate::parse(src).clauses.into_iter().map(|c| c.number).collect();
        assert!(!numbers.contains(&Some("1".to_string())) && !numbers.contains(&Some("2".to_string())), "{numbers:?}");
    }

    #[test]
    fn a_site_s_menu_one_item_per_line() {
        let src = "Управление образования\nВерсия для слабовидящих\nГлавная\nОб управлении\nДокументы\nОбращения граждан\n";
        let lines = crate::block::classify(src, &crate::lex::lines(src));
        let menu: Vec<usize> = (0..lines.len()).filter(|&k| in_site_menu(src, &lines, k)).collect();
        assert_eq!(menu, [1, 2, 3, 4, 5], "the owner's name is no item");
        // A letterhead's lines with no chrome among them are none.
        let letterhead = "Министерство образования\nКалининградской области\nПриказ\n";
        let lines = crate::block::classify(letterhead, &crate::lex::lines(letterhead));
        assert!((0..lines.len()).all(|k| !in_site_menu(letterhead, &lines, k)));
    }

    #[test]
    fn a_numbered_question_above_the_formula_opens_the_operative_part() {
        let src = "ПРОТОКОЛ\n\nПовестка:\n1. Об итогах.\n2. О ВПР.\n\n1. По первому вопросу слушали Иванову И.И.\n\
                   Решили: принять к сведению.\n2. По второму вопросу слушали Петрову П.П.\nРешили: провести ВПР.\n";
        let layout = layout_of(src);
        assert_eq!((layout.formula, layout.operative.first().map(|r| r.start)), (Some(7), Some(6)));
    }

    #[test]
    fn a_site_s_news_item_quotes_a_meeting_s_list_up_to_the_report_and_the_page_foot() {
        let src = "Официальный сайт\nГлавная\nНовости\nГлавная / Новости / Все новости\n\nШтаб подвел итоги недели\n\n\
                   10 ноября 2020, 18:05\n\nНа заседании штаба рассмотрели ситуацию.\n\n\
                   По итогам заседания Губернатор дал ряд поручений:\n\n– департаменту здравоохранения до 20 ноября \
                   развернуть койки;\n\n– главам районов усилить контроль.\n\nИзменения будут внесены в постановление.\n\n\
                   Пресс-служба Правительства области\n\nПоделиться:\nВКонтакте\n";
        let layout = layout_of(src);
        assert!(layout.site_report);
        assert_eq!((layout.formula, layout.operative.len(), layout.operative.first().map(|r| (r.start, r.end))), (Some(11), 1, Some((12, 17))));
        let doc = crate::parse(src);
        assert_eq!((doc.kind, doc.title.as_deref(), doc.date.map(|d| d.to_string())), (crate::model::DocumentKind::Other, Some("Штаб подвел итоги недели"), Some("2020-11-10".into())));
        assert_eq!(doc.clauses.len(), 2);
        let foot = "Новость\n\n1. Провести.\n\nОтделение пропаганды БДД Управления Госавтоинспекции\n\nПоделиться\n";
        assert_eq!(byline_start(foot, &crate::block::classify(foot, &crate::lex::lines(foot)), 2, 6), 4);
    }

    #[test]
    fn a_type_heading_under_a_report_s_paragraph_heads_a_part_unless_dated() {
        let report = "14 февраля состоялось заседание коллегии Министерства образования и науки края. Главная тема – \
                      кадровое обеспечение системы общего образования региона. Заседание провела министр образования и \
                      науки края, в работе коллегии приняли участие руководители муниципальных органов управления.";
        let src = format!("Главная / Новости\n\n# Кадры обсудили на коллегии\n\n15 февраля 2024\n\n{report}\n\n\
                           ## Решение коллегии\n\nКоллегия решила:\n\n1. Информацию принять к сведению.\n");
        let doc = crate::parse(&src);
        assert_eq!((doc.kind, doc.title.as_deref()), (crate::model::DocumentKind::Other, Some("Кадры обсудили на коллегии")));
        // The act published whole under the report, dated under its type line, is the page's.
        let src = src.replace("## Решение коллегии\n", "РЕШЕНИЕ КОЛЛЕГИИ\nот 14.02.2024 № 1\n");
        assert_eq!(crate::parse(&src).kind, crate::model::DocumentKind::Decision);
    }

    #[test]
    fn a_report_s_list_of_instructions_ends_at_its_paragraphs_with_no_page_around_it() {
        let src = "Августовское совещание руководителей\n\n27.08.2021\n\n26 августа состоялось совещание.\n\n\
                   По итогам совещания даны поручения:\n\n–\tруководителям школ обеспечить готовность школ;\n\
                   –\tотделу общего образования подготовить график – до 10 сентября 2021 года.\n\n\
                   В завершение совещания лучшим педагогам были вручены благодарности.\n\n\
                   Напомним, что торжественные линейки пройдут 1 сентября.\n";
        let doc = crate::parse(src);
        assert_eq!(doc.clauses.len(), 2);
        // Recommended to the addressees the line names: the list's items are recommendations,
        // and it ends at the report's paragraphs too.
        let src = "Семинар директоров\n\n12.12.2019\n\nПо итогам семинара руководителям школ рекомендовано:\n\n\
                   – провести анализ работы служб примирения;\n\n– организовать родительские собрания.\n\n\
                   Материалы семинара размещены на сайте центра.\n\nСледующий семинар запланирован на февраль.\n";
        let doc = crate::parse(src);
        let modalities: Vec<crate::Modality> = doc.clauses.iter().map(|c| c.modality).collect();
        assert_eq!(modalities, [crate::Modality::Recommendation; 2]);
        // An addressees' heading wrapped over two lines heads the next list, not the report.
        let src = "Новости\n\nСовещание\n\n24 января 2024 г.\n\nПо итогам совещания даны следующие поручения:\n\n\
                   Руководителям МОУО:\n\n1) провести совещания;\n\n2) направлять сведения – ежемесячно.\n\n\
                   РГБУ ДПО «Карачаево-Черкесский республиканский институт повышения квалификации работни-\n\
                   ков образования»:\n\n1) организовать курсы;\n\n2) обеспечить сопровождение школ.\n\n\
                   В завершение министр напомнила о сроках ВПР.\n";
        let doc = crate::parse(src);
        let heads: Vec<(&str, usize)> = doc.clauses.iter().map(|c| (c.text.as_str(), c.children.len())).collect();
        assert_eq!(heads, [("Руководителям МОУО:", 2), ("РГБУ ДПО «Карачаево-Черкесский республиканский институт повышения квалификации работников образования»:", 2)]);
    }

    #[test]
    fn a_report_resumes_right_under_a_table_of_instructions() {
        let src = "Главная › Новости\n\nСовещание с руководителями МОУО\n13:42 | 19 августа 2024 | Просмотров: 512\n\
                   Прошло совещание.\nПо итогам совещания даны следующие поручения:\n№ п/п\tСодержание поручения\tОтветственные\tСрок исполнения\n\
                   1.\tЗавершить ремонтные работы\tРуководители МОУО\tдо 25 августа 2024 г.\n\
                   2.\tОбеспечить размещение информации\tРуководители МОУО\tпостоянно\n\
                   Напомним, что 26 августа в Махачкале состоится августовский педагогический совет.\n";
        let doc = crate::parse(src);
        let numbers: Vec<Option<&str>> = doc.clauses.iter().map(|c| c.number.as_deref()).collect();
        assert_eq!(numbers, [Some("1"), Some("2")]);
    }

    #[test]
    fn a_markdown_list_of_instructions_gives_a_clause_an_item() {
        // A reading-mode extension writes a tight list with `*   `, no blank line between items.
        let src = "# Проведено совещание\n\n27 октября 2021, 16:35\n\nСостоялось совещание.\n\n\
                   По итогам совещания даны следующие поручения:\n\n\
                   *   руководителям школ довести информацию до родителей в срок до 29 октября 2021 года;\n\
                   *   руководителям детских садов обеспечить работу дежурных групп;\n\
                   *   заведующей методическим кабинетом Соловьевой Н.Г. организовать консультации.\n\n\
                   Следующее совещание запланировано на 10 ноября 2021 года.\n";
        let doc = crate::parse(src);
        let texts: Vec<&str> = doc.clauses.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "руководителям школ довести информацию до родителей в срок до 29 октября 2021 года;",
                "руководителям детских садов обеспечить работу дежурных групп;",
                "заведующей методическим кабинетом Соловьевой Н.Г. организовать консультации."
            ]
        );
        assert_eq!(doc.clauses.first().and_then(|c| c.deadline.as_ref()).map(|d| d.text.as_str()), Some("в срок до 29 октября 2021 года"));
    }

    #[test]
    fn a_printed_news_page_s_two_line_head_a_broken_item_and_the_report_after_the_list() {
        let src = "Официальный портал органов власти Чувашской Республики\ncap.ru/news\n\nНовости Главы Чувашской Республики\n\
                   23 мая 2022 г. 17:12\n\nГлава Чувашии провел совещание по вопросам\nлетней оздоровительной кампании\n\n\
                   Глава провел совещание.\n\nГлава Чувашии поручил:\n– министерству образования обеспечить отдых детей;\n\
                   – главам администраций районов завер-\n1\n\u{c}Официальный портал органов власти Чувашской Республики\ncap.ru/news\n\n\
                   шить обработки территорий лагерей;\n– министерству здравоохранения обеспечить осмотры.\n\
                   Напомним, в 2021 году было оздоровлено 39,8 тыс. детей.\n";
        let doc = crate::parse(src);
        assert_eq!(doc.title.as_deref(), Some("Глава Чувашии провел совещание по вопросам летней оздоровительной кампании"));
        let texts: Vec<&str> = doc.clauses.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["министерству образования обеспечить отдых детей;", "главам администраций районов завершить обработки территорий лагерей;", "министерству здравоохранения обеспечить осмотры."]);
        assert!(is_web_address("cap.ru/news") && is_web_address("https://edu.gov.ru/press/") && !is_web_address("г.Москва"));
    }

    #[test]
    fn a_site_s_page_foot_under_the_signature_is_no_appendix_and_is_reported() {
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n\nНачальник управления        А.А. Петров\n\n\
                   Версия для печати\nВернуться назад\nПоделиться: ВКонтакте Одноклассники\n\n© 2021 Администрация района\n216290, г. Велиж, пл. Дзержинского, д. 7\n";
        let layout = layout_of(src);
        assert_eq!((layout.appendices.len(), layout.page_foot), (0, Some(7)));
        let doc = crate::parse(src);
        let codes: Vec<&str> = doc.diagnostics.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(codes, ["text.page_furniture"]);
        let table = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n\nНачальник управления        А.А. Петров\n\nПриложение\nПЛАН\n\
                     № п/п\tМероприятие\tСрок\tОтветственный\n1.\tПровести семинар\tмай 2021\tОтдел\n2.\tПровести совещание\tиюнь 2021\tОтдел\n\n\
                     Прикрепленный файл: plan.pdf (1,2 Мб)\nОпубликовано 16.09.2021 | Просмотров: 287\n";
        let doc = crate::parse(table);
        let rows: Vec<(&str, &[String])> = doc.appendices.iter().flat_map(|a| &a.sections).flat_map(|s| &s.rows).map(|r| (r.text.as_str(), r.responsible.as_slice())).collect();
        let department = ["Отдел".to_string()];
        assert_eq!(rows, [("Провести семинар", &department[..]), ("Провести совещание", &department[..])]);
        // A line of a plan that reads as a page's foot, numbered rows after it, cuts no rows off.
        let stacked = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n\nНачальник\t\tИ.И. Иванов\n\nПриложение\nПЛАН\n№\nМероприятие\nСрок\nОтветственный\n\
                       1.\nДругие документы по охране труда представить\nмарт 2024 г.\nИванов И.И.\n2.\nПодведение итогов\nмай 2024 г.\nСидоров С.С.\n";
        let doc = crate::parse(stacked);
        let last = doc.appendices.iter().flat_map(|a| &a.sections).flat_map(|s| &s.rows).last().map(|r| r.text.as_str());
        assert_eq!(last, Some("Подведение итогов"));
        assert!(!doc.diagnostics.iter().any(|d| d.message.contains("page foot")));
    }

    #[test]
    fn furniture_under_the_signature_is_reported() {
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n\nМинистр        А.А. Петров\n\nC:\\Users\\Иванова\\Документы\\Приказ 12.docx\n";
        let doc = crate::parse(src);
        let codes: Vec<&str> = doc.diagnostics.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(codes, ["text.page_furniture"]);
        assert!(doc.appendices.is_empty());
    }

    #[test]
    fn a_name_ending_a_sentence_broken_off_above_is_no_signature() {
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Контроль возложить на заместителя\nГлавы Администрации округа Мельникова С.Г.\n\nВице-губернатор\nТамбовской области        А.А. Петров\n";
        let sigs: Vec<(usize, std::ops::Range<usize>)> = layout_of(src).signatures.iter().map(|s| (s.name_line, s.role_lines.clone())).collect();
        assert_eq!(sigs, [(7, 6..7)]);
    }

    #[test]
    fn type_lines_and_their_labels() {
        assert_eq!(type_line("РЕШЕНИЕ СОВЕТА РУКОВОДИТЕЛЕЙ").map(|t| t.0), Some("РЕШЕНИЕ СОВЕТА РУКОВОДИТЕЛЕЙ".to_string()));
        assert_eq!(type_line("РЕШЕНИЕ СОВЕТА РУКОВОДИТЕЛЕЙ ОБЩЕОБРАЗОВАТЕЛЬНЫХ ОРГАНИЗАЦИЙ").map(|t| t.0), Some("РЕШЕНИЕ СОВЕТА РУКОВОДИТЕЛЕЙ ОБЩЕОБРАЗОВАТЕЛЬНЫХ ОРГАНИЗАЦИЙ".to_string()));
        assert_eq!(type_line("РЕШЕНИЕ СОВЕТА ДИРЕКТОРОВ от 12.03.2024 № 3").map(|t| t.0), Some("РЕШЕНИЕ СОВЕТА ДИРЕКТОРОВ".to_string()));
        let read = |line: &str| type_line(line).map(|(label, kind)| format!("{kind:?} {label}"));
        assert_eq!(read("П Р И К А З").as_deref(), Some("Order ПРИКАЗ"));
        assert_eq!(read("**Решение коллегии**").as_deref(), Some("Decision Решение коллегии"));
        assert_eq!(read("РЕШЕНИЕ ПЕДАГОГИЧЕСКОГО СОВЕТА").as_deref(), Some("Decision РЕШЕНИЕ ПЕДАГОГИЧЕСКОГО СОВЕТА"));
        assert_eq!(read("Решение межведомственной комиссии").as_deref(), Some("Decision Решение межведомственной комиссии"));
        assert_eq!(read("ПРОТОКОЛЬНОЕ РЕШЕНИЕ").as_deref(), Some("Decision ПРОТОКОЛЬНОЕ РЕШЕНИЕ"));
        assert_eq!(read("ВЫПИСКА ИЗ ПРОТОКОЛА № 3").as_deref(), Some("Protocol ВЫПИСКА ИЗ ПРОТОКОЛА"));
        assert_eq!(read("ПЕРЕЧЕНЬ ПОРУЧЕНИЙ").as_deref(), Some("Other ПЕРЕЧЕНЬ ПОРУЧЕНИЙ"));
        assert_eq!(read("ПЕРЕЧЕНЬ МЕРОПРИЯТИЙ"), None);
        assert_eq!(read("РЕШЕНИЕ ОБ ИТОГАХ"), Some("Decision РЕШЕНИЕ".into()));
        assert_eq!(read("Приказываю утвердить план"), None);
        assert_eq!(read("Решение принято единогласно и вступает в силу"), None);
    }

    #[test]
    fn a_lone_line_of_two_cells_is_no_table() {
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1.\tУтвердить план.\n2\tОбеспечить участие.\n3.\tПровести анализ.\n\nДиректор        И.И. Иванов\n";
        let layout = layout_of(src);
        assert_eq!(layout.operative.iter().map(|r| (r.start, r.end)).collect::<Vec<_>>(), [(3, 7)]);
        assert_eq!((layout.appendices.len(), layout.signatures.len()), (0, 1));
    }

    #[test]
    fn a_table_whose_rows_run_to_an_appendix_heading_keeps_the_old_split() {
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n\nа\tб\tв\nг\tд\tе\nПриложение 2\nтекст\n";
        assert_eq!(layout_of(src).appendices, vec![5..7, 7..9]);
        // A lone row of cells is text: `«ДА»\t\t\t«НЕТ».` under a ballot's question.
        let ballot = "ПРОТОКОЛ\n\nРЕШИЛИ:\n1. Провести референдум по вопросу: «Согласны ли вы?»\n«ДА»\t\t\t«НЕТ».\n\n2. Утвердить смету.\n\nПредседатель\t\tА.А. Иванов\n";
        let layout = layout_of(ballot);
        assert_eq!((layout.appendices.len(), layout.signatures.len(), layout.operative.len()), (0, 1, 1));
    }
}
