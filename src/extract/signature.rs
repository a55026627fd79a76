//! Signatures: role and name of each signature block the layout found; a block repeated (the
//! same role and name pasted again) is dropped with a `dedup.removed` diagnostic. A block
//! written side by side (two signers of a joint document, each name under its own role) is
//! read column by column.

use crate::block::scan::{is_keeper_label, is_sign_filler, scan_person, starts_with_any_lower};
use crate::block::Block;
use crate::diag::{Code, Diagnostic, DiagnosticSink};
use crate::layout::SignatureBlock;
use crate::lex::Line;
use crate::lexicon;
use crate::model::{Person, Signature};
use crate::span::Span;
use crate::text::{clean, clean_join, is_space_or_emphasis, segments};

/// Reads the signature blocks, dropping repeats.
pub(crate) fn read(src: &str, blocks: &[Block], found: &[SignatureBlock], diags: &mut impl DiagnosticSink) -> Vec<Signature> {
    let mut out: Vec<Signature> = Vec::new();
    for signature in found.iter().flat_map(|sig| read_block(src, blocks, sig)) {
        let repeat = out.iter().any(|s| s.name == signature.name && s.role == signature.role);
        if repeat {
            diags.report(Diagnostic::new(
                Code::DedupRemoved,
                format!("removed a repeated signature block of «{}»", signature.name),
                Some(signature.span),
            ));
            continue;
        }
        out.push(signature);
    }
    out
}

/// The signatures of one block: one, or one per column when its name line holds several names
/// apart.
fn read_block(src: &str, blocks: &[Block], sig: &SignatureBlock) -> Vec<Signature> {
    let role_lines = blocks.get(sig.role_lines.clone()).unwrap_or(&[]);
    match blocks.get(sig.name_line).and_then(|b| side_by_side(src, &b.line, role_lines)) {
        Some(columns) => columns,
        None => vec![read_one(src, role_lines, sig)],
    }
}

/// The keeper of the minutes named in the foot (`Протокол вел:` / `секретарь АТК   А.В.
/// Князев`, `Секретарь комиссии   Л.Р. Хасанова`), as the meeting's secretary: the first block
/// whose role opens with a keeper's label or a secretary's post. The position is the role
/// without the label, if anything else is written.
pub(crate) fn minutes_keeper(src: &str, blocks: &[Block], found: &[SignatureBlock]) -> Option<Person> {
    let opens_as_keeper = |sig: &&SignatureBlock| {
        let first = blocks.get(sig.role_lines.start).filter(|_| !sig.role_lines.is_empty()).map(|b| b.line.text(src));
        let first = first.or_else(|| sig.name.role.and_then(|(a, b)| src.get(a..b))).unwrap_or("");
        let first = first.trim_start_matches(is_space_or_emphasis);
        starts_with_any_lower(first, &lexicon::MINUTES_KEEPER_ROLES) || starts_with_any_lower(first, &["секретар"])
    };
    let signature = found.iter().find(opens_as_keeper).and_then(|sig| read_block(src, blocks, sig).into_iter().next())?;
    let position = signature.role.filter(|role| !starts_with_any_lower(role, &["протокол"]));
    Some(Person { name: signature.name, position, span: signature.span })
}

fn read_one(src: &str, lines: &[Block], sig: &SignatureBlock) -> Signature {
    let (name_start, name_end) = sig.name.name;
    let name = clean(src.get(name_start..name_end).unwrap_or(""));
    // `Протокол вел:` over the keeper's post labels the block; the post is the role.
    let lines = match lines.split_first() {
        Some((first, rest)) if (!rest.is_empty() || sig.name.role.is_some()) && is_keeper_label(first.line.text(src)) => rest,
        _ => lines,
    };
    let mut parts: Vec<&str> = lines.iter().map(|b| b.line.text(src)).collect();
    let mut start = lines.first().map_or(name_start, |b| b.line.content_start).min(name_start);
    let end = lines.last().map_or(name_end, |b| b.line.content_end).max(name_end);
    if let Some((a, b)) = sig.name.role {
        // The role on the name's line goes before lines under it, after lines above it.
        let at = if sig.role_lines.start > sig.name_line { 0 } else { parts.len() };
        parts.insert(at, src.get(a..b).unwrap_or(""));
        start = start.min(a);
    }
    Signature { role: role_text(&parts), name, span: Span::from_range(start..end) }
}

/// The role of a signer from its pieces: cleaned, joined, without a trailing `,` or `:`.
fn role_text(parts: &[&str]) -> Option<String> {
    let role = clean_join(parts.iter().copied());
    let role = role.trim_end_matches([',', ':']).trim();
    (!role.is_empty()).then(|| role.to_string())
}

/// One column of a block written side by side.
#[derive(Default)]
struct Column {
    /// Source ranges of the role pieces, top to bottom.
    role: Vec<(usize, usize)>,
    /// Source range of the name.
    name: (usize, usize),
    /// The display column the name line's part of this column starts at; pieces of role lines
    /// starting at or after the middle of the gap before it belong here.
    threshold: usize,
}

/// The signatures of a block whose name line holds two or more names apart (`А.А. Григорьев
/// ⟶ О.М. Смоленская`, or `Глава города  И.И. Иванов  Председатель Думы  П.П. Петров`): each
/// role line is cut where its pieces start, by the columns of the name line. `None` for a block
/// of one signer.
fn side_by_side(src: &str, name_line: &Line, role_lines: &[Block]) -> Option<Vec<Signature>> {
    let mut columns = name_columns(src, name_line)?;
    for line in role_lines {
        let mut display = DisplayColumns::new(src, line.line.start);
        for (a, b) in absolute_segments(src, &line.line) {
            let col = display.at(a);
            let k = columns.iter().rposition(|c| c.threshold <= col).unwrap_or(0);
            if let Some(column) = columns.get_mut(k) {
                column.role.push((a, b));
            }
        }
    }
    let mut signatures = Vec::with_capacity(columns.len());
    for column in columns {
        let role_pieces: Vec<&str> = column.role.iter().filter_map(|&(a, b)| src.get(a..b)).collect();
        let start = column.role.first().map_or(column.name.0, |r| r.0);
        let name = clean(src.get(column.name.0..column.name.1).unwrap_or(""));
        signatures.push(Signature { role: role_text(&role_pieces), name, span: Span::from_range(start..column.name.1) });
    }
    Some(signatures)
}

/// The columns of a name line holding two or more whole names among its pieces, each name
/// closing a column; `None` for fewer names, or text after the last name.
fn name_columns(src: &str, line: &Line) -> Option<Vec<Column>> {
    let pieces: Vec<(usize, usize)> = absolute_segments(src, line).collect();
    let mut columns: Vec<Column> = Vec::new();
    let mut column = Column::default();
    let mut open = false;
    let mut previous_end: Option<usize> = None;
    let mut display = DisplayColumns::new(src, line.start);
    for &(a, b) in &pieces {
        let col = display.at(a);
        if !open {
            column.threshold = previous_end.map_or(0, |end| (end + col).div_ceil(2));
            open = true;
        }
        match person_in(src, a, b) {
            Some(name) => {
                column.name = name;
                columns.push(std::mem::take(&mut column));
                previous_end = Some(display.at(b));
                open = false;
            }
            None => column.role.push((a, b)),
        }
    }
    (columns.len() >= 2 && !open).then_some(columns)
}

/// The name in `src[a..b]` when the piece is nothing but a person's name, after an optional
/// line of underscores to sign on (`__________ И.И. Иванов`).
fn person_in(src: &str, a: usize, b: usize) -> Option<(usize, usize)> {
    let piece = src.get(a..b)?;
    let name = piece.trim_start_matches(is_sign_filler);
    let start = a + piece.len() - name.len();
    (scan_person(name) == Some(name.len())).then_some((start, b))
}

/// The pieces of a line (see [`segments`]) as source ranges.
fn absolute_segments<'a>(src: &'a str, line: &Line) -> impl Iterator<Item = (usize, usize)> + 'a {
    let start = line.start;
    segments(src.get(line.start..line.end).unwrap_or("")).map(move |(a, b)| (start + a, start + b))
}

/// Display columns of the bytes of one line, asked in increasing order: chars counted, a tab
/// moving to the next multiple of 8. Each char is counted once however many pieces a line has.
struct DisplayColumns<'a> {
    src: &'a str,
    byte: usize,
    column: usize,
}

impl<'a> DisplayColumns<'a> {
    fn new(src: &'a str, line_start: usize) -> Self {
        DisplayColumns { src, byte: line_start, column: 0 }
    }

    /// The display column of byte `at`, at or after the last one asked.
    fn at(&mut self, at: usize) -> usize {
        let passed = self.src.get(self.byte..at).unwrap_or("");
        self.column = passed.chars().fold(self.column, |col, c| if c == '\t' { (col / 8 + 1) * 8 } else { col + 1 });
        self.byte = self.byte.max(at);
        self.column
    }
}

#[cfg(test)]
mod tests {
    fn signatures(text: &str) -> Vec<(Option<String>, String)> {
        crate::parse(text).signatures.into_iter().map(|s| (s.role, s.name)).collect()
    }

    const BODY: &str = "РЕШЕНИЕ\n\nот 26 января 2021 года № 3\n\nРЕШИЛ:\n\n1. Решение вступает в силу со дня подписания.\n\n";

    fn pair(left: (&str, &str), right: (&str, &str)) -> Vec<(Option<String>, String)> {
        vec![(Some(left.0.to_string()), left.1.to_string()), (Some(right.0.to_string()), right.1.to_string())]
    }

    #[test]
    fn the_keeper_of_the_minutes_is_the_secretary() {
        let protocol = "ПРОТОКОЛ\n\nПредседательствовал: Глава района Р.М. Нуруллин\n\nРЕШИЛИ:\n1. Принять к сведению.\n\n";
        let labelled = format!("{protocol}Председатель комиссии\t\tР.М. Нуруллин\n\nПротокол вел:\nсекретарь АТК\t\tА.В. Князев\n");
        let doc = crate::parse(&labelled);
        let roles: Vec<Option<&str>> = doc.signatures.iter().map(|s| s.role.as_deref()).collect();
        assert_eq!(roles, [Some("Председатель комиссии"), Some("секретарь АТК")]);
        let secretary = doc.meeting.and_then(|m| m.secretary).map(|p| (p.name, p.position));
        assert_eq!(secretary, Some(("А.В. Князев".to_string(), Some("секретарь АТК".to_string()))));
        // The label alone is the role, and no position.
        let alone = format!("{protocol}Председательствующий\t\tР.М. Нуруллин\n\nПротокол вела\t\tЕ.А. Мальцева\n");
        let doc = crate::parse(&alone);
        assert_eq!(doc.signatures.last().and_then(|s| s.role.as_deref()), Some("Протокол вела"));
        assert_eq!(doc.meeting.and_then(|m| m.secretary).map(|p| (p.name, p.position)), Some(("Е.А. Мальцева".to_string(), None)));
        // Not in an order, which has no meeting.
        let order = "ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n\nСекретарь\t\tА.В. Князев\n";
        assert!(crate::parse(order).meeting.is_none());
    }

    #[test]
    fn names_side_by_side_under_their_roles() {
        let text = format!(
            "{BODY}Глава муниципального образования        Председатель Совета депутатов\n\
             «Город Вязьма»                          муниципального образования\n\
             \u{20}                                       «Город Вязьма»\n\
             А.А. Григорьев                          О.М. Смоленская\n"
        );
        let expected = pair(
            ("Глава муниципального образования «Город Вязьма»", "А.А. Григорьев"),
            ("Председатель Совета депутатов муниципального образования «Город Вязьма»", "О.М. Смоленская"),
        );
        assert_eq!(signatures(&text), expected);
        // The same laid out with tabs, as a word processor saves it.
        let tabs = format!("{BODY}Председатель Думы\t\t\t\t\t\tГлава\nгородского округа\t\t\t\t\t\tгородского округа\n\t\t\tА.А. Коршунова\t\t\t\t\tА.В. Захаров\n");
        assert_eq!(signatures(&tabs), pair(("Председатель Думы городского округа", "А.А. Коршунова"), ("Глава городского округа", "А.В. Захаров")));
        // A capitalised word going on with a role, and a blank line before the names.
        let tabs = format!("{BODY}Председатель Думы\t\t\t\t\t\t\tГлава Кашинского\nКашинского городского округа\t\t\t\t\tгородского округа\n\n\t\t\tГ.А. Ласточкин\t\t\t\t\t\t\tТ.С. Баскова\n");
        assert_eq!(signatures(&tabs), pair(("Председатель Думы Кашинского городского округа", "Г.А. Ласточкин"), ("Глава Кашинского городского округа", "Т.С. Баскова")));
    }

    #[test]
    fn roles_and_names_on_one_line_and_lines_to_sign_on() {
        let one_line = format!("{BODY}Глава города     И.И. Иванов        Председатель Думы     П.П. Петров\n");
        assert_eq!(signatures(&one_line), pair(("Глава города", "И.И. Иванов"), ("Председатель Думы", "П.П. Петров")));
        let underscores = format!("{BODY}Председатель Думы                 Глава города\n\n__________ И.И. Иванов            __________ П.П. Петров\n");
        assert_eq!(signatures(&underscores), pair(("Председатель Думы", "И.И. Иванов"), ("Глава города", "П.П. Петров")));
        // A page taken from a site sets a blank line inside the role.
        let site = format!("{BODY}**Глава муниципального округа**\n\n**Ивановское                       Д.Н. Соболев**\n");
        assert_eq!(signatures(&site), vec![(Some("Глава муниципального округа Ивановское".to_string()), "Д.Н. Соболев".to_string())]);
        let single = format!("{BODY}Губернатор области ___________ В.В. Петров\n");
        assert_eq!(signatures(&single), vec![(Some("Губернатор области".to_string()), "В.В. Петров".to_string())]);
    }

    #[test]
    fn visas_acknowledgements_and_stamps_neither_sign_nor_hide_the_executor() {
        let signed = "Глава города     И.И. Иванов\n\n";
        let visas = "Проект вносит:\nНачальник управления     О.С. Лебедева\n\nСОГЛАСОВАНО:\n\nЗаместитель главы     О.А. Ветрова\nЮрист     П.П. Сидоров\n\n\
                     Начальник отдела правовой\nи кадровой работы\t\t\tИ.И. Пестова\n\nПОДГОТОВЛЕНО\nНачальник отдела\t\tЕ.А. Смирнова\n\n\
                     Постановление получил(а): ____________\n\n";
        let acknowledged = "С решением ознакомлены:\n______ Н.Н. Сомова «___» ______ 2021 г.\n\n";
        let stamp = "ДОКУМЕНТ ПОДПИСАН\nЭЛЕКТРОННОЙ ПОДПИСЬЮ\nСертификат 01A2B3\n\nВладелец Иванов Иван Иванович\nДействителен с 01.01.2020 по 01.01.2021\n\n";
        for executor in ["Крылова А.А.\n2-34-56\n", "Подготовила: специалист А.А. Крылова, тел. 2-34-56\n", "Исполнитель Крылова А.А.\n"] {
            let doc = crate::parse(&format!("{BODY}{signed}{stamp}{visas}{acknowledged}{executor}"));
            let names: Vec<&str> = doc.signatures.iter().map(|s| s.name.as_str()).collect();
            assert_eq!(names, ["И.И. Иванов"], "{executor}");
            let found = doc.executor.map(|e| e.replace(' ', ""));
            assert!(matches!(found.as_deref(), Some("КрыловаА.А." | "А.А.Крылова")), "{executor}: {found:?}");
        }
    }
}
