//! Pass 3: operative lines → clause tree. Collects each clause's own lines (number, wrapped
//! lines, unnumbered paragraphs and bullets that follow it, its `Срок` line, its
//! `Ответственный:` lines) and places it under the nearest open clause whose number is its
//! parent's; a number with no such parent (a typo: `1.1.4` after `1.2.3`) goes under the parent
//! its position implies, with a `numbering.unexpected` diagnostic.
//!
//! Building is iterative over an arena (`Vec<RawClause>` with parent links), with a depth cap,
//! so pathological nesting cannot overflow the stack.

pub(crate) mod numbering;

use crate::block::scan::ClauseStart;
use crate::block::{Block, LineKind};
use crate::diag::{Code, Diagnostic, DiagnosticSink};
use crate::lexicon::MeetingSection;
use crate::span::Span;
use numbering::{ClauseNumber, Style};
use std::ops::Range;

/// Deepest nesting followed; deeper clauses are attached at this depth.
pub(crate) const MAX_DEPTH: usize = 24;

/// Most words of the tail closing a vote's or notice's sentence on a line of its own.
const VOTE_TAIL_WORDS: usize = 3;

/// A clause as collected from its lines, before its fields are read.
#[derive(Debug, Clone, Default)]
pub(crate) struct RawClause {
    /// The number, if the clause is numbered.
    pub number: Option<ClauseNumber>,
    /// The number as written (trailing dot removed).
    pub written: Option<(usize, usize)>,
    /// Start of the clause (its number).
    pub start: usize,
    /// End of its last own line.
    pub end: usize,
    /// Byte ranges of its text: the rest of the first line, wrapped lines, later paragraphs.
    pub body: Vec<(usize, usize)>,
    /// End of its first paragraph (where an addressee phrase can stand).
    pub first_paragraph_end: usize,
    /// The term of its `Срок` line.
    pub deadline: Option<(usize, usize)>,
    /// The values of its `Ответственный:` lines.
    pub responsible: Vec<(usize, usize)>,
    /// A question of a protocol: a top-level clause followed by its `СЛУШАЛИ:` or `РЕШИЛИ:`
    /// line, whose decisions may be numbered afresh under it; or an addressees' heading set
    /// apart (`Педагогическим работникам:`), whose items may be so too.
    pub question: bool,
    /// Stands under a `Коллегия РЕКОМЕНДУЕТ:` line (with no formula between): a recommendation.
    pub recommended: bool,
    /// How many questions recorded as the sitting's record, not as clauses (`2. СЛУШАЛИ: …`), stand
    /// above it: the same decision under two of them (`1. Информацию принять к сведению.`) is no
    /// repeat.
    pub recorded_question: usize,
    /// Index of the parent clause.
    pub parent: Option<usize>,
    /// Indices of the children, in order.
    pub children: Vec<usize>,
    /// Lines of page furniture dropped between the parts of `body` (a page number, a running
    /// head), which a term wrapped over a page break is read across.
    pub furniture: Vec<(usize, usize)>,
    /// The cleaned text of `body`, filled in by the dedup pass (which needs it for its
    /// fingerprints) and taken over by the clause that is built from this one.
    pub text: String,
}

impl RawClause {
    /// The end of the last of its own parts: text, term, responsible, number.
    fn own_end(&self) -> usize {
        let parts = self.body.iter().chain(&self.deadline).chain(&self.responsible).chain(&self.written);
        parts.map(|&(_, e)| e).max().unwrap_or(self.start).max(self.start)
    }

    /// The span from the number to the end of the last own line.
    pub fn span(&self) -> Span {
        Span::from_range(self.start..self.end.max(self.start))
    }
}

/// State of the line walk.
struct Collector<'a> {
    src: &'a str,
    raws: Vec<RawClause>,
    /// Open clauses, outermost first (the "spine").
    stack: Vec<usize>,
    current: Option<usize>,
    after_blank: bool,
    after_deadline: bool,
    in_first_paragraph: bool,
    depth_reported: bool,
    /// Inside a `ВЫСТУПИЛИ:` block of a protocol: minutes, not clause text.
    minutes: bool,
    /// After a `Коллегия РЕКОМЕНДУЕТ:` line: the clauses are recommendations.
    recommending: bool,
    /// How many questions have been recorded as the sitting's record (see
    /// [`RawClause::recorded_question`]).
    recorded_questions: usize,
    /// The question whose `РЕШИЛИ:` the current lines follow: unnumbered decisions are its
    /// children (`1. По первому вопросу слушали …` / `Решили: информацию принять к сведению.`).
    decisions_of: Option<usize>,
    /// Where the current paragraph (lines with no blank line between) starts.
    paragraph_start: usize,
    /// Where the paragraph before the current one started.
    previous_paragraph_start: usize,
    /// The line above recorded a vote (`Постановление принято единогласно и может быть
    /// обжаловано в порядке,` / `установленном законодательством.`): its wrapped lines go too.
    in_vote: bool,
    /// The vote's or notice's line above broke off with no stop (`Постановление может быть
    /// обжаловано в порядке, установленном законодательством` / `Российской Федерации.`).
    open_vote: bool,
    /// After a `Приложения:` line closing the decisions: the numbered list under it names the
    /// papers attached (`1. Бизнес-план … на 34 л.`), no clauses.
    attachments: bool,
    /// The line above was an `Ответственные:` line whose value may wrap onto this one.
    after_responsible: bool,
    /// The lines telling who was heard on a question with no number (`По первому вопросу
    /// СЛУШАЛИ: …`) are the record of the sitting, no clauses: the decisions are numbered under
    /// the questions' numbers (`1.1.`, see [`QuestionNumbering::under_hearings`]).
    hearings_recorded: bool,
    /// So are the numbered questions heard (`1. СЛУШАЛИ: …, которая представила …`) of a body
    /// that records its votes, their decisions numbered afresh (see
    /// [`QuestionNumbering::afresh`]).
    questions_recorded: bool,
    /// An unnumbered paragraph putting control of execution on someone (`Контроль за
    /// исполнением … возложить на …`) after the clauses: its byte range, no clause's text.
    control: Option<(usize, usize)>,
    /// The current line goes on with that paragraph.
    in_control: bool,
}

/// The operative part's clauses, and its control paragraph when no clause holds it.
pub(crate) struct Collected {
    /// The clauses, in document order.
    pub clauses: Vec<RawClause>,
    /// The byte range of an unnumbered `Контроль за исполнением …` paragraph.
    pub control: Option<(usize, usize)>,
}

/// Collects the clauses of the operative part (`ranges` of `blocks`), reporting numbering
/// anomalies and dropped editorial notes into `diags`.
pub(crate) fn collect(src: &str, blocks: &[Block], ranges: &[Range<usize>], diags: &mut impl DiagnosticSink) -> Collected {
    // The formula above the operative part may say its clauses are recommended.
    let above = ranges.first().and_then(|r| blocks.get(..r.start)).and_then(|head| head.iter().rev().find(|b| !b.line.is_blank()));
    let recommending = above.is_some_and(|b| matches!(b.kind, LineKind::Formula { .. }) && formula_recommends(b.line.text(src)));
    let votes_recorded = ranges.iter().flat_map(|r| blocks.get(r.clone()).unwrap_or(&[])).any(|b| b.kind == LineKind::Vote);
    let numbering = question_numbering(src, blocks, ranges);
    let mut c = Collector {
        src,
        raws: Vec::new(),
        stack: Vec::new(),
        current: None,
        after_blank: false,
        after_deadline: false,
        in_first_paragraph: false,
        depth_reported: false,
        after_responsible: false,
        hearings_recorded: numbering.under_hearings,
        questions_recorded: votes_recorded && numbering.afresh,
        recorded_questions: 0,
        control: None,
        in_control: false,
        minutes: false,
        recommending,
        decisions_of: None,
        paragraph_start: 0,
        previous_paragraph_start: 0,
        in_vote: false,
        open_vote: false,
        attachments: false,
    };
    for range in ranges {
        for block in blocks.get(range.clone()).unwrap_or(&[]) {
            c.line(block, diags);
        }
        c.after_blank = true;
    }
    c.raws.iter_mut().for_each(|raw| split_closing_term(src, raw));
    lift_shared_labels(src, &mut c.raws);
    Collected { clauses: c.raws, control: c.control }
}

/// `2022 года.`, `2026 и 2027 годов.`: a line opening with a year (four figures, `19…` or `20…`).
fn opens_with_year(line: &str) -> bool {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    digits == 4 && (line.starts_with("19") || line.starts_with("20"))
}

/// `По первому вопросу СЛУШАЛИ:`, `По второму вопросу слушали Иванову И.И., которая …`: a
/// question's line that records who was heard on it.
fn records_hearing(line: &str) -> bool {
    line.split(|c: char| !crate::text::is_letter(c)).any(|w| crate::block::scan::with_lower(w, |l| l == "слушали"))
}

/// How a protocol numbers its decisions under the questions heard (see [`question_numbering`]).
#[derive(Debug, Clone, Copy, Default)]
struct QuestionNumbering {
    /// `2. СЛУШАЛИ: …` / `РЕШИЛИ:` / `1. …`: under a numbered question heard, its decisions are
    /// numbered afresh, not `2.1.`. With the vote on each recorded (`Голосовали: «за» – 19, …`),
    /// it is the minutes of a body that votes (a pedagogical council, a public council, a meeting
    /// of residents), whose questions are the record of the sitting and whose decisions are the
    /// act.
    afresh: bool,
    /// `По первому вопросу СЛУШАЛИ: …` / `РЕШИЛИ:` / `1.1. …`: every question heard with no number
    /// has its first decision numbered `N.1`, the questions told apart by those numbers, no
    /// heading needed.
    under_hearings: bool,
}

/// Reads, in one walk over the operative part (`ranges` of `blocks`), how its decisions are
/// numbered under the questions heard.
fn question_numbering(src: &str, blocks: &[Block], ranges: &[Range<usize>]) -> QuestionNumbering {
    let mut question: Option<&ClauseNumber> = None;
    let (mut afresh, mut hearings, mut under, mut after_hearing) = (false, 0, 0, false);
    for block in ranges.iter().flat_map(|r| blocks.get(r.clone()).unwrap_or(&[])) {
        match &block.kind {
            LineKind::Text if crate::layout::is_unnumbered_question(block.line.text(src)) && records_hearing(block.line.text(src)) => {
                hearings += 1;
                after_hearing = true;
            }
            LineKind::Clause(start) => {
                if std::mem::take(&mut after_hearing) {
                    under += usize::from(matches!(start.number.style(), Style::Dotted(2)) && start.number.is_first());
                }
                if crate::layout::opens_question(src, block) {
                    question = Some(&start.number);
                } else if let Some(q) = question.take() {
                    afresh |= start.number.style() == Style::Dotted(1) && start.number.is_first() && !q.is_parent_of(&start.number);
                }
            }
            _ => {}
        }
    }
    QuestionNumbering { afresh, under_hearings: hearings > 0 && under == hearings }
}

/// `4.1. обеспечить … (Гаврилова Е.В.); срок – до 31 декабря 2021 года;`, `… в 2021 году. Срок –
/// ежемесячно.`: a `Срок` sentence that closes the clause's last line is its term line, no part
/// of its text.
fn split_closing_term(src: &str, raw: &mut RawClause) {
    if raw.deadline.is_some() {
        return;
    }
    let Some(last) = raw.body.last_mut() else { return };
    let Some((sentence, value)) = src.get(last.0..last.1).and_then(crate::block::scan::scan_trailing_deadline) else { return };
    let kept = src.get(last.0..last.0 + sentence).unwrap_or("").trim_end_matches(crate::text::is_space);
    let term = src.get(last.0 + value..last.1).unwrap_or("").trim_end_matches(|c: char| crate::text::is_space(c) || matches!(c, ';' | ','));
    raw.deadline = Some((last.0 + value, last.0 + value + term.len()));
    last.1 = last.0 + kept.len();
}

/// The diagnostic for a line of page furniture (`2`, `- 3 -`, a running head) or an editorial
/// note of a legal database that was dropped: as written, but for runs of whitespace (cleaning
/// would drop a page number's dash).
pub(crate) fn dropped_note(src: &str, line: &crate::lex::Line) -> Diagnostic {
    let text = crate::block::scan::collapse_spaces(line.text(src));
    let shown: String = text.chars().take(80).collect();
    if crate::block::is_page_furniture(&text) {
        Diagnostic::new(Code::TextPageFurniture, format!("dropped page furniture «{shown}»"), Some(line.span()))
    } else {
        Diagnostic::new(Code::TextEditorialNote, format!("dropped editorial note «{shown}»"), Some(line.span()))
    }
}

/// `Приложения:`, `Приложение:` alone on a line (`**Приложения:**` too): the heading of the list
/// of papers attached to a protocol, under its last decision.
fn is_attachments_heading(text: &str) -> bool {
    let t = text.trim_matches(crate::text::is_space_or_emphasis);
    let Some(word) = t.strip_suffix(':') else { return false };
    let lower = crate::lexicon::lower(word.trim_end_matches(crate::text::is_space_or_emphasis));
    // `Приложения к протоколу:`, `Приложение к решению:`: the act the papers go with.
    let (head, rest) = lower.split_once(' ').unwrap_or((&lower, ""));
    let to_the_act = rest.is_empty() || matches!(rest, "к протоколу" | "к решению" | "к приказу" | "к постановлению" | "к распоряжению");
    matches!(head, "приложения" | "приложение") && to_the_act
}

/// `1. Правительству Российской Федерации:` / `а) …;` / `б) ….` / `Срок – до 1 июля.` /
/// `Ответственный: Долгоруков А.Н.`: an `Ответственный:` line of bare names under the last
/// item of a list that a clause introduces with a colon, when no earlier item names its own,
/// closes the list: it belongs to the clause above, whose items all inherit it. A position on
/// the line (`Ответственный: заведующий учебным классом Панова Г.Р.`) is the last item's own,
/// unless a term line stands above it and no earlier item has one: then the two are the labels
/// of the whole point (`Доклад – до 1 апреля 2024 г.` / `Ответственные: высшие должностные лица
/// субъектов Российской Федерации.`), or each lettered item above has a term of its own, so
/// the responsible line after the last item's term closes the point. The `Срок` line goes up
/// with the responsible line when no earlier item has its own.
fn lift_shared_labels(src: &str, raws: &mut [RawClause]) {
    for parent in 0..raws.len() {
        let Some((last, lift_term, lift_responsible)) = shared_labels(src, raws, parent) else { continue };
        let Some(child) = raws.get_mut(last) else { continue };
        let term = if lift_term { child.deadline.take() } else { None };
        let responsible = if lift_responsible { std::mem::take(&mut child.responsible) } else { Vec::new() };
        child.end = child.own_end();
        let Some(parent_raw) = raws.get_mut(parent) else { continue };
        parent_raw.end = term.iter().chain(&responsible).map(|&(_, e)| e).fold(parent_raw.end, usize::max);
        parent_raw.deadline = parent_raw.deadline.or(term);
        parent_raw.responsible.extend(responsible);
    }
}

/// For [`lift_shared_labels`]: the last item under clause `parent` and whether its term and its
/// responsible lines go up, if either does.
fn shared_labels(src: &str, raws: &[RawClause], parent: usize) -> Option<(usize, bool, bool)> {
    let parent_raw = raws.get(parent)?;
    let (&last, earlier) = parent_raw.children.split_last().filter(|(_, earlier)| !earlier.is_empty())?;
    // Only a list the clause above introduces (`1. Правительству Российской Федерации:`).
    let introduces = parent_raw.body.last().and_then(|&(s, e)| src.get(s..e)).is_some_and(|t| t.trim_end_matches(crate::text::is_space).ends_with(':'));
    let child = raws.get(last).filter(|c| introduces && c.children.is_empty())?;
    let text_end = child.body.iter().map(|&(_, e)| e).max().unwrap_or(child.start);
    let own_line = |&(s, _): &(usize, usize)| src.get(text_end..s).is_some_and(|gap| gap.contains('\n'));
    let none_earlier = |has: &dyn Fn(&RawClause) -> bool| earlier.iter().all(|&i| raws.get(i).is_none_or(|r| !has(r)));
    let bare_names = |&(s, e): &(usize, usize)| crate::extract::assignee::names_only_persons(src, s, e);
    // Names alone are the point's even when its lettered parts (`а)`, `б)`) have terms of their
    // own; a position (`Ответственные: высшие должностные лица субъектов`) only in a block of
    // labels under the list, a term line and then it, with no term line of an earlier item.
    // Sub-clauses numbered on (`2.1`, `2.2`, `2.3` / `Срок: …` / `Ответственный: …`) are clauses
    // of their own, each with its own labels.
    let no_earlier_term = none_earlier(&|r| r.deadline.is_some());
    let parts = child.number.as_ref().is_none_or(|n| !matches!(n.style(), Style::Dotted(_)));
    let labels_block = parts && no_earlier_term && child.deadline.as_ref().is_some_and(own_line);
    // `а) …` / `Срок – до 1 сентября` / `б) …` / `Срок – до 31 декабря` / `Ответственные: …`:
    // each part has its term, and the responsible line after the last term closes the point.
    let every_part_timed = parts && earlier.iter().all(|&i| raws.get(i).is_some_and(|r| r.deadline.is_some()));
    let after_last_term = |&(s, _): &(usize, usize)| every_part_timed && child.deadline.is_some_and(|(_, term_end)| term_end <= s);
    let lift_responsible = parent_raw.responsible.is_empty()
        && !child.responsible.is_empty()
        && child.responsible.iter().all(|r| own_line(r) && (bare_names(r) && parts || labels_block || after_last_term(r)))
        && none_earlier(&|r| !r.responsible.is_empty());
    let lift_term = lift_responsible
        && parent_raw.deadline.is_none()
        && child.deadline.as_ref().is_some_and(own_line)
        && no_earlier_term;
    (lift_term || lift_responsible).then_some((last, lift_term, lift_responsible))
}

impl Collector<'_> {
    fn line(&mut self, block: &Block, diags: &mut impl DiagnosticSink) {
        let line = &block.line;
        if self.attachments || block.kind == LineKind::Text && is_attachments_heading(line.text(self.src)) {
            self.attachments = true;
            return;
        }
        if self.after_blank && block.kind != LineKind::Blank {
            self.previous_paragraph_start = self.paragraph_start;
            self.paragraph_start = line.content_start;
        }
        let after_responsible = std::mem::take(&mut self.after_responsible);
        if after_responsible && block.kind == LineKind::Text && self.continues_responsible(line.content_start, line.content_end) {
            if let Some(raw) = self.current.and_then(|i| self.raws.get_mut(i)) {
                if let Some(last) = raw.responsible.last_mut() {
                    last.1 = line.content_end;
                }
                // The clause's span takes the wrapped line in with its label.
                raw.end = raw.end.max(line.content_end);
            }
            return;
        }
        if self.control_line(block) {
            self.after_blank = false;
            return;
        }
        let vote_goes_on = self.in_vote && block.kind == LineKind::Text && (line.text(self.src).starts_with(char::is_lowercase) || self.closes_open_vote(line.text(self.src)));
        self.in_vote = block.kind == LineKind::Vote || vote_goes_on;
        self.open_vote = block.kind == LineKind::Vote && !line.text(self.src).trim_end_matches(crate::text::is_space).ends_with(['.', ';', ':']) || vote_goes_on && self.open_vote;
        if vote_goes_on {
            return;
        }
        match &block.kind {
            LineKind::Blank => {
                self.after_blank = true;
                return;
            }
            // `СЛУШАЛИ: …, которая сообщила … Основные причины:` / `1) …;` / `2) …`: a list the
            // speech holds, no decision.
            LineKind::Clause(start) if self.minutes && start.number.style() == Style::Paren => {}
            LineKind::Clause(_) if self.questions_recorded && crate::layout::opens_question(self.src, block) => self.recorded_question(),
            LineKind::Clause(start) if self.items_of_sentence(start, line.content_end) => self.text_line(line.content_start, line.content_end, diags),
            LineKind::Clause(start) if self.wraps_onto_current(&start.number) => self.text_line(line.content_start, line.content_end, diags),
            LineKind::Clause(start) => self.clause_line(start.clone(), line.content_end, diags),
            LineKind::Deadline { value } if self.current.is_some_and(|i| self.raws.get(i).is_some_and(|r| r.deadline.is_none())) => {
                // `Срок: до 24.05.2023. Ответственный: Мещерякова Л.В.` names the responsible too.
                let trailing = self.src.get(*value..line.content_end).and_then(crate::block::scan::scan_trailing_responsible);
                if let Some(raw) = self.current.and_then(|i| self.raws.get_mut(i)) {
                    match trailing {
                        Some((sentence, names)) => {
                            raw.deadline = Some((*value, value + sentence));
                            raw.responsible.push((value + names, line.content_end));
                        }
                        None => raw.deadline = Some((*value, line.content_end)),
                    }
                    raw.end = line.content_end;
                }
                self.after_deadline = true;
                self.in_first_paragraph = false;
            }
            // `– организовать …;` / `Срок: июнь – август` / `– представлять …` / `Срок: до 5
            // числа …`: a second term of the clause, no text of it nor a clause of its own.
            LineKind::Deadline { value } if self.current.is_some() => {
                let term = crate::block::scan::collapse_spaces(self.src.get(*value..line.content_end).unwrap_or(""));
                diags.report(Diagnostic::new(Code::DeadlineExtra, format!("a second term «{term}» in one clause; its first is the deadline"), Some(line.span())));
                if let Some(raw) = self.current.and_then(|i| self.raws.get_mut(i)) {
                    raw.end = line.content_end;
                }
                self.after_deadline = true;
            }
            LineKind::Responsible { value } if self.current.is_some() => {
                // `Ответственные: главы поселений. Срок: до 25 марта` holds the term too.
                let trailing = self.src.get(*value..line.content_end).and_then(crate::block::scan::scan_term_after_names);
                if let Some(raw) = self.current.and_then(|i| self.raws.get_mut(i)) {
                    match trailing {
                        Some((sentence, term)) => {
                            // `Гарипова Л.Р., срок – …`: the names end before the comma.
                            let names = self.src.get(*value..value + sentence).unwrap_or("").trim_end_matches(|c: char| crate::text::is_space(c) || c == ',');
                            raw.responsible.push((*value, value + names.len()));
                            raw.deadline = raw.deadline.or(Some((value + term, line.content_end)));
                        }
                        None => {
                            raw.responsible.push((*value, line.content_end));
                            self.after_responsible = true;
                        }
                    }
                    raw.end = line.content_end;
                }
                self.in_first_paragraph = false;
            }
            // A page number at the margin (`2`) between the clauses, as text taken from a PDF
            // keeps it; in a table it may be a row's number, so only here is it furniture.
            LineKind::Editorial | LineKind::Text if block.kind == LineKind::Editorial || crate::text::is_small_number(line.text(self.src).trim_matches(crate::text::is_space), 3) => {
                diags.report(dropped_note(self.src, line));
                if let Some(raw) = self.current.and_then(|i| self.raws.get_mut(i)) {
                    raw.furniture.push((line.start, line.end));
                }
            }
            LineKind::Formula { end, .. } => {
                self.drop_formula_preamble(line.content_start);
                self.minutes = false;
                // `По итогам семинара руководителям … рекомендовано:`, `… выработаны рекомендации:`.
                self.recommending = formula_recommends(line.text(self.src));
                self.mark_question();
                self.decisions_of = self.current.filter(|&i| self.raws.get(i).is_some_and(|r| r.question));
                if crate::layout::continues_after_formula(self.src, block) {
                    self.after_formula(*end, line.content_end, diags);
                }
            }
            LineKind::Recommends => {
                self.recommending = true;
                self.in_first_paragraph = false;
            }
            LineKind::Meeting { section: MeetingSection::Heard, .. } if self.current.is_some() => {
                self.minutes = true;
                self.mark_question();
            }
            _ if self.minutes => {}
            // A vote records how the decision above was taken; it adds nothing to it.
            LineKind::Vote | LineKind::Enclosures => return,
            // Speakers on a question go to the meeting; they are not the question's text.
            LineKind::Speakers => return,
            // A rule (`______`, `***`) names nothing.
            LineKind::Text if !line.text(self.src).chars().any(crate::text::is_alnum) => return,
            _ => self.text_line(line.content_start, line.content_end, diags),
        }
        self.after_blank = false;
    }

    /// `2.2. Представить … до 1 октября 2023 г.` / `Контроль за исполнением настоящего решения
    /// возложить на …`: an unnumbered paragraph of control after numbered clauses, opening a
    /// paragraph or a sentence, ends the clause above; it and its wrapped lines are set aside
    /// (see [`Collected::control`]). Whether `block` is one of its lines.
    fn control_line(&mut self, block: &Block) -> bool {
        let line = &block.line;
        let text = line.text(self.src);
        // A wrapped line may end with the name (`Колмакова А.Ю.`): any kind but a clause's.
        let goes_on = self.in_control && !self.after_blank && !matches!(block.kind, LineKind::Blank | LineKind::Clause(_));
        // Set apart, or after a clause that ends its sentence or its term's line (`Срок:
        // 12.03.2025, 21.04.2025.` / `Контроль за исполнением … оставляю за собой.`).
        let ended = |r: &RawClause| self.after_blank || self.after_deadline || ends_sentence(self.src.get(r.start..r.end).unwrap_or(""));
        let after_clause = self.current.and_then(|i| self.raws.get(i)).is_some_and(|r| r.number.is_some() && ended(r));
        let opens = block.kind == LineKind::Text && after_clause && self.control.is_none() && opens_control(text);
        self.in_control = goes_on || opens;
        if opens {
            self.control = Some((line.content_start, line.content_end));
        } else if goes_on {
            if let Some(c) = self.control.as_mut() {
                c.1 = line.content_end;
            }
        }
        self.in_control
    }

    /// `Заслушав информацию начальника … Шевченко Н.А., начальника` / `отдела … Рудь Е.В.,
    /// комиссия РЕШИЛА:`: the lines of the formula's paragraph above its line (`line_start`),
    /// taken as the current clause's text, are the formula's preamble; so is the paragraph
    /// before a formula set apart on its own (`Заслушав и обсудив информацию …` / `` /
    /// `Коллегия решила:`).
    fn drop_formula_preamble(&mut self, line_start: usize) {
        let set_apart = self.paragraph_start == line_start;
        let start = if set_apart { self.previous_paragraph_start } else { self.paragraph_start };
        if start >= line_start || self.after_blank && !set_apart {
            return;
        }
        let src = self.src;
        let opens_preamble = |at: usize| opens_preamble(src, at, line_start);
        // `1. Об итогах …` / `(Белов А.В.)` / `Заслушав и обсудив информацию …, на-` / `чальника
        // отдела …, коллегия РЕШИЛА:`: with no blank line, the sentence may open on a line of the
        // question's paragraph.
        let Some(raw) = self.current.and_then(|i| self.raws.get_mut(i)) else { return };
        let opener_line = || raw.body.iter().map(|&(s, _)| s).find(|&s| s > start && s < line_start && opens_preamble(s));
        // `I. Об итогах …` / `Заслушав и обсудив информацию …, коллегия отмечает …` / `Вместе с
        // тем …` / `Коллегия РЕШИЛА:`: a question's preamble of several paragraphs, its first
        // opening a sentence after the question's own paragraph.
        let opens_sentence = |s: usize| src.get(s..).is_some_and(|t| t.starts_with(char::is_uppercase));
        let first_opener = || raw.body.iter().map(|&(s, _)| s).find(|&s| s >= raw.first_paragraph_end && s < line_start && opens_sentence(s) && opens_preamble(s));
        // `I. О ходе подготовки …` / `(Галиева Р.Ф.)` / `Галиева Р.Ф. проинформировала …` /
        // `РЕШИЛИ:`: all a question's heading is followed by up to its formula tells of the
        // hearing, no part of the heading.
        let heading_text = raw.body.first().and_then(|&(s, _)| src.get(s..raw.first_paragraph_end.max(s)));
        let heading = raw.question || heading_text.is_some_and(|t| crate::lexicon::opens_with_about(&crate::text::clean(t)));
        let after_heading = heading.then(|| raw.body.iter().map(|&(s, _)| s).find(|&s| s >= raw.first_paragraph_end && s < line_start)).flatten();
        let opener = if opens_preamble(start) { Some(start) } else { opener_line().or_else(first_opener) };
        let Some(start) = opener.into_iter().chain(after_heading).min() else { return };
        // Only text lines of the paragraph are taken back; a term or responsible line in it stays.
        let labelled_inside = raw.deadline.iter().chain(&raw.responsible).any(|&(_, e)| e > start);
        if raw.start < start && !labelled_inside && raw.body.iter().any(|&(s, _)| s >= start) {
            raw.body.retain(|&(s, _)| s < start);
            raw.end = raw.own_end();
            raw.first_paragraph_end = raw.first_paragraph_end.min(raw.end);
        }
    }

    /// A numbered line: a new clause.
    fn clause_line(&mut self, start: ClauseStart, end: usize, diags: &mut impl DiagnosticSink) {
        self.minutes = false;
        self.decisions_of = None;
        // `3.2. Утвердить программы.<TAB>Срок исполнения: до 01.09.2022г.`: the cell is the
        // clause's term (or responsible) line.
        let cell = self.src.get(start.body..end).and_then(crate::block::labelled_cell);
        let text_end = cell.map_or(end, |c| start.body + c.text_end);
        let mut raw = RawClause {
            number: Some(start.number),
            written: Some(start.written),
            start: start.written.0,
            end,
            body: if start.body < text_end { vec![(start.body, text_end)] } else { Vec::new() },
            first_paragraph_end: text_end,
            ..RawClause::default()
        };
        match cell {
            Some(c) if c.term => raw.deadline = Some((start.body + c.value, end)),
            Some(c) => raw.responsible.push((start.body + c.value, end)),
            None => {}
        }
        self.push(raw, diags);
        self.after_deadline = false;
    }

    /// The operative text after a formula on its line (`ПРИКАЗЫВАЮ: 1. Утвердить план.`, from
    /// `from` to `end`): a numbered clause, or text.
    fn after_formula(&mut self, from: usize, end: usize, diags: &mut impl DiagnosticSink) {
        let rest = self.src.get(from..end).unwrap_or("");
        let skipped = rest.len() - rest.trim_start_matches(crate::text::is_space_or_emphasis).len();
        let at = from + skipped;
        let text = self.src.get(at..end).unwrap_or("");
        match crate::block::scan::scan_clause_start(text) {
            Some(start) => {
                let shifted = ClauseStart { number: start.number, written: (start.written.0 + at, start.written.1 + at), body: start.body + at };
                self.clause_line(shifted, end, diags);
            }
            None => self.text_line(at, end, diags),
        }
    }

    /// A line of plain text: the continuation of the current clause (or of its deadline), or an
    /// unnumbered clause before any numbered one.
    fn text_line(&mut self, start: usize, end: usize, diags: &mut impl DiagnosticSink) {
        let continues_term = self.after_deadline && !self.after_blank && self.continues_deadline(start);
        // The first decision under a question's `РЕШИЛИ:`, or a later one.
        let first_decision = self.decisions_of.is_some() && self.decisions_of == self.current;
        // `… городских округов завер-` / (a page break) / `шить акарицидные обработки …`: a
        // sentence a page broke goes on after the blank.
        let src = self.src;
        let unnumbered_root = first_decision
            || self.current.is_none_or(|i| {
                self.raws.get(i).is_some_and(|r| r.number.is_none() && (self.after_blank && !goes_on_with(src, r.body.last(), start) || self.new_sentence_line(r, start)))
            });
        // `По второму вопросу «…»` / `Заслушав информацию …, коллегия РЕШИЛА:`: the lead-in of
        // the question's formula goes on with the question until the formula takes it back.
        let lead_in = self.current.and_then(|i| self.raws.get(i)).is_some_and(|r| r.question && r.number.is_none()) && opens_preamble(self.src, start, end);
        let unnumbered_root = unnumbered_root && !lead_in;
        let question = !continues_term && self.opens_unnumbered_question(start, end);
        // `По первому вопросу СЛУШАЛИ: …`: the record of the sitting, no question's heading.
        if question && self.hearings_recorded && self.src.get(start..end).is_some_and(records_hearing) {
            self.recorded_question();
            return;
        }
        // `Руководителям образовательных организаций:` set apart over items numbered afresh:
        // the addressees' heading, whose items are its own.
        let addressees = !continues_term && (unnumbered_root || self.after_blank) && self.heads_addressees(start, end);
        if (unnumbered_root || question || addressees) && !continues_term {
            // A new question ends the decisions of the one before.
            if question {
                self.decisions_of = None;
            }
            let raw = RawClause { start, end, body: vec![(start, end)], first_paragraph_end: end, question: question || addressees, ..RawClause::default() };
            self.push(raw, diags);
            return;
        }
        // `(докладчик – Афанасьева М.С., …` under a question's heading ends its paragraph.
        if crate::block::scan::opens_speakers_note(self.src.get(start..end).unwrap_or("")) {
            self.in_first_paragraph = false;
        }
        let (after_blank, first) = (self.after_blank, self.in_first_paragraph);
        let src = self.src;
        let Some(raw) = self.current.and_then(|i| self.raws.get_mut(i)) else { return };
        // `… совместно с ФГБУ «ЦНИИОИЗ»` / (a page break, its number) / `(Гришина Л.А.)
        // обеспечить …`: a sentence broken by the page goes on after the blank.
        let after_blank = after_blank && !goes_on_with(src, raw.body.last(), start);
        // `Срок: до 31 декабря 2022 г.` / `Доклад: ежеквартально, до 10 числа …` / `кварталом.`:
        // a wrapped line goes on with the term above it, a second one, not with the deadline.
        let term_above = raw.deadline.is_some_and(|d| d.1 == raw.end);
        raw.end = end;
        if continues_term {
            if let Some(d) = raw.deadline.as_mut().filter(|_| term_above) {
                d.1 = end;
            }
            return;
        }
        raw.body.push((start, end));
        if first && !after_blank {
            raw.first_paragraph_end = end;
        } else {
            self.in_first_paragraph = false;
        }
        self.after_deadline = false;
    }

    /// `2.2. Провести проверки организации питания в школах:` / `а) соблюдение меню;` / `б) ведение
    /// документации.`: lettered items naming what a sentence already complete takes in (its verb
    /// has its object before the colon, or `в том числе:`), no action of their own, are its text.
    /// Under a bare verb (`Обеспечить:` / `а) укомплектованность …`) or an addressee, or with a
    /// verb of their own, they are clauses.
    fn items_of_sentence(&self, start: &ClauseStart, end: usize) -> bool {
        if start.number.style() != Style::Letter {
            return false;
        }
        let Some(raw) = self.current.and_then(|i| self.raws.get(i)) else { return false };
        if !raw.children.is_empty() || raw.number.as_ref().is_some_and(|n| n.style() == Style::Letter) {
            return false;
        }
        let item = self.src.get(start.body..end).unwrap_or("");
        let ends_with_colon = |t: &&str| t.trim_end_matches(crate::text::is_space).ends_with(':');
        let Some(lead) = raw.body.iter().filter_map(|&(a, b)| self.src.get(a..b)).find(ends_with_colon) else { return false };
        let lead = lead.trim_end_matches(|c: char| crate::text::is_space(c) || c == ':');
        let last = lead.rsplit(crate::text::is_space).next().unwrap_or("");
        let verb_with_object = lead.split(crate::text::is_space).any(crate::morph::is_action_verb) && !crate::morph::is_action_verb(last);
        verb_with_object && item.starts_with(char::is_lowercase) && !crate::morph::holds_action_verb(item)
    }

    /// `2. СЛУШАЛИ: …` in a protocol that records its votes: the record of the sitting up to the
    /// question's formula; the decisions under it follow no clause.
    fn recorded_question(&mut self) {
        self.minutes = true;
        self.current = None;
        self.stack.clear();
        self.decisions_of = None;
        self.recorded_questions += 1;
    }

    /// Whether `text`, a line under a vote or a notice that broke off with no stop, is the short
    /// tail closing its sentence (`Российской Федерации.`).
    fn closes_open_vote(&self, text: &str) -> bool {
        let t = text.trim_end_matches(crate::text::is_space);
        self.open_vote && t.ends_with('.') && t.split_whitespace().count() <= VOTE_TAIL_WORDS
    }

    /// Whether the line from `start` goes on with the current clause's term, wrapped: in lower case,
    /// or a note in parentheses after a term that ends no sentence (`Срок: в сроки, установленные
    /// Порядком проведения итогового сочинения` / `(изложения).`).
    fn continues_deadline(&self, start: usize) -> bool {
        let Some(line) = self.src.get(start..) else { return false };
        let term = self.current.and_then(|i| self.raws.get(i)).and_then(|r| r.deadline).and_then(|(a, b)| self.src.get(a..b)).unwrap_or("");
        let open = !term.trim_end_matches(crate::text::is_space).ends_with(['.', ';', ':', '!', '?']);
        // `Срок: до 1 сентября` / `2022 года.`, `… на плановый период` / `2026 и 2027 годов.`: a
        // year opens the wrapped rest of a term left open.
        line.starts_with(char::is_lowercase) || line.starts_with('(') && open || open && (names_schedule_owner(term, line) || opens_with_year(line))
    }

    /// Whether the text line `start..end` goes on with the `Ответственные:` line above it, wrapped
    /// where the page ended (`Ответственные: высшие должностные лица субъектов Российской` /
    /// `Федерации.`): no blank line between, the value above ends in a letter, a comma or a word's
    /// hyphen, and the line starts in lower case, with a person in parentheses, or is a short tail
    /// closing the sentence.
    fn continues_responsible(&self, start: usize, end: usize) -> bool {
        let open_above = self.current.and_then(|i| self.raws.get(i)).and_then(|r| r.responsible.last()).and_then(|&(s, e)| self.src.get(s..e)).and_then(|v| v.trim_end_matches(crate::text::is_space).chars().last()).is_some_and(|c| c.is_alphabetic() || matches!(c, ',' | '-'));
        let Some(line) = self.src.get(start..end).map(|t| t.trim_end_matches(crate::text::is_space)) else { return false };
        let short_tail = line.split_whitespace().count() <= 3 && line.ends_with(['.', ';']);
        // `Ответственные: Департамент общего образования Томской области` / `(Грабцевич И.Б.),
        // Администрация Каргасокского района (Шамраев А.П.).`: the person in parentheses.
        let person = line.strip_prefix('(').is_some_and(|r| crate::block::scan::scan_person(r).is_some());
        !self.after_blank && open_above && (line.starts_with(char::is_lowercase) || short_tail || person)
    }

    /// Whether the line at `start` opens a paragraph of its own under the unnumbered clause `raw`
    /// with no blank line between (`Информацию принять к сведению.` / `МКУ … обеспечить …`): it
    /// starts with a capital, and the clause's last line ended a sentence or was its term; or it
    /// is a bullet item, as the clause's first line is (decisions as a list of `- …;`).
    fn new_sentence_line(&self, raw: &RawClause, start: usize) -> bool {
        let capital = self.src.get(start..).and_then(|t| t.chars().next()).is_some_and(char::is_uppercase);
        capital && self.after_sentence() || self.is_bullet_item(start) && self.is_bullet_item(raw.start)
    }

    /// Whether the current clause's last line was its term or ended a sentence (or there is no
    /// current clause): a line after it may open something new.
    fn after_sentence(&self) -> bool {
        self.after_deadline || self.current.and_then(|i| self.raws.get(i)).is_none_or(|r| ends_sentence(self.src.get(..r.end).unwrap_or("")))
    }

    /// Whether the line `start..end` heads a question with no number (`ПО ПЕРВОМУ ВОПРОСУ: О …`,
    /// `По второму вопросу повестки дня`): a capital `По`, at a paragraph's or sentence's start.
    /// The decisions numbered after it are its own.
    fn opens_unnumbered_question(&self, start: usize, end: usize) -> bool {
        let heading = self.src.get(start..end).is_some_and(crate::layout::is_unnumbered_question);
        heading && (self.after_blank || self.after_sentence())
    }

    /// Whether the line `start..end` names addressees only, then a colon (`Педагогическим
    /// работникам:`), opening with a capital, not under a clause that ends in a colon (whose
    /// items or quoted wording follow: `… изложить в следующей редакции:` / `«2. Отделу …:`).
    fn heads_addressees(&self, start: usize, end: usize) -> bool {
        // `РГБУ ДПО «… работни-` / `ков образования»:`: the heading wrapped, its colon below.
        let end = self.paragraph_end(end);
        let Some(line) = self.src.get(start..end) else { return false };
        let colon = line.trim_end_matches(crate::text::is_space_or_emphasis).ends_with(':');
        let above = self.current.and_then(|i| self.raws.get(i)).and_then(|r| self.src.get(r.start..r.end));
        let opened_above = above.is_some_and(|t| t.trim_end_matches(crate::text::is_space_or_emphasis).ends_with(':'));
        colon && !opened_above && line.starts_with(char::is_uppercase) && crate::extract::assignee::read_lead(self.src, start, end).addressee_only
    }

    /// The end of the paragraph whose line ends at `end`: of its last line before a blank one,
    /// looking at most three lines on.
    fn paragraph_end(&self, end: usize) -> usize {
        let rest = self.src.get(end..).unwrap_or("");
        let mut at = end;
        let mut line_start = end + rest.find('\n').map_or(rest.len(), |k| k + 1);
        for line in self.src.get(line_start..).unwrap_or("").split('\n').take(3) {
            let text = line.trim_end_matches(crate::text::is_space);
            if text.trim_start_matches(crate::text::is_space).is_empty() {
                break;
            }
            at = line_start + text.len();
            line_start += line.len() + 1;
        }
        at
    }

    /// Whether the line at `start` is a bullet item: `- …`, `– …`, `• …`.
    fn is_bullet_item(&self, start: usize) -> bool {
        self.src.get(start..).is_some_and(crate::text::starts_bullet_item)
    }

    /// Adds a clause and places it in the tree.
    fn push(&mut self, raw: RawClause, diags: &mut impl DiagnosticSink) {
        let index = self.raws.len();
        let parent = self.place(&raw, diags);
        self.raws.push(RawClause { parent, recommended: self.recommending, recorded_question: self.recorded_questions, ..raw });
        if let Some(p) = parent.and_then(|p| self.raws.get_mut(p)) {
            p.children.push(index);
        }
        self.stack.push(index);
        self.current = Some(index);
        self.in_first_paragraph = true;
        // The term line above was the clause before's.
        self.after_deadline = false;
    }

    /// Chooses the parent of a new clause and trims the spine to it.
    fn place(&mut self, raw: &RawClause, diags: &mut impl DiagnosticSink) -> Option<usize> {
        let Some(number) = &raw.number else {
            // An unnumbered decision under a question, or an unnumbered clause at the top.
            let question = self.decisions_of;
            let keep = question.and_then(|q| self.stack.iter().position(|&i| i == q)).map_or(0, |at| at + 1);
            self.stack.truncate(keep);
            return question;
        };
        let position = match number.style() {
            Style::Roman | Style::Article => None,
            Style::Dotted(1) => self.section_parent(number),
            Style::Dotted(depth) => self.dotted_parent(number, depth, raw, diags),
            style @ (Style::Paren | Style::Letter) => {
                let same = self.stack.iter().position(|&i| self.style_of(i) == Some(style));
                match same {
                    Some(p) => p.checked_sub(1),
                    None => self.stack.len().checked_sub(1),
                }
            }
        };
        let position = self.cap_depth(position, raw, diags);
        self.stack.truncate(position.map_or(0, |p| p + 1));
        position.and_then(|p| self.stack.get(p).copied())
    }

    /// The spine position of a top-level number's parent: the Roman section above it, or the
    /// question above it when the number starts or continues the question's own numbering
    /// (`1. По первому вопросу`, `РЕШИЛИ:`, `1. …`, `2. …`); else none.
    fn section_parent(&self, number: &ClauseNumber) -> Option<usize> {
        let is_question = |i: usize| self.raws.get(i).is_some_and(|r| r.question);
        let heads_section = |i: usize| matches!(self.style_of(i), Some(Style::Roman | Style::Article));
        let section = self.stack.iter().rposition(|&i| heads_section(i) || is_question(i))?;
        let &head = self.stack.get(section)?;
        if heads_section(head) {
            return Some(section);
        }
        let continues = match self.stack.get(section + 1) {
            None => number.is_first(),
            Some(&child) => self.number_of(child).is_some_and(|c| number.is_next_after(c)),
        };
        continues.then_some(section)
    }

    /// Marks the current clause a question when `СЛУШАЛИ:` or `РЕШИЛИ:` follows it; one that was
    /// taken for the next decision of the question above (`2. По второму вопросу` after the
    /// single decision `1.`) moves up beside that question.
    fn mark_question(&mut self) {
        let Some(current) = self.current else { return };
        let Some(raw) = self.raws.get(current) else { return };
        if raw.question || raw.number.as_ref().map(ClauseNumber::style) != Some(Style::Dotted(1)) {
            return;
        }
        let parent = raw.parent;
        let grandparent = parent.and_then(|p| self.raws.get(p)).filter(|p| p.question).map(|p| p.parent);
        if let (Some(p), Some(grandparent)) = (parent, grandparent) {
            if let Some(old) = self.raws.get_mut(p) {
                old.children.retain(|&c| c != current);
            }
            if let Some(new) = grandparent.and_then(|g| self.raws.get_mut(g)) {
                new.children.push(current);
            }
            if let Some(at) = self.stack.iter().position(|&i| i == p) {
                self.stack.truncate(at);
                self.stack.push(current);
            }
            if let Some(raw) = self.raws.get_mut(current) {
                raw.parent = grandparent;
            }
        }
        if let Some(raw) = self.raws.get_mut(current) {
            raw.question = true;
        }
    }

    /// The spine position of a dotted number's parent: the open clause whose number is its
    /// prefix, else (a typo) the one its depth implies.
    fn dotted_parent(&self, number: &ClauseNumber, depth: usize, raw: &RawClause, diags: &mut impl DiagnosticSink) -> Option<usize> {
        let exact = self.stack.iter().rposition(|&i| self.number_of(i).is_some_and(|n| n.is_parent_of(number)));
        if exact.is_some() {
            return exact;
        }
        let by_depth = self
            .stack
            .iter()
            .rposition(|&i| self.style_of(i) == Some(Style::Dotted(depth - 1)))
            .or_else(|| self.stack.iter().rposition(|&i| matches!(self.style_of(i), Some(Style::Dotted(d)) if d < depth)));
        let written = raw.written.and_then(|(a, b)| self.src.get(a..b)).unwrap_or("");
        let placed = by_depth.and_then(|p| self.stack.get(p)).and_then(|&i| self.number_of(i)).map(ToString::to_string);
        let message = match placed {
            Some(parent) => format!("expected a clause numbered under «{parent}», found «{written}»; placed under «{parent}» by its position"),
            None => format!("clause «{written}» has no parent clause; placed at the top level"),
        };
        diags.report(Diagnostic::new(Code::NumberingUnexpected, message, raw.written.map(|(a, b)| Span::from_range(a..b))));
        by_depth
    }

    /// Keeps the parent within [`MAX_DEPTH`], reporting the first clause cut short.
    fn cap_depth(&mut self, position: Option<usize>, raw: &RawClause, diags: &mut impl DiagnosticSink) -> Option<usize> {
        match position {
            Some(p) if p + 1 >= MAX_DEPTH => {
                if std::mem::replace(&mut self.depth_reported, true) {
                    return Some(MAX_DEPTH - 2);
                }
                diags.report(Diagnostic::new(
                    Code::NumberingTooDeep,
                    format!("clauses nest deeper than {MAX_DEPTH} levels; attached at level {MAX_DEPTH}"),
                    Some(raw.span()),
                ));
                Some(MAX_DEPTH - 2)
            }
            other => other,
        }
    }

    /// Whether a line opening with `number` is the current clause's sentence wrapped at a number
    /// (`… в порядке, предусмотренном статьями 67 и` / `67.1 Федерального закона …`), as text taken
    /// from a PDF breaks lines: the line above leaves the sentence open, asking for a number
    /// (`пунктом`, `статьями`) or ending in a comma, a conjunction or a preposition before a
    /// number no open clause leads to.
    fn wraps_onto_current(&self, number: &ClauseNumber) -> bool {
        if self.after_blank || self.after_deadline {
            return false;
        }
        let Some(raw) = self.current.and_then(|i| self.raws.get(i)) else { return false };
        let Some(&(a, b)) = raw.body.last().filter(|&&(_, b)| b == raw.end) else { return false };
        let last = self.src.get(a..b).unwrap_or("").trim_end_matches(crate::text::is_space);
        let word = crate::lexicon::lower(last.rsplit(crate::text::is_space).next().unwrap_or(""));
        if crate::lexicon::asks_for_number(&word) {
            return true;
        }
        let open = last.ends_with(',') || crate::lexicon::is_conjunction_or_preposition(&word);
        open && matches!(number, ClauseNumber::Dotted(_)) && !self.is_plausible_next(number)
    }

    /// Whether `number` can follow the open clauses: it goes under one of them, or follows one
    /// with at most a small gap.
    fn is_plausible_next(&self, number: &ClauseNumber) -> bool {
        const MAX_GAP: u32 = 3;
        let mut open = self.stack.iter().filter_map(|&i| self.number_of(i)).peekable();
        if open.peek().is_none() {
            return number.is_first();
        }
        open.any(|o| o.is_parent_of(number) || number.skip_after(o).is_some_and(|gap| gap <= MAX_GAP))
    }

    fn number_of(&self, i: usize) -> Option<&ClauseNumber> {
        self.raws.get(i).and_then(|r| r.number.as_ref())
    }

    fn style_of(&self, i: usize) -> Option<Style> {
        self.number_of(i).map(ClauseNumber::style)
    }
}

/// Reports numbering gaps (`1.1` then `1.3`) and numbers that go back or repeat among siblings.
/// `removed` marks clauses dropped by dedup, which are skipped.
pub(crate) fn check_numbering(src: &str, raws: &[RawClause], removed: &[bool], diags: &mut impl DiagnosticSink) {
    let kept = |i: &usize| !removed.get(*i).copied().unwrap_or(false);
    let roots: Vec<usize> = (0..raws.len()).filter(|i| kept(i) && raws.get(*i).is_some_and(|r| r.parent.is_none())).collect();
    check_siblings(src, raws, None, &roots, diags);
    for (i, raw) in raws.iter().enumerate() {
        if kept(&i) && !raw.children.is_empty() {
            check_siblings(src, raws, Some(i), &raw.children, diags);
        }
    }
}

fn check_siblings(src: &str, raws: &[RawClause], parent: Option<usize>, siblings: &[usize], diags: &mut impl DiagnosticSink) {
    let number = |i: usize| raws.get(i).and_then(|r| r.number.as_ref());
    let written = |i: usize| raws.get(i).and_then(|r| r.written).and_then(|(a, b)| src.get(a..b)).unwrap_or("");
    let span = |i: usize| raws.get(i).and_then(|r| r.written).map(|(a, b)| Span::from_range(a..b));
    let parent_number = parent.and_then(number);
    let mut prev: Option<usize> = None;
    // After an unnumbered question, the numbers may go on from the decisions under it.
    let mut after_unnumbered = false;
    for &i in siblings {
        let Some(n) = number(i) else {
            after_unnumbered = true;
            continue;
        };
        match prev.and_then(|p| number(p).map(|pn| (p, pn))) {
            Some((p, pn)) if pn.style() == n.style() && !n.is_next_after(pn) => match n.skip_after(pn) {
                Some(_) => diags.report(Diagnostic::new(
                    Code::NumberingGap,
                    format!("expected the clause after «{}», found «{}»", written(p), written(i)),
                    span(i),
                )),
                None if same_prefix(pn, n) => diags.report(Diagnostic::new(
                    Code::NumberingUnexpected,
                    format!("clause «{}» does not follow «{}»", written(i), written(p)),
                    span(i),
                )),
                None => {}
            },
            None if !n.is_first() && !after_unnumbered && parent_number.is_none_or(|pn| pn.is_parent_of(n)) => diags.report(Diagnostic::new(
                Code::NumberingGap,
                format!("expected a first clause, found «{}»", written(i)),
                span(i),
            )),
            _ => {}
        }
        prev = Some(i);
    }
}

/// Whether two dotted numbers share all but their last component (local numbers always do).
fn same_prefix(a: &ClauseNumber, b: &ClauseNumber) -> bool {
    match (a.dotted(), b.dotted()) {
        (Some(x), Some(y)) => x.len() == y.len() && x.split_last().map(|s| s.1) == y.split_last().map(|s| s.1),
        _ => true,
    }
}

/// Whether `text` ends a sentence: with `.`, `!` or `?` after a word of three or more letters
/// (a closing quote or parenthesis between: `… системы «Моя школа».`), or after the `г.` of a
/// year (`до 1 марта 2021 г.`); not after initials (`И.И.`).
fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end_matches(crate::text::is_space);
    let Some(body) = t.strip_suffix(['.', '!', '?']) else { return false };
    let body = body.trim_end_matches(['»', '"', '”', ')']);
    let word = body.rsplit(|c: char| !crate::text::is_letter(c)).next().unwrap_or("");
    let before = body.get(..body.len() - word.len()).unwrap_or("").trim_end_matches(crate::text::is_space);
    word.chars().count() >= 3 || matches!(word, "г" | "гг") && before.ends_with(|c: char| c.is_ascii_digit())
}

/// Whether `src[start..end]` opens with the words of a preamble (`Заслушав`, `Рассмотрев`).
fn opens_preamble(src: &str, start: usize, end: usize) -> bool {
    let (a, b, _) = crate::lexicon::first_three_words(src.get(start..end).unwrap_or(""));
    crate::lexicon::is_preamble_opener(&a, &b)
}

/// Whether a formula's line says that what follows is recommended: its last word, before the
/// colon, recommends (`рекомендовано:`, `рекомендует:`) or names recommendations
/// (`выработаны рекомендации:`).
fn formula_recommends(text: &str) -> bool {
    // The colon may be left out (`КОЛЛЕГИЯ РЕКОМЕНДУЕТ`).
    let without_colon = || text.trim_end_matches(crate::text::is_space_or_emphasis).rsplit(crate::text::is_space).next();
    let last = crate::block::words_before_colon(text).and_then(|mut words| words.next()).or_else(without_colon).unwrap_or("");
    crate::block::scan::with_lower(last.trim_matches('*'), |w| crate::lexicon::is_recommending_verb(w) || w == "рекомендации")
}

/// Whether a line opens a sentence putting control of execution on someone: `Контроль за
/// исполнением …`, `Контроль исполнения …`, `Контроль возложить на …`, `Контроль оставляю за
/// собой`.
pub(crate) fn opens_control(text: &str) -> bool {
    const OPENINGS: [&str; 6] = ["контроль за исполнением", "контроль исполнения", "контроль над исполнением", "контроль за выполнением", "контроль возлож", "контроль оставля"];
    crate::block::scan::starts_with_any_lower(text, &OPENINGS)
}

/// Whether a line starting at `start` goes on with the sentence the line `last` left open: that
/// line ends with no stop, colon or semicolon, and this one opens in lower case or with a
/// parenthesis (`(Гришина Л.А.) обеспечить …`).
fn goes_on_with(src: &str, last: Option<&(usize, usize)>, start: usize) -> bool {
    let Some(&(a, b)) = last else { return false };
    let open = src.get(a..b).is_some_and(|t| !t.trim_end_matches(crate::text::is_space).ends_with(['.', ';', ':', '!', '?']));
    open && src.get(start..).is_some_and(|t| t.starts_with(|c: char| c.is_lowercase() || c == '('))
}

/// `Срок: в соответствии с графиком, утвержденным министерством образования` / `Сахалинской
/// области`: a term naming the body whose schedule or order it keeps to goes on with that body's
/// name on a short line (its place's, a proper name's capital), no sentence of its own.
fn names_schedule_owner(term: &str, line: &str) -> bool {
    const KEPT_TO: [&str; 7] = ["в соответствии", "согласно", "в сроки", "в установленные", "по графику", "по плану", "по срокам"];
    let line = line.lines().next().unwrap_or("").trim_matches(crate::text::is_space);
    let short = line.split_whitespace().count() <= 4 && !line.contains([',', ':', ';']);
    let term = term.trim_start_matches(crate::text::is_space);
    crate::block::scan::starts_with_any_lower(term, &KEPT_TO) && short && !crate::morph::holds_action_verb(line)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::block::classify;
    use crate::lex::lines;

    #[test]
    fn a_sentence_ends_after_a_closing_quote() {
        assert!(ends_sentence("использовать возможности системы «Моя школа»."));
        assert!(ends_sentence("в рамках проекта (ФГИС)."));
        assert!(!ends_sentence("Иванов И.И."));
    }

    fn tree(src: &str) -> (String, Vec<Diagnostic>) {
        let blocks = classify(src, &lines(src));
        let mut diags = Vec::new();
        let raws = collect(src, &blocks, std::slice::from_ref(&(0..blocks.len())), &mut diags).clauses;
        let mut out = String::new();
        for r in &raws {
            let depth = std::iter::successors(r.parent, |&p| raws.get(p).and_then(|x| x.parent)).count();
            let number = r.written.and_then(|(a, b)| src.get(a..b)).unwrap_or("-");
            let text: Vec<&str> = r.body.iter().filter_map(|&(a, b)| src.get(a..b)).collect();
            out.push_str(&format!("{}{number} {}\n", "  ".repeat(depth), text.join(" | ")));
        }
        (out, diags)
    }

    /// A list in the speech heard (`СЛУШАЛИ:` / `… Основные причины:` / `1) …`) is no decision;
    /// the question's decisions nest under its heading.
    #[test]
    fn a_list_in_the_speech_heard_is_no_decision() {
        let src = "ПРОТОКОЛ\n\n1. О безнадзорности.\n\nСЛУШАЛИ:\nШарову И.Л., которая сообщила … Основные причины:\n\
                   1) отсутствие контроля;\n2) незанятость подростков.\n\nПОСТАНОВИЛИ:\n1.1. Информацию принять к сведению.\n";
        let doc = crate::parse(src);
        let numbers: Vec<(Option<&str>, Vec<Option<&str>>)> =
            doc.clauses.iter().map(|c| (c.number.as_deref(), c.children.iter().map(|k| k.number.as_deref()).collect())).collect();
        assert_eq!(numbers, [(Some("1"), vec![Some("1.1")])]);
    }

    /// Addressees' headings set apart, each over items numbered afresh, hold their items.
    #[test]
    fn addressees_headings_over_items_numbered_afresh() {
        let src = "Конференция РЕКОМЕНДУЕТ:\n\nОтделу образования:\n\n1. Обеспечить сопровождение.\n\n2. Разработать программу.\n\n\
                   Руководителям образовательных организаций:\n\n1. Обеспечить введение ФГОС.\nСрок: до 01.09.2023\n\n\
                   Педагогическим работникам:\n\n1. Пройти обучение.\n";
        let (tree, diags) = tree(src);
        insta::assert_snapshot!(tree, @r"
        - Отделу образования:
          1 Обеспечить сопровождение.
          2 Разработать программу.
        - Руководителям образовательных организаций:
          1 Обеспечить введение ФГОС.
        - Педагогическим работникам:
          1 Пройти обучение.
        ");
        assert!(diags.is_empty(), "{diags:?}");
    }

    /// For each clause: its number, its term line and its responsible lines, as written.
    fn labels(src: &str) -> Vec<(String, Option<String>, Vec<String>)> {
        let blocks = classify(src, &lines(src));
        let raws = collect(src, &blocks, std::slice::from_ref(&(0..blocks.len())), &mut Vec::new()).clauses;
        let text = |&(a, b): &(usize, usize)| src.get(a..b).unwrap_or("").to_string();
        raws.iter().map(|r| (r.written.as_ref().map(text).unwrap_or_default(), r.deadline.as_ref().map(text), r.responsible.iter().map(text).collect())).collect()
    }

    #[test]
    fn a_term_left_open_goes_on_at_a_year_on_the_next_line() {
        let (t, _) = tree("5.2. Предусмотреть средства.\nСрок: при формировании бюджета на плановый период\n2026 и 2027 годов.\n5.3. Провести.\nСрок: до 1 сентября.\n2022 год – год педагога.\n");
        // A term closed by its stop leaves the next line to the clause.
        assert_eq!(t, "5.2 Предусмотреть средства.\n5.3 Провести. | 2022 год – год педагога.\n");
    }

    #[test]
    fn a_question_heard_after_a_term_line_takes_its_speech() {
        let src = "По первому вопросу СЛУШАЛИ:\nГришину Е.А., которая сообщила.\nПОСТАНОВИЛИ:\n1. Провести инструктажи.\nСрок: до 27.05.2016\n\n\
                   По второму вопросу СЛУШАЛИ:\nЛаптева В.С. о мерах безопасности.\nПОСТАНОВИЛИ:\n2. Провести работу.\n";
        let (t, diags) = tree(src);
        assert!(t.contains("- По второму вопросу СЛУШАЛИ: | Лаптева В.С. о мерах безопасности.\n"), "{t}");
        // The decisions numbered on across the questions are no gap.
        assert!(diags.is_empty(), "{diags:?}");
    }

    #[test]
    fn a_line_wrapped_at_a_number_goes_on_with_its_clause() {
        let src = "3. Заместителям руководителя:\n3.2. Принять меры в порядке, предусмотренном статьями 67 и\n67.1 Федерального закона «Об исполнительном\nпроизводстве».\n\
                   Срок: ежемесячно.\n3.3. Обеспечить исполнение требований, установленных пунктом\n3.3 Методических рекомендаций.\n3.4 Провести семинар.\n";
        let (out, diags) = tree(src);
        assert_eq!(
            out,
            "3 Заместителям руководителя:\n  3.2 Принять меры в порядке, предусмотренном статьями 67 и | 67.1 Федерального закона «Об исполнительном | производстве».\n  \
             3.3 Обеспечить исполнение требований, установленных пунктом | 3.3 Методических рекомендаций.\n  3.4 Провести семинар.\n"
        );
        assert!(diags.is_empty(), "{diags:?}");
    }

    #[test]
    fn a_term_sentence_closing_the_clause_s_last_line_is_its_term_line() {
        let src = "4.1. обеспечить достижение показателей (Гаврилова Е.В.); срок – до 31 декабря 2021 года;
                   7. Обеспечить контроль
в 2021 году. Срок – ежемесячно.
8. Представить отчет (срок – до 1 мая).
9. Срок исполнения приказа продлить. Рассмотреть итоги.
";
        let got: Vec<(String, Option<String>)> = labels(src).into_iter().map(|(n, d, _)| (n, d)).collect();
        let want = [("4.1", Some("до 31 декабря 2021 года")), ("7", Some("ежемесячно.")), ("8", None), ("9", None)];
        assert_eq!(got, want.map(|(n, d)| (n.to_string(), d.map(str::to_string))));
        let (out, _) = tree(src);
        assert!(out.contains("4.1 обеспечить достижение показателей (Гаврилова Е.В.);\n") && out.contains("7 Обеспечить контроль | в 2021 году.\n"), "{out}");
    }

    #[test]
    fn a_formula_s_sentence_wrapped_under_the_question_is_no_text_of_it() {
        let src = "ПРОТОКОЛ\n\n1. Об итогах газификации в 2023 году\n(Белов А.В.)\nЗаслушав и обсудив информацию заместителя министра А.В. Белова, на-\nчальника отдела И.Г. Гришиной, коллегия РЕШИЛА:\n1.1. Информацию принять к сведению.\n";
        let doc = crate::parse(src);
        assert_eq!(doc.clauses.first().map(|c| c.text.as_str()), Some("Об итогах газификации в 2023 году"));
        assert_eq!(doc.preamble.as_deref(), Some("Заслушав и обсудив информацию заместителя министра А.В. Белова, начальника отдела И.Г. Гришиной, коллегия"));
    }

    #[test]
    fn the_formula_of_each_unnumbered_question_wrapped_over_lines_is_no_clause() {
        let src = "РЕШЕНИЕ КОЛЛЕГИИ\n\nПо первому вопросу «О мониторинге»\n\nЗаслушав информацию начальника управления образова-\nния Кравец О.И., коллегия РЕШИЛА:\n1. Информацию принять к сведению.\n\n\
                   По второму вопросу «О безопасности»\n\nЗаслушав информацию главного специалиста Сагито-\nва Р.М., коллегия РЕШИЛА:\nИнформацию принять к сведению.\n\n\
                   По третьему вопросу «Об отдыхе детей»\n\nЗаслушав информацию специалиста\nЖдановой Л.А., коллегия РЕШИЛА:\n1. Сформировать списки.\n";
        let doc = crate::parse(src);
        let tree: Vec<(Option<&str>, Vec<&str>)> = doc.clauses.iter().map(|c| (c.text.split(" «").next(), c.children.iter().map(|k| k.text.as_str()).collect())).collect();
        assert_eq!(
            tree,
            [
                (Some("По первому вопросу"), vec!["Информацию принять к сведению."]),
                (Some("По второму вопросу"), vec!["Информацию принять к сведению."]),
                (Some("По третьему вопросу"), vec!["Сформировать списки."]),
            ]
        );
    }

    #[test]
    fn a_question_s_heading_keeps_no_speaker_note_report_or_preamble() {
        let topics = |src: &str| -> Vec<String> { crate::parse(src).clauses.iter().filter(|c| c.role == crate::model::Role::Topic).map(|c| c.text.clone()).collect() };
        // A speaker's note wrapped over lines, then a preamble of two paragraphs, no blank line.
        let src = "РЕШЕНИЕ КОЛЛЕГИИ\n\nI. Об итогах проведения ЕГЭ в 2020 году\n(докладчик – Афанасьева М.С., начальник отдела\nобщего образования)\nЗаслушав и обсудив информацию, коллегия отмечает рост.\nВместе с тем сохраняются риски.\nКоллегия РЕШИЛА:\n1. Информацию принять к сведению.\n\n\
                   II. О развитии сети центров «Точка роста»\n(докладчик – Глебов Д.Н., руководитель офиса)\nЗаслушав информацию, коллегия отмечает:\nКоллегия РЕШИЛА:\n1. Обеспечить открытие центров.\n";
        assert_eq!(topics(src), ["Об итогах проведения ЕГЭ в 2020 году", "О развитии сети центров «Точка роста»"]);
        // A protocol: the speakers, a blank line, the report of the hearing, then the decisions.
        let src = "ПРОТОКОЛ\n\nI. О ходе подготовки к итоговому сочинению\n(Галиева Р.Ф.)\n\nГалиева Р.Ф. проинформировала о готовности мест проведения.\n\nРЕШИЛИ:\n1.1. Информацию принять к сведению.\n\n\
                   II. О профилактике травматизма\n\nРЕШИЛИ:\n2.1. Провести инструктажи.\n";
        assert_eq!(topics(src), ["О ходе подготовки к итоговому сочинению", "О профилактике травматизма"]);
    }

    #[test]
    fn a_control_sentence_right_under_the_last_term_is_no_text_of_its_clause() {
        let doc = crate::parse("ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Провести собеседование.\nСрок: 12.03.2025, 21.04.2025.\nКонтроль за исполнением настоящего приказа оставляю за собой.\n\nДиректор\t\tИ.И. Иванов\n");
        assert_eq!(doc.clauses.first().map(|c| c.text.as_str()), Some("Провести собеседование."));
        assert_eq!(doc.control.map(|c| c.text).as_deref(), Some("Контроль за исполнением настоящего приказа оставляю за собой."));
    }

    #[test]
    fn a_term_wrapped_before_a_note_in_parentheses_goes_on() {
        let src = "1. Провести сочинение.\nСрок: в сроки, установленные Порядком проведения итогового сочинения\n(изложения).\n2. Направить отчет.\nСрок: до 04.12.2023.\n(Иванов И.И.)\n";
        let got = labels(src);
        let terms: Vec<(String, Option<String>)> = got.iter().map(|c| (c.0.clone(), c.1.clone())).collect();
        assert_eq!(terms.first().and_then(|t| t.1.as_deref()), Some("в сроки, установленные Порядком проведения итогового сочинения\n(изложения)."));
        // After a term that ends its sentence, the note is the clause's.
        assert_eq!(terms.get(1).and_then(|t| t.1.as_deref()), Some("до 04.12.2023."));
    }

    #[test]
    fn a_responsible_line_wrapped_at_the_page_edge_goes_on_to_the_next_line() {
        let src = "6. Рекомендовать органам власти:\nа) обеспечить заключение контрактов;\nб) предусмотреть ассигнования.\nОтветственные: высшие должностные лица субъектов Российской\nФедерации.\n\n7. Рекомендовать Госкорпорации обеспечить.\n";
        let got = labels(src);
        let wrapped = got.iter().find(|c| !c.2.is_empty()).map(|c| c.2.clone());
        assert_eq!(wrapped, Some(vec!["высшие должностные лица субъектов Российской\nФедерации.".to_string()]));
        assert_eq!(got.len(), 4);
        // Wrapped after a comma, or inside a word at its hyphen, under the term's line.
        for (cut, rest) in [("самоуправления,", "осуществляющих управление"), ("самоуправления, осуществляю-", "щих управление")] {
            let src = format!("1.2. Обеспечить разработку.\nСрок: до 30 апреля 2024 г.\nОтветственные: руководители органов местного {cut}\n{rest}\n1.3. Провести семинар.\n");
            let got = labels(&src);
            assert_eq!(got.first().map(|c| (c.1.clone(), c.2.clone())), Some((Some("до 30 апреля 2024 г.".to_string()), vec![format!("руководители органов местного {cut}\n{rest}")])));
        }
        // Wrapped before a person in parentheses.
        let src = "1. Обеспечить ремонт школы.\nОтветственные: Департамент общего образования Томской области\n\
                   (Грабцевич И.Б.), Администрация Каргасокского района (Шамраев А.П.).\nСрок: до 1 октября 2022 г.\n";
        assert_eq!(
            labels(src).first().map(|c| c.2.clone()),
            Some(vec!["Департамент общего образования Томской области\n(Грабцевич И.Б.), Администрация Каргасокского района (Шамраев А.П.).".to_string()])
        );
        // A value closed with a stop, or a new sentence after it, stays as it is.
        let src = "1. Провести проверку.\nОтветственный: Иванов И.И.\nНастоящий приказ вступает в силу со дня подписания.\n";
        assert_eq!(labels(src).first().map(|c| c.2.clone()), Some(vec!["Иванов И.И.".to_string()]));
        let src = "1. Провести проверку.\nОтветственный: отдел образования\nНастоящий приказ вступает в силу со дня подписания.\n";
        assert_eq!(labels(src).first().map(|c| c.2.clone()), Some(vec!["отдел образования".to_string()]));
        // Under the last of sub-clauses numbered on, the labels are its own.
        let src = "2. Управлению образования:\n2.1. Провести анализ.\n2.2. Организовать работу:\n2.2.1. с детьми;\n2.2.2. с родителями.\n\
                   2.3. Подготовить доклад.\nСрок: до 15.01.2023\nОтветственный: Сабирова Л.Р.\n3. Контроль оставляю за собой.\n";
        let got = labels(src);
        let own = got.iter().find(|c| c.0 == "2.3").map(|c| (c.1.clone(), c.2.clone()));
        assert_eq!(own, Some((Some("до 15.01.2023".to_string()), vec!["Сабирова Л.Р.".to_string()])));
    }

    /// A question's heading, the paragraph of what was heard, the formula set apart: the
    /// paragraph is the formula's preamble, no part of the heading.
    #[test]
    fn a_preamble_paragraph_before_a_formula_set_apart_is_no_part_of_the_question() {
        let src = "I. О подготовке к летней кампании\n\nЗаслушав и обсудив информацию Бородиной С.А., коллегия отмечает рост охвата.\n\n\
                   Коллегия решила:\n\n1. Информацию принять к сведению.\n";
        let (out, _) = tree(src);
        assert_eq!(out, "I О подготовке к летней кампании\n  1 Информацию принять к сведению.\n");
    }

    /// A second term's wrapped line goes on with it, not with the deadline above.
    #[test]
    fn a_second_term_s_wrapped_line_is_no_part_of_the_deadline() {
        let src = "4. Обеспечить укомплектование больницы.\nСрок: до 31 декабря 2022 г.\n\
                   Доклад: ежеквартально, до 10 числа месяца, следующего за отчетным\nкварталом.\n5. Провести ремонт.\n";
        assert_eq!(labels(src).first().and_then(|c| c.1.clone()).as_deref(), Some("до 31 декабря 2022 г."));
    }

    /// A term after the names on a responsible line: `, срок – …` in lower case after a comma.
    #[test]
    fn a_term_on_the_responsible_line_after_a_comma() {
        let src = "1. Провести диагностику.\nОтветственный: заместитель директора Гарипова Л.Р., срок – до 24.01.2025;\n2. Подвести итоги.\n";
        let got = labels(src);
        assert_eq!(got.first().map(|c| (c.1.clone(), c.2.clone())), Some((Some("до 24.01.2025;".to_string()), vec!["заместитель директора Гарипова Л.Р.".to_string()])));
    }

    /// A `Срок:` line under each item of a clause: the first is its deadline, the others are
    /// reported, no text of it nor clauses of their own.
    #[test]
    fn a_second_term_line_in_a_clause_is_reported() {
        let src = "РЕШЕНИЕ\n\nРЕШИЛА:\nРуководителям школ:\n– организовать занятость несовершеннолетних;\nСрок: июнь – август 2016 г.\n– представлять информацию.\nСрок: до 5 числа месяца, следующего за отчетным.\nОтделу образования обеспечить контроль.\n";
        let doc = crate::parse(src);
        let texts: Vec<&str> = doc.clauses.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["Руководителям школ: организовать занятость несовершеннолетних; представлять информацию.", "Отделу образования обеспечить контроль."]);
        assert_eq!(doc.clauses.first().and_then(|c| c.deadline.as_ref()).map(|d| d.text.as_str()), Some("июнь – август 2016 г."));
        assert!(doc.diagnostics.iter().any(|d| d.code == Code::DeadlineExtra));
    }

    #[test]
    fn a_term_line_goes_on_with_the_name_of_the_body_whose_schedule_it_keeps() {
        let src = "РЕШИЛА:\n3.4. Провести тренировочные экзамены.\nСрок: в соответствии с графиком, утвержденным министерством образования\nСахалинской области\n\
                   3.5. Провести собрание.\nСрок: в соответствии с графиком\nОтделу образования обеспечить контроль.\n";
        let doc = crate::parse(src);
        let clauses: Vec<(&str, Option<&str>)> = doc.clauses.iter().map(|c| (c.text.as_str(), c.deadline.as_ref().map(|d| d.text.as_str()))).collect();
        assert_eq!(clauses.first(), Some(&("Провести тренировочные экзамены.", Some("в соответствии с графиком, утвержденным министерством образования Сахалинской области"))));
        // A sentence of its own is none of the term.
        assert_eq!(clauses.get(1).and_then(|c| c.1), Some("в соответствии с графиком"));
    }

    /// The label agrees with the woman it names: `Ответственная:`.
    #[test]
    fn a_responsible_line_labelled_in_the_feminine() {
        let src = "1. Провести консультации.\nСрок: октябрь, январь\nОтветственная: Гарифуллина Р.Р.\n2. Провести собрание.\n";
        let got = labels(src);
        assert_eq!(got.first().map(|c| c.2.clone()), Some(vec!["Гарифуллина Р.Р.".to_string()]));
    }

    #[test]
    fn a_responsible_line_of_bare_names_after_a_list_belongs_to_the_clause_that_opens_it() {
        let src = "1. Правительству Российской Федерации:\nа) обеспечить утверждение нормативов;\nСрок – 1 декабря 2023 г.;\nб) осуществлять мониторинг.\nСрок – до 1 июля 2024 г.\nОтветственный: Долгоруков А.Н.\n";
        let got = labels(src);
        assert_eq!(got.first().map(|c| (c.1.as_deref(), c.2.clone())), Some((None, vec!["Долгоруков А.Н.".to_string()])));
        // The term stays with the item: the first item has its own.
        assert_eq!(got.get(2).map(|c| (c.1.as_deref(), c.2.len())), Some((Some("до 1 июля 2024 г."), 0)));
        // With no term of an earlier item, the term goes up too.
        let src = "2. Правительству Российской Федерации:\nа) подготовить предложения;\nб) внести изменения.\nСрок – до 1 марта 2024 г.\nОтветственные: Долгоруков А.Н., Шубина Е.В.\n";
        let got = labels(src);
        assert_eq!(got.first().and_then(|c| c.1.clone()).as_deref(), Some("до 1 марта 2024 г."));
        assert_eq!(got.get(2).map(|c| (c.1.is_none(), c.2.is_empty())), Some((true, true)));
        // A position goes up with the term line above it when no earlier item has a term line.
        let src = "6. Рекомендовать органам власти субъектов:\nа) утвердить программы;\nб) предусмотреть ассигнования.\nДоклад – до 1 апреля 2024 г.\nОтветственные: высшие должностные лица субъектов.\n";
        let got = labels(src);
        assert_eq!(got.first().map(|c| (c.1.is_some(), c.2.len())), Some((true, 1)));
        // Each lettered item with its term: a responsible line after the last term closes the
        // point, a position on it or not; the terms stay with the items.
        let src = "2. Министерству просвещения совместно с органами местного самоуправления обеспечить:
а) проведение ремонта зданий;
                   Срок – до 1 сентября 2024 г.
б) оснащение пищеблоков.
Срок – до 31 декабря 2024 г.
Ответственные: Семенова Н.В., главы муниципальных районов.
";
        let got = labels(src);
        assert_eq!(got.first().map(|c| (c.1.is_none(), c.2.len())), Some((true, 1)));
        assert_eq!(got.get(2).map(|c| (c.1.as_deref(), c.2.len())), Some((Some("до 31 декабря 2024 г."), 0)));
        // A position on the line, or a parent that does not introduce a list, keeps it below.
        for src in [
            "2. Заместителю главного врача Кондратьеву В.А.:\n2.1. Организовать иммунизацию.\nСрок: до 15.11.2023 г.\n2.2. Организовать обучение персонала.\nОтветственный: заведующий учебным классом Панова Г.Р.\n",
            "1. О ходе диспансеризации\n1.1. Принять к сведению информацию.\n1.2. Обеспечить контроль.\nОтветственный: Ладыгина О.А.\n",
            // Sub-clauses numbered on, with terms of their own, each keep their labels.
            "3. Отделу общего образования (Капустина Е.Н.):\n3.1. Провести мониторинг.\nСрок: апрель 2023 г.\n3.2. Подготовить справку.\nСрок: до 20 января 2023 г.\nОтветственный: Шаповалова И.С.\n",
        ] {
            let got = labels(src);
            assert_eq!(got.last().map(|c| c.2.len()), Some(1), "{src}");
            assert_eq!(got.first().map(|c| c.2.len()), Some(0), "{src}");
        }
    }

    #[test]
    fn a_question_heading_in_markdown_bold_opens_a_question() {
        let src = "3.2. Провести семинар.\n\n**По второму вопросу** повестки дня СЛУШАЛИ: Иванова И.И.\n";
        assert_eq!(tree(src).0, "3.2 Провести семинар.\n- **По второму вопросу** повестки дня СЛУШАЛИ: Иванова И.И.\n");
    }

    #[test]
    fn the_list_of_papers_attached_under_the_decisions_is_no_clause() {
        let src = "РЕШЕНИЕ:\n5.1. Утвердить план работы.\n\nИтоги голосования: «за» – 7, «против» – нет. Решение принято.\n\n\
                   Приложения:\n1. Бизнес-план на 2024 год на 34 л.\n2. План работы на 3 л.\n";
        assert_eq!(tree(src).0, "5.1 Утвердить план работы.\n");
    }

    #[test]
    fn a_formula_s_paragraph_wrapped_above_its_line_is_no_text_of_the_question() {
        let src = "I. О тестировании\n\nЗаслушав информацию начальника управления Шевченко Н.А., начальника\nотдела Рудь Е.В., комиссия РЕШИЛА:\n\n1. Информацию принять к сведению.\n";
        assert_eq!(tree(src).0, "I О тестировании\n  1 Информацию принять к сведению.\n");
        // A term line above the paragraph stays inside the clause's span.
        let src = "1. Провести анализ.\nСрок - IV квартал\nплана на год\n\nВ целях повышения качества\nобразования ПРИКАЗЫВАЮ:\n2. Утвердить.\n";
        let blocks = classify(src, &lines(src));
        let raws = collect(src, &blocks, std::slice::from_ref(&(0..blocks.len())), &mut Vec::new()).clauses;
        let first = raws.first().map(|r| (r.end, r.deadline));
        assert_eq!(first, Some((src.find("\n\nВ").unwrap_or(0), Some((src.find("IV").unwrap_or(0), src.find("\n\nВ").unwrap_or(0))))));
        // A paragraph that is no preamble stays the question's text.
        let src = "I. О тестировании\nобучающихся школ\nкомиссия РЕШИЛА:\n1. Принять к сведению.\n";
        assert!(tree(src).0.starts_with("I О тестировании | обучающихся школ\n"), "{}", tree(src).0);
    }

    #[test]
    fn a_vote_record_wrapped_over_lines_is_no_clause_text() {
        let src = "1. Утвердить план.\n2. Контроль возложить на Ершову Л.Г.\n\nПостановление принято единогласно и может быть обжаловано в порядке,\nустановленном законодательством.\n";
        assert_eq!(tree(src).0, "1 Утвердить план.\n2 Контроль возложить на Ершову Л.Г.\n");
        // Broken off with no stop, before a capital: the tail is the notice's.
        let src = "1. Утвердить план.\n2. Контроль возложить на Кривощекову Н.Г.\nПостановление может быть обжаловано в порядке, установленном законодательством\nРоссийской Федерации.\n";
        assert_eq!(tree(src).0, "1 Утвердить план.\n2 Контроль возложить на Кривощекову Н.Г.\n");
        // A vote closed with its stop leaves the next line alone.
        let src = "1. Утвердить план.\nГолосовали: единогласно.\nПринять к сведению.\n";
        assert!(tree(src).0.contains("Принять к сведению."), "{}", tree(src).0);
    }

    #[test]
    fn articles_hold_parts_numbered_afresh_and_their_items() {
        let src = "РЕШЕНИЕ\n\nСобрание депутатов РЕШИЛО:\n\nСтатья 1. Земельный налог\n1. Установить земельный налог.\n\
                   2. Определить ставки:\n1) 0,3 процента;\n2) 1,5 процента.\n\nСтатья 2.\n1. Решение вступает в силу с 1 января 2020 года.\n\
                   2. Опубликовать решение.\n";
        let doc = crate::parse(src);
        let tree: Vec<(Option<&str>, crate::model::Role, Vec<&str>)> = doc
            .clauses
            .iter()
            .map(|c| (c.number.as_deref(), c.role, c.children.iter().filter_map(|k| k.number.as_deref()).collect()))
            .collect();
        use crate::model::Role::{Action, Topic};
        assert_eq!(tree, [(Some("Статья 1"), Topic, vec!["1", "2"]), (Some("Статья 2"), Action, vec!["1", "2"])]);
        let items: Vec<&str> = doc.clauses.first().and_then(|a| a.children.get(1)).map(|p| p.children.iter().filter_map(|k| k.number.as_deref()).collect()).unwrap_or_default();
        assert_eq!(items, ["1)", "2)"]);
        assert!(doc.diagnostics.iter().all(|d| d.code != crate::diag::Code::NumberingUnexpected), "{:?}", doc.diagnostics);
    }

    #[test]
    fn unnumbered_decisions_part_at_a_sentence_end_and_a_capital() {
        let (t, _) = tree("Информацию принять к сведению.\nМКУ «Комбинат» обеспечить питание\nв срок до 1 марта 2021 г.\nОтделу усилить контроль.\nСрок: постоянно.\nШколам проверить.");
        assert_eq!(t, "- Информацию принять к сведению.\n- МКУ «Комбинат» обеспечить питание | в срок до 1 марта 2021 г.\n- Отделу усилить контроль.\n- Школам проверить.\n");
        let (t, _) = tree("- информацию принять к сведению;\n- отделу образования сформировать реестр\nлагерей до 1 апреля;\n- отделу культуры подготовить программу.");
        assert_eq!(t, "- - информацию принять к сведению;\n- - отделу образования сформировать реестр | лагерей до 1 апреля;\n- - отделу культуры подготовить программу.\n");
        // Under a numbered clause, paragraphs and bullet items stay its own.
        let (t, _) = tree("1. Отделу:\n- сформировать реестр;\n- подготовить программу.");
        assert_eq!(t, "1 Отделу: | - сформировать реестр; | - подготовить программу.\n");
        let (t, _) = tree("1. Принять к сведению.\nОтделу усилить контроль.");
        assert_eq!(t, "1 Принять к сведению. | Отделу усилить контроль.\n");
    }

    #[test]
    fn decisions_under_questions_with_no_number() {
        let (t, _) = tree("ПО ПЕРВОМУ ВОПРОСУ: О подготовке.\nРЕШИЛИ:\n1. Принять.\n2. Отделу сделать.\nПо второму вопросу повестки дня\n1. Отделу проверить.\n2. Провести совещание\nпо вопросу питания.");
        assert_eq!(t, "- ПО ПЕРВОМУ ВОПРОСУ: О подготовке.\n  1 Принять.\n  2 Отделу сделать.\n- По второму вопросу повестки дня\n  1 Отделу проверить.\n  2 Провести совещание | по вопросу питания.\n");
    }

    #[test]
    fn roman_sections_hold_the_clauses_below_them() {
        let (t, d) = tree("I. О первом\n1. Принять.\n1.1. Сделать.\nII. О втором\n1. Принять.\n2. Отделу сделать.");
        assert_eq!(t, "I О первом\n  1 Принять.\n    1.1 Сделать.\nII О втором\n  1 Принять.\n  2 Отделу сделать.\n");
        assert!(d.is_empty(), "{d:?}");
    }

    #[test]
    fn decisions_numbered_afresh_under_each_question() {
        let (t, d) = tree("1. По первому вопросу\nСЛУШАЛИ: Иванова И.И.\nРЕШИЛИ:\n1. Принять.\n2. По второму вопросу\nРЕШИЛИ:\n1. Отделу сделать.\n2. Отделу проверить.\n3. По третьему вопросу\nРЕШИЛИ:\n1. Принять.");
        assert_eq!(t, "1 По первому вопросу\n  1 Принять.\n2 По второму вопросу\n  1 Отделу сделать.\n  2 Отделу проверить.\n3 По третьему вопросу\n  1 Принять.\n");
        assert!(d.is_empty(), "{d:?}");
        // Decisions numbered under their question's number stay so, and the next question is
        // no decision.
        let (t, _) = tree("1. О первом\nРЕШИЛИ:\n1.1. Принять.\n2. О втором\nРЕШИЛИ:\n2.1. Принять.");
        assert_eq!(t, "1 О первом\n  1.1 Принять.\n2 О втором\n  2.1 Принять.\n");
    }

    #[test]
    fn a_voting_body_s_questions_heard_are_its_record_and_the_decisions_its_act() {
        let src = "1. СЛУШАЛИ: главного бухгалтера Ким О.Ю., которая представила отчет.\nРЕШИЛИ:\n1. Отчет утвердить.\n\
                   2. Главному бухгалтеру Ким О.Ю. представлять отчет.\nГолосовали: единогласно.\n\n\
                   2. СЛУШАЛИ: председателя Дорофеева А.В. с проектом плана.\nВЫСТУПИЛИ: Семенов Д.И. предложил ярмарку.\n\
                   РЕШИЛИ:\n1. Утвердить план.\nГолосовали: единогласно.\n";
        let (t, d) = tree(src);
        assert_eq!(t, "1 Отчет утвердить.\n2 Главному бухгалтеру Ким О.Ю. представлять отчет.\n1 Утвердить план.\n");
        assert!(d.is_empty(), "{d:?}");
        // With no vote recorded, or with the decisions numbered under the question's number,
        // the questions head their decisions.
        let (t, _) = tree(&src.replace("Голосовали: единогласно.\n", ""));
        assert!(t.starts_with("1 СЛУШАЛИ: главного бухгалтера"), "{t}");
        let (t, _) = tree(&src.replace("1. Отчет", "1.1. Отчет").replace("2. Главному", "1.2. Главному").replace("1. Утвердить", "2.1. Утвердить"));
        assert!(t.starts_with("1 СЛУШАЛИ: главного бухгалтера"), "{t}");
    }

    #[test]
    fn a_hearing_over_decisions_numbered_under_its_question_is_no_clause() {
        let src = "По первому вопросу СЛУШАЛИ:\nГорбунову Н.В., директора школы, которая представила анализ.\nРЕШИЛИ:\n1.1. Признать работу удовлетворительной.\n\
                   1.2. Информацию принять к сведению.\n\nПо второму вопросу СЛУШАЛИ:\nКротову Т.Г., которая ознакомила педагогов с программами.\n\
                   РЕШИЛИ:\n2.1. Утвердить программы.\n2.2. Информацию принять к сведению.\n";
        let (t, _) = tree(src);
        assert_eq!(t, "1.1 Признать работу удовлетворительной.\n1.2 Информацию принять к сведению.\n2.1 Утвердить программы.\n2.2 Информацию принять к сведению.\n");
        // Numbered afresh under each, the hearing heads its decisions, told apart by it.
        let (t, _) = tree(&src.replace("1.1. ", "1. ").replace("1.2. ", "2. ").replace("2.1. ", "1. ").replace("2.2. ", "2. "));
        assert!(t.starts_with("- По первому вопросу СЛУШАЛИ:"), "{t}");
    }

    #[test]
    fn lettered_items_of_a_complete_sentence_are_its_text() {
        let (t, _) = tree("2.2. Провести проверки организации питания в школах:\nа) соблюдение меню;\nб) ведение документации.\nСрок: постоянно\n2.3. Обеспечить:\nа) укомплектованность фондов;\nб) проведение инструктажей.\n");
        assert_eq!(t, "2.2 Провести проверки организации питания в школах: | а) соблюдение меню; | б) ведение документации.\n2.3 Обеспечить:\n  а) укомплектованность фондов;\n  б) проведение инструктажей.\n");
    }

    #[test]
    fn typo_goes_under_its_position() {
        let (t, d) = tree("1. Тема:\n1.1. Принять.\n1.2. Отделу:\n1.2.3. Сделать.\n1.1.4. Ещё.\n2. Другое.");
        insta::assert_snapshot!(t, @r"
        1 Тема:
          1.1 Принять.
          1.2 Отделу:
            1.2.3 Сделать.
            1.1.4 Ещё.
        2 Другое.
        ");
        assert_eq!(d.iter().map(|d| d.code).collect::<Vec<_>>(), [Code::NumberingUnexpected]);
    }

    #[test]
    fn local_numbers_nest_and_paragraphs_join() {
        let (t, _) = tree("Вступление.\n\n1. Обеспечить:\nа) одно;\nб) другое;\n- третье;\n2. Второе\nпродолжение.\n\nАбзац после.");
        insta::assert_snapshot!(t, @r"
        - Вступление.
        1 Обеспечить:
          а) одно;
          б) другое; | - третье;
        2 Второе | продолжение. | Абзац после.
        ");
    }

    #[test]
    fn deep_nesting_is_capped() {
        let src: String = (1..=60).map(|d| vec!["1"; d].join(".") + ". x\n").collect();
        let (_, d) = tree(&src);
        assert!(d.iter().any(|d| d.code == Code::NumberingTooDeep));
    }
}
