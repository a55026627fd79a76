//! Pass 2: `Line` → `LineKind`: what each line is on its own, without context — a clause start,
//! a `Срок` line, a signer's name, a table row, an operative formula, plain text, …
//!
//! Context (is this name a signature? is this text a title?) is decided by the later passes,
//! which read these kinds.

pub(crate) mod scan;

use crate::lex::Line;
use crate::lexicon::{self, MeetingSection};
use crate::text::{clean, column_bars, is_column_bar, is_space};
use scan::{ClauseStart, NameLine};

/// What one line is, judged on its own. Offsets are absolute byte offsets into the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum LineKind {
    /// Only whitespace.
    Blank,
    /// A numbered clause starts here.
    Clause(ClauseStart),
    /// `Срок: …`; the term starts at `value`.
    Deadline { value: usize },
    /// `Ответственный: …`; the names start at `value`.
    Responsible { value: usize },
    /// An operative formula; `verb` is where its verb starts, `standalone` whether it opens the
    /// line (`ПРИКАЗЫВАЮ:`) rather than ends a preamble (`…, постановляет:`), `end` where it ends:
    /// the line's end, or after its colon when the operative part starts on the same line
    /// (`ПРИКАЗЫВАЮ: 1. Утвердить …`).
    Formula { verb: usize, standalone: bool, end: usize },
    /// A meeting block heading (`ПРИСУТСТВОВАЛИ:`, `Председатель: …`); its value starts at `value`.
    Meeting { section: MeetingSection, value: usize },
    /// Only a person's name, or a role and a name apart.
    Name(NameLine),
    /// A row of a table (tab- or pipe-separated cells).
    TableRow,
    /// An appendix heading (`Приложение № 1`, `УТВЕРЖДЕН`).
    Appendix,
    /// An editorial note of a legal database (`Пункт 2 изменен с …`).
    Editorial,
    /// A protocol's record of a vote (`Решение принято единогласно.`, `Голосовали: «за» – 7`).
    Vote,
    /// `Коллегия РЕКОМЕНДУЕТ:` in the operative part: the clauses after it are recommendations.
    Recommends,
    /// Speakers on a protocol's question, a line of persons in parentheses (`(Кудряшов Д.А.,
    /// Иванова Т.Н.)`).
    Speakers,
    /// `Приложение: 1. Перечень … на 4 л. в 1 экз.`: the enclosures listed above the signature,
    /// no part of a clause.
    Enclosures,
    /// `Рассылка: …`; the list starts at `value`.
    Distribution { value: usize },
    /// `Исп. …`; the executor starts at `value`.
    Executor { value: usize },
    /// Anything else.
    Text,
}

/// A line with its kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Block {
    /// The line.
    pub line: Line,
    /// What it is.
    pub kind: LineKind,
}

/// Classifies every line of `src`.
pub(crate) fn classify(src: &str, lines: &[Line]) -> Vec<Block> {
    let mut blocks: Vec<Block> = lines.iter().map(|&line| Block { line, kind: classify_line(src, &line) }).collect();
    // The few kinds that depend on the lines around.
    mark_front_matter(src, &mut blocks);
    mark_export_headers(src, &mut blocks);
    mark_titles_above_banner(src, &mut blocks);
    close_editorial_notes(src, &mut blocks);
    mark_page_footer(src, &mut blocks);
    mark_running_heads(src, &mut blocks);
    mark_repeated_page_tops(src, &mut blocks);
    mark_footnotes(src, &mut blocks);
    mark_database_heads(src, &mut blocks);
    mark_quoted_wording(src, &mut blocks);
    mark_vote_tables(src, &mut blocks);
    mark_enclosure_lists(&mut blocks);
    mark_signature_stamps(src, &mut blocks);
    mark_roles_side_by_side(src, &mut blocks);
    mark_formulas_ending_sentences(src, &mut blocks);
    mark_formula_over_first_clause(src, &mut blocks);
    mark_bare_numbers(src, &mut blocks);
    mark_officers_signing(src, &mut blocks);
    mark_names_under_posts(src, &mut blocks);
    blocks
}

/// `Начальник Управления образования` / `администрации Копейского городского округа Л.И.
/// Логинова`: a site's copy sets a signer's name one space after the end of a role that goes on
/// from a post's line above; after the last clause, that line is the name's.
fn mark_names_under_posts(src: &str, blocks: &mut [Block]) {
    // The last clause of the act, not a row of a plan appended after its signature.
    let first_appendix = blocks.iter().position(|b| b.kind == LineKind::Appendix).unwrap_or(blocks.len());
    let Some(last_clause) = blocks.get(..first_appendix).and_then(|act| act.iter().rposition(|b| matches!(b.kind, LineKind::Clause(_)))) else { return };
    for i in last_clause + 2..blocks.len() {
        let post_above = blocks.get(i - 1).is_some_and(|p| p.kind == LineKind::Text && scan::starts_with_position(p.line.text(src)) && !p.line.text(src).contains(['.', ':', ';']));
        let Some(b) = blocks.get_mut(i).filter(|b| b.kind == LineKind::Text && post_above) else { continue };
        if let Some(name) = role_going_on_then_name(src, b) {
            b.kind = LineKind::Name(name);
        }
    }
}

/// `администрации Копейского городского округа Л.И. Логинова`: a role's words going on in lower
/// case, a few of them, then a person named with initials ending the line.
fn role_going_on_then_name(src: &str, b: &Block) -> Option<NameLine> {
    let text = b.line.text(src).trim_end_matches(is_space);
    let &(s, e) = scan::find_persons(text).last()?;
    let role = text.get(..s)?.trim_end_matches(is_space);
    let words = role.split(is_space).filter(|w| !w.is_empty()).count();
    let initials = text.get(s..e).is_some_and(|name| name.contains('.'));
    let ok = e == text.len() && initials && role.starts_with(char::is_lowercase) && (1..=8).contains(&words) && !role.contains(['.', ',', ':', ';']);
    let base = b.line.content_start;
    ok.then_some(NameLine { name: (base + s, base + e), role: Some((base, base + role.len())) })
}

/// `Председатель: Н.В. Белякова` / `Секретарь: О.А. Тихомирова` set apart under the last clause:
/// a chair's or secretary's label with the name after its colon signs the minutes at their
/// foot, as the same label set off with a tab does. In the head of the minutes the label opens
/// the meeting's section, and clauses follow it.
fn mark_officers_signing(src: &str, blocks: &mut [Block]) {
    let Some(last_clause) = blocks.iter().rposition(|b| matches!(b.kind, LineKind::Clause(_))) else { return };
    let foot_end = blocks.iter().skip(last_clause).position(|b| b.kind == LineKind::Appendix).map_or(blocks.len(), |k| last_clause + k);
    let mut signing_above = false;
    for i in last_clause + 1..foot_end {
        let set_apart = signing_above || i.checked_sub(1).and_then(|j| blocks.get(j)).is_some_and(|b| b.line.is_blank());
        let Some(b) = blocks.get_mut(i) else { break };
        signing_above = match officer_then_name(src, b) {
            Some(name) if set_apart => {
                b.kind = LineKind::Name(name);
                true
            }
            _ => signing_above && b.line.is_blank(),
        };
    }
}

/// The name of a chair's or secretary's section line whose value is a person's name alone, its
/// label the role.
fn officer_then_name(src: &str, b: &Block) -> Option<NameLine> {
    let LineKind::Meeting { section: MeetingSection::Chair | MeetingSection::Secretary, value } = b.kind else { return None };
    // `Председатель:   /подпись/   Г.Р. Хайруллина`: the place of the signature, as a copy
    // prints it, before the name.
    let written = src.get(value..b.line.content_end)?;
    let after_mark = without_sign_mark(written);
    let label = src.get(b.line.content_start..value)?.trim_end_matches(|c: char| is_space(c) || matches!(c, ':' | '–' | '—' | '-' | '*'));
    let value = value + written.len() - after_mark.len();
    let name = after_mark.trim_end_matches(crate::text::is_space_or_emphasis);
    if label.is_empty() {
        return None;
    }
    if scan::scan_person(name) == Some(name.len()) {
        return Some(NameLine { name: (value, value + name.len()), role: Some((b.line.content_start, b.line.content_start + label.len())) });
    }
    post_then_name(src, b, value, name)
}

/// `Председатель коллегии – министр образования и науки Самарской области В.А. Горелов`: a
/// chair's label, a dash, then the post (in lower case) and the name ending the line; the role
/// runs from the label to the post's end.
fn post_then_name(src: &str, b: &Block, value: usize, written: &str) -> Option<NameLine> {
    let &(start, end) = scan::find_persons(written).last()?;
    let post = written.get(..start)?.trim_end_matches(|c: char| is_space(c) || c == ',');
    let dashed = src.get(b.line.content_start..value).is_some_and(|label| label.trim_end_matches(is_space).ends_with(['–', '—', '-']));
    let ok = dashed && end == written.len() && post.starts_with(char::is_lowercase) && scan::starts_with_position(post);
    ok.then_some(NameLine { name: (value + start, value + end), role: Some((b.line.content_start, value + post.len())) })
}

/// `/подпись/   Г.Р. Хайруллина`, `____ Г.Р. Хайруллина`: what follows the place of a signature
/// marked before a name.
fn without_sign_mark(value: &str) -> &str {
    let rest = value.trim_start_matches(scan::is_sign_filler);
    let rest = ["(подпись)", "подпись", "(п/п)", "п/п"].iter().find_map(|m| rest.strip_prefix(m)).unwrap_or(rest);
    rest.trim_start_matches(scan::is_sign_filler)
}

/// `На основании изложенного, коллегия решила` / `1. …`: in a text with no formula, a line of
/// text ending in a formula verb right above the first clause `1.` (blank lines between) is the
/// formula, its colon left out.
fn mark_formula_over_first_clause(src: &str, blocks: &mut [Block]) {
    if blocks.iter().any(|b| matches!(b.kind, LineKind::Formula { .. })) {
        return;
    }
    let first_clause = |b: &Block| matches!(&b.kind, LineKind::Clause(start) if start.number.is_first() && start.number.style() == crate::tree::numbering::Style::Dotted(1));
    let Some(first) = blocks.iter().position(first_clause) else { return };
    let Some(above) = blocks.get(..first).and_then(|head| head.iter().rposition(|b| !b.line.is_blank())) else { return };
    let Some(b) = blocks.get_mut(above).filter(|b| b.kind == LineKind::Text) else { return };
    let text = b.line.text(src);
    if let Some((verb, standalone)) = scan_formula_as(text, true) {
        let base = b.line.content_start;
        b.kind = LineKind::Formula { verb: verb + base, standalone, end: base + text.len() };
    }
}

/// Fewest clauses numbered without a dot that make a run: fewer may be a count or a figure
/// opening a line.
const MIN_BARE_RUN: usize = 3;

/// `1 Провести …` / `2 Утвердить:` / `2.1 Положение …` / `3 Назначить …`: a clerk's clauses
/// numbered without a dot (or with a tab after the number, as Word's list exports it). After the
/// operative formula, lines opening with a whole number and a capitalised word are clauses
/// when the numbers run `1`, `2`, `3`, … (a number may be skipped), at least [`MIN_BARE_RUN`] of
/// them; the run ends at the first such line that does not continue it.
fn mark_bare_numbers(src: &str, blocks: &mut [Block]) {
    let Some(formula) = blocks.iter().position(|b| matches!(b.kind, LineKind::Formula { .. })) else { return };
    let mut run: Vec<(usize, ClauseStart)> = Vec::new();
    for (i, b) in blocks.iter().enumerate().skip(formula + 1) {
        if !matches!(b.kind, LineKind::Text | LineKind::TableRow) {
            continue;
        }
        let Some(start) = scan::scan_bare_number(src.get(b.line.content_start..b.line.content_end).unwrap_or("")) else { continue };
        let n = start.number.dotted().and_then(|p| p.first().copied()).unwrap_or(0);
        let last = run.last().and_then(|(_, s)| s.number.dotted()).and_then(|p| p.first().copied()).unwrap_or(0);
        if !(last + 1..=last + 2).contains(&n) {
            break;
        }
        run.push((i, start));
    }
    if run.len() < MIN_BARE_RUN {
        return;
    }
    for (i, start) in run {
        if let Some(b) = blocks.get_mut(i) {
            let base = b.line.content_start;
            b.kind = LineKind::Clause(ClauseStart { number: start.number, written: (start.written.0 + base, start.written.1 + base), body: start.body + base });
        }
    }
}

/// `… Администрация Петро-` / `заводского городского округа постановляет:`: a short formula line
/// in lower case right under a line that ends mid-sentence closes the preamble's sentence; its
/// verb alone is the formula.
fn mark_formulas_ending_sentences(src: &str, blocks: &mut [Block]) {
    for i in 1..blocks.len() {
        let Some([above, b]) = blocks.get_mut(i - 1..=i) else { continue };
        let LineKind::Formula { verb, standalone: true, end } = b.kind else { continue };
        let text = b.line.text(src);
        let above_text = above.line.text(src).trim_end_matches(crate::text::is_space_or_emphasis);
        let mid_sentence = !above.line.is_blank() && above.kind == LineKind::Text && !above_text.ends_with(['.', ':', ';', '!', '?']);
        let head = src.get(verb..end).unwrap_or("").trim_end_matches(':').trim_end_matches(is_space);
        if mid_sentence && text.starts_with(char::is_lowercase) && head.contains(' ') {
            b.kind = LineKind::Formula { verb: verb + last_word_start(head), standalone: false, end };
        }
    }
}

/// `Председатель Думы<TAB><TAB>Глава` / `городского округа<TAB><TAB>городского округа`: the
/// roles of two signers set side by side with tabs go on in lower case on the lines below,
/// which are their words, not a table's row.
fn mark_roles_side_by_side(src: &str, blocks: &mut [Block]) {
    let mut roles_above = false;
    for b in blocks.iter_mut() {
        let raw = src.get(b.line.start..b.line.end).unwrap_or("");
        let goes_on = roles_above && b.kind == LineKind::TableRow && continues_roles(raw);
        if goes_on {
            b.kind = LineKind::Text;
        }
        roles_above = goes_on || b.kind == LineKind::Text && raw.contains('\t') && holds_roles_side_by_side(raw);
    }
}

/// Whether every filled cell of a line goes on with words of a role (`городского округа`,
/// `«Город Вязьма»`, `Кашинского городского округа`): short, opening in lower case, with a quote
/// or with a capitalised word in the genitive (a place's name, by its ending).
fn continues_roles(raw: &str) -> bool {
    let genitive_name = |c: &str| {
        let word = c.split(is_space).next().unwrap_or("");
        word.starts_with(char::is_uppercase) && crate::layout::is_genitive_adjective(word)
    };
    let goes_on = |c: &str| c.starts_with(|ch: char| ch.is_lowercase() || ch == '«') || genitive_name(c);
    let mut filled = filled_cells(raw).peekable();
    filled.peek().is_some() && filled.all(|c| goes_on(c) && c.chars().count() <= 80)
}

/// How many lines an electronic signature's stamp may take, its frame included.
const STAMP_LINES: usize = 10;

/// `┌────┐` / `│ ДОКУМЕНТ ПОДПИСАН │` / `│ ЭЛЕКТРОННОЙ ПОДПИСЬЮ │` / `│ Сертификат: … │` / … /
/// `└────┘`: the stamp a document system prints where an electronic signature stands, between
/// the signer's role and name. It certifies the signature; it is no table and no text.
fn mark_signature_stamps(src: &str, blocks: &mut [Block]) {
    let inner = |b: &Block| b.line.text(src).trim_matches(|c: char| is_space(c) || matches!(c, '│' | '|' | '║'));
    let is_frame = |b: &Block| {
        let t = b.line.text(src).trim_matches(is_space);
        !t.is_empty() && t.chars().all(|c| matches!(c, '─' | '━' | '═' | '-' | '┌' | '┐' | '└' | '┘' | '╔' | '╗' | '╚' | '╝' | '+'))
    };
    let mut i = 0;
    while let Some(b) = blocks.get(i) {
        if !scan::starts_with_any_lower(inner(b), &["документ подписан"]) {
            i += 1;
            continue;
        }
        let top = if i > 0 && blocks.get(i - 1).is_some_and(is_frame) { i - 1 } else { i };
        let bottom = (i + 1..blocks.len().min(i + STAMP_LINES)).find(|&k| blocks.get(k).is_some_and(|b| is_frame(b) || b.line.is_blank()));
        let end = bottom.map_or(i + 1, |k| if blocks.get(k).is_some_and(is_frame) { k + 1 } else { k });
        for b in blocks.get_mut(top..end).into_iter().flatten() {
            b.kind = signer_through_stamp(src, b).map_or(LineKind::Editorial, LineKind::Name);
        }
        i = end.max(i + 1);
    }
}

/// `Ректор      Сертификат: 01DA6E3F…      А.П. Широков`: a line of a signature's stamp that
/// the signer's role opens and the name closes, the stamp's field between them; the role and the
/// name sign.
fn signer_through_stamp(src: &str, b: &Block) -> Option<NameLine> {
    let text = b.line.text(src);
    let base = b.line.content_start;
    let segments: Vec<(usize, usize)> = crate::text::segments(text).collect();
    let (&(rs, re), &(ns, ne)) = (segments.first()?, segments.last()?);
    let (role, name) = (text.get(rs..re)?, text.get(ns..ne)?);
    let signs = segments.len() >= 3 && scan::starts_with_position(role) && scan::scan_person(name) == Some(name.len());
    signs.then_some(NameLine { name: (base + ns, base + ne), role: Some((base + rs, base + re)) })
}

/// `ГОЛОСОВАЛИ:` / `«ЗА»<TAB>«ПРОТИВ»<TAB>«ВОЗДЕРЖАЛИСЬ»` / `3 021,4<TAB>95,4<TAB>…`: a table
/// of votes under a vote line, or opening with the vote words, records the vote as the line
/// does; it is no plan.
fn mark_vote_tables(src: &str, blocks: &mut [Block]) {
    let mut in_table = false;
    for b in blocks.iter_mut() {
        let text = b.line.text(src);
        let row = b.kind == LineKind::TableRow && (in_table || is_vote_record(text));
        if row {
            b.kind = LineKind::Vote;
        }
        // `ГОЛОСОВАЛИ:` alone on its line heads the table.
        in_table = row || b.kind == LineKind::Vote && text.trim_end_matches(crate::text::is_space_or_emphasis).ends_with(':');
    }
}

/// `Приложения:` / `1. Бизнес-план на 2024 год на 34 л.` / `2. …`: the items of a list of
/// enclosures, to the blank line that ends it, are enclosures too, not clauses.
fn mark_enclosure_lists(blocks: &mut [Block]) {
    let mut in_list = false;
    for b in blocks.iter_mut() {
        if in_list && matches!(b.kind, LineKind::Clause(_) | LineKind::Text) {
            b.kind = LineKind::Enclosures;
        }
        in_list = b.kind == LineKind::Enclosures;
    }
}

/// How many lines the new wording an amendment quotes may run on before its closing quote.
const QUOTED_LINES: usize = 400;

/// The new wording an amendment quotes (`пункт 5 изложить в следующей редакции:` / `«5. … а) …;`
/// / `б) ….»;`) is another act's text: its lines are text of the clause that quotes it, not
/// clauses, terms or names. The quotation runs from the `«` (or `"`) that opens it, on the
/// phrase's line or the next line that is not blank, to the line that closes it; one that does
/// not close within [`QUOTED_LINES`] lines is left as it is.
fn mark_quoted_wording(src: &str, blocks: &mut [Block]) {
    let mut i = 0;
    while let Some(block) = blocks.get(i) {
        i += 1;
        let text = block.line.text(src);
        let Some(rest) = lexicon::new_wording_at(text).and_then(|at| text.get(at..)) else { continue };
        let Some(end) = quotation_end(src, blocks, i, rest) else { continue };
        for b in blocks.get_mut(i..end).into_iter().flatten().filter(|b| !matches!(b.kind, LineKind::Blank | LineKind::Editorial)) {
            b.kind = LineKind::Text;
        }
        i = end;
    }
}

/// The index after the last line of a quotation that `rest` (the text after the quoting phrase)
/// opens or that the next line that is not blank opens; `None` when it closes on the phrase's
/// line or does not close in time.
fn quotation_end(src: &str, blocks: &[Block], from: usize, rest: &str) -> Option<usize> {
    let rest = rest.trim_matches(is_space);
    let (first, opening) = if rest.is_empty() {
        let k = (from..blocks.len()).find(|&k| blocks.get(k).is_some_and(|b| !b.line.is_blank()))?;
        (k, blocks.get(k)?.line.text(src))
    } else {
        (from, rest)
    };
    let quote = Quote::opening(opening)?;
    // A quotation opened after the phrase counts from there; one that closes there is no concern.
    let mut open = quote.count(rest);
    if !rest.is_empty() && !quote.is_open(open) {
        return None;
    }
    for k in first..blocks.len().min(first + QUOTED_LINES) {
        // A page's running header between the lines quotes titles of its own.
        open += blocks.get(k).filter(|b| b.kind != LineKind::Editorial).map_or(0, |b| quote.count(b.line.text(src)));
        if !quote.is_open(open) {
            return Some(k + 1);
        }
    }
    None
}

/// The marks a quotation is written in.
#[derive(Clone, Copy)]
enum Quote {
    /// `«…»`, counted as pairs.
    Guillemets,
    /// `"…"`, which opens and closes alike: counted by parity.
    Straight,
}

impl Quote {
    /// The marks of the quotation `text` opens with, if it opens with one.
    fn opening(text: &str) -> Option<Quote> {
        match text.chars().next()? {
            '«' => Some(Quote::Guillemets),
            '"' => Some(Quote::Straight),
            _ => None,
        }
    }

    /// How far `text` moves the count of open quotations.
    fn count(self, text: &str) -> i64 {
        let marks = |c: char| text.matches(c).count() as i64;
        match self {
            Quote::Guillemets => marks('«') - marks('»'),
            Quote::Straight => marks('"'),
        }
    }

    /// Whether a quotation is still open at `count`.
    fn is_open(self, count: i64) -> bool {
        match self {
            Quote::Guillemets => count > 0,
            Quote::Straight => count % 2 == 1,
        }
    }
}

/// Openers (lower case) of what a news site prints after an act it publishes: tags, photo
/// credits, links to other news, the copyright line, and the reporter's `Напомним, что …`.
const PAGE_FOOTER_OPENERS: [&str; 11] = [
    "теги:",
    "метки:",
    "фото:",
    "другие новости",
    "читайте также",
    "похожие новости",
    "последние новости",
    "все права защищены",
    "©",
    "(c) ",
    "напомним, что",
];

/// A web page's footer after the act (see [`PAGE_FOOTER_OPENERS`]): from its first line, after
/// the first numbered clause, to the end of the page, every line is furniture.
fn mark_page_footer(src: &str, blocks: &mut [Block]) {
    let Some(first_clause) = blocks.iter().position(|b| matches!(b.kind, LineKind::Clause(_))) else { return };
    let opens_footer = |b: &Block| b.kind == LineKind::Text && scan::starts_with_any_lower(b.line.text(src), &PAGE_FOOTER_OPENERS);
    let Some(footer) = blocks.iter().skip(first_clause).position(opens_footer) else { return };
    for b in blocks.iter_mut().skip(first_clause + footer).filter(|b| !b.line.is_blank()) {
        b.kind = LineKind::Editorial;
    }
}

/// How many lines a database's running head may wrap over.
const DATABASE_HEAD_LINES: usize = 6;

/// `Страница 2 из 4` / `Решение коллегии Департамента …` / `Томской области от 23.03.2016 N 3` /
/// `(ред. от 21.09.2016)` / `"Об итогах … на 2016...` / `Документ предоставлен КонсультантПлюс`:
/// the act's citation a legal database heads each page with, wrapped in a narrow column,
/// between the page's count and the database's banner. Every line between them is furniture.
fn mark_database_heads(src: &str, blocks: &mut [Block]) {
    let mut i = 0;
    while i < blocks.len() {
        let counts_page = blocks.get(i).is_some_and(|b| b.kind == LineKind::Editorial && is_page_count(b.line.text(src).trim_matches(is_space)));
        let banner = counts_page.then(|| {
            (i + 1..blocks.len().min(i + 2 + DATABASE_HEAD_LINES)).take_while(|&k| blocks.get(k).is_some_and(|b| !b.line.is_blank())).find(|&k| {
                blocks.get(k).is_some_and(|b| b.kind == LineKind::Editorial && lexicon::lower(b.line.text(src)).contains("документ предоставлен"))
            })
        });
        if let Some(Some(end)) = banner {
            // A rule drawn across the page (`-----`) stays what it was: it names nothing.
            for b in blocks.get_mut(i + 1..end).unwrap_or_default().iter_mut().filter(|b| b.line.text(src).chars().any(crate::text::is_alnum)) {
                b.kind = LineKind::Editorial;
            }
            i = end;
        }
        i += 1;
    }
}

/// Whether a line opens a page: a form feed, as `pdftotext` sets one, starts it.
fn opens_page(src: &str, b: &Block) -> bool {
    src.get(b.line.start..b.line.end).is_some_and(|raw| raw.starts_with('\u{c}'))
}

/// How many lines a footnote may take at a page's foot.
const FOOTNOTE_LINES: usize = 3;

/// How many lines above its note a footnote's mark is looked for.
const FOOTNOTE_MARK_LINES: usize = 80;

/// `… руководителей ОО1 …` … `1 Здесь и далее по тексту ОО – общеобразовательные организации.` /
/// `<FF>2`: a note a PDF prints at a page's foot, right above the page's break or number, its
/// number set glued to a word on the page above. Its lines are furniture, no clause's text.
fn mark_footnotes(src: &str, blocks: &mut [Block]) {
    let breaks = |b: &Block| opens_page(src, b) || b.kind == LineKind::Editorial && is_page_marker(b.line.text(src));
    for i in 0..blocks.len() {
        if !blocks.get(i).is_some_and(breaks) {
            continue;
        }
        let Some(note) = footnote_above(src, blocks, i) else { continue };
        for b in blocks.get_mut(note..i).unwrap_or_default() {
            if b.kind == LineKind::Text {
                b.kind = LineKind::Editorial;
            }
        }
    }
}

/// The first line of a footnote right above the page break at `i` (see [`mark_footnotes`]).
fn footnote_above(src: &str, blocks: &[Block], i: usize) -> Option<usize> {
    let from = i.saturating_sub(FOOTNOTE_LINES);
    let note = (from..i).find(|&k| blocks.get(k).is_some_and(|b| b.kind == LineKind::Text && footnote_number(b.line.text(src)).is_some()))?;
    let number = footnote_number(blocks.get(note)?.line.text(src))?;
    let wraps = blocks.get(note + 1..i)?.iter().all(|b| b.kind == LineKind::Text);
    let page = blocks.get(note.saturating_sub(FOOTNOTE_MARK_LINES)..note)?;
    (wraps && page.iter().any(|b| marks_footnote(b.line.text(src), number))).then_some(note)
}

/// `1 Здесь и далее …`: the number a footnote opens with, a space and a capital after it.
fn footnote_number(text: &str) -> Option<&str> {
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let (number, rest) = text.split_at_checked(digits)?;
    let mut after = rest.chars();
    let spaced = after.next().is_some_and(is_space) && after.next().is_some_and(char::is_uppercase);
    ((1..=2).contains(&digits) && spaced).then_some(number)
}

/// Whether a line holds a word with the footnote's number glued to its end (`организаций1`).
fn marks_footnote(text: &str, number: &str) -> bool {
    text.match_indices(number).any(|(at, _)| {
        let before = text.get(..at).and_then(|b| b.chars().next_back()).is_some_and(crate::text::is_letter);
        let after = text.get(at + number.len()..).and_then(|a| a.chars().next()).is_none_or(|c| !c.is_ascii_digit());
        before && after
    })
}

/// How many lines after a page break a running head may take, page numbers included.
const RUNNING_HEAD_LINES: usize = 4;

/// `2` / `Протокол № 4 заседания АТК … от 15.12.2023`, `<FF>Постановление администрации …` /
/// `от 15.04.2021 № 214`: the running head a PDF repeats at the top of each page, which its text
/// keeps after the page break (a form feed or a page number) in the middle of a clause. It names
/// the act, capitalised, with its date or number on that line or the next (`от …`).
fn mark_running_heads(src: &str, blocks: &mut [Block]) {
    let mut feet: Vec<&str> = Vec::new();
    // The number of the page line `i` is on, counted by form feeds.
    let mut page = 1;
    for i in 0..blocks.len() {
        let breaks = blocks.get(i).is_some_and(|b| opens_page(src, b));
        if let Some(b) = breaks.then(|| own_number_before(src, blocks, i, page)).flatten().and_then(|k| blocks.get_mut(k)) {
            b.kind = LineKind::Editorial;
        }
        page += usize::from(breaks);
        let foot = running_foot_before(src, blocks, i);
        feet.extend(foot.and_then(|k| blocks.get(k)).map(|b| b.line.text(src)));
        for k in running_head_after(src, blocks, i, page).into_iter().chain(foot) {
            if let Some(b) = blocks.get_mut(k) {
                b.kind = LineKind::Editorial;
            }
        }
    }
    // The foot of the last page has no page number under it: the same words elsewhere are it.
    if feet.is_empty() {
        return;
    }
    feet.sort_unstable();
    feet.dedup();
    for b in blocks.iter_mut().filter(|b| b.kind == LineKind::Text) {
        if feet.binary_search(&b.line.text(src)).is_ok() {
            b.kind = LineKind::Editorial;
        }
    }
}

/// The longest line read as a page's top repeated (see [`mark_repeated_page_tops`]), in bytes.
const PAGE_TOP_MAX_LEN: usize = 256;

/// `ВЕСТНИК ОБРАЗОВАНИЯ      № 3 (58) март 2019 г.` at the top of the first page and, after a
/// form feed, `2      ВЕСТНИК ОБРАЗОВАНИЯ № 3 (58) март 2019 г.`: a periodical's or a form's head
/// that a PDF repeats at the top of its pages, whatever it names. The first text line of a page
/// whose letters repeat those of another page's first line is furniture (the first page's is left
/// to the header).
fn mark_repeated_page_tops(src: &str, blocks: &mut [Block]) {
    // A page's first line, if text, past its number and blank lines (the next page's break not
    // crossed).
    let top_of = |from: usize| {
        let mut page = (from..blocks.len()).take(RUNNING_HEAD_LINES).take_while(|&k| k == from || blocks.get(k).is_some_and(|b| !opens_page(src, b)));
        let first = page.find(|&k| blocks.get(k).is_some_and(|b| !matches!(b.kind, LineKind::Blank | LineKind::Editorial)))?;
        // `06.04.2023, 09:41<TAB>В Ангарском округе …`: the print stamp in a cell of its own.
        let stamped_row = |b: &Block| b.kind == LineKind::TableRow && opens_with_print_stamp(b.line.text(src));
        blocks.get(first).is_some_and(|b| b.kind == LineKind::Text || stamped_row(b)).then_some(first)
    };
    let first_page = top_of(0).into_iter();
    let tops: Vec<usize> = first_page.chain((1..blocks.len()).filter(|&i| blocks.get(i).is_some_and(|b| opens_page(src, b))).filter_map(top_of)).collect();
    if tops.len() < 2 {
        return;
    }
    let keys: Vec<String> = tops.iter().map(|&k| blocks.get(k).map_or_else(String::new, |b| page_top_key(b.line.text(src)))).collect();
    for (n, &k) in tops.iter().enumerate().skip(1) {
        let key = keys.get(n).map_or("", String::as_str);
        let Some(m) = keys.iter().enumerate().position(|(m, other)| !key.is_empty() && m != n && other == key) else { continue };
        if let Some(b) = blocks.get_mut(k) {
            b.kind = LineKind::Editorial;
        }
        // `Официальный портал органов власти …` / `cap.ru/news`: the head's next lines, the same
        // under the other page's top, go with it.
        let Some(&other) = tops.get(m) else { continue };
        let filled_after = |from: usize| (from + 1..blocks.len()).filter(|&j| blocks.get(j).is_some_and(|b| !b.line.is_blank())).take(RUNNING_HEAD_LINES - 1);
        let pairs: Vec<(usize, usize)> = filled_after(k).zip(filled_after(other)).collect();
        for (here, there) in pairs {
            let text = |at: usize| blocks.get(at).filter(|b| b.kind == LineKind::Text).map(|b| b.line.text(src).trim_matches(is_space));
            let same = matches!((text(here), text(there)), (Some(a), Some(b)) if !a.is_empty() && a == b);
            match blocks.get_mut(here) {
                Some(b) if same => b.kind = LineKind::Editorial,
                _ => break,
            }
        }
    }
}

/// `06.04.2023, 09:41 …`: a line opening with a date and the time of day, as a browser stamps
/// the pages it prints (see [`printed_at`]).
pub(crate) fn opens_with_print_stamp(text: &str) -> bool {
    let t = text.trim_start_matches(is_space);
    let stamp_end = t.char_indices().nth(17).map_or(t.len(), |(at, _)| at);
    t.get(..stamp_end).is_some_and(printed_at) && t.get(stamp_end..).is_some_and(|rest| rest.is_empty() || rest.starts_with(is_space))
}

/// `10.09.2025, 11:23 В департаменте …`: a browser's print stamp with the page's title after it,
/// not a site's stamp of publication alone (`27.11.2020, 14:20`).
pub(crate) fn print_stamp_with_title(text: &str) -> bool {
    opens_with_print_stamp(text) && text.trim_matches(is_space).chars().skip(17).any(crate::text::is_letter)
}

/// The lower-case letters of a short line, what a page's repeated top keeps when its page number
/// and spacing change; empty for a line too long or with too few letters to tell.
fn page_top_key(text: &str) -> String {
    if text.len() > PAGE_TOP_MAX_LEN {
        return String::new();
    }
    let key: String = text.chars().filter(|&c| crate::text::is_letter(c)).map(crate::text::lower_char).collect();
    // `28.08.2020, 10:05`: a browser's print stamp, the same on every page, has no letters.
    let stamp = key.is_empty() && text.trim_matches(is_space).len() >= 10 && text.contains(':');
    if key.chars().count() >= 10 {
        key
    } else if stamp {
        text.trim_matches(is_space).to_string()
    } else {
        String::new()
    }
}

/// `Решение коллегии министерства … от 19.12.2019 № 4` / `2`: the act's name a PDF prints at the
/// foot of each page, right above the page's number or break at `i` (or any short line with a
/// figure set far to the right there).
fn running_foot_before(src: &str, blocks: &[Block], i: usize) -> Option<usize> {
    // The page's number, or its break (`<FF>2`, a form feed opening the next page).
    let marker = blocks.get(i).filter(|b| b.kind == LineKind::Editorial && is_page_marker(b.line.text(src)) || opens_page(src, b))?;
    // `Решение коллегии … № 4 от 18.08.2016` / `1` / `<FF>`: over the page's number too.
    let number = |b: &Block| crate::text::is_small_number(b.line.text(src).trim_matches(is_space), 3);
    let passed = |b: &Block| b.line.is_blank() || opens_page(src, marker) && number(b);
    let above = (i.saturating_sub(5)..i).rev().find(|&k| blocks.get(k).is_some_and(|b| !passed(b)))?;
    let b = blocks.get(above).filter(|b| b.kind == LineKind::Text && b.line.end <= marker.line.start)?;
    let text = b.line.text(src);
    // `Иркутск, протокол № 2` set far to the right, as a footer is; not a table's cell going on
    // from the line above, left open with a comma (`04.12.2024,` / `05.02.2025,` / `09.04.2025`).
    let indent = b.line.content_start - b.line.start;
    let open_above = above.checked_sub(1).and_then(|k| blocks.get(k)).is_some_and(|p| p.line.text(src).trim_end_matches(is_space).ends_with(','));
    let far_right = indent >= 30 && text.chars().count() <= 60 && !open_above;
    ((names_act_capitalised(text) || far_right) && text.contains(|c: char| c.is_ascii_digit())).then_some(above)
}

/// Whether a line holds only the number `page`, a page's own.
fn is_page_s_number(text: &str, page: usize) -> bool {
    text.trim_matches(is_space).parse::<usize>() == Ok(page)
}

/// `руководители ОО` / `2` / `<FF>III. Организационное …`: the line right above block `i`
/// (blank lines aside) when it holds only the number of the page `i` breaks, `page`: that page's
/// foot, whatever text the next page opens with on the form feed's line.
fn own_number_before(src: &str, blocks: &[Block], i: usize, page: usize) -> Option<usize> {
    let above = (i.saturating_sub(3)..i).rev().find(|&k| blocks.get(k).is_some_and(|b| !b.line.is_blank()))?;
    let own = |b: &Block| b.kind == LineKind::Text && is_page_s_number(b.line.text(src), page);
    blocks.get(above).filter(|b| own(b)).map(|_| above)
}

/// The lines of a running head after block `i`, if `i` breaks the page, which is numbered
/// `page` when a form feed opens it.
fn running_head_after(src: &str, blocks: &[Block], i: usize, page: usize) -> Vec<usize> {
    let mut head = Vec::new();
    let Some(b) = blocks.get(i) else { return head };
    let filled = |k: &usize| blocks.get(*k).is_some_and(|b| !b.line.is_blank());
    // A number at the margin is a page's when the act's name follows it.
    let names_act_next = || (i + 1..blocks.len()).find(filled).and_then(|n| blocks.get(n)).is_some_and(|n| names_act_capitalised(n.line.text(src)));
    let form_feed = opens_page(src, b);
    let numbers_page = match b.kind {
        LineKind::Editorial => is_page_marker(b.line.text(src)),
        LineKind::Text => crate::text::is_small_number(b.line.text(src).trim_matches(is_space), 3) && names_act_next(),
        _ => false,
    };
    if !(form_feed || numbers_page) {
        return head;
    }
    let mut after = (i..blocks.len()).filter(filled).take(RUNNING_HEAD_LINES + usize::from(!form_feed)).peekable();
    let mut numbers = Vec::new();
    while let Some(k) = after.next() {
        let Some(b) = blocks.get(k) else { break };
        let text = b.line.text(src);
        // The page number, and a rule under it. Right after a form feed, a number at the margin
        // is the page's too; so is one the act's name follows (see `numbers_page`).
        let rule = !text.chars().any(crate::text::is_alnum);
        // Under the head, a line of the page's own number (`Приказ … от 12.09.2022 № 540` / `4`).
        let own_number = || form_feed && is_page_s_number(text, page);
        let page_number = is_page_marker(text) && (b.kind == LineKind::Editorial || k == i || form_feed && head.is_empty() && numbers.is_empty() || own_number());
        if page_number || rule && head.is_empty() {
            if page_number && (b.kind == LineKind::Text || own_number()) {
                numbers.push(k);
            }
            continue;
        }
        let dated = text.contains(|c: char| c.is_ascii_digit()) || after.peek().and_then(|&n| blocks.get(n)).is_some_and(|n| is_head_date(n.line.text(src)));
        // `ГБПОУ РО «НКПТиУ»      Приказ от 28.08.2023 № 245-ОД`: the act named in a column of
        // its own beside the issuer's short name.
        let names_act = names_act_capitalised(text) || crate::text::segments(text).skip(1).any(|(s, e)| text.get(s..e).is_some_and(names_act_capitalised));
        // A line already told as furniture (a repeated page top) is the head's.
        if b.kind != LineKind::Editorial && (b.kind != LineKind::Text || !(!head.is_empty() && is_head_date(text) || names_act && dated)) {
            break;
        }
        head.push(k);
    }
    // A number at the margin with no head under it may be a table's cell.
    if form_feed || !head.is_empty() {
        head.extend(numbers);
    }
    head
}

/// A page's furniture, not a database's note: a page number or count (`2`, `- 3 -`, `Страница
/// 2 из 5`), a running head that counts the pages or names the act (`Продолжение протокола
/// № 9 от 11.03.2024`, `Решение коллегии …` / `от 15.12.2022 № 4`), a site's page foot. Asked of
/// lines already dropped, to name what they were.
pub(crate) fn is_page_furniture(text: &str) -> bool {
    let names_the_act = || (names_act_capitalised(text) || is_head_date(text)) && !is_editorial_note(text);
    is_page_marker(text) || is_running_header(text) || is_page_foot(text) || is_file_name(text) || is_download_link(text) || is_scanner_mark(text) || carries_database_banner(text) || names_the_act() || is_browser_print_margin(text) || opens_with_print_stamp(text)
}


/// `Протокол_диспансеризация_13.03.2023.docx`, `C:\Users\…\Решение коллегии.docx`: the name
/// or path of the file that Word prints in a page's foot.
fn is_file_name(text: &str) -> bool {
    const EXTENSIONS: [&str; 5] = [".doc", ".docx", ".rtf", ".odt", ".pdf"];
    let t = text.trim_matches(is_space);
    let tail = t.as_bytes().get(t.len().saturating_sub(5)..).unwrap_or_default().to_ascii_lowercase();
    let named = t.len() < 260 && EXTENSIONS.iter().any(|e| tail.ends_with(e.as_bytes()));
    named && !t.contains("http") && !t.contains("www.") && (t.contains('\\') || !t.contains(' '))
}

/// `Scanned with CamScanner`: the mark a phone's scanning app prints on each page.
fn is_scanner_mark(text: &str) -> bool {
    let t = text.trim_matches(is_space);
    t.len() < 60 && t.get(..12).is_some_and(|head| head.eq_ignore_ascii_case("scanned with"))
}

/// `[Скачать приложение (PDF, 214 Кб)](/upload/…/prikaz_512.pdf)`, `Скачать (DOCX, 35 КБ)`,
/// `Документ в формате PDF (скачать, 412 Кб)`: a site's link to download a file, no text of the
/// act.
fn is_download_link(text: &str) -> bool {
    let t = text.trim_start_matches(['[', ' ']);
    let sized = || ["Кб", "КБ", "кб", "Мб", "МБ", "мб", "KB", "Kb", "MB"].iter().any(|u| t.contains(u));
    // `Документ в формате PDF (скачать, 412 Кб)`: the link in parentheses after the file's name;
    // `Решение коллегии № 3 от 26.08.2021 (PDF, 412 Кб)`, `Приказ № 198.docx (52 Кб)`: the file's
    // format and size.
    let offered = t.starts_with("Скачать") || t.contains("(скачать");
    let formatted = || {
        let tail = t.rsplit_once('(').map_or("", |(_, tail)| tail);
        let lower = t.to_ascii_lowercase();
        tail.ends_with(')') && ["pdf", ".doc", "docx", ".xls", "xlsx", "pptx", ".ppt", ".rtf", ".odt", ".zip", "rar"].iter().any(|f| lower.contains(f))
    };
    t.len() < 300 && sized() && (offered || formatted())
}

fn is_page_marker(text: &str) -> bool {
    crate::text::is_small_number(text.trim_matches(is_space), 3) || is_page_count(text)
}

/// `от 15.04.2021 № 214`: the date line of a running head.
fn is_head_date(text: &str) -> bool {
    text.strip_prefix("от ").is_some_and(|rest| rest.trim_start_matches(is_space).starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether a line opens with an act's type word, capitalised (`Протокол № 4 …`).
fn names_act_capitalised(text: &str) -> bool {
    text.starts_with(char::is_uppercase) && (names_act(text) || continues_act(text))
}

/// `Продолжение приказа № 87-од`, `Продолжение постановления …`: the head of a page after the
/// first, naming the act the page goes on with.
fn continues_act(text: &str) -> bool {
    let mut words = text.split(is_space).filter(|w| !w.is_empty());
    let opens = words.next().is_some_and(|w| scan::with_lower(w, |w| w == "продолжение"));
    opens && words.next().is_some_and(|w| scan::with_lower(w, |w| lexicon::document_kind_genitive(w).is_some()))
}

/// How many lines an editorial note in parentheses may run on after its first.
const NOTE_LINES: usize = 3;

/// `(п. 1.5 в ред. постановления Правительства области` / `от 01.06.2021 N 471-пг)`: the lines
/// of an editorial note in parentheses run to the one that closes it.
fn close_editorial_notes(src: &str, blocks: &mut [Block]) {
    let mut i = 0;
    while i < blocks.len() {
        let open = blocks.get(i).is_some_and(|b| b.kind == LineKind::Editorial && crate::text::unclosed_parenthesis(b.line.text(src)));
        i += 1;
        if !open {
            continue;
        }
        let end = (i..blocks.len().min(i + NOTE_LINES)).find(|&k| blocks.get(k).is_some_and(|b| b.line.is_blank() || b.line.text(src).contains(')')));
        if let Some(end) = end.filter(|&k| blocks.get(k).is_some_and(|b| !b.line.is_blank())) {
            for b in blocks.get_mut(i..=end).into_iter().flatten() {
                b.kind = LineKind::Editorial;
            }
            i = end + 1;
        }
    }
}

/// Most lines a Markdown file's front matter may take between its fences.
const FRONT_MATTER_LINES: usize = 30;

/// `---` / `created: 2021-05-14T09:12:47` / `source: https://…` / `---` at a file's top: the front
/// matter a page clipper writes over the Markdown it saves (its keys in Latin letters, each with
/// its colon), no part of the document.
fn mark_front_matter(src: &str, blocks: &mut [Block]) {
    let fence = |b: &Block| b.line.text(src).trim_end_matches(is_space) == "---";
    let Some(first) = blocks.iter().position(|b| !b.line.is_blank()) else { return };
    if !blocks.get(first).is_some_and(fence) {
        return;
    }
    let Some(close) = blocks.iter().skip(first + 1).take(FRONT_MATTER_LINES).position(fence).map(|k| first + 1 + k) else { return };
    let keyed = |b: &Block| {
        let text = b.line.text(src);
        let key = text.split(':').next().unwrap_or("");
        b.line.is_blank() || text.starts_with([' ', '\t', '-']) || !key.is_empty() && text.len() > key.len() && key.bytes().all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-'))
    };
    let Some(inner) = blocks.get(first + 1..close) else { return };
    if inner.is_empty() || !inner.iter().all(keyed) {
        return;
    }
    for b in blocks.iter_mut().take(close + 1).skip(first) {
        b.kind = LineKind::Editorial;
    }
}

/// The running header of a legal database's export, printed on every page: the act's name
/// (`Постановление Администрации г. Твери от 14.03.2019 N 312`) above `(ред. от 17.03.2021)`; and
/// the body of a database note (`КонсультантПлюс: примечание.` / `Нумерация пунктов дана …`),
/// ГАРАНТ's (`ГАРАНТ:` / `См. Методические рекомендации …`), and the dates of ГАРАНТ's revisions
/// under `С изменениями и дополнениями от:`.
fn mark_export_headers(src: &str, blocks: &mut [Block]) {
    for i in 1..blocks.len() {
        let Some(b) = blocks.get(i) else { break };
        let text = b.line.text(src);
        let revision = b.kind == LineKind::Editorial && scan::starts_with_any_lower(text, &["(ред. от"]);
        let opens_note = |t: &str| {
            scan::starts_with_any_lower(t, &["консультантплюс: примечание", "гарант:"]) || t.ends_with(':') && scan::starts_with_any_lower(t, &["с изменениями и дополнениями от"])
        };
        // The note's body may stand after a blank line (`ГАРАНТ:` / `` / `См. приказ …`).
        let above = if blocks.get(i - 1).is_some_and(|p| p.line.is_blank()) && i >= 2 { i - 2 } else { i - 1 };
        let note = blocks.get(above).is_some_and(|p| p.kind == LineKind::Editorial && opens_note(p.line.text(src)));
        let target = if revision { i - 1 } else if note { i } else { continue };
        if let Some(t) = blocks.get_mut(target).filter(|t| t.kind == LineKind::Text) {
            if note || revision && names_act(t.line.text(src)) {
                t.kind = LineKind::Editorial;
            }
        }
    }
}

/// How many lines a database export's running header may take above its banner.
const RUNNING_HEADER_LINES: usize = 3;

/// The running header of a КонсультантПлюс export at the top of each page: the act's name
/// (`Постановление администрации г. Тамбова от 12.04.2021 N 1987`) and its quoted title, which
/// may wrap, right above the banner `Документ предоставлен КонсультантПлюс` (on a line of its
/// own, or set after the title with a tab).
fn mark_titles_above_banner(src: &str, blocks: &mut [Block]) {
    for i in 0..blocks.len() {
        let is_banner = |text: &str| scan::starts_with_any_lower(text, &["документ предоставлен"]) || carries_database_banner(text);
        let banner = blocks.get(i).is_some_and(|b| b.kind == LineKind::Editorial && is_banner(b.line.text(src)));
        if !banner {
            continue;
        }
        mark_cut_title_below(src, blocks, i);
        // The act's name, its revision (`(ред. от 17.05.2022)`, already editorial) and the cut
        // title may all stand above the banner.
        let head_line = |k: usize| blocks.get(k).is_some_and(|b| matches!(b.kind, LineKind::Text | LineKind::Editorial));
        let above = (i.saturating_sub(RUNNING_HEADER_LINES)..i).rev().take_while(|&k| head_line(k));
        let Some(top) = above.into_iter().find(|&k| blocks.get(k).is_some_and(|b| names_act(b.line.text(src)))) else { continue };
        for b in blocks.get_mut(top..i).into_iter().flatten() {
            b.kind = LineKind::Editorial;
        }
    }
}

/// `"Об информации администрации … о ходе ре...`: the act's title, quoted and cut short, that a
/// running header sets below the banner line (and the revision line beside `Дата сохранения`).
fn mark_cut_title_below(src: &str, blocks: &mut [Block], banner: usize) {
    let is_cut_title = |text: &str| {
        let open = text.trim_end_matches(['"', '»']);
        text.starts_with(['"', '«']) && (open.ends_with("...") || open.ends_with('…'))
    };
    // `от 28.04.2022 N 2<spaces>Дата сохранения: 14.11.2023`: the act's date beside the save date.
    let saved = |text: &str| lexicon::lower(text).contains("дата сохранения:");
    // `"Об итогах … Республики<spaces>Дата сохранения: …` / `Карелия в 2022 году …"`: a title
    // the head wraps goes on to the line that closes its quote.
    let opens_quote = |text: &str| text.matches('"').count() % 2 == 1 || text.matches('«').count() > text.matches('»').count();
    let mut quote_open = false;
    let below = blocks.iter_mut().skip(banner + 1).take(RUNNING_HEADER_LINES).take_while(|b| !b.line.is_blank());
    for b in below.filter(|b| b.kind == LineKind::Text) {
        let text = b.line.text(src);
        if quote_open || is_cut_title(text) || saved(text) {
            b.kind = LineKind::Editorial;
            quote_open = opens_quote(text) != quote_open;
        }
    }
}

/// Whether a line opens with the name of an act's type (`Постановление …`, `ПРИКАЗ …`).
fn names_act(text: &str) -> bool {
    lexicon::document_kind(&lexicon::lower(text.split(is_space).next().unwrap_or(""))).is_some()
}

/// Classifies one line (see [`LineKind`]).
fn classify_line(src: &str, line: &Line) -> LineKind {
    if line.is_blank() {
        return LineKind::Blank;
    }
    let text = line.text(src);
    let base = line.content_start;
    // Trailing tabs are empty cells: look at the whole line, not only its trimmed content.
    let raw = src.get(line.start..line.end).unwrap_or(text);
    let has_cells = raw.contains('\t') || column_bars(text) >= 2;
    if !text.chars().any(crate::text::is_alnum) {
        // Lines without letters or digits (`-`, `***`, `|---|`) name nothing: at most a table rule.
        return if has_cells && is_table_row(raw) { LineKind::TableRow } else { LineKind::Text };
    }
    if has_cells {
        // `<TAB>Ответственный: начальник управления Орлова М.Ю.` names the responsible; `2.
        // СЛУШАЛИ:<TAB>Полякову И.Г.` opens a question.
        let responsible = || scan::label(text).is_some_and(|l| l.value(lexicon::is_responsible_label, true).is_some());
        let question = || scan_numbered_start(text).is_some_and(|s| opens_meeting_section(scan::label(text.get(s.body..).unwrap_or("")).as_ref()));
        // `СЛУШАЛИ:<TAB>Шабалину Т.А.`: the speaker heard, no signature.
        let heard = || scan::label(text).is_some_and(|l| l.value(|w| lexicon::meeting_section(w) == Some(lexicon::MeetingSection::Heard), false).is_some());
        if let Some(name) = scan::scan_name_line(text).filter(|_| !responsible() && !question() && !heard()) {
            return LineKind::Name(shift_name(name, base));
        }
    }
    // A database's page footer sets its pieces apart with tabs (`надежная правовая
    // поддержка<TAB>www.consultant.ru<TAB>Страница 1 из 2`): furniture, not a table's row.
    let furniture_cells = || has_cells && !text.starts_with(|c: char| c.is_ascii_digit()) && is_editorial_note(text);
    if is_centred_page_number(raw) || carries_database_banner(text) || furniture_cells() {
        return LineKind::Editorial;
    }
    if let Some(start) = scan_numbered_start(text) {
        let body = raw.get(start.body + base - line.start..).unwrap_or("");
        // `1. СЛУШАЛИ:<TAB>Кузнецову Н.А., …`: a question whose label a clerk set off with a tab.
        let question = || {
            let body = body.trim_start_matches(is_space);
            // Only a first cell that ends with a colon can be a label set off with a tab.
            let labelled = body.split('\t').next().is_some_and(|cell| cell.trim_end_matches(is_space).ends_with(':'));
            labelled && opens_meeting_section(scan::label(body).as_ref())
        };
        if !(body.contains('\t') || column_bars(body) >= 2) || is_clause_with_term_cell(body) || question() {
            return LineKind::Clause(ClauseStart {
                number: start.number,
                written: (start.written.0 + base, start.written.1 + base),
                body: start.body + base,
            });
        }
        return LineKind::TableRow;
    }
    // The label is read once and asked about each kind (deadline, responsible, …).
    let label = scan::label(text);
    if let Some(v) = scan::scan_deadline_line(text, label.as_ref()) {
        return LineKind::Deadline { value: v + base };
    }
    if has_cells && is_table_row(raw) && !holds_roles_side_by_side(raw) && !opens_meeting_section(label.as_ref()) && !is_lone_responsible(raw, label.as_ref()) && !opens_with_formula(raw) && !is_lone_appendix_heading(raw, text) {
        return LineKind::TableRow;
    }
    classify_labelled(text, base, label.as_ref()).unwrap_or_else(|| classify_plain(text, base))
}

/// `<TAB>…<TAB>Приложение № 2`: an appendix heading set to the right with tabs, its only filled
/// cell, is no table's row.
fn is_lone_appendix_heading(raw: &str, text: &str) -> bool {
    cells(raw).filter(|c| !c.trim_matches(is_space).is_empty()).count() == 1 && is_appendix_heading(text)
}

/// `ПОСТАНОВИЛИ:<TAB>2.1. Отчет … утвердить.`: a formula alone in the first cell, the operative
/// part going on after the tab, not a table's row.
fn opens_with_formula(raw: &str) -> bool {
    let first = raw.trim_start_matches(is_space).split('\t').next().unwrap_or("");
    first.len() <= 40 && scan_formula(first).is_some_and(|(_, standalone)| standalone)
}

/// A numbered clause, a Roman heading or a question heading starting the line, also set in bold
/// as sites set headings (`**2. О работодателях …**`, `**1.** Утвердить …`).
fn scan_numbered_start(text: &str) -> Option<scan::ClauseStart> {
    let scan = |t: &str| {
        scan::scan_clause_start(t).or_else(|| scan::scan_roman_heading(t)).or_else(|| scan::scan_question_heading(t)).or_else(|| scan::scan_article_heading(t))
    };
    let Some(bare) = text.strip_prefix("**") else { return scan(text) };
    let mut start = scan(bare)?;
    start.written = (start.written.0 + 2, start.written.1 + 2);
    start.body += 2;
    Some(start)
}

/// `3.2. Утвердить рабочие программы.<TAB>Срок исполнения: до 01.09.2022г.`: a clause whose
/// term (or responsible) a word processor set off by tabs — two cells, the second labelled —
/// rather than a row of a table.
fn is_clause_with_term_cell(body: &str) -> bool {
    let filled = cells(body).filter(|c| !c.trim_matches(is_space).is_empty()).count();
    filled == 2 && labelled_cell(body).is_some()
}

/// A labelled cell set off by tabs at the end of a clause's line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LabelledCell {
    /// Where the tabs before the cell start: the clause's own text ends here.
    pub text_end: usize,
    /// Where the value after the label starts.
    pub value: usize,
    /// Whether the label names a term (`Срок исполнения:`) rather than the responsible.
    pub term: bool,
}

/// The `Срок …:` or `Ответственный: …` cell after the last tab of `body` (offsets in `body`).
pub(crate) fn labelled_cell(body: &str) -> Option<LabelledCell> {
    let tab = body.rfind('\t')?;
    let text_end = body.get(..tab)?.trim_end_matches(is_space).len();
    let cell = body.get(tab + 1..)?.trim_start_matches(is_space);
    let cell_start = body.len() - cell.len();
    let label = scan::label(cell);
    let (value, term) = match scan::scan_deadline_line(cell, label.as_ref()) {
        Some(v) => (v, true),
        None => (label?.value(lexicon::is_responsible_label, true)?, false),
    };
    (text_end > 0).then_some(LabelledCell { text_end, value: cell_start + value, term })
}

/// `<TAB><TAB>Ответственный: начальник управления Орлова М.Ю.`: a responsible line indented with
/// tabs, its only filled cell, is no table row.
fn is_lone_responsible(raw: &str, label: Option<&scan::Label<'_>>) -> bool {
    let responsible = label.is_some_and(|l| l.value(lexicon::is_responsible_label, true).is_some());
    // `<TAB>Ответственный: Мещерякова Л.В.<TAB>Срок: до 24.05.2023`: the term may share the line.
    let term_cell = |c: &str| {
        let c = c.trim_matches(is_space);
        scan::scan_deadline_line(c, scan::label(c).as_ref()).is_some()
    };
    let mut filled = filled_cells(raw);
    // `Ответственный:<TAB>Лукин С.В.`: a label alone in its cell has its value in the next.
    let label_alone = filled.next().is_some_and(|c| c.ends_with(':'));
    responsible && filled.skip(usize::from(label_alone)).all(term_cell)
}

/// `Председательствовал:<TAB>Баранов В.А. – глава района`: a meeting heading whose value a tab
/// sets apart is no table row.
fn opens_meeting_section(label: Option<&scan::Label<'_>>) -> bool {
    label.is_some_and(|l| l.value(|w| lexicon::meeting_section(w).is_some(), false).is_some())
}

/// Lines that open with a label: responsible, executor, distribution, meeting headings.
/// `label` is the line's label, if it has one (see [`scan::label`]).
fn classify_labelled(text: &str, base: usize, label: Option<&scan::Label<'_>>) -> Option<LineKind> {
    let value = |is_label: fn(&str) -> bool, dash_ok: bool| label.and_then(|l| l.value(is_label, dash_ok));
    if let Some(v) = value(lexicon::is_responsible_label, true) {
        return Some(LineKind::Responsible { value: v + base });
    }
    if let Some(v) = scan_executor(text) {
        return Some(LineKind::Executor { value: v + base });
    }
    if let Some(v) = value(lexicon::is_distribution_label, false) {
        return Some(LineKind::Distribution { value: v + base });
    }
    // `р е к о м е н д у е т:` typed letter-spaced under the sentence naming who recommends.
    if value(lexicon::is_recommending_verb, false).is_some_and(|v| text.get(v..).is_some_and(crate::text::is_blank)) {
        return Some(LineKind::Recommends);
    }
    let section = |label: &str| lexicon::meeting_section(label).is_some();
    // `Председатель педсовета: ____________ /Гуляева Н.П./`: a line to sign on, no heading.
    let signed = |v: &usize| text.get(*v..).is_some_and(|rest| rest.trim_start_matches(is_space).starts_with("___"));
    if let Some(v) = value(section, true).filter(|v| !signed(v)) {
        let words = label?.words();
        let section = lexicon::meeting_section(words).or_else(|| lexicon::meeting_section(words.trim_end_matches('.')))?;
        return Some(LineKind::Meeting { section, value: v + base });
    }
    None
}

/// Lines without a label: names, formulas, appendix headings, editorial notes, text.
fn classify_plain(text: &str, base: usize) -> LineKind {
    if let Some(name) = scan::scan_name_line(text).filter(|_| !names_author(text)) {
        // `РЕШИЛИ: Избрать председателем собрания Белоусову О.В.` ends in a name, but opens
        // with the formula.
        if let Some((verb, true, end)) = scan_inline_formula(text) {
            return LineKind::Formula { verb: verb + base, standalone: true, end: end + base };
        }
        return LineKind::Name(shift_name(name, base));
    }
    if let Some((verb, standalone)) = scan_formula(text) {
        return LineKind::Formula { verb: verb + base, standalone, end: base + text.len() };
    }
    if let Some((verb, standalone, end)) = scan_inline_formula(text) {
        return LineKind::Formula { verb: verb + base, standalone, end: end + base };
    }
    if is_recommendation_heading(text) {
        return LineKind::Recommends;
    }
    // `Приложение: 1. Перечень …` lists enclosures; `Приложение № 1` heads an appendix.
    if lists_enclosures(text) {
        return LineKind::Enclosures;
    }
    if is_appendix_heading(text) {
        return LineKind::Appendix;
    }
    if is_editorial_note(text) {
        return LineKind::Editorial;
    }
    if is_vote_record(text) {
        return LineKind::Vote;
    }
    if text.starts_with('(') && scan::speaker_names(text).is_some() {
        return LineKind::Speakers;
    }
    if let Some(section) = bare_meeting_heading(text) {
        return LineKind::Meeting { section, value: base + text.len() };
    }
    LineKind::Text
}

/// `Председательствовал`, `Присутствовали` alone on a line, without a colon: a heading that
/// nothing but a meeting's record opens with (not `Председатель`, which also heads a signature).
fn bare_meeting_heading(text: &str) -> Option<lexicon::MeetingSection> {
    let word = text.trim_matches(crate::text::is_space_or_emphasis);
    if word.len() > 40 || !word.starts_with(['П', 'п']) || word.contains(is_space) {
        return None;
    }
    let lower = lexicon::lower(word);
    let bare = matches!(&*lower, "председательствовал" | "председательствовала" | "присутствовали" | "приглашенные" | "приглашены");
    bare.then(|| lexicon::meeting_section(&lower)).flatten()
}

fn shift_name(name: NameLine, base: usize) -> NameLine {
    NameLine {
        name: (name.name.0 + base, name.name.1 + base),
        role: name.role.map(|(a, b)| (a + base, b + base)),
    }
}

/// The cells of a line with tabs, else with column bars ([`is_column_bar`]).
fn cells(raw: &str) -> std::str::Split<'_, impl Fn(char) -> bool> {
    let tabbed = raw.contains('\t');
    raw.split(move |c: char| if tabbed { c == '\t' } else { is_column_bar(c) })
}

/// The non-empty cells of a line with tabs or column bars (see [`cells`]), trimmed.
pub(crate) fn filled_cells(raw: &str) -> impl Iterator<Item = &str> {
    cells(raw).map(|c| c.trim_matches(is_space)).filter(|c| !c.is_empty())
}

/// Whether a line with tabs or column bars is a table row: at least three cells, or two
/// non-empty.
fn is_table_row(text: &str) -> bool {
    let count = cells(text).count();
    let mut filled = filled_cells(text);
    // `•<TAB>обеспечить …`: a bullet mark and a tab, as word processors set list items, open a
    // list item, not a row.
    let first = filled.next();
    let bulleted = first.is_some_and(|first| first.chars().all(crate::text::is_bullet));
    let filled = usize::from(first.is_some()) + filled.count();
    !(bulleted && filled == 2) && (count >= 3 || filled >= 2)
}

/// `Глава города<TAB><TAB>Председатель городской Думы`: signers' roles side by side in cells,
/// each opening with a position, not a row of a table.
fn holds_roles_side_by_side(raw: &str) -> bool {
    let mut cells = filled_cells(raw).peekable();
    cells.peek().is_some() && cells.all(|c| c.starts_with(char::is_uppercase) && c.chars().count() <= 80 && scan::starts_with_position(c))
}

/// `Исп. Филиппенко Э.Р.`, `Исп.: …`, `Подготовил: специалист А.А. Крылова`, `Исполнитель
/// Крылова А.А.`: where the executor's name (or position and name) starts.
fn scan_executor(text: &str) -> Option<usize> {
    let rest = ["Исп.", "Исп:", "исп."]
        .iter()
        .find_map(|p| text.strip_prefix(p))
        .or_else(|| ["Подготовил:", "Подготовила:"].iter().find_map(|p| text.strip_prefix(p)))
        // `Приказ подготовил:`, `Проект подготовила:`: the act's drafter, its executor.
        .or_else(|| {
            let (act, rest) = text.split_once(' ')?;
            let drafted = matches!(act, "Приказ" | "Проект" | "Документ" | "Постановление" | "Распоряжение" | "Решение" | "Протокол");
            drafted.then(|| ["подготовила", "подготовил"].iter().find_map(|p| rest.strip_prefix(p))).flatten()
        })
        .or_else(|| text.strip_prefix("Исполнитель").filter(|r| r.starts_with(is_space) && scan::scan_person(r.trim_start_matches(is_space)).is_some()))
        // `Гаврилов С.А., 57-14-80`, `Боргоякова Елена Николаевна, 8 (3902) 29-54-17`: the
        // executor with no label, the phone after the name.
        .or_else(|| person_then_phone(text).then_some(text))?;
    // `Приказ подготовил:` alone: the drafter is named on the lines below it.
    let drafter_alone = text.ends_with("подготовил:") || text.ends_with("подготовила:");
    let rest = rest.strip_prefix(':').unwrap_or(rest);
    let value = rest.trim_start_matches(is_space);
    (!value.is_empty() || drafter_alone).then(|| text.len() - value.len())
}

/// Whether a line is a person's name (initials, or first name and patronymic in full, or a bare
/// surname: `Гришина 21312`), then a phone number and nothing else: how an
/// executor signs under the signatures.
fn person_then_phone(text: &str) -> bool {
    let t = text.trim_matches(is_space);
    let phone_after = |name_end: usize| {
        let rest = t.get(name_end..).unwrap_or("").trim_start_matches(|c: char| is_space(c) || matches!(c, ',' | ';' | '–' | '-'));
        let phone = ["тел.", "Тел.", "тел:", "т."].iter().find_map(|p| rest.strip_prefix(p)).unwrap_or(rest);
        scan::is_phone_number(phone)
    };
    let full_name = || t.split_once(',').filter(|(name, _)| scan::is_full_name(name)).map(|(name, _)| name.len());
    match scan::scan_person(t).or_else(full_name) {
        Some(name_end) => phone_after(name_end),
        // The dictionary is asked only once the phone is there.
        None => bare_word(t).is_some_and(|(word, end)| phone_after(end) && crate::morph::may_be_surname(word)),
    }
}

/// `Гришина`: a capitalised Russian word of three letters or more opening `t`, as a surname
/// written alone (see [`crate::morph::may_be_surname`]); the word and its length.
fn bare_word(t: &str) -> Option<(&str, usize)> {
    let word = t.split(|c: char| is_space(c) || c == ',').next()?;
    let capitalised = word.chars().next().is_some_and(char::is_uppercase) && word.chars().skip(1).all(char::is_lowercase);
    let cyrillic = word.chars().all(|c| matches!(c, 'А'..='я' | 'Ё' | 'ё'));
    (word.chars().count() >= 3 && capitalised && cyrillic).then_some((word, word.len()))
}

/// An operative formula: a line ending in a formula verb and a colon, or `РЕШЕНИЕ:` alone.
/// Returns where the verb starts and whether the formula is the whole line. Without the colon,
/// only a short line in capitals (`ПРИКАЗЫВАЮ`, `КОЛЛЕГИЯ РЕШИЛА`), one whose verb is in
/// capitals (`…, коллегия РЕШИЛА`) or one that ends in `приказываю` or `постановляю` (or their
/// plurals in joint acts), which nothing but a formula ends with.
fn scan_formula(text: &str) -> Option<(usize, bool)> {
    scan_formula_as(text, false)
}

/// [`scan_formula`], or with `over_first_clause` (the line stands right above the first
/// clause `1.` of a text with no formula of its own) any line ending in a formula verb: `На
/// основании изложенного, коллегия решила` / `1. …` has lost only its colon.
fn scan_formula_as(text: &str, over_first_clause: bool) -> Option<(usize, bool)> {
    let body = text.trim_end_matches(crate::text::is_space_or_emphasis);
    let colon = body.ends_with(':');
    if body.len() > 2000 || !colon && !ends_in_formula_verb(body) {
        return None;
    }
    let head = without_alternative(body.trim_end_matches(':').trim_end_matches(is_space));
    let compact = clean(head);
    let words: Vec<&str> = compact.split(' ').collect();
    // `clean` leaves no space at the end, and the colon is cut off already.
    let last = *words.last()?;
    let lower = lexicon::lower(last);
    // `РЕШЕНИЕ:` alone, or with the body that took it (`Решение родительского собрания:`), heads
    // a protocol's decisions as `РЕШИЛИ:` does; without its colon it is a type line.
    let decision_heading = colon && (is_decision_heading(&words) || reports_decisions(&words) || is_outcome_heading(&words));
    if !decision_heading {
        lexicon::is_formula_verb(&lower).then_some(())?;
    }
    if !colon {
        // `ПРИКАЗЫВАЮ`, `КОЛЛЕГИЯ РЕШИЛА`: a short line in capitals, its colon left out; `…,
        // коллегия РЕШИЛА`: the verb in capitals closing a preamble.
        let alone = words.len() <= 3 && !compact.chars().any(char::is_lowercase);
        let shouted = !last.chars().any(char::is_lowercase);
        if !(alone || shouted || over_first_clause || matches!(&*lower, "приказываю" | "постановляю" | "приказываем" | "постановляем")) {
            return None;
        }
    }
    // `Коллегия решила:` is a formula whole; `В целях … приказываю:` ends a preamble.
    let opens_preamble = match words.as_slice() {
        [a, b, ..] => lexicon::is_preamble_opener(&lexicon::lower(a), &lexicon::lower(b)),
        _ => false,
    };
    // `По итогам заседания Совета приняты следующие решения:` is whole too, however long.
    let reported = colon && reports_decisions(&words) && words.len() <= 12;
    // `… приняла решение, в котором, в частности, говорится:` sets its commas around the clause.
    let quoting = colon && quotes_a_decision(&words);
    // `Коллегия Министерства просвещения и воспитания Ульяновской области решила:`: the deciding
    // body named whole before its verb.
    let body_decides = words.len() <= 16 && words.first().is_some_and(|w| names_deciding_body(w));
    let standalone = (words.len() <= 6 || reported || quoting || body_decides) && (!compact.contains(',') || quoting) && !opens_preamble;
    let verb = if standalone {
        0
    } else {
        last_word_start(head)
    };
    Some((verb, standalone))
}

/// `Коллегия`, `Совет`, `Комиссия`: a body that decides, in the nominative, as the subject of a
/// formula.
fn names_deciding_body(word: &str) -> bool {
    scan::with_lower(word, |w| matches!(w, "коллегия" | "совет" | "комиссия" | "президиум" | "собрание" | "штаб" | "конференция" | "совещание" | "правление"))
}

/// `РЕШИЛИ (ПОСТАНОВИЛИ)`: a formula verb followed by another in parentheses, as official forms
/// print both; `head` without the one in parentheses.
fn without_alternative(head: &str) -> &str {
    let Some(inner) = head.strip_suffix(')') else { return head };
    let Some(open) = inner.rfind('(') else { return head };
    let alternative = inner.get(open + 1..).unwrap_or("");
    let is_verb = !alternative.contains(is_space) && lexicon::is_formula_verb(&lexicon::lower(alternative));
    if is_verb {
        inner.get(..open).unwrap_or(head).trim_end_matches(is_space)
    } else {
        head
    }
}

/// `Решение`, `Решения`, `Решение родительского собрания`, `Решение Совета`: a heading of the
/// decisions, at most four words with no digits (the words of a line ending in a colon).
///
/// Also the passive labels of owners' and members' minutes: `Принято решение`, `Решение принято`
/// (`единогласно`), `Приняли решение`, `Приняты решения`.
fn is_decision_heading(words: &[&str]) -> bool {
    let mut lower = words.iter().take(2).map(|w| lexicon::lower(w));
    let (first, second) = (lower.next(), lower.next());
    let names_decision = first.as_deref().is_some_and(|w| matches!(w, "решение" | "решения"));
    // `Итоги публичных слушаний:`: what a hearing's conclusion resolves.
    let hearing = matches!((first.as_deref(), second.as_deref()), (Some("итоги"), Some("публичных" | "общественных")));
    let passive = matches!(
        (first.as_deref(), second.as_deref()),
        (Some("принято" | "приняли"), Some("решение")) | (Some("приняты"), Some("решения"))
    );
    (names_decision || passive || hearing) && words.len() <= 4 && !words.iter().any(|w| w.contains(|c: char| c.is_ascii_digit()))
}

/// `По итогам совещания`, `По результатам рабочего совещания`, `ПОРУЧЕНИЯ`, `Протокольные
/// решения`: a protocol's heading of its decisions with no verb (the words of a line ending in a
/// colon).
fn is_outcome_heading(words: &[&str]) -> bool {
    let lower: Vec<String> = words.iter().take(6).map(|w| lexicon::lower(w).into_owned()).collect();
    let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
    let meeting = |w: &str| matches!(w, "совещания" | "заседания" | "обсуждения" | "рассмотрения" | "встречи" | "поездки");
    // `совещания`, `рабочего совещания`, `заседания штаба`.
    let after_meeting = |rest: &[&str]| matches!(rest, [m] | [_, m] if meeting(m)) || matches!(rest, [m, _] if meeting(m));
    match lower.as_slice() {
        ["поручения" | "решения"] | ["протокольные", "поручения" | "решения"] | ["перечень", "поручений"] => true,
        ["по", "итогам" | "результатам", rest @ ..] => after_meeting(rest),
        // `Поручения по итогам совещания`, `Перечень поручений по итогам совещания`.
        ["поручения" | "решения", "по", "итогам" | "результатам", rest @ ..] | ["перечень", "поручений", "по", "итогам" | "результатам", rest @ ..] => after_meeting(rest),
        _ => false,
    }
}

/// Whether a formula's line is a report's sentence introducing the decisions it lists (`По
/// итогам совещания даны поручения:`; see [`reports_decisions`]), as a news item quotes them.
pub(crate) fn reports_decisions_line(text: &str) -> bool {
    let body = text.trim_end_matches(crate::text::is_space_or_emphasis);
    let Some(head) = body.strip_suffix(':') else { return false };
    let compact = clean(head);
    let words: Vec<&str> = compact.split(' ').collect();
    reports_decisions(&words)
}

/// `По итогам заседания комиссией приняты следующие решения`, `Губернатор дал ряд поручений`,
/// `По итогам совещания даны поручения`, `… определены задачи`, `Руководителям школ поручено`:
/// how a site's report of a meeting introduces the decisions or instructions it lists (the words
/// of a line ending in a colon).
fn reports_decisions(words: &[&str]) -> bool {
    let tail: Vec<String> = words.iter().rev().take(3).map(|w| lexicon::lower(w).into_owned()).collect();
    let tail: Vec<&str> = tail.iter().map(String::as_str).collect();
    let given = |w: &str| {
        matches!(w, "приняты" | "принято" | "приняла" | "принял" | "приняли" | "даны" | "дано" | "дал" | "дала" | "дали" | "ряд" | "следующие" | "следующее" | "определены" | "поставлены" | "выработаны" | "сформулированы")
    };
    // `даны протокольные поручения`, `выработаны конкретные рекомендации`: adjectives in the
    // plural between the verb and the decisions.
    let plural_adjective = |w: &&str| w.ends_with("ые") || w.ends_with("ие");
    match tail.as_slice() {
        // `утвержден перечень поручений`, `сформирован перечень поручений`.
        ["поручений", "перечень", verb] => matches!(*verb, "утвержден" | "сформирован" | "определен" | "составлен"),
        ["решения" | "решение" | "поручения" | "поручение" | "поручений" | "рекомендации", before @ ..] => {
            before.iter().take(2).find(|w| !plural_adjective(w) || given(w)).is_some_and(|w| given(w)) && !before.contains(&"не")
        }
        // Tasks are set by someone (`определены задачи`, `поставлены следующие задачи`); tasks
        // that stand before a system (`стоят следующие задачи`) are told of in a speech.
        ["задачи", before @ ..] => before.iter().take(2).any(|w| matches!(*w, "определены" | "поставлены")),
        // `По итогам совещания руководителям образовательных организаций поручено:`; a line
        // opening with its addressees (`Муниципальным органам … поручено:`) heads a clause.
        ["поручено" | "предложено" | "предписано" | "рекомендовано", ..] => words.first().is_some_and(|w| scan::with_lower(w, |w| w == "по")),
        ["говорится" | "сказано" | "указано", ..] => quotes_a_decision(words),
        _ => false,
    }
}

/// `коллегия приняла решение, в котором, в частности, говорится:`: a news item's sentence
/// quoting the decision it names (the words of a line ending in a colon, the last a verb of
/// saying).
fn quotes_a_decision(words: &[&str]) -> bool {
    let lower: Vec<std::borrow::Cow<'_, str>> = words.iter().map(|w| lexicon::lower(w.trim_matches(|c: char| !crate::text::is_letter(c)))).collect();
    let decision = lower.iter().position(|w| w.starts_with("решени"));
    let which = lower.iter().rposition(|w| matches!(&**w, "котором" | "которых" | "нем"));
    matches!((decision, which), (Some(d), Some(k)) if d < k) && words.len() <= 16
}

/// `Принято решение: Избрать …`, `РЕШЕНИЕ: Утвердить …`: a decision heading (see
/// [`is_decision_heading`]) opening the line, the decision after its colon.
fn is_inline_decision_heading(head: &str) -> bool {
    let head = head.trim_start_matches(crate::text::is_space_or_emphasis);
    if head.len() > 80 || !head.starts_with(char::is_uppercase) {
        return false;
    }
    let words: Vec<&str> = head.split(is_space).filter(|w| !w.is_empty()).collect();
    words.len() <= 3 && is_decision_heading(&words)
}

/// `ПРИКАЗЫВАЮ: 1. Утвердить план.`, `В целях … приказываю: утвердить …`: a formula verb and its
/// colon with the operative part going on after them on the same line. Returns where the verb
/// starts, whether the formula opens the line (see [`scan_formula`]) and where its colon ends.
fn scan_inline_formula(text: &str) -> Option<(usize, bool, usize)> {
    if text.len() > 4000 {
        return None;
    }
    memchr::memchr_iter(b':', text.as_bytes()).find_map(|colon| {
        let head = without_alternative(text.get(..colon)?.trim_end_matches(crate::text::is_space_or_emphasis));
        let rest = text.get(colon + 1..)?;
        let last = head.rsplit(is_space).next().unwrap_or("").trim_start_matches('*');
        if rest.trim_matches(crate::text::is_space_or_emphasis).is_empty() {
            return None;
        }
        if is_inline_decision_heading(head) {
            return Some((0, true, colon + 1));
        }
        if !ends_in_formula_verb(last) {
            return None;
        }
        let verb = last_word_start(head);
        let before = text.get(..verb)?.trim_matches(is_space);
        let standalone = before.is_empty();
        Some((if standalone { 0 } else { verb }, standalone, colon + 1))
    })
}

/// Where the last word of `head` starts; a letter-spaced word (`п о с т а н о в л я е т`, three
/// or more single letters one space apart) is one word.
fn last_word_start(head: &str) -> usize {
    let is_single_letter = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(crate::text::is_letter) && chars.next().is_none()
    };
    let last = word_start_before(head, head.len());
    let mut run_start = last;
    let mut singles = usize::from(is_single_letter(head.get(last..).unwrap_or("")));
    while singles > 0 && run_start > 0 && head.as_bytes().get(run_start - 1) == Some(&b' ') {
        let prev = word_start_before(head, run_start - 1);
        if !is_single_letter(head.get(prev..run_start - 1).unwrap_or("")) {
            break;
        }
        run_start = prev;
        singles += 1;
    }
    if singles >= 3 {
        run_start
    } else {
        last
    }
}

/// Where the word that ends at byte `end` of `s` starts: after the whitespace before it.
fn word_start_before(s: &str, end: usize) -> usize {
    let head = s.get(..end).unwrap_or("");
    head.rfind(is_space).map_or(0, |i| i + head.get(i..).and_then(|r| r.chars().next()).map_or(1, char::len_utf8))
}

/// Whether a line without a colon ends in a formula verb: looked at before the line is
/// cleaned, as most lines end in some other word.
fn ends_in_formula_verb(body: &str) -> bool {
    let last = body.rsplit(is_space).next().unwrap_or("");
    // Every formula verb starts with `р`, `п`, `о` or `т`, in either case (a test checks).
    let may_be = last.chars().next().is_some_and(|c| matches!(c, 'р' | 'п' | 'о' | 'т' | 'Р' | 'П' | 'О' | 'Т'));
    may_be && last.len() <= 32 && scan::with_lower(last, lexicon::is_formula_verb)
}

/// `Приложение № 1 к приказу …`, `УТВЕРЖДЕН приказом …`: a short capitalised line.
fn is_appendix_heading(text: &str) -> bool {
    let body = text.trim_start_matches(crate::text::is_space_or_emphasis);
    if body.len() > 300 || !body.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    let word = body.find(|c: char| !crate::text::is_letter(c)).map_or(body, |end| body.get(..end).unwrap_or(""));
    scan::with_lower(word, lexicon::is_appendix_word)
}

/// `Приложение: 1. Перечень … на 4 л. в 1 экз.`, `Приложения: на 12 л.`: the enclosures a
/// letter or minutes list above the signature, the word followed by a colon.
fn lists_enclosures(text: &str) -> bool {
    let body = text.trim_start_matches(crate::text::is_space_or_emphasis);
    let Some((word, _)) = body.split_once(':') else { return false };
    word.len() <= "приложения".len() && scan::with_lower(word.trim_end_matches(is_space), |w| matches!(w, "приложение" | "приложения"))
}

/// Prefixes of an editorial note (lower case), and of the page furniture that legal databases
/// print on every page of an export (`КонсультантПлюс`, `www.consultant.ru`, `Документ
/// предоставлен …`, `Дата сохранения: …`), the heading of the list of amending acts that
/// КонсультантПлюс sets under an act's title (`Список изменяющих документов`), and a form's
/// captions under its blanks (`(подпись)`).
const EDITORIAL_PREFIXES: [&str; 38] = [
    "(в ред.",
    "(в редакции",
    "(ред. от",
    // A web page's furniture around the act, and a document system's page footer (its share
    // buttons, `Поделиться`, are a page foot's).
    "прикрепленные файлы",
    "©",
    "версия для печати",
    "версия для слабовидящих",
    "назад к списку",
    "← назад",
    "просмотров:",
    "документ создан в электронной форме",
    "страница создана",
    "см. текст",
    "информация об изменениях",
    "(пункт введен",
    "(п. ",
    "консультантплюс",
    "надежная правовая поддержка",
    "www.consultant.ru",
    "документ предоставлен",
    "дата сохранения:",
    "система гарант",
    "гарант:",
    "www.garant.ru",
    "гарант.ру",
    "список изменяющих документов",
    // Garant's revision list under an act's citation, and its link to the previous wording.
    "с изменениями и дополнениями от",
    "см. предыдущую редакцию",
    // A form's captions under its blanks: `_________ А.В. Ступин` / `(подпись)`.
    "(подпись",
    "(расшифровка подписи",
    "(ф.и.о.",
    "(фио)",
    // A legal portal's card of the act above its text.
    "вид документа:",
    "принявший орган:",
    "дата принятия:",
    "дата вступления в силу:",
    "статус:",
    "опубликован:",
];

/// `Принято Советом депутатов … 18 июня 2020 года`, `Подписано 22.04.2022`: when and by whom a
/// decision written as a law was adopted or signed, set between its text and the signatures.
fn is_adoption_note(text: &str) -> bool {
    let t = text.trim_matches(is_space);
    let mut words = t.split(is_space).filter(|w| !w.is_empty());
    let (Some(first), Some(second)) = (words.next(), words.next()) else { return false };
    let dated = t.ends_with(|c: char| c.is_ascii_digit()) || t.ends_with("года") || t.ends_with("г.");
    let adopted_by = || scan::with_lower(first, |w| matches!(w, "принято" | "принят" | "принята")) && scan::with_lower(second, |w| w.ends_with("ом") || w.ends_with("ой") || w.ends_with("ием"));
    let signed = || scan::with_lower(first, |w| w == "подписано") && second.starts_with(|c: char| c.is_ascii_digit() || c == '«');
    t.len() <= 300 && dated && (adopted_by() || signed())
}

/// `Страница 2 из 3`, `стр. 2 из 3`: a page count printed on every page of an export, alone or
/// opening a document system's footer (`Страница 1 из 2. Страница создана: …`); `- 2 -`: a page
/// number printed between dashes, as text taken from a PDF keeps it.
fn is_page_count(text: &str) -> bool {
    if is_page_number(text) {
        return true;
    }
    if !text.starts_with(['С', 'с', 'Л', 'л']) {
        // `Протокол совещания № 6 от 14.12.2020        Страница 2 из 3`: a running head whose
        // last column counts the pages.
        let counted = text.ends_with(|c: char| c.is_ascii_digit()) && text.contains(" из ");
        // The last of two or more columns.
        let last_column = crate::text::segments(text).skip(1).last();
        return counted && last_column.and_then(|(s, _)| text.get(s..)).is_some_and(is_page_count);
    }
    let mut words = text.split(is_space).filter(|w| !w.is_empty());
    let label = words.next().is_some_and(|w| scan::with_lower(w, |l| matches!(l, "страница" | "стр." | "лист")));
    let number = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    let (Some(page), Some(of), Some(pages)) = (words.next(), words.next(), words.next()) else { return false };
    // After `из 2.` a footer may go on; after `из 2` nothing may.
    let ends = pages.strip_suffix('.').is_some_and(number) || number(pages) && words.next().is_none();
    label && number(page) && of == "из" && ends
}

/// A browser's print of a page: its foot, the address then the page of pages
/// (`https://minobr.saratov.gov.ru/news/…⇥2/3`), or its head, the day and time of printing then
/// the page's title (`28.09.2022, 09:14⇥Коллегия министерства … - Министерство …`).
fn is_browser_print_margin(text: &str) -> bool {
    // Most lines start otherwise: looked at first.
    if !text.starts_with(|c: char| c == 'h' || c.is_ascii_digit()) {
        return false;
    }
    // The count may stand a single space after the address.
    let trimmed = text.trim_end_matches(is_space);
    let gap = scan::last_column_gap(trimmed).or_else(|| trimmed.rfind(is_space));
    let Some(gap) = gap else { return false };
    let (first, last) = (text.get(..gap).unwrap_or("").trim_end_matches(is_space), text.get(gap..).unwrap_or("").trim_matches(is_space));
    let foot = (first.starts_with("http://") || first.starts_with("https://")) && !first.contains(is_space) && is_page_of_pages(last);
    foot || print_stamp_with_title(text)
}

/// `2/3`: a page of pages, as a browser prints it.
fn is_page_of_pages(text: &str) -> bool {
    text.split_once('/').is_some_and(|(a, b)| crate::text::is_small_number(a, 3) && crate::text::is_small_number(b, 3))
}

/// `28.09.2022, 09:14`: the day and time a browser printed a page, alone in its column.
fn printed_at(text: &str) -> bool {
    let Some((day, time)) = text.trim_matches(is_space).split_once(", ") else { return false };
    let day_ok = crate::extract::date::numeric_date(day).is_ok_and(|(rest, _)| rest.is_empty());
    day_ok && crate::extract::deadline::time_of_day(time).is_ok_and(|(rest, _)| rest.is_empty())
}

/// `Протокол № 3 заседания комиссии от 26.09.2019        Страница 2 из 4`: a running header or
/// footer, whose last column, set apart by spaces or a tab, counts the pages in words.
fn is_running_header(text: &str) -> bool {
    let ends_in_digit = text.trim_end_matches(is_space).ends_with(|c: char| c.is_ascii_digit());
    let counts_pages = |last: &str| last.starts_with(crate::text::is_letter) && is_page_count(last);
    ends_in_digit && scan::last_column_gap(text).and_then(|gap| text.get(gap..)).is_some_and(|last| counts_pages(last.trim_matches(is_space)))
}

/// `Коллегия РЕКОМЕНДУЕТ:`, `Совещание рекомендует:`, `РЕКОМЕНДОВАНО:`: a short line whose last
/// word, before its colon, says that what follows is recommended. (`Рекомендовать:` alone is
/// the lead of a clause; see `assignee`.)
fn is_recommendation_heading(text: &str) -> bool {
    let Some(mut words) = words_before_colon(text) else { return false };
    let verb = words.next().unwrap_or("");
    let finite = scan::with_lower(verb.trim_matches('*'), lexicon::is_recommending_verb);
    // `Участники совещания приняли резолюцию, в которой рекомендовано:`.
    finite && words.count() <= 8
}

/// The words of a line ending in a colon, last first (`None` without the colon).
pub(crate) fn words_before_colon(text: &str) -> Option<impl Iterator<Item = &str>> {
    let head = text.trim_end_matches(crate::text::is_space_or_emphasis).strip_suffix(':')?;
    Some(head.rsplit(is_space).filter(|w| !w.is_empty()))
}

/// `"Об организации …"<TAB>Документ предоставлен КонсультантПлюс`: the running header of a
/// database export, the act's title beside the banner.
/// So does ГАРАНТ's page foot, its banner between the day it was saved and the page's number
/// (`17.03.2014          Система ГАРАНТ          1/3`).
fn carries_database_banner(text: &str) -> bool {
    let consultant = text.trim_end_matches(is_space).ends_with("КонсультантПлюс") && lexicon::lower(text).contains("документ предоставлен");
    consultant || text.len() < 200 && text.contains("Система ГАРАНТ") && text.trim_end_matches(is_space).ends_with(|c: char| c.is_ascii_digit())
}

/// How far in a lone page number stands, in spaces (a tab counts as eight).
const PAGE_NUMBER_INDENT: usize = 16;

/// `                                   2`: a page number alone on its line, set far in (centred),
/// as text taken from a printed page keeps it. A number at the margin may be a table's cell.
fn is_centred_page_number(raw: &str) -> bool {
    if !raw.starts_with(is_space) {
        return false;
    }
    let indent: usize = raw.chars().take_while(|&c| is_space(c)).map(|c| if c == '\t' { 8 } else { 1 }).sum();
    indent >= PAGE_NUMBER_INDENT && crate::text::is_small_number(raw.trim_matches(is_space), 3)
}

/// `- 2 -`, `– 12 –`: a page number between dashes.
fn is_page_number(text: &str) -> bool {
    let is_dash = |c: char| matches!(c, '-' | '–' | '—');
    let trimmed = text.trim_matches(is_space);
    let inner = trimmed.strip_prefix(is_dash).and_then(|t| t.strip_suffix(is_dash)).map(|t| t.trim_matches(is_space));
    inner.is_some_and(|n| crate::text::is_small_number(n, 4))
}

/// How a protocol's record of a vote starts, in lower case; and a resolution's record of how
/// it was made and may be appealed (`Постановление может быть обжаловано …`, `Постановление
/// вынесено и объявлено 15.03.2023.`), which commissions print under the last clause.
const VOTE_PREFIXES: [&str; 14] = [
    "решение принято", "решения приняты", "постановление принято", "резолюция принята", "голосовали", "голосование", "итоги голосования",
    "результаты голосования", "«за»", "постановление может быть обжаловано", "решение может быть обжаловано",
    "постановление вынесено", "постановление объявлено", "копию постановления получил",
];

/// `Решение принято единогласно.`, `Голосовали: «за» – 7, «против» – нет`: a short line that
/// records a vote.
fn is_vote_record(text: &str) -> bool {
    // `**Голосовали:** «за» – 7`: Markdown emphasis is no part of it.
    let text = text.trim_start_matches(crate::text::is_space_or_emphasis);
    text.len() <= 600 && (scan::starts_with_any_lower(text, &VOTE_PREFIXES) || split_first_letter(text).is_some_and(|t| scan::starts_with_any_lower(&t, &VOTE_PREFIXES)))
}

/// `Г олосовали: единогласно`: a scan's recognition set the capital apart from the rest of its
/// word; the text with them joined, if so.
fn split_first_letter(text: &str) -> Option<String> {
    let mut chars = text.chars();
    let first = chars.next()?;
    let rest = chars.as_str().strip_prefix(' ')?;
    // Only a letter a record can open with is worth the copy.
    let opens_record = VOTE_PREFIXES.iter().any(|p| p.starts_with(crate::text::lower_char(first)));
    (first.is_uppercase() && opens_record && rest.starts_with(char::is_lowercase)).then(|| format!("{first}{rest}"))
}

/// What an amendment note in parentheses says of a part of the act (lower case): `(пп. 2.2 в
/// ред. постановления …)`, `(абзац введен постановлением …)`.
const AMENDMENT_WORDS: [&str; 7] = [" в ред.", " в редакции", " введен", " утратил", " исключен", " изменен", " дополнен"];

/// `(пп. 2.2 в ред. постановления … от 01.06.2021 N 471-пг)`: a note in parentheses, opening its
/// line, on how a part of the act was amended.
fn is_amendment_note(text: &str) -> bool {
    let body = text.trim_start_matches(is_space);
    if !body.starts_with('(') {
        return amends_by_act(body);
    }
    let lower = lexicon::lower(body);
    AMENDMENT_WORDS.iter().any(|w| lower.contains(w))
}

/// `Распоряжением администрации … от 14 марта 2017 г. N 97-р в пункт 5 внесены изменения`: the
/// line of ГАРАНТ's `Информация об изменениях:` naming the act that changed the point.
fn amends_by_act(body: &str) -> bool {
    let by_act = scan::starts_with_any_lower(body, &["распоряжением ", "постановлением ", "приказом ", "решением ", "указом ", "законом "]);
    by_act && body.trim_end_matches(|c: char| is_space(c) || c == '.').ends_with("внесены изменения")
}

/// The foot of a site's page under the text it carries: share buttons, tags, a photo credit,
/// links to other news, the files attached to the page, its publication and view counts, links
/// back (`Поделиться`, `Теги: …`, `Фото: пресс-служба …`, `Читайте также`, `Прикрепленные
/// файлы:`, `Опубликовано 16.09.2022 | Просмотров: 287`, `Версия для печати`, `Назад`).
/// Acts do not use these words, so the text ends above them.
pub(crate) fn is_page_foot(text: &str) -> bool {
    // `- Метки: половодье, …`: a list item of the page's foot.
    let t = text.trim_matches(is_space).trim_start_matches(|c: char| crate::text::is_bullet(c) || is_space(c) || matches!(c, '←' | '→'));
    // `Документы:`, `Файлы:` alone: the heading of the files a page attaches.
    let files_heading = matches!(t, "Документы:" | "Файлы:" | "ДОКУМЕНТЫ:");
    t.len() < 300 && (files_heading || scan::starts_with_any_lower(t, &PAGE_FOOT_PREFIXES) || counts_views(t) || is_page_foot_link(t) || is_byline(t) || names_author(t) || offers_to_share(t))
}

/// `Поделиться`, `Поделиться:`, `Поделиться: ВКонтакте | Telegram`: a page's buttons to share
/// it, not a plan's `Поделиться опытом работы …`.
fn offers_to_share(text: &str) -> bool {
    if !text.starts_with(['П', 'п']) {
        return false;
    }
    let lower = lexicon::lower(text);
    let Some(rest) = lower.strip_prefix("поделиться") else { return false };
    let rest = rest.trim_matches(is_space);
    rest.is_empty() || rest.starts_with(':') || ["вконтакте", "telegram", "одноклассники", "facebook", "whatsapp", "viber", "twitter"].iter().any(|w| rest.contains(w))
}

/// `Подготовила Л.Р. Мухаметова`, `Подготовил специалист отдела Иванов И.И.`: a short line naming
/// who wrote a news item.
fn names_author(text: &str) -> bool {
    let mut words = text.split(is_space).filter(|w| !w.is_empty());
    let first = words.next().map(lexicon::lower);
    matches!(first.as_deref(), Some("подготовил" | "подготовила" | "подготовили")) && words.count() <= 6
}

/// `Т. ЛЕБЕДЕВА, методист МКУ «ЦОДСО».`, `Ирина МАРТЫНОВА.`: the author of a news item signing
/// it, the surname in capitals after an initial or a first name, then a comma and the post, or
/// the stop. Not `Формирование РИС, внесение сведений …`: no first name ends as a verbal or
/// abstract noun does.
fn is_byline(text: &str) -> bool {
    // The second word in capitals, looked at first: most lines have none.
    let second_caps = text.split_once(' ').is_some_and(|(_, rest)| {
        let mut chars = rest.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_uppercase)
    });
    if !second_caps {
        return false;
    }
    let mut words = text.splitn(3, ' ');
    let (Some(first), Some(second)) = (words.next(), words.next()) else { return false };
    let initial = first.ends_with('.') && first.chars().filter(|c| c.is_uppercase()).count() >= 1 && first.chars().count() <= 4;
    // A first name, not a post or a body over an abbreviation (`Руководители МОУО,`).
    // Nor a verbal or abstract noun opening a plan's row (`Формирование РИС, внесение …`).
    let common = || scan::with_lower(first, |w| lexicon::is_position_word(w) || lexicon::is_authority_word(w) || ["ние", "тие", "ция", "ство", "ость"].iter().any(|e| w.ends_with(e)));
    let given = first.chars().next().is_some_and(char::is_uppercase) && first.chars().skip(1).all(char::is_lowercase) && first.chars().count() >= 3 && !common();
    let surname = second.trim_end_matches([',', '.']);
    let capitals = surname.chars().count() >= 3 && surname.chars().all(|c| c.is_uppercase() && crate::text::is_letter(c) || c == '-');
    let closes = match words.next() {
        None => second.ends_with(['.', ',']),
        Some(post) => second.ends_with(',') && post.starts_with(char::is_lowercase),
    };
    (initial || given) && capitals && closes
}

/// `Опубликовано: 05.04.2021 11:42 | Просмотров: 187`: a page's count of its views.
fn counts_views(text: &str) -> bool {
    static VIEWS: std::sync::LazyLock<memchr::memmem::Finder<'static>> = std::sync::LazyLock::new(|| memchr::memmem::Finder::new("Просмотр"));
    VIEWS.find(text.as_bytes()).is_some_and(|at| text.get(at + "Просмотр".len()..).is_some_and(|rest| rest.starts_with("ов:") || rest.starts_with("ы:")) || text.get(..at).is_some_and(|before| before.trim_end().ends_with('|')))
}

/// A link of a page's foot alone on its line (`Назад`, `Версия для печати`, `Файлы`).
fn is_page_foot_link(text: &str) -> bool {
    const LINKS: [&str; 10] = ["назад", "файлы", "печать", "распечатать", "наверх", "в начало", "вернуться к списку", "добавить комментарий", "для слабовидящих", "версия для слабовидящих"];
    let t = text.trim_end_matches(['.', ':', '|', ' ']);
    let may_be = t.len() < 48 && t.starts_with(['Н', 'н', 'Ф', 'ф', 'П', 'п', 'Р', 'р', 'В', 'в', 'Д', 'д']);
    may_be && scan::with_lower(t, |w| LINKS.contains(&w))
}

/// How the parts of a site page's foot begin (lower case, `ё` as `е`, as they are compared).
const PAGE_FOOT_PREFIXES: [&str; 37] = [
    "документы для скачивания",
    "файлы для скачивания",
    "количество просмотров",
    "предыдущая новость",
    "следующая новость",
    "вернуться к списку",
    "дата создания:",
    "прикрепленные файлы",
    "прикрепленный файл",
    "приложенные файлы",
    "последнее изменение",
    "дата изменения:",
    "дата публикации:",
    "дата размещения:",
    "версия для печати",
    "вернуться назад",
    "другие документы",
    "copyright",
    "вконтакте",
    "©",
    "читайте также",
    "другие новости",
    "последние новости",
    "новости по теме",
    "похожие новости",
    "все новости",
    "архив новостей",
    "теги:",
    "метки:",
    "фото:",
    "фото –",
    "фото -",
    "источник фото",
    "информацию подготовил",
    "материал подготовил",
    "текст подготовил",
    "текст и фото",
];

/// Editorial notes that legal databases insert between clauses: `Пункт 2 изменен с 1 января 2021
/// г. - Постановление …`, `(в ред. Постановления …)`, `Информация об изменениях:`.
pub(crate) fn is_editorial_note(text: &str) -> bool {
    if text.len() > 600 {
        return false;
    }
    if scan::starts_with_any_lower(text, &EDITORIAL_PREFIXES) || is_page_count(text) || is_running_header(text) || is_page_foot(text) || is_file_name(text) || is_download_link(text) || is_scanner_mark(text) || is_amendment_note(text) || is_adoption_note(text) || is_browser_print_margin(text) {
        return true;
    }
    // The place of the seal under a signature (`М.П.`), alone on its line.
    if matches!(text.trim_matches(is_space), "М.П." | "М. П." | "МП" | "м.п.") {
        return true;
    }

    // `Пункт 2 изменен … - …`: only then is the whole line lower-cased.
    let mut words = text.split(is_space).filter(|w| !w.is_empty());
    let (first, second) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    let names_part = |w: &str| matches!(w, "пункт" | "подпункт" | "абзац" | "раздел" | "часть" | "глава");
    // `Решение дополнено пунктом 5.4 с 17 октября 2019 г. - Решение …`, `Приложение изменено с …`.
    let names_act = |w: &str| matches!(w, "решение" | "приказ" | "постановление" | "распоряжение" | "приложение" | "протокол");
    let changed = |w: &str| ["дополнен", "изменен", "утратил"].iter().any(|c| w.starts_with(c));
    let act_changed = scan::with_lower(first, names_act) && scan::with_lower(second, changed);
    if !((scan::with_lower(first, names_part) || act_changed) && text.contains(" - ")) {
        return false;
    }
    let lower = lexicon::lower(text);
    [" изменен", " утратил", " дополнен", " исключен", " введен"].iter().any(|w| lower.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clauses_numbered_without_a_dot_in_a_run() {
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1 Провести олимпиаду 14 марта 2024 года.\n2 Утвердить:\n2.1 Положение об олимпиаде;\n2.2 состав жюри.\n\
                   3\tНазначить ответственным Кондратьева П.И.\n5 Контроль оставляю за собой.\n\nДиректор\tИ.И. Иванов\n\n\
                   Приложение\n1 Общие положения\n2 Участники\n";
        let doc = crate::parse(src);
        let numbers: Vec<Option<&str>> = doc.clauses.iter().map(|c| c.number.as_deref()).collect();
        assert_eq!(numbers, [Some("1"), Some("2"), Some("3"), Some("5")]);
        assert_eq!(doc.clauses.get(1).map(|c| c.children.len()), Some(2));
        // Two lines opening with figures are no run.
        let src = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Провести смотр.\n15 Человек из числа\n16 Обучающихся.\n";
        assert_eq!(crate::parse(src).clauses.len(), 1);
    }

    #[test]
    fn officers_labelled_with_a_colon_sign_the_foot() {
        let src = "ПРОТОКОЛ\n\nПредседатель: И.П. Сомова\nСекретарь: Л.Н. Гусева\n\nРЕШИЛИ:\n1. Руководителям организаций обеспечить участие.\nСрок: до 01.03.2024.\n\n\
                   Председатель: Н.В. Белякова\nСекретарь – Тихомирова О.А.\n";
        let doc = crate::parse(src);
        let signatures: Vec<(Option<&str>, &str)> = doc.signatures.iter().map(|s| (s.role.as_deref(), s.name.as_str())).collect();
        assert_eq!(signatures, [(Some("Председатель"), "Н.В. Белякова"), (Some("Секретарь"), "Тихомирова О.А.")]);
        assert_eq!(doc.clauses.first().map(|c| c.text.as_str()), Some("Руководителям организаций обеспечить участие."));
        let chair = doc.meeting.as_ref().and_then(|m| m.chair.as_ref()).map(|p| p.name.as_str());
        assert_eq!(chair, Some("И.П. Сомова"));
        // Under a clause that goes on, the label is no signature's.
        let src = "РЕШИЛИ:\n1. Избрать:\nПредседатель: Н.В. Белякова\n";
        assert!(crate::parse(src).signatures.is_empty());
        // The place of the signature marked before the name, as a copy prints it.
        let src = "ПРОТОКОЛ\n\nРЕШИЛИ:\n1. Провести инструктаж.\n\nПредседатель:     /подпись/     Г.Р. Хайруллина\nСекретарь:   /подпись/   Л.Ф. Закирова\n";
        let doc = crate::parse(src);
        let signatures: Vec<(Option<&str>, &str)> = doc.signatures.iter().map(|s| (s.role.as_deref(), s.name.as_str())).collect();
        assert_eq!(signatures, [(Some("Председатель"), "Г.Р. Хайруллина"), (Some("Секретарь"), "Л.Ф. Закирова")]);
        assert_eq!(doc.clauses.first().map(|c| c.text.as_str()), Some("Провести инструктаж."));
        // The label, a dash, and the signer's post before the name.
        let src = "РЕШЕНИЕ\n\nРЕШИЛА:\n1. Провести инструктаж.\n\nПредседатель коллегии – министр образования и науки Самарской области В.А. Горелов\n";
        let doc = crate::parse(src);
        let signatures: Vec<(Option<&str>, &str)> = doc.signatures.iter().map(|s| (s.role.as_deref(), s.name.as_str())).collect();
        assert_eq!(signatures, [(Some("Председатель коллегии – министр образования и науки Самарской области"), "В.А. Горелов")]);
    }

    #[test]
    fn labels_a_clerk_set_off_with_tabs() {
        let src = "ПОВЕСТКА ДНЯ:\n1.\tО допуске.\n2.\tО лете.\n\n1. СЛУШАЛИ:\tКузнецову Н.А., которая ознакомила.\nРЕШИЛИ:\n1.1.\tОзнакомить обучающихся с расписанием.\n\tОтветственный: Мещерякова Л.В., классный руководитель 11 класса\tСрок: до 24.05.2023\n\n2. СЛУШАЛИ:\tПолякову И.Г.\nРЕШИЛИ:\n2.1.\tПровести инструктаж.\nСрок: до 26.05.2023. Ответственный: Мещерякова Л.В.\n";
        let doc = crate::parse(src);
        let questions: Vec<(Option<&str>, usize)> = doc.clauses.iter().map(|c| (c.number.as_deref(), c.children.len())).collect();
        assert_eq!(questions, [(Some("1"), 1), (Some("2"), 1)]);
        let decisions: Vec<(Vec<&str>, Option<&str>)> = doc
            .clauses
            .iter()
            .flat_map(|c| &c.children)
            .map(|c| (c.assignees.iter().map(|a| a.text.as_str()).collect(), c.deadline.as_ref().map(|d| d.text.as_str())))
            .collect();
        assert_eq!(decisions, [(vec!["Мещерякова Л.В., классный руководитель 11 класса"], Some("до 24.05.2023")), (vec!["Мещерякова Л.В."], Some("до 26.05.2023"))]);
        assert!(doc.appendices.is_empty());
    }

    #[test]
    fn a_label_and_its_value_in_cells_of_their_own() {
        let src = "РЕШИЛА:\n2.4. Направить акты проверки.\nСрок:\tдо 25.10.2022\nОтветственный:\tЛукин С.В.\n";
        let doc = crate::parse(src);
        let clause = doc.clauses.first().expect("a clause");
        assert_eq!(clause.text, "Направить акты проверки.");
        let names: Vec<&str> = clause.assignees.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["Лукин С.В."]);
        assert_eq!(clause.deadline.as_ref().map(|d| d.text.as_str()), Some("до 25.10.2022"));
    }

    #[test]
    fn a_footnote_at_the_page_s_foot_marked_on_the_page_is_furniture() {
        let src = "органами, осуществляющими управление в сфере образованием1 (далее – МОУО).\n4.1. Организовать курсы.\nСрок: январь – апрель 2023 г.\n\
                   1 Здесь и далее – органы местного самоуправления,\nобразования.\n\u{c}2\n4.2. Создать банк.\n";
        let k = kinds(src);
        assert_eq!(k.get(3..5).map(|k| k.join(" ")).as_deref(), Some("Editorial Editorial"), "{k:?}");
        // With no mark on the page, a line opening with a figure is the text's.
        let k = kinds("образованием (далее – МОУО).\nСрок: январь 2023 г.\n1 Здесь и далее – органы.\n\u{c}2\n");
        assert_eq!(k.get(2).map(String::as_str), Some("Text"), "{k:?}");
    }

    #[test]
    fn the_act_s_name_at_each_page_s_foot_before_the_break_is_furniture() {
        let src = "1.1. Провести мониторинг.\nСрок: до 1 ноября 2021 г.\nРешение коллегии Минобразования РМ от 26.05.2021 № 3\n\u{c}2\n1.2. Разработать рекомендации.\n\
                   Председатель коллегии С.А. Кулагин\nРешение коллегии Минобразования РМ от 26.05.2021 № 3\n\u{c}\n";
        let k = kinds(src);
        assert_eq!(k.get(2).map(String::as_str), Some("Editorial"), "{k:?}");
        assert_eq!(k.get(6).map(String::as_str), Some("Editorial"), "{k:?}");
    }

    #[test]
    fn a_database_s_citation_wrapped_between_page_count_and_banner_is_furniture() {
        let src = "2.4. Провести проверки.\nСтраница 2 из 4\nРешение коллегии Департамента здравоохранения\nТомской области от 23.03.2016 N 3\n(ред. от 21.09.2016)\n\
                   \"Об итогах деятельности системы здравоохранения Томской\nобласти в 2015 году и задачах на 2016...\nДокумент предоставлен КонсультантПлюс\n2.5. Представить доклад.\n";
        let k = kinds(src);
        assert_eq!(k.first().map(String::as_str), Some("Clause(2.4)"));
        assert!(k.get(1..8).is_some_and(|head| head.iter().all(|k| k == "Editorial")), "{k:?}");
        assert_eq!(k.get(8).map(String::as_str), Some("Clause(2.5)"));
    }

    #[test]
    fn page_counts_seals_and_site_footers_are_furniture() {
        assert!(is_editorial_note("Протокол совещания при директоре № 6 от 14.12.2020                          Страница 2 из 3"));
        assert!(is_editorial_note("М.П.") && !is_editorial_note("М.П. Иванов"));
        // ГАРАНТ's note of the act that changed the point, not a decision's `… внести изменения`.
        assert!(is_editorial_note("Распоряжением администрации района от 14 марта 2017 г. N 97-р в пункт 5 внесены изменения"));
        assert!(!is_editorial_note("Распоряжением администрации района утвердить план, в который внесены изменения по итогам года."));
        // A site's files under the act: their format and size, the heading over them.
        assert!(is_editorial_note("Решение коллегии № 3 от 26.08.2021 (PDF, 412 Кб)") && is_editorial_note("Приказ № 198 от 26.08.2024.docx (52 Кб)"));
        assert!(is_page_foot("Документы:") && is_page_foot("Документы для скачивания:") && is_page_foot("Количество просмотров: 1 127"));
        assert!(!is_editorial_note("Обеспечить размещение отчета (не более 5 страниц)"));
        assert!(is_editorial_note("Прикрепленные файлы: protokol.pdf") && is_editorial_note("© 2016–2022 МБДОУ № 45"));
        assert!(!is_editorial_note("Провести 2 из 3 этапов"));
        let feet = ["Версия для печати", "Назад", "Для слабовидящих", "Опубликовано 16.09.2022 | Просмотров: 287", "Последнее изменение: 03.04.2019 09:47", "ВКонтакте Одноклассники Telegram", "Вернуться к списку документов    Версия для печати", "Дата создания: 29.03.2021 Дата изменения: 29.03.2021"];
        assert!(feet.iter().all(|line| is_page_foot(line) && is_page_furniture(line)), "{feet:?}");
        assert!(!is_page_foot("Назад к прежнему порядку вернуться не удалось.") && !is_page_foot("Документы направить в отдел."));
        assert!(is_page_foot("- Метки: половодье, благоустройство") && is_page_foot("← Предыдущая новость | Все новости"));
        // A page's buttons to share it, not a plan's row.
        assert!(is_page_foot("Поделиться") && is_page_foot("Поделиться: ВКонтакте | Telegram"));
        assert!(!is_page_foot("Поделиться опытом работы на семинаре") && !is_page_furniture("Поделиться опытом работы на семинаре"));
        assert!(is_file_name("Протокол_диспансеризация_13.03.2023.docx") && is_file_name("C:\\Users\\Иванова\\Решение коллегии 28.08.2019.docx"));
        assert!(is_editorial_note("[Скачать приложение (PDF, 214 Кб)](/upload/iblock/5a1/prikaz_512.pdf)") && !is_editorial_note("Скачать и заполнить анкету."));
        assert!(is_editorial_note("Документ в формате PDF (скачать, 412 Кб)"));
        assert!(is_editorial_note("Решение дополнено пунктом 5.4 с 17 октября 2019 г. - Решение коллегии от 10.10.2019 N 5/1"));
        assert!(!is_editorial_note("Решение дополнить пунктом 5.4 - об отчетах."));
        assert!(is_editorial_note("Scanned with CamScanner") && is_page_furniture("Scanned with CamScanner"));
        assert!(carries_database_banner("17.03.2014                                  Система ГАРАНТ                                  1/3"));
        assert!(is_file_name("План.PDF") && !is_file_name("размещен по адресу http://site.ru/plan.pdf") && !is_file_name("Положение о конкурсе.doc"));
    }

    #[test]
    fn a_vote_whose_capital_a_scan_set_apart() {
        assert!(is_vote_record("Г олосовали: единогласно.") && !is_vote_record("В соответствии с планом"));
    }

    #[test]
    fn enclosures_above_the_signature_are_no_appendix() {
        let src = "РЕШИЛИ:\n1. Утвердить перечень услуг.\n\nПриложение: 1. Перечень услуг на 4 л. в 1 экз.\n\nПредседатель совета                М.В. Аксенова\n";
        let doc = crate::parse(src);
        assert_eq!(doc.clauses.iter().map(|c| c.text.as_str()).collect::<Vec<_>>(), ["Утвердить перечень услуг."]);
        assert!(doc.appendices.is_empty());
        assert_eq!(doc.signatures.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["М.В. Аксенова"]);
        assert!(!lists_enclosures("Приложение № 1 к приказу") && lists_enclosures("Приложения: на 12 л."));
    }

    #[test]
    fn a_resolution_s_record_of_its_making_and_appeal_is_no_clause_text() {
        let src = "ПОСТАНОВИЛА:\n1. Направить копию постановления в ОМВД.\nПостановление вынесено и объявлено 15.03.2023.\nПостановление может быть обжаловано в порядке, установленном законодательством.\n";
        let doc = crate::parse(src);
        assert_eq!(doc.clauses.iter().map(|c| c.text.as_str()).collect::<Vec<_>>(), ["Направить копию постановления в ОМВД."]);
        assert!(doc.clauses.iter().all(|c| c.deadline.is_none()));
    }
    use crate::lex::lines;

    fn kinds(src: &str) -> Vec<String> {
        classify(src, &lines(src))
            .into_iter()
            .map(|b| match b.kind {
                LineKind::Clause(c) => format!("Clause({})", c.number),
                LineKind::Formula { standalone, .. } => format!("Formula({standalone})"),
                LineKind::Meeting { section, .. } => format!("Meeting({section:?})"),
                LineKind::Name(n) => format!("Name(role={})", n.role.is_some()),
                other => format!("{other:?}").split([' ', '{']).next().unwrap_or("").to_string(),
            })
            .collect()
    }

    #[test]
    fn labels_indented_with_tabs_or_in_markdown_bold_keep_their_kind() {
        let src = "\t\tОтветственный: начальник научного управления Орлова М.Ю.\n**Голосовали:** «за» – 7, «против» – нет.\n\t\tпродолжение\tячейки\n";
        assert_eq!(kinds(src), ["Responsible", "Vote", "TableRow"]);
    }

    #[test]
    fn quoted_new_wording_is_text_of_the_clause_that_quotes_it() {
        let src = "2) пункт 5 изложить в следующей редакции:\n\n«5. Субсидия предоставляется:\nа) при отсутствии долга;\nб) до 1 марта.»;\n3) пункт 6 признать утратившим силу.";
        assert_eq!(kinds(src), ["Clause(2))", "Blank", "Text", "Text", "Text", "Clause(3))"]);
        let same_line = "1.3. Дополнить пунктом 4.5 следующего содержания: \"4.5. Учреждение:\n1) представляет отчет;\n2) до 15 января.\";\n2. Опубликовать.";
        assert_eq!(kinds(same_line), ["Clause(1.3)", "Text", "Text", "Clause(2)"]);
    }

    #[test]
    fn a_quotation_that_does_not_close_is_left_alone() {
        let src = "1) пункт 5 изложить в следующей редакции:\n«5. Субсидия предоставляется:\nа) при отсутствии долга;";
        assert_eq!(kinds(src), ["Clause(1))", "Text", "Clause(а))"]);
        let closed_on_its_line = "1) пункт 5 изложить в следующей редакции: «5. Текст.»;\nа) второй пункт;";
        assert_eq!(kinds(closed_on_its_line), ["Clause(1))", "Clause(а))"]);
    }

    #[test]
    fn a_formula_at_a_preamble_end_starts_at_its_verb() {
        fn verb(line: &str) -> Option<&str> {
            scan_formula(line).and_then(|(at, standalone)| (!standalone).then(|| line.get(at..)).flatten())
        }
        assert_eq!(verb("В целях отдыха детей Администрация города п о с т а н о в л я е т:"), Some("п о с т а н о в л я е т:"));
        assert_eq!(verb("В целях отдыха детей, руководствуясь Уставом, ПОСТАНОВЛЯЮ:"), Some("ПОСТАНОВЛЯЮ:"));
        assert_eq!(verb("В соответствии с пунктом а и в, коллегия решила:"), Some("решила:"));
        assert_eq!(verb("В соответствии с частью 5 статьи 59 Федерального закона приказываем:"), Some("приказываем:"));
        assert_eq!(verb("В соответствии с Уставом, постановляем"), Some("постановляем"));
        // The deciding body named whole before its verb: the formula is the line.
        let named = "Коллегия Министерства просвещения и воспитания Ульяновской области решила:";
        assert_eq!(scan_formula(named), Some((0, true)));
        assert_eq!(verb("Коллегия, рассмотрев вопрос о подготовке школ к новому учебному году, решила:"), Some("решила:"));
    }

    #[test]
    fn an_appendix_heading_set_right_with_tabs_is_no_table_row() {
        let src = "4.2\tПроверка готовности\tв соответствии с программой\tкомиссия\n\n\t\t\t\t\t\t\t\tПриложение № 2\n";
        assert_eq!(kinds(src), ["TableRow", "Blank", "Appendix"]);
    }

    #[test]
    fn a_formula_line_closing_a_preamble_s_sentence_is_its_verb() {
        let src = "В целях предупреждения пожаров Администрация Петро-\nзаводского городского округа постановляет:\n1. Установить режим.\n\nколлегия решила:\n";
        let blocks = classify(src, &crate::lex::lines(src));
        let formulas: Vec<(bool, &str)> = blocks
            .iter()
            .filter_map(|b| match b.kind {
                LineKind::Formula { verb, standalone, end } => Some((standalone, &src[verb..end])),
                _ => None,
            })
            .collect();
        assert_eq!(formulas, [(false, "постановляет:"), (true, "коллегия решила:")]);
    }

    #[test]
    fn a_protocol_s_heading_of_decisions_without_a_verb_is_a_formula() {
        for line in ["По итогам совещания:", "По результатам рабочего совещания:", "ПОРУЧЕНИЯ:", "Протокольные решения:", "По итогам обсуждения:"] {
            assert_eq!(scan_formula(line), Some((0, true)), "{line}");
        }
        for line in ["По итогам совещания", "По итогам проверки установлено:", "По итогам 2021 года:", "Поручения Губернатора области:"] {
            assert_eq!(scan_formula(line), None, "{line}");
        }
    }

    #[test]
    fn a_formula_with_the_operative_part_after_it_on_its_line() {
        let inline = |line: &'static str| scan_inline_formula(line).map(|(verb, standalone, end)| (&line[verb..end], standalone, line[end..].trim()));
        assert_eq!(inline("ПРИКАЗЫВАЮ: 1. Утвердить план."), Some(("ПРИКАЗЫВАЮ:", true, "1. Утвердить план.")));
        assert_eq!(inline("**ПРИКАЗЫВАЮ:** Утвердить план."), Some(("**ПРИКАЗЫВАЮ:", true, "** Утвердить план.")));
        assert_eq!(inline("В целях развития, приказываю: утвердить план."), Some(("приказываю:", false, "утвердить план.")));
        assert_eq!(inline("Срок: до 1 марта"), None);
        assert_eq!(inline("ПРИКАЗЫВАЮ:"), None);
        assert_eq!(inline("Принято решение: Избрать Орлову Н.В."), Some(("Принято решение:", true, "Избрать Орлову Н.В.")));
        assert_eq!(inline("РЕШЕНИЕ: утвердить отчет."), Some(("РЕШЕНИЕ:", true, "утвердить отчет.")));
        assert_eq!(inline("Решение принято единогласно: утвердить отчет."), Some(("Решение принято единогласно:", true, "утвердить отчет.")));
        assert_eq!(inline("Решение комиссии от 12.03.2024 № 5: утвердить"), None);
        assert!(opens_with_formula("ПОСТАНОВИЛИ:\t2.1. Отчет утвердить.") && !opens_with_formula("Срок:\tдо 1 июня"));
        assert_eq!(scan_formula("Принято решение:"), Some((0, true)));
        assert_eq!(scan_formula("Итоги публичных слушаний:"), Some((0, true)));
        // How a site's report of a meeting introduces what was decided.
        assert_eq!(scan_formula("По итогам заседания комиссией приняты следующие решения:"), Some((0, true)));
        assert_eq!(scan_formula("По итогам заседания коллегия приняла решение, в котором, в частности, говорится:"), Some((0, true)));
        assert_eq!(scan_formula("В докладе говорится:"), None);
        assert_eq!(scan_formula("Коллегия приняла решения:"), Some((0, true)));
        assert_eq!(scan_formula("По итогам заседания Совета руководителей приняты следующие решения:"), Some((0, true)));
        assert!(scan_formula("По итогам заседания Губернатор дал ряд поручений:").is_some());
        assert_eq!(scan_formula("По итогам совещания руководителям образовательных организаций поручено:"), Some((0, true)));
        assert_eq!(scan_formula("По итогам встречи определены задачи:"), Some((0, true)));
        assert_eq!(scan_formula("Перед участниками поставлены следующие задачи:"), Some((0, true)));
        // Adjectives between the verb and the decisions.
        assert_eq!(scan_formula("По итогам совещания даны протокольные поручения:"), Some((0, true)));
        assert_eq!(scan_formula("По итогам семинара выработаны рекомендации:"), Some((0, true)));
        assert_eq!(scan_formula("По итогам семинара руководителям общеобразовательных организаций рекомендовано:"), Some((0, true)));
        assert_eq!(scan_formula("Участники отметили важные решения:"), None);
        for line in ["По итогам совещания утвержден перечень поручений:", "Поручения по итогам совещания:", "Перечень поручений по итогам заседания штаба:"] {
            assert_eq!(scan_formula(line), Some((0, true)), "{line}");
        }
        assert_eq!(scan_formula("По словам министра, перед системой образования стоят следующие задачи:"), None);
        assert_eq!(scan_formula("Муниципальным органам управления образованием поручено:"), None);
        // The colon left out: a short line in capitals, or the verb in capitals closing a preamble.
        assert_eq!(scan_formula("КОЛЛЕГИЯ РЕШИЛА"), Some((0, true)));
        assert!(scan_formula("Заслушав и обсудив информацию по первому вопросу, коллегия РЕШИЛА").is_some_and(|(verb, whole)| verb > 0 && !whole));
        assert_eq!(scan_formula("пищеблоков и с укомплектованностью кадрами, коллегия решила"), None);
        // Right above the first clause, the verb in lower case is the formula too.
        let src = "РЕШЕНИЕ коллегии\n\nЗаслушав информацию, коллегия решила\n\n1. Информацию принять к сведению.\n";
        let blocks = classify(src, &crate::lex::lines(src));
        assert!(matches!(blocks.get(2).map(|b| &b.kind), Some(LineKind::Formula { standalone: false, .. })));
        assert_eq!(scan_formula("Глава района поручил:"), Some((0, true)));
        assert_eq!(scan_formula("Сведения об исполнении поручений:"), None);
    }

    #[test]
    fn formula_verbs_start_as_the_quick_test_expects() {
        assert!(lexicon::FORMULA_VERBS.iter().all(|(verb, _)| verb.starts_with(['р', 'п', 'о', 'т'])));
    }

    #[test]
    fn notes_of_adoption_and_signing_are_editorial() {
        for (line, note) in [
            ("Принято Советом депутатов Еткульского сельского поселения 18 июня 2020 года", true),
            ("Подписано 22.04.2022", true),
            ("Принято к сведению 18 июня 2020 года", false),
            ("Подписано соглашение о сотрудничестве", false),
        ] {
            assert_eq!(is_editorial_note(line), note, "{line}");
        }
    }

    #[test]
    fn a_continuation_head_under_a_page_number_and_a_rule_is_editorial() {
        let src = "6.1. представить списки работников;\n\n                 1\n________________\n      Продолжение приказа № 87-од\n      от 12.03.2021\n\n6.2. обеспечить соблюдение.\n";
        let want = ["Clause(6.1)", "Blank", "Editorial", "Text", "Editorial", "Editorial", "Blank", "Clause(6.2)"];
        assert_eq!(kinds(src), want);
    }

    #[test]
    fn a_browser_s_print_margins_are_editorial() {
        assert!(is_editorial_note("https://minobr.saratov.gov.ru/news/kollegiya\t2/3"));
        assert!(is_editorial_note("28.09.2022, 09:14\tКоллегия министерства подвела итоги - Министерство образования"));
        assert!(!is_editorial_note("28.09.2022 состоялось заседание коллегии"));
        assert!(!is_editorial_note("Разместить на сайте https://minobr.ru\t2/3 раздела"));
    }

    #[test]
    fn a_database_exports_running_header_and_notes_are_editorial() {
        let src = "4. Управлению организовать трудоустройство в возрасте от 14 до\n\nПостановление Администрации г. Твери от 14.03.2019 N 312\n(ред. от 17.03.2021)\n\
                   \"Об организации отдыха\"\tДокумент предоставлен КонсультантПлюс\nДата сохранения: 14.04.2022\n\n18 лет в свободное время.\n\
                   КонсультантПлюс: примечание.\nНумерация пунктов дана в соответствии с официальным текстом документа.\n5. Рекомендовать.\n";
        let want = ["Clause(4)", "Blank", "Editorial", "Editorial", "Editorial", "Editorial", "Blank", "Text", "Editorial", "Editorial", "Clause(5)"];
        assert_eq!(kinds(src), want);
        // The cut title on a line of its own between the revision and the banner.
        let src = "Приказ минобрнауки Самарской области от 11.12.2019 N 412-од\n(ред. от 17.05.2022)\n\"Об организации работы по профилактике детского...\nДокумент предоставлен КонсультантПлюс\nДата сохранения: 02.02.2024\n";
        assert_eq!(kinds(src), ["Editorial"; 5]);
    }

    #[test]
    fn a_database_exports_tabbed_footer_and_the_act_above_its_tabbed_banner_are_editorial() {
        let src = "3. Отделу опубликовать решение\nРешение Избирательной комиссии области от 22.07.2021 N 176/1630-6\n\
                   \"О мерах по организации голосования\"\tДокумент предоставлен КонсультантПлюс\nКонсультантПлюс\n\
                   надежная правовая поддержка\twww.consultant.ru\tСтраница 1 из 2\nв сети Интернет.\n";
        assert_eq!(kinds(src), ["Clause(3)", "Editorial", "Editorial", "Editorial", "Editorial", "Text"]);
        let src = "Постановление ЗС области от 28.02.2023 N 45\tДокумент предоставлен КонсультантПлюс\n(ред. от 30.05.2023)\tДата сохранения: 14.03.2024\n\
                   \"Об информации администрации области о ходе ре...\n\nуплаты взносов.\n";
        assert_eq!(kinds(src), ["Editorial", "Editorial", "Editorial", "Blank", "Text"]);
        // The act's date beside the save date, and a cut title closed by its quote.
        let src = "3.3. Обеспечить контроль\nРешение коллегии УФНС России по Самарской области       Документ предоставлен КонсультантПлюс\n\
                   от 28.04.2022 N 2                                 Дата сохранения: 14.11.2023\n\"Об итогах работы по урегулированию...\"\nза уплатой.\n";
        assert_eq!(kinds(src), ["Clause(3.3)", "Editorial", "Editorial", "Editorial", "Text"]);
        // A whole title wrapped beside the save date, to the line that closes its quote.
        let src = "3.3. Повысить долю билетов\nРешение коллегии Министерства культуры РК от 21.04.2023 N 2          Документ предоставлен КонсультантПлюс\n\
                   \"Об итогах деятельности Министерства культуры Республики          Дата сохранения: 12.09.2023\n\
                   Карелия в 2022 году и задачах на 2023 год\"\n(ред. от 16.06.2023)\nпо программе.\n";
        assert_eq!(kinds(src), ["Clause(3.3)", "Editorial", "Editorial", "Editorial", "Editorial", "Text"]);
    }

    #[test]
    fn a_pdfs_running_head_after_a_page_break_is_editorial() {
        let src = "2.2. Рекомендовать обеспечить охрану в местах проведения\n                    2\n\
                   Протокол № 4 заседания АТК района от 15.12.2023\n\nновогодних мероприятий.\n\
                   \u{c}   Постановление администрации района\n   от 15.04.2021 № 214\nтрудоустройство.\n\
                   \u{c}Решение принимается большинством голосов.\n";
        let want = ["Clause(2.2)", "Editorial", "Editorial", "Blank", "Text", "Editorial", "Editorial", "Text", "Text"];
        assert_eq!(kinds(src), want);
        // At the foot of the page, above its number.
        let src = "3.2. Обеспечить проведение медицинских осмот-\n\nРешение коллегии министерства от 19.12.2019 № 4\n                    2\n\nров.\n";
        assert_eq!(kinds(src), ["Clause(3.2)", "Blank", "Editorial", "Editorial", "Blank", "Text"]);
        // The page's number at the margin, under a form feed or over the act's name.
        let src = "1.1. Обеспечить охват в период летней\n\u{c}2\nРешение коллегии Министерства труда\nот 15.12.2022 № 4\nкампании.\n\
                   2\nПродолжение протокола № 9 от 11.03.2024\nдорог.\n2\nПротокол вела\n";
        let want = ["Clause(1.1)", "Editorial", "Editorial", "Editorial", "Text", "Editorial", "Editorial", "Text", "Text", "Text"];
        assert_eq!(kinds(src), want);
        // The page's own number under the head (the fourth page here), before a row's number.
        let src = "МБУ «Азовский\nРМК»\n\nСтраница 3 из 4\n\u{c}Приказ Управления образования от 14.10.2022 № 540\n4\n3.2.\nСеминар\n";
        let got = kinds(&format!("\u{c}\n\u{c}\n{src}"));
        assert_eq!(got.get(6..9), Some(&["Editorial".to_string(), "Editorial".to_string(), "Clause(3.2)".to_string()][..]));
        // The page's own number at its foot, the next page's text on the form feed's line; a
        // number that is not the page's stays.
        let src = "руководители ОО\n\n1\n\u{c}III. Организационное обеспечение\n3.1.\nотдел образования\n\n7\n\u{c}Приложение\n";
        assert_eq!(kinds(src), ["Text", "Blank", "Editorial", "Clause(III)", "Clause(3.1)", "Text", "Blank", "Text", "Appendix"]);
        // The act's name at the foot, over the page's own number and a blank line each.
        let src = "2.1. Обеспечить контроль, выявленных межведомственной\n\nРешение коллегии УОиМП № 4 от 18.08.2016\n\n1\n\u{c}комиссией.\n";
        assert_eq!(kinds(src), ["Clause(2.1)", "Blank", "Editorial", "Blank", "Editorial", "Text"]);
        // A periodical's head at the top of every page, whatever it names.
        let src = "ВЕСТНИК ОБРАЗОВАНИЯ      № 3 (58) март 2019 г.\n\n2.2. Провести анализ результатов участников ВПР\n\
                   \u{c}2          ВЕСТНИК ОБРАЗОВАНИЯ № 3 (58) март 2019 г.\nпо математике.\n\u{c}Председатель коллегии\n";
        assert_eq!(kinds(src), ["Text", "Blank", "Clause(2.2)", "Editorial", "Text", "Text"]);
        // A browser's print stamp and the page's title under it, at the top of every page.
        let src = "28.08.2020, 10:05\n\nВидеоконференция - Министерство образования\n\nНовости\n1. Обеспечить питание обучающихся\n\
                   \u{c}28.08.2020, 10:05\n\nВидеоконференция - Министерство образования\nначальных классов.\n";
        assert_eq!(kinds(src), ["Text", "Blank", "Text", "Blank", "Text", "Clause(1)", "Editorial", "Blank", "Editorial", "Text"]);
        // Or the stamp with the page's title beside it, a long line.
        let top = "06.04.2023, 09:41\tВ Ангарском округе обсудили подготовку к ВПР-2023 — Управление образования Ангарского городского округа";
        let src = format!("{top}\n\nНовости\n1. Организовать перепроверку работ (не менее 10 % работ\n\u{c}{top}\nот каждой организации).\n");
        assert_eq!(kinds(&src), ["TableRow", "Blank", "Text", "Clause(1)", "Editorial", "Text"]);
        assert!(is_page_furniture("https://uo.angarsk-adm.ru/press-center/news/v-angarskom-okruge/\t2/3"));
        assert!(is_editorial_note("https://ostrov-obr.ru/news/obektivnost-vpr/ 1/2") && !is_editorial_note("27.11.2020, 14:20"));
        // The act named in a column beside the issuer's short name.
        let src = "3.3. Обеспечить проведение
\u{c}ГБПОУ РО «НКПТиУ»               Приказ от 28.08.2023 № 245-ОД
инструктажей.
";
        assert_eq!(kinds(src), ["Clause(3.3)", "Editorial", "Text"]);
    }

    #[test]
    fn a_meeting_section_typed_letter_spaced() {
        assert_eq!(kinds("С Л У Ш А Л И :\nП Р И С У Т С Т В О В А Л И: 5 человек\nС М И Р Н О В\n"), ["Meeting(Heard)", "Meeting(Present)", "Text"]);
    }

    #[test]
    fn who_recommends_is_no_meeting_section() {
        assert_eq!(kinds("Участники конференции РЕКОМЕНДУЮТ:\nр е к о м е н д у е т:\nУчастники конференции:\n"), ["Recommends", "Recommends", "Meeting(Present)"]);
    }

    #[test]
    fn a_number_set_in_bold_opens_a_clause() {
        assert_eq!(kinds("**2. О работодателях, выплачивающих заработную плату**\n**1.** Утвердить план.\n**Срок:** май\n"), ["Clause(2)", "Clause(1)", "Deadline"]);
    }

    #[test]
    fn a_bullet_and_a_tab_open_a_list_item() {
        let src = "•\tОтделу семейной политики обеспечить мониторинг;\n–\tпродолжить работу;\n\u{f0b7}\tоказывать содействие.\n1\tАнализ\tмай\tИМО\n";
        assert_eq!(kinds(src), ["Text", "Text", "Text", "TableRow"]);
        let src = "Поделиться:\nВерсия для печати\nДокумент создан в электронной форме. № 156 от 18.03.2021.\nСтраница 1 из 2. Страница создана: 18.03.2021 11:25\nСтраница сайта обновлена\n";
        assert_eq!(kinds(src), ["Editorial", "Editorial", "Editorial", "Editorial", "Text"]);
        let src = "1. Утвердить план.\nПротокол № 3 заседания комиссии по БДД от 26.09.2019        Страница 2 из 4\nИтоги        2 из 4\n";
        assert_eq!(kinds(src), ["Clause(1)", "Editorial", "Text"]);
        let src = "1. Утвердить план.\n                                   2\n2\n";
        assert_eq!(kinds(src), ["Clause(1)", "Editorial", "Text"]);
        assert_eq!(kinds("\t\t\t(подпись)\t\t(Ф.И.О.)\n"), ["Editorial"]);
        assert_eq!(kinds("3.2. Организовать курсы.\nГАРАНТ:\nСм. Методические рекомендации\n"), ["Clause(3.2)", "Editorial", "Editorial"]);
        // Signers' roles side by side in cells are no row either.
        let src = "Глава города Ишима\t\t\t\tПредседатель Ишимской городской Думы\nМероприятие\tСрок\tОтветственный\n";
        assert_eq!(kinds(src), ["Text", "TableRow"]);
    }

    #[test]
    fn a_clause_with_its_term_in_a_cell_and_a_meeting_heading_before_a_tab_are_no_rows() {
        let src = "3.2. Утвердить программы.\tСрок исполнения: до 01.09.2022г.\nПредседательствовал:\tБаранов В.А. – глава района\n1.1.\tАнализ\tмай\tИМО\n";
        assert_eq!(kinds(src), ["Clause(3.2)", "Meeting(Chair)", "TableRow"]);
        let cell = labelled_cell("Утвердить программы.\t\tОтветственный: Петров П.П.");
        assert_eq!(cell.map(|c| (c.text_end, c.term)), Some(("Утвердить программы.".len(), false)));
        assert_eq!(labelled_cell("Анализ\tмай"), None);
    }

    #[test]
    fn box_drawn_lines_are_table_rows() {
        let src = "┌────┬────────┐\n│1.  │Анализ  │\n│    │итогов  │\n├────┴────────┤\nСписок изменяющих документов\n";
        assert_eq!(kinds(src), ["TableRow", "TableRow", "TableRow", "TableRow", "Editorial"]);
    }

    #[test]
    fn a_news_page_s_footer_after_the_act_is_furniture_to_the_end() {
        let src = "Напомним, что ВПР пройдут в марте.\n1. Принять к сведению.\n\nНапомним, что ВПР пройдут в марте.\n\nДругие новости\n01.03.2021 Стартовал конкурс\n";
        assert_eq!(kinds(src), ["Text", "Clause(1)", "Blank", "Editorial", "Blank", "Editorial", "Editorial"]);
        let src = "1. Принять к сведению.\nТеги: коллегия, ВПР\n© Министерство образования, 2021\n";
        assert_eq!(kinds(src), ["Clause(1)", "Editorial", "Editorial"]);
    }

    #[test]
    fn amendment_notes_in_parentheses_run_to_their_close() {
        let src = "2.2. организовать работу лагерей;\n(пп. 2.2 в ред. постановления от 01.06.2021 N 471-пг)\n\
                   (п. 1.5 в ред. постановления администрации\nот 01.06.2021 N 471-пг)\n2.3. обеспечить охрану.\n(приложение 1)\n";
        assert_eq!(kinds(src), ["Clause(2.2)", "Editorial", "Editorial", "Editorial", "Clause(2.3)", "Text"]);
    }

    #[test]
    fn minutes_of_an_owners_meeting_in_the_official_form() {
        let src = "ГОЛОСОВАЛИ:\n«ЗА»\t«ПРОТИВ»\t«ВОЗДЕРЖАЛИСЬ»\nколичество голосов\t%\tколичество голосов\t%\n3 021,4\t95,4\t48,2\t1,5\n\
                   РЕШИЛИ (ПОСТАНОВИЛИ): Избрать председателем собрания Белоусову О.В.\n\
                   РЕШИЛИ (ПОСТАНОВИЛИ):\n\
                   Решение родительского собрания:\n\
                   Решение Думы от 12.03.2023 № 5:\n\
                   ПРЕДЛОЖЕНО: утвердить смету.\n\
                   Мероприятие\tСрок\tОтветственный\n";
        assert_eq!(
            kinds(src),
            ["Vote", "Vote", "Vote", "Vote", "Formula(true)", "Formula(true)", "Formula(true)", "Text", "Meeting(Heard)", "TableRow"]
        );
        // The speaker heard, set off by a tab, is no signature's name.
        assert_eq!(kinds("СЛУШАЛИ:\tШабалину Т.А.\n"), ["Meeting(Heard)"]);
        // A conference's record of how its resolution was passed.
        assert_eq!(kinds("Резолюция принята единогласно.\nРезолюция принята на пленарном заседании форума 22 августа 2024 года.\n"), ["Vote", "Vote"]);
    }

    #[test]
    fn a_news_item_s_byline_is_its_page_s_foot() {
        for line in ["Т. ЛЕБЕДЕВА, методист МКУ «ЦОДСО».", "Т. ЛЕБЕДЕВА,", "Ирина МАРТЫНОВА.", "Информацию подготовила: Кузьмина Н.В.", "Подготовила Л.Р. Мухаметова", "Текст и фото: Анна Петрова"] {
            assert!(is_page_foot(line), "{line}");
        }
        assert_eq!(kinds("5. Контроль возложить на Р.Ф. Галиеву.\n\nПодготовила Л.Р. Мухаметова\n"), ["Clause(5)", "Blank", "Editorial"]);
        for line in ["С.В. ГРЕБЕНЮК", "Директор ГРЕБЕНЮК С.В.", "И.И. Иванов, директор школы", "Руководители МОУО,", "Управление ФСБ,", "Подготовила и провела семинар для учителей начальных классов района методист", "Формирование РИС, внесение сведений об участниках ГИА"] {
            assert!(!is_page_foot(line), "{line}");
        }
    }

    #[test]
    fn an_electronic_signature_stamp_is_editorial() {
        let src = "Начальник управления\n   ┌────────────────────┐\n   │ ДОКУМЕНТ ПОДПИСАН  │\n   │ ЭЛЕКТРОННОЙ ПОДПИСЬЮ │\n   │ Владелец: Гордеев М.Ю. │\n   └────────────────────┘\n          М.Ю. Гордеев\n";
        assert_eq!(kinds(src), ["Text", "Editorial", "Editorial", "Editorial", "Editorial", "Editorial", "Name(role=false)"]);
        // The stamp's field between the role and the name on one line: they sign.
        let src = "            ДОКУМЕНТ ПОДПИСАН\n          ЭЛЕКТРОННОЙ ПОДПИСЬЮ\nРектор        Сертификат: 01DA6E3F0B1C        А.П. Широков\n              Владелец: Широков Алексей Петрович\n\n";
        assert_eq!(kinds(src), ["Editorial", "Editorial", "Name(role=true)", "Editorial", "Blank"]);
    }

    #[test]
    fn classifies_lines() {
        let src = "П Р И К А З Ы В А Ю:\n\
                   1.1.\tПроведение\tавгуст\tООО\n\
                   - 2.1.1. Обеспечить участие\n\
                   Срок – до 31 марта 2021 г.\n\
                   ПРИСУТСТВОВАЛИ:\n\
                   Председатель: Е.К. Орешко, И.о. Министра\n\
                   А.Ю. Короткова\n\
                   Руководитель\t\t\tЮ.А.Орлов\n\
                   Рассылка:\n\
                   Приложение № 1\n\
                   Пункт 2 изменен с 1 января 2021 г. - Постановление Правительства\n\
                   В целях обеспечения, постановляет:\n\
                   \u{a0}\n\
                   Коллегия решила:\n\
                   ПРИКАЗЫВАЮ\n\
                   В целях организации работы приказываю\n\
                   Совет решил\n\
                   Решение принято единогласно.\n\
                   КонсультантПлюс\n\
                   Страница 2 из 3\n\
                   Члены комиссии: Петров П.П., Иванов И.И.\n\
                   (Кудряшов Д.А., Иванова Т.Н.)\n\
                   - 2 -\n\
                   Коллегия РЕКОМЕНДУЕТ:\n\
                   РЕШЕНИЕ:\n\
                   РЕШЕНИЕ";
        insta::assert_snapshot!(kinds(src).join("\n"), @r"
        Formula(true)
        TableRow
        Clause(2.1.1)
        Deadline
        Meeting(Present)
        Meeting(Chair)
        Name(role=false)
        Name(role=true)
        Distribution
        Appendix
        Editorial
        Formula(false)
        Blank
        Formula(true)
        Formula(true)
        Formula(false)
        Text
        Vote
        Editorial
        Editorial
        Meeting(Present)
        Speakers
        Editorial
        Recommends
        Formula(true)
        Text
        ");
    }
}
