//! Hostile and degenerate inputs: each must parse without panicking or overflowing the stack,
//! keep the output invariants and report what it saw. Their speed (seconds per MB against a
//! normal document's) is measured in `benches/parse.rs`, not here.

use ukaz::testing::check_invariants;
use ukaz::{Code, Document};

/// Parses `text` and checks the span, nesting and JSON round-trip invariants.
fn parse_checked(text: &str) -> Document {
    let doc = ukaz::parse(text);
    if let Err(e) = check_invariants(text, &doc) {
        panic!("invariant broken: {e}");
    }
    doc
}

fn has(doc: &Document, code: Code) -> bool {
    doc.diagnostics.iter().any(|d| d.code == code)
}

/// Depth of the deepest clause.
fn depth(clauses: &[ukaz::Clause]) -> usize {
    clauses.iter().map(|c| 1 + depth(&c.children)).max().unwrap_or(0)
}

#[test]
fn hundred_thousand_identical_numbers() {
    let text = format!("ПРИКАЗЫВАЮ:\n{}", "1.1.1.1. Провести.\n".repeat(100_000));
    let doc = parse_checked(&text);
    assert!(!doc.clauses.is_empty());
    assert!(has(&doc, Code::NumberingUnexpected) || has(&doc, Code::DedupRemoved), "repeats are reported");
}

#[test]
fn ten_megabyte_line() {
    let line = "Провести совещание отделу образования ".repeat(10_000_000 / 70);
    let text = format!("ПРИКАЗЫВАЮ:\n1. {line}\n2. Второй пункт.\n");
    let doc = parse_checked(&text);
    assert_eq!(doc.clauses.len(), 2);
}

#[test]
fn numbering_three_thousand_levels_deep_is_capped() {
    let text: String = std::iter::once("ПРИКАЗЫВАЮ:\n".to_owned())
        .chain((1..=3000).map(|level| format!("{}. Текст\n", vec!["1"; level].join("."))))
        .collect();
    let doc = parse_checked(&text);
    assert!(depth(&doc.clauses) <= 24, "depth {}", depth(&doc.clauses));
    assert!(has(&doc, Code::NumberingTooDeep));
}

#[test]
fn table_row_of_twenty_thousand_cells() {
    let row = vec!["до 1 марта 2021 г."; 20_000].join("\t");
    let text = format!(
        "ПРИКАЗЫВАЮ:\n1. Утвердить план.\n\nПриложение\nПлан мероприятий\n№\tМероприятие\tСрок\tОтветственный\n1\tПровести\t{row}\n2\tОбеспечить\tдо 1 мая 2021 г.\tОтдел\n"
    );
    let doc = parse_checked(&text);
    assert_eq!(doc.appendices.len(), 1);
}

#[test]
fn megabytes_of_bullets() {
    let text = format!("ПРИКАЗЫВАЮ:\n1. Сделать.\n{}\n{}", "- ".repeat(500_000), "- \n".repeat(100_000));
    parse_checked(&text);
}

#[test]
fn megabytes_of_term_labels() {
    let text = format!("ПРИКАЗЫВАЮ:\n1. Сделать.\n{}\n{}", "Срок: ".repeat(200_000), "Срок: \n".repeat(100_000));
    let doc = parse_checked(&text);
    assert!(!doc.clauses.is_empty());
}

#[test]
fn nul_bytes_and_replacement_characters() {
    // Unpaired UTF-16 surrogates reach the parser as U+FFFD after decoding.
    let text = "ПРИКАЗЫВАЮ:\n1. \0Сделать\0 до 1 марта 2021 г.\n2. \u{fffd}\u{fffd}Провести\u{fffd}.\n".repeat(1000);
    let doc = parse_checked(&text);
    assert!(!doc.clauses.is_empty());
}

#[test]
fn empty_and_whitespace_only() {
    for text in ["", "\n", "\u{a0}\r\n\t", "\u{feff}", "1.", "-", "Срок:"] {
        parse_checked(text);
    }
}

#[test]
fn signature_line_of_a_hundred_thousand_names() {
    let names = "И.И. Иванов    ".repeat(100_000);
    let text = format!("ПРИКАЗЫВАЮ:\n1. Провести.\n\nГлава района    Председатель Думы\n{}\n", names.trim_end());
    let doc = parse_checked(&text);
    assert_eq!(doc.clauses.len(), 1);
}

#[test]
fn site_news_item_of_a_hundred_thousand_paragraphs_after_its_formula() {
    // Whether the report's paragraphs follow a list is looked up once per line, not from the
    // formula each time (that took 35 s on these 4.7 MB in a release build).
    let text = format!("Главная / Новости\n\nКоллегия подвела итоги\n\nКоллегия решила:\n\n{}", "Абзац отчета без пунктов\n\n".repeat(100_000));
    let doc = parse_checked(&text);
    assert!(has(&doc, Code::InputNotOperative), "a news item says so");
    assert_eq!(doc.title.as_deref(), Some("Коллегия подвела итоги"));
}

#[test]
fn a_paragraph_of_fifty_thousand_people_each_after_a_position() {
    // The commas after the names are looked up by binary search, not scanned per comma.
    let present = vec!["заместитель министра - Шмидт Г.И. (по согласованию)"; 50_000].join(", ");
    let text = format!("ПРОТОКОЛ\n\nПрисутствовали: {present}.\n\nРЕШИЛИ:\n1. Принять к сведению.\n");
    let doc = parse_checked(&text);
    assert_eq!(doc.meeting.map(|m| m.present.len()), Some(50_000));
}

#[test]
fn a_clause_of_fifty_thousand_quoted_terms() {
    // Whether each term stands inside quotes is known walking back once over the clause.
    let quoted = vec!["\"до 18 апреля 2022 года\""; 50_000].join(" ");
    let text = format!("ПРИКАЗЫВАЮ:\n1. Провести до 18 апреля 2022 года {quoted} проверку готовности.\n");
    let doc = parse_checked(&text);
    let term = doc.clauses.first().and_then(|c| c.deadline.as_ref()).map(|d| d.text.as_str());
    assert_eq!(term, Some("до 18 апреля 2022 года"));
}

#[test]
fn a_stacked_table_of_twenty_thousand_pages() {
    // Each page's foot and repeated header are marked once, by index, and a row's wrapped cells
    // are moved into its activity in one pass.
    let header = "№\nп/п\nМероприятие\nСрок\nОтветственный\n";
    let pages: String = (1..=20_000).map(|n| format!("{n}.\nПроведение совещания\nдо 01.09.2023\nОтдел образования\n4\nПродолжение приложения\n{header}")).collect();
    let text = format!("ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Утвердить план.\n\nПриложение\nПЛАН\n{header}{pages}");
    let doc = parse_checked(&text);
    assert_eq!(doc.appendices.len(), 1);
}
