//! Pass 4 for clauses: reads each collected clause's fields — text, role, modality, assignees,
//! deadline — and builds the nested [`Clause`] tree.
//!
//! Context flows down the tree: a `Рекомендовать …:` addressee makes its children
//! recommendations; the one year an ancestor's heading names places the months of its
//! descendants' deadlines (the contract's year rule 1).

use super::assignee;
use super::deadline::{self, YearContext};
use crate::diag::{Code, Diagnostic, DiagnosticSink};
use crate::lexicon;
use crate::model::{Clause, Deadline, DeadlineKind, Modality, Role};
use crate::tree::RawClause;
use std::borrow::Cow;

/// What a clause inherits from its ancestors.
#[derive(Debug, Clone, Copy, Default)]
struct Inherited {
    recommend: bool,
    heading_year: Option<i32>,
}

/// Builds the clause tree from the collected clauses, taking over their cleaned texts.
pub(crate) fn build(src: &str, raws: &mut [RawClause], ctx: &YearContext, diags: &mut impl DiagnosticSink) -> Vec<Clause> {
    let roots: Vec<usize> = raws.iter().enumerate().filter(|(_, r)| r.parent.is_none()).map(|(i, _)| i).collect();
    roots.into_iter().map(|i| build_one(src, raws, i, ctx, Inherited::default(), diags)).collect()
}

fn build_one(src: &str, raws: &mut [RawClause], index: usize, ctx: &YearContext, inherited: Inherited, diags: &mut impl DiagnosticSink) -> Clause {
    let Some(raw) = raws.get_mut(index) else {
        return empty_clause();
    };
    let text = std::mem::take(&mut raw.text);
    let child_indices = std::mem::take(&mut raw.children);
    let raw: &RawClause = raw;
    let body = own_words(src, &raw.body);
    let first_paragraph_end = body.last().map_or(raw.first_paragraph_end, |&(_, b)| raw.first_paragraph_end.min(b));
    let lead = body.first().map(|&(a, _)| assignee::read_lead(src, a, first_paragraph_end)).unwrap_or_default();
    let lead = if child_indices.is_empty() { lead } else { lead.over_sub_clauses() };
    let role = role_of(&text, lead.addressee_only, !child_indices.is_empty());
    let modality = if is_note(&text) {
        Modality::Note
    } else if lead.recommend || inherited.recommend || raw.recommended {
        Modality::Recommendation
    } else {
        Modality::Order
    };
    let mut assignees = Vec::new();
    if role != Role::Topic && modality != Modality::Note {
        let phrases = match lead.phrase {
            Some((a, b)) => assignee::split(src, a, b, lead.case),
            None if lead.verb_only => assignee::item_addressees(src, &list_items(src, &body), lead.case),
            None => Vec::new(),
        };
        assignees = phrases.into_iter().map(|(s, e, case)| assignee::build_around(src, s, e, case, &raw.furniture)).collect();
    }
    let notes = body.iter().flat_map(|&(a, b)| assignee::responsible_notes(src, a, b));
    for (a, b) in raw.responsible.iter().copied().chain(notes) {
        assignees.extend(assignee::from_responsible_line(src, a, b));
    }
    let year_ctx = YearContext { heading_year: inherited.heading_year, ..*ctx };
    // A heading (`Об обеспечении … в период низких температур`) names a subject, not a term,
    // unless a verb follows it (`О выполнении постановления сообщить … в срок до 01.03.2024`).
    let about_heading = lexicon::opens_with_about(&text) && !text.split(' ').any(crate::morph::is_action_verb);
    // A note (`Информацию … о решениях, принятых на заседании 25.03.2021, принять к сведению`)
    // asks for nothing, so its dates are no term either.
    let heading = role == Role::Topic || about_heading || modality == Modality::Note;
    let found = FoundTerms { term_line: raw.deadline, lead: lead.term, furniture: &raw.furniture };
    let deadline = read_clause_deadline(src, found, &body, heading, &year_ctx, diags);
    let deadline = deadline.filter(|d| raw.deadline.is_some() || !names_the_scope_of_an_approved_act(&text, d));
    let below = Inherited {
        recommend: modality == Modality::Recommendation && (role == Role::Addressee || lead.verb_only) || inherited.recommend,
        heading_year: match years_named(heading_words(&text)).as_slice() {
            [] => inherited.heading_year,
            [y] => Some(*y),
            _ => None,
        },
    };
    let number = raw.written.and_then(|(a, b)| src.get(a..b)).map(|written| number_as_read(written, raw.number.as_ref()));
    let span = raw.span();
    let children = child_indices.into_iter().map(|c| build_one(src, raws, c, ctx, below, diags)).collect();
    Clause {
        number,
        text,
        role,
        modality,
        assignees,
        deadline,
        children,
        span,
    }
}

/// `Утвердить план мероприятий по организации отдыха детей в летний период 2025 года`, `…
/// на 2024 год`: the period closing a clause that approves an act is that act's scope, no term
/// (a range of days, `на период с 01.04.2021 по 31.03.2022`, still says when it applies).
fn names_the_scope_of_an_approved_act(text: &str, d: &Deadline) -> bool {
    let first = text.split(' ').next().map(lexicon::lower).unwrap_or_default();
    let approves = matches!(&*first, "утвердить" | "одобрить");
    let range = ["с ", "в период с ", "на период с "].iter().any(|p| d.text.starts_with(p)) || d.text.starts_with(|c: char| c.is_ascii_digit());
    approves && d.kind == DeadlineKind::Period && !range
}

fn empty_clause() -> Clause {
    Clause {
        number: None,
        text: String::new(),
        role: Role::Action,
        modality: Modality::Order,
        assignees: Vec::new(),
        deadline: None,
        children: Vec::new(),
        span: crate::span::Span::default(),
    }
}

/// Places the clauses a table of decisions makes (`rows`) in the document's order: under the
/// question just before the table when they are numbered under it (`1.1`, `1.2` under `1. О
/// мерах …`), which then heads them as a topic; else among the clauses, after those before it.
pub(crate) fn place_decision_rows(clauses: &mut Vec<Clause>, rows: Vec<Clause>) {
    let Some(first) = rows.first() else { return };
    let start = first.span.start;
    let at = clauses.partition_point(|c| c.span.start < start);
    match at.checked_sub(1).and_then(|i| clauses.get_mut(i)).filter(|q| numbered_under(q, &rows)) {
        Some(question) => {
            question.role = role_of(&question.text, false, true);
            let at = question.children.partition_point(|c| c.span.start < start);
            question.children.splice(at..at, rows);
        }
        None => {
            clauses.splice(at..at, rows);
        }
    }
}

/// Whether every one of `rows` is numbered under `question` (`1.2` under `1`).
fn numbered_under(question: &Clause, rows: &[Clause]) -> bool {
    let Some(parent) = question.number.as_deref() else { return false };
    let under = |row: &Clause| row.number.as_deref().and_then(|n| n.strip_prefix(parent)).is_some_and(|rest| rest.starts_with('.'));
    rows.iter().all(under)
}

/// Topic (`По вопросу: …`, a protocol's `СЛУШАЛИ: …`, `Разное`, or a heading `О …:` / `Об …`
/// or naming a matter by a noun, `Избрание председателя`, over sub-clauses), addressee (names,
/// then `:`), or action.
fn role_of(text: &str, addressee_only: bool, has_children: bool) -> Role {
    let (a, b, c) = lexicon::first_three_words(text);
    let about = lexicon::opens_with_about(text);
    let heard = lexicon::meeting_section(&a) == Some(lexicon::MeetingSection::Heard);
    // `III. Разное.`, `Разные вопросы`: the heading of the questions left over.
    let miscellany = a == "разное" && b.is_empty() || a == "разные" && b == "вопросы" && c.is_empty();
    let matter = has_children && lexicon::opens_with_matter_noun(text);
    let heading = has_children && !addressee_only && names_a_heading(text);
    if lexicon::is_topic_start(&a, &b, &c) || heard || miscellany || matter || heading || (about && (has_children || text.ends_with(':'))) {
        Role::Topic
    } else if addressee_only && (has_children || text.ends_with(':')) {
        // With no sub-clauses, what goes on after the colon (bullet items set apart by blank
        // lines) is the action.
        Role::Addressee
    } else {
        Role::Action
    }
}

/// `Земельный налог`, `Налоговые льготы`: a heading over sub-clauses (an article's, a
/// section's) — a few words, no stop, colon or infinitive.
fn names_a_heading(text: &str) -> bool {
    let text = text.trim_end_matches(crate::text::is_space);
    let words = text.split(' ').filter(|w| !w.is_empty()).count();
    let infinitive = text.split(|c: char| !crate::text::is_letter(c)).any(crate::morph::is_action_verb);
    (1..=8).contains(&words) && !text.ends_with(['.', ':', ';']) && !infinitive && text.starts_with(char::is_uppercase)
}

/// The lines of a clause's body that start an item of a list: a bullet item (`- …`), or a line
/// after one that ends in `;` or `:`.
fn list_items(src: &str, body: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let starts_item = |prev: (usize, usize), line: (usize, usize)| {
        let bullet = src.get(line.0..).is_some_and(crate::text::starts_bullet_item);
        bullet || src.get(..prev.1).is_some_and(|t| t.trim_end_matches(crate::text::is_space).ends_with([';', ':']))
    };
    body.windows(2).filter_map(|w| match *w {
        [prev, line] if starts_item(prev, line) => Some(line),
        _ => None,
    }).collect()
}

/// `… принять к сведению`, `Решение не принято, так как …`, and a finding recorded in one
/// sentence: `Отметить положительный опыт …`.
pub(crate) fn is_note(text: &str) -> bool {
    // Cheap test first: the phrases end in `сведению` or `внимание`, in lower, title or upper
    // case, or open with `Решение не …`.
    let may_be = ["сведению", "внимание", "Сведению", "Внимание", "СВЕДЕНИЮ", "ВНИМАНИЕ"].iter().any(|w| text.contains(w))
        || text.starts_with(['Р', 'р']) && crate::block::scan::with_lower(text.get(..crate::span::floor_char_boundary(text, 48)).unwrap_or(""), lexicon::records_no_decision);
    may_be && lexicon::is_note(&lexicon::lower(text)) || records_a_finding(text)
}

/// `Отметить, что в 2024 году оздоровлением охвачено 78,4 % детей.`: a clause of one sentence
/// opening with `Отметить`, which states what the body finds and asks no one to act. A second
/// sentence may (`… Руководителям ОО обеспечить …`).
fn records_a_finding(text: &str) -> bool {
    let text = text.trim_start_matches(crate::text::is_space_or_emphasis);
    if !text.starts_with(['О', 'о']) {
        return false;
    }
    let first = text.split(|c: char| !crate::text::is_letter(c)).next().unwrap_or("");
    let finds = crate::block::scan::with_lower(first, |w| w == "отметить");
    finds && !crate::layout::goes_on_past_a_sentence(text)
}

/// What the tree found of a clause's term: its `Срок` line, the term between its addressees and
/// its action, and the page furniture dropped inside it.
#[derive(Clone, Copy)]
struct FoundTerms<'a> {
    term_line: Option<(usize, usize)>,
    lead: Option<(usize, usize)>,
    furniture: &'a [(usize, usize)],
}

/// The clause's own term: its `Срок` line, else a term closing its text, else one between its
/// addressees and its action (the lead's term), else a dated one after its verb (`провести в срок
/// до 18 апреля 2022 года проверку`). A closing term that starts where the lead's term
/// does is that term read on past the action (`Управлению ежеквартально до 5 числа
/// представлять отчет`): the lead's term is taken. A heading's text is not searched. `body` is
/// the clause's own words.
fn read_clause_deadline(src: &str, found: FoundTerms, body: &[(usize, usize)], heading: bool, ctx: &YearContext, diags: &mut impl DiagnosticSink) -> Option<Deadline> {
    let lead_term = found.lead;
    let closing = || {
        let (s, e) = find_closing(src, body, found.furniture)?;
        let runs_past_lead = lead_term.is_some_and(|(_, lead_end)| s < lead_end);
        (!runs_past_lead).then_some((s, e))
    };
    let inside = || {
        let (&(a, _), &(_, b)) = (body.first()?, body.last()?);
        let (s, e) = deadline::term_inside(src.get(a..b)?)?;
        Some((a + s, a + e))
    };
    // A term set before the verb is said outright; an event closing the clause (`на период
    // снегопадов`) may say what the object is for, so the term before the verb wins over it.
    let is_event = |&(s, e): &(usize, usize)| src.get(s..e).and_then(deadline::parse_term).is_some_and(|t| matches!(t, deadline::Term::Event));
    let closing_or_lead = || match (closing(), lead_term) {
        (Some(c), Some(lead)) if is_event(&c) => Some(lead),
        (c, lead) => c.or(lead),
    };
    let searched = || if heading { None } else { closing_or_lead().or_else(|| term_before_items(src, body)).or_else(inside) };
    let range = found.term_line.or_else(searched)?;
    let mut d = read_term(src, range, found.furniture, ctx)?;
    if let Some(&(body_start, _)) = body.first() {
        begun_on(src, body_start, &mut d);
    }
    check_deadline(&d, ctx, diags);
    Some(d)
}

/// Reads the term at `start..end`, leaving out the page furniture dropped inside it (`… после
/// проведения` / `2` / `олимпиады …`); its span still runs from `start` to `end`.
fn read_term(src: &str, (start, end): (usize, usize), furniture: &[(usize, usize)], ctx: &YearContext) -> Option<Deadline> {
    let mut inside = furniture.iter().filter(|&&(a, b)| start <= a && b <= end).peekable();
    if inside.peek().is_none() {
        return deadline::read_deadline(src.get(start..end)?, start, ctx);
    }
    let mut pieces = Vec::new();
    let mut from = start;
    for &(a, b) in inside {
        pieces.push(src.get(from..a)?);
        from = b;
    }
    pieces.push(src.get(from..end)?);
    let (s, e) = crate::text::trim_range(src, start, end);
    deadline::read_deadline_text(&crate::text::clean_join(pieces), crate::span::Span::from_range(s..e), ctx)
}

/// `К проведению проверки приступить с «15» марта 2021 г. Проверку окончить не позднее «09»
/// апреля 2021 г.`: an inspection form gives the day the work starts before its `by` term,
/// which makes the term a period from that day. `body_start` is where the clause's words start.
fn begun_on(src: &str, body_start: usize, d: &mut Deadline) {
    if d.kind != DeadlineKind::By || d.start.is_some() {
        return;
    }
    let term_start = d.span.start as usize;
    let Some(before) = src.get(body_start..term_start) else { return };
    let Some(verb_end) = ["приступить", "начать"].iter().filter_map(|p| before.rfind(p).map(|i| i + p.len())).max() else { return };
    // `… приступить` / `с «15» марта 2021 г.`: the words may wrap.
    let after_verb = before.get(verb_end..).unwrap_or("");
    let from_word = after_verb.trim_start_matches(crate::text::is_space);
    let Some(date_text) = from_word.strip_prefix("с").filter(|rest| rest.starts_with(crate::text::is_space)) else { return };
    let window = date_text.trim_start_matches(crate::text::is_space);
    let Some(day) = crate::extract::date::day_date(&crate::extract::date::lower_same_len(window)).ok().and_then(|(_, lit)| lit.to_date()) else { return };
    if d.end.is_some_and(|end| day <= end) {
        let from = body_start + verb_end + (after_verb.len() - from_word.len());
        d.kind = DeadlineKind::Period;
        d.start = Some(day);
        d.periods = vec![(Some(day), d.end)];
        d.text = crate::text::clean(src.get(from..d.span.end as usize).unwrap_or(""));
        d.span = crate::span::Span::from_range(from..d.span.end as usize);
    }
}

/// A clause's own words: its body up to the new wording it quotes (`пункт 5 изложить в
/// следующей редакции: «5. …»`), which is the amended act's text, with that act's terms and names.
fn own_words<'a>(src: &str, body: &'a [(usize, usize)]) -> Cow<'a, [(usize, usize)]> {
    let quoting = body.iter().enumerate().find_map(|(k, &(a, b))| Some((k, a + lexicon::new_wording_at(src.get(a..b)?)?)));
    let Some((k, at)) = quoting else { return Cow::Borrowed(body) };
    let before = body.get(..k).unwrap_or_default().iter().copied();
    Cow::Owned(before.chain(body.get(k).map(|&(a, _)| (a, at))).collect())
}

/// `Провести проверку …, в срок с 01.03.2019 по 29.03.2019:` over bullet items (`- помещений;`):
/// the term closing the lead before its colon, which the items go on from.
fn term_before_items(src: &str, body: &[(usize, usize)]) -> Option<(usize, usize)> {
    let &(start, _) = body.first()?;
    let lead_end = body.windows(2).find_map(|w| match w {
        [(_, end), (next, _)] => {
            let line_end = src.get(..*end)?.trim_end_matches(crate::text::is_space);
            let item_next = src.get(*next..).is_some_and(crate::text::starts_bullet_item);
            (line_end.ends_with(':') && item_next).then(|| line_end.len() - 1)
        }
        _ => None,
    })?;
    let lead = src.get(start..lead_end)?;
    let (s, e) = deadline::find_inline(lead)?;
    // Set off by a comma, or said as a term (`в срок …`, `до …`); not what the items are for
    // (`Определить местами отдыха у воды в летний период 2021 года:`).
    let term = lead.get(s..e)?;
    let set_off = lead.get(..s)?.trim_end_matches(crate::text::is_space).ends_with(',');
    let said_as_term = crate::block::scan::starts_with_any_lower(term, &["в срок", "до ", "не позднее"]);
    (set_off || said_as_term).then_some((start + s, start + e))
}

/// A term closing the clause: looked for in its last line, and the line before it when only a
/// line break parts them, so that a term wrapped across lines (`… в срок` / `до 31 августа 2021
/// года.`) is read whole; or when only page furniture dropped from the text parts them (`… после
/// проведения` / `2` / `олимпиады по каждому предмету;`), the two lines read as one. Its byte range.
fn find_closing(src: &str, body: &[(usize, usize)], furniture: &[(usize, usize)]) -> Option<(usize, usize)> {
    let (&(a, b), before) = body.split_last()?;
    let Some(&(prev_start, prev_end)) = before.last() else {
        return shift(deadline::find_inline(src.get(a..b)?), a);
    };
    let gap = src.get(prev_end..a)?;
    if gap.chars().all(crate::text::is_space) {
        let two_lines = shift(deadline::find_inline(src.get(prev_start..b)?), prev_start);
        // `… – с 11 ноября по` / `15 декабря 2019 года в соответствии с графиком, …` / `… края.`:
        // a term set off by a dash may open a line further up.
        let three_lines = || {
            let &(first_start, first_end) = before.get(before.len().checked_sub(2)?)?;
            let joined = src.get(first_end..prev_start)?.chars().all(crate::text::is_space);
            let found = joined.then(|| shift(deadline::find_inline(src.get(first_start..b)?), first_start)).flatten()?;
            let dashed = src.get(..found.0)?.trim_end_matches(crate::text::is_space).ends_with(['–', '—', '-']);
            (found.0 < prev_start && dashed).then_some(found)
        };
        return two_lines.or_else(three_lines);
    }
    if !only_furniture(src, (prev_end, a), furniture) {
        return shift(deadline::find_inline(src.get(a..b)?), a);
    }
    let first = src.get(prev_start..prev_end)?;
    let joined = format!("{first} {}", src.get(a..b)?);
    let (s, e) = deadline::find_inline(&joined)?;
    let at = |pos: usize| if pos <= first.len() { prev_start + pos } else { a + pos - first.len() - 1 };
    Some((at(s), at(e)))
}

/// `found` (a range in a slice) moved by `by`, the slice's start.
fn shift(found: Option<(usize, usize)>, by: usize) -> Option<(usize, usize)> {
    found.map(|(s, e)| (by + s, by + e))
}

/// Whether `start..end` holds nothing but whitespace and lines of page furniture.
fn only_furniture(src: &str, (start, end): (usize, usize), furniture: &[(usize, usize)]) -> bool {
    let mut from = start;
    for &(a, b) in furniture.iter().filter(|&&(a, b)| start <= a && b <= end) {
        if !src.get(from..a).is_some_and(|gap| gap.chars().all(crate::text::is_space)) {
            return false;
        }
        from = b;
    }
    from > start && src.get(from..end).is_some_and(|gap| gap.chars().all(crate::text::is_space))
}

/// Reports a deadline that cannot be read or ends before the document.
pub(crate) fn check_deadline(d: &Deadline, ctx: &YearContext, diags: &mut impl DiagnosticSink) {
    if d.kind == DeadlineKind::Unknown {
        diags.report(Diagnostic::new(Code::DeadlineUnparsed, format!("cannot read the term «{}»", d.text), Some(d.span)));
    }
    // A year inferred (`до 1 октября` in an act of 5 October) may place the term before the act
    // too: as surprising, and reported the same way.
    if let (Some(end), Some(doc)) = (d.end, ctx.document) {
        if end < doc {
            let inferred = if d.year_inferred { " (its year inferred)" } else { "" };
            diags.report(Diagnostic::new(
                Code::DeadlineBeforeDocument,
                format!("term «{}» ends {end}{inferred}, before the document date {doc}", d.text),
                Some(d.span),
            ));
        }
    }
}

/// The words of a clause that may head its children's section: a question's heading without
/// the speech heard under it (`По первому вопросу СЛУШАЛИ: Мальцеву Т.В., … по итогам декабря
/// 2024 года …`), which reports on the past.
fn heading_words(text: &str) -> &str {
    let heard = ["СЛУШАЛИ", "Слушали", "слушали"].iter().filter_map(|w| memchr::memmem::find(text.as_bytes(), w.as_bytes())).min();
    heard.and_then(|at| text.get(..at)).unwrap_or(text)
}

/// The distinct years (1900–2199) a text names.
pub(crate) fn years_named(text: &str) -> Vec<i32> {
    let bytes = text.as_bytes();
    let digit_at = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let mut years: Vec<i32> = Vec::new();
    // Every plausible year starts with 1 or 2.
    for i in memchr::memchr2_iter(b'1', b'2', bytes) {
        let alone = (i == 0 || !digit_at(i - 1)) && !digit_at(i + 4);
        let Some(digits) = bytes.get(i..i + 4).filter(|d| alone && d.iter().all(u8::is_ascii_digit)) else { continue };
        let y = digits.iter().fold(0i32, |n, &d| n * 10 + i32::from(d - b'0'));
        if crate::date::YEARS.contains(&y) && !years.contains(&y) {
            years.push(y);
        }
    }
    years
}

/// A clause's number as written; one a scan broke (`2 .2`, `2,2`) as it reads (`2.2`).
fn number_as_read(written: &str, number: Option<&crate::tree::numbering::ClauseNumber>) -> String {
    let broken = written.contains([' ', ',']) && written.bytes().all(|b| b.is_ascii_digit() || matches!(b, b' ' | b',' | b'.'));
    match number {
        Some(n @ crate::tree::numbering::ClauseNumber::Dotted(parts)) if broken && parts.len() > 1 => n.to_string(),
        _ => written.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::{find_closing, is_note, number_as_read, read_term, own_words, role_of, years_named, DeadlineKind, Role};
    use crate::tree::numbering::ClauseNumber;

    /// A number a scan broke is given as it reads; any other as written.
    #[test]
    fn a_number_a_scan_broke_reads_whole() {
        let two = ClauseNumber::Dotted(vec![2, 2]);
        assert_eq!(number_as_read("2 .2", Some(&two)), "2.2");
        assert_eq!(number_as_read("2,2", Some(&two)), "2.2");
        assert_eq!(number_as_read("2.2", Some(&two)), "2.2");
        assert_eq!(number_as_read("1)", Some(&ClauseNumber::Dotted(vec![1]))), "1)");
    }

    /// A decision moving an earlier one's term sets that work's new term, its own.
    #[test]
    fn a_term_moved_is_the_clause_s_own() {
        let src = "РЕШЕНИЕ КОЛЛЕГИИ\n\nот 10.11.2022 № 5\n\nКоллегия РЕШИЛА:\n1. Продлить срок исполнения пункта 3.2 решения коллегии от 23.09.2021 № 4 (оснащение кабинетов) до 1 декабря 2022 года.\n";
        let doc = crate::parse(src);
        let term = doc.clauses.first().and_then(|c| c.deadline.as_ref()).map(|d| (d.kind, d.end.map(|e| e.to_string())));
        assert_eq!(term, Some((DeadlineKind::By, Some("2022-12-01".to_string()))));
    }

    /// The speech heard under a question names no year for its decisions' terms.
    #[test]
    fn a_year_in_the_speech_heard_places_no_term() {
        let doc = crate::parse("ПРОТОКОЛ\n23.01.2025 № 1\n\n1. По первому вопросу СЛУШАЛИ: Мальцеву Т.В., охват по итогам декабря 2024 года составил 78,6 %.\nРЕШИЛИ:\n1.1. Обеспечить охват.\nСрок: до 1 марта\n");
        let end = doc.clauses.iter().flat_map(|c| std::iter::once(c).chain(&c.children)).find_map(|c| c.deadline.as_ref()).and_then(|d| d.end);
        assert_eq!(end.map(|d| d.to_string()).as_deref(), Some("2025-03-01"));
    }

    /// A term whose inferred year places it before the act is reported as a written one is.
    #[test]
    fn an_inferred_term_before_the_document_is_reported() {
        let doc = crate::parse("ПРИКАЗ\n05.10.2020 № 1\nО плане\nПРИКАЗЫВАЮ:\n1. Отделу подготовить план до 1 октября.\n");
        let reported = doc.diagnostics.iter().filter(|d| d.code == crate::Code::DeadlineBeforeDocument).count();
        assert_eq!(reported, 1, "{:?}", doc.diagnostics);
    }

    #[test]
    fn an_addressee_over_sub_clauses_without_its_colon() {
        let src = "ПРОТОКОЛ\n\nРЕШИЛИ:\n1. Отделу оценки качества образования (Дёмина М.Ю.)\n1.1. Провести анализ.\n1.2. Подготовить доклад.\n2. Отделу кадров (Петрова А.А.)\n";
        let doc = crate::parse(src);
        let first = doc.clauses.first().map(|c| (c.role, c.assignees.iter().map(|a| a.text.as_str()).collect::<Vec<_>>()));
        assert_eq!(first, Some((Role::Addressee, vec!["Отделу оценки качества образования"])));
        // With nothing under it, it is no heading of addressees.
        assert_eq!(doc.clauses.get(1).map(|c| (c.role, c.assignees.len())), Some((Role::Action, 0)));
    }

    /// A page break inside an addressee: its page number and running head are no part of it.
    #[test]
    fn page_furniture_inside_an_addressee_is_left_out() {
        let src = "РЕШЕНИЕ коллегии\nот 28.03.2017 № 2\n\nКоллегия решила:\n1. Принять к сведению информацию.\n\
                   2. Рекомендовать органам местного самоуправления, осуществляющим управление в сфере\n\n\u{c}1\n\
                   Решение коллегии департамента образования от 28.03.2017 № 2\n\nобразования:\n1) обеспечить занятость подростков;\n\
                   2) провести проверки.\n";
        let doc = crate::parse(src);
        let texts: Vec<String> = doc.clauses.get(1).map(|c| c.assignees.iter().map(|a| a.text.clone()).collect()).unwrap_or_default();
        assert_eq!(texts, ["органам местного самоуправления, осуществляющим управление в сфере образования"]);
    }

    #[test]
    fn notes_and_votes_that_carried_nothing_ask_no_one_to_act() {
        assert!(is_note("Информацию принять к сведению."));
        assert!(is_note("Решение не принято, так как за него проголосовало менее двух третей голосов."));
        assert!(is_note("РЕШЕНИЕ НЕ ПРИНЯТО."));
        assert!(!is_note("Решение направить в управление."));
        // A finding in one sentence asks no one to act; a second sentence may.
        assert!(is_note("Отметить, что в 2024 году оздоровлением охвачено 78,4 % детей."));
        assert!(is_note("Отметить положительный опыт управления образования г. Кемерово."));
        assert!(!is_note("Отметить недостаточную готовность пищеблоков. Руководителям ОО устранить замечания до 1 сентября."));
    }

    #[test]
    fn an_inspection_begun_on_a_day_and_ended_by_another_is_a_period() {
        let src = "РАСПОРЯЖЕНИЕ\n\nот 01.02.2021 № 5\n\n6. Срок проведения проверки: 20 рабочих дней\nК проведению проверки приступить\n\
                   с «15» марта 2021 г.\nПроверку окончить не позднее «09» апреля 2021 г.\n";
        let d = crate::parse(src).clauses.first().and_then(|c| c.deadline.clone());
        let got = d.map(|d| (d.kind, d.start.map(|x| x.to_string()), d.end.map(|x| x.to_string())));
        assert_eq!(got, Some((DeadlineKind::Period, Some("2021-03-15".to_string()), Some("2021-04-09".to_string()))));
    }

    #[test]
    fn a_term_closing_the_lead_over_bullet_items() {
        let term = |src: &str| crate::parse(src).clauses.first().and_then(|c| c.deadline.clone()).map(|d| d.text);
        let items = "\n- помещений;\n- территории.\n";
        let inspection = format!("РАСПОРЯЖЕНИЕ\n\nот 01.02.2019 № 5\n\n1. Провести проверку ООО «Ромашка», в срок с 01.03.2019 по 29.03.2019:{items}");
        assert_eq!(term(&inspection).as_deref(), Some("в срок с 01.03.2019 по 29.03.2019"));
        let places = format!("ПОСТАНОВЛЕНИЕ\n\nот 19.05.2021 № 5\n\n1. Определить местами отдыха у воды в летний период 2021 года:{items}");
        assert_eq!(term(&places), None);
    }

    #[test]
    fn terms_a_lead_over_items_and_a_period_after_the_place_set() {
        let deadline = |src: &str, n: usize| {
            let doc = crate::parse(src);
            doc.clauses.get(n).and_then(|c| c.deadline.as_ref()).map(|d| (d.kind, d.text.clone()))
        };
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. В период эпидемического подъема заболеваемости гриппом:\n\n\
                   перепрофилировать коечный фонд;\n\nорганизовать работу фильтров.\n";
        assert_eq!(deadline(src, 0), Some((crate::model::DeadlineKind::Event, "В период эпидемического подъема заболеваемости гриппом".into())));
        let src = "ПОСТАНОВЛЕНИЕ\n\nПОСТАНОВЛЯЮ:\n1. Приостановить на территории Курганской области с 18 марта по 10 апреля 2020 года проведение мероприятий.\n";
        assert_eq!(deadline(src, 0), Some((crate::model::DeadlineKind::Period, "с 18 марта по 10 апреля 2020 года".into())));
        // A frequency inside the clause says how often the object is, no term (the gold's reading).
        let src = "ПРОТОКОЛ\n\nРЕШИЛИ:\n1. Проводить ежегодно анализ результатов оценочных процедур.\n";
        assert_eq!(deadline(src, 0), None);
    }

    #[test]
    fn the_period_an_approved_act_covers_is_no_term() {
        let src = "ПРИКАЗ\nот 07.04.2025 № 12\n\nПРИКАЗЫВАЮ:\n1. Утвердить план мероприятий по организации отдыха детей в летний период 2025 года.\n\
                   2. Утвердить график дежурств в срок до 1 мая 2025 года.\n3. Провести смотр в летний период 2025 года.\n";
        let doc = crate::parse(src);
        let terms: Vec<Option<&str>> = doc.clauses.iter().map(|c| c.deadline.as_ref().map(|d| d.text.as_str())).collect();
        assert_eq!(terms, [None, Some("в срок до 1 мая 2025 года"), Some("в летний период 2025 года")]);
    }

    #[test]
    fn the_heading_of_questions_left_over_is_a_topic() {
        for text in ["Разное.", "РАЗНОЕ", "Разные вопросы"] {
            assert_eq!(role_of(text, false, false), Role::Topic, "{text}");
        }
        assert_eq!(role_of("Разное оборудование закупить.", false, false), Role::Action);
    }

    #[test]
    fn a_clause_s_own_words_end_where_the_new_wording_it_quotes_starts() {
        let src = "4) дополнить пунктом 7.1 следующего содержания:\n«7.1. Министерство в течение 10 дней рассматривает заявку.»;";
        let at = |s: &str| src.find(s).unwrap_or(0);
        let body = [(3, at("\n«")), (at("«7.1"), src.len())];
        assert_eq!(own_words(src, &body).as_ref(), &[(3, at("\n«"))]);
        let plain = [(3, at(" следующего"))];
        assert_eq!(own_words(src, &plain).as_ref(), &plain);
    }

    #[test]
    fn a_closing_term_is_looked_for_across_the_last_line_break() {
        let src = "1. Обеспечить смены в срок\nдо 31 августа 2021 года.\nСрок: постоянно\nи далее до 1 мая";
        let at = |s: &str| src.find(s).unwrap_or(0);
        let first = (3, at("\nдо"));
        let second = (at("до 31"), at("\nСрок"));
        let last = (at("и далее"), src.len());
        assert_eq!(find_closing(src, &[first, second], &[]), Some((at("в срок"), at(".\nСрок"))));
        assert_eq!(find_closing(src, &[second], &[]), Some((at("до 31"), at(".\nСрок"))));
        assert_eq!(find_closing(src, &[first, last], &[]), Some((at("до 1 мая"), src.len())), "a line between parts them");
        // Set off by a dash, a term may open the line before those two.
        let src = "2.2. муниципальный этап – с 11 ноября по\n15 декабря 2019 года в соответствии с графиком, утвержденным Министерством образо-\nвания края.";
        let at = |s: &str| src.find(s).unwrap_or(0);
        let body = [(5, at("\n15")), (at("15 дек"), at("\nвания")), (at("вания"), src.len())];
        assert_eq!(find_closing(src, &body, &[]), Some((at("с 11"), at(" в соотв"))));
    }

    #[test]
    fn a_closing_term_is_read_across_a_page_break() {
        let src = "4.3. разместить протоколы в течение 7 календарных дней после проведения\n                2\nолимпиады по каждому предмету;\n";
        let at = |s: &str| src.find(s).unwrap_or(0);
        let body = [(5, at("\n ")), (at("олимпиады"), src.len() - 1)];
        let furniture = [(at("\n ") + 1, at("\nолимп"))];
        let range = find_closing(src, &body, &furniture);
        assert_eq!(range, Some((at("в течение"), src.len() - 2)));
        let d = range.and_then(|r| read_term(src, r, &furniture, &crate::extract::deadline::YearContext::default()));
        assert_eq!(d.map(|d| d.text), Some("в течение 7 календарных дней после проведения олимпиады по каждому предмету".to_string()));
        assert_eq!(find_closing(src, &body, &[]), None, "no furniture recorded: a line parts them");
    }

    #[test]
    fn an_addressee_with_bullet_items_set_apart_by_blank_lines_is_an_action() {
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Отделу образования:\n\n- завершить работы;\n\n- обеспечить подачу.\n\nСрок – до 14.01.2024.\n\n2. Отделу культуры:\n2.1. Завершить работы.\n";
        let doc = crate::parse(src);
        let roles: Vec<Role> = doc.clauses.iter().map(|c| c.role).collect();
        assert_eq!(roles, [Role::Action, Role::Addressee]);
        assert_eq!(doc.tasks.len(), 2);
    }

    #[test]
    fn names_each_plausible_year_once() {
        assert_eq!(years_named("План на 2021 год и 2022–2023 годы, 2021 г."), vec![2021, 2022, 2023]);
        assert_eq!(years_named("№ 12345, тел. 8-800-1234, 0999 и ЕГЭ-2021"), vec![2021]);
        assert!(years_named("1.1.1. Провести").is_empty());
    }

    proptest::proptest! {
        #[test]
        fn names_the_four_digit_runs_in_range(text in "[0-9120 .г–-]{0,30}") {
            let mut expected: Vec<i32> = Vec::new();
            for run in text.split(|c: char| !c.is_ascii_digit()).filter(|r| r.len() == 4) {
                let y: i32 = run.parse().unwrap_or(0);
                if crate::date::YEARS.contains(&y) && !expected.contains(&y) {
                    expected.push(y);
                }
            }
            proptest::prop_assert_eq!(years_named(&text), expected);
        }
    }
}
