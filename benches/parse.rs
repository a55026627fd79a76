//! Parse + serialise throughput (MB/s) over the corpus, over scaled documents and over the
//! pathological inputs of `tests/pathological.rs`; the deadline grammar and the addressee
//! normaliser on their own.
//!
//! `cargo bench --bench parse`; figures and how to read them are in BENCHMARKS.md.

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::time::Duration;

/// Every `.txt` document under `corpus/seeds` and `corpus/synthetic`, sorted by path.
fn corpus() -> Vec<String> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
    let mut paths: Vec<_> = ["seeds", "synthetic"]
        .iter()
        .filter_map(|dir| std::fs::read_dir(format!("{root}/{dir}")).ok())
        .flat_map(|entries| entries.flatten().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect()
}

fn parse_and_serialise(text: &str) -> usize {
    let doc = ukaz::parse(text);
    serde_json::to_string(&doc).map_or(0, |s| s.len())
}

fn bench_corpus(c: &mut Criterion) {
    let docs = corpus();
    docs.iter().for_each(|d| drop(ukaz::parse(d))); // load the dictionary first
    let mut group = c.benchmark_group("parse+serialise");
    group.throughput(Throughput::Bytes(docs.iter().map(|d| d.len() as u64).sum()));
    group.bench_function("corpus", |b| b.iter(|| docs.iter().map(|d| parse_and_serialise(black_box(d))).sum::<usize>()));
    // Each document's text written out twenty times: long inputs, most of them repeats that
    // dedup removes, so the output is far smaller than twenty documents' worth.
    let scaled: Vec<String> = docs.iter().map(|d| d.repeat(20)).collect();
    group.throughput(Throughput::Bytes(scaled.iter().map(|d| d.len() as u64).sum()));
    group.bench_function("corpus-each-repeated-x20", |b| b.iter(|| scaled.iter().map(|d| parse_and_serialise(black_box(d))).sum::<usize>()));
    group.finish();
}

/// About one megabyte of each pathological shape, and of a normal document for comparison.
fn pathological() -> Vec<(&'static str, String)> {
    let normal = corpus().into_iter().max_by_key(String::len).unwrap_or_default();
    let copies = (1_000_000 / normal.len().max(1)).max(1);
    vec![
        ("normal", normal.repeat(copies)),
        ("numbers-1.1.1.1", format!("ПРИКАЗЫВАЮ:\n{}", "1.1.1.1. Провести.\n".repeat(40_000))),
        ("one-long-line", format!("ПРИКАЗЫВАЮ:\n1. {}\n", "Провести совещание отделу образования ".repeat(14_000))),
        ("deep-numbering", (1..=700).map(|n| format!("{}. Текст\n", vec!["1"; n].join("."))).collect()),
        ("wide-row", format!("Приложение\nПлан мероприятий\n№\tМероприятие\tСрок\n1\t{}\n", vec!["до 1 марта 2021 г."; 30_000].join("\t"))),
        ("bullets", format!("ПРИКАЗЫВАЮ:\n1. Сделать.\n{}", "- \n".repeat(330_000))),
        ("term-labels", format!("ПРИКАЗЫВАЮ:\n1. Сделать.\n{}", "Срок: \n".repeat(100_000))),
        ("site-report-paragraphs", format!("Главная / Новости\n\nИтоги\n\nКоллегия решила:\n\n{}", "Абзац отчета без пунктов\n\n".repeat(21_000))),
        ("names-side-by-side", format!("ПРИКАЗЫВАЮ:\n1. Сделать.\n\nГлава района    Председатель Думы\n{}\n", "И.И. Иванов    ".repeat(40_000).trim_end())),
    ]
}

fn bench_pathological(c: &mut Criterion) {
    let mut group = c.benchmark_group("pathological");
    group.sample_size(10);
    for (name, text) in pathological() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, t| b.iter(|| parse_and_serialise(black_box(t))));
    }
    group.finish();
}

/// Addressees as decisions write them, in the dative.
const ADDRESSEES: &[&str] = &[
    "Министерству образования Камчатского края",
    "Отделу образования Администрации МО «Починковский район» Смоленской области",
    "Органам местного самоуправления, осуществляющим управление в сфере образования",
    "Руководителям общеобразовательных организаций",
    "Директору МБОУ «СОШ № 2» Петровой А.А.",
    "информационно-методическому отделу управления образования",
    "Краевому государственному автономному учреждению дополнительного профессионального образования",
    "Главам муниципальных образований Камчатского края",
    "Учителям-предметникам",
    "Территориальной психолого-медико-педагогической комиссии",
];

fn bench_addressees(c: &mut Criterion) {
    let mut group = c.benchmark_group("addressee_name");
    group.throughput(Throughput::Elements(ADDRESSEES.len() as u64));
    group.bench_function("ten-addressees", |b| b.iter(|| ADDRESSEES.iter().map(|a| ukaz::addressee_name(black_box(a)).len()).sum::<usize>()));
    // Each addressee with a distinct room number: more names than the per-thread memo holds,
    // so the figure is the inflection's own speed.
    let distinct: Vec<String> = (0..10_000).map(|n| format!("{} каб. {n}", ADDRESSEES.get(n % ADDRESSEES.len()).copied().unwrap_or(""))).collect();
    group.throughput(Throughput::Elements(distinct.len() as u64));
    group.bench_function("ten-thousand-distinct", |b| b.iter(|| distinct.iter().map(|a| ukaz::addressee_name(black_box(a)).len()).sum::<usize>()));
    group.finish();
}

const MONTHS: [&str; 12] =
    ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

/// Ten thousand distinct terms in the common written forms: more than the per-thread term memo
/// holds, so the figure is the grammar's own speed.
fn terms() -> Vec<String> {
    (0..10_000usize)
        .map(|n| {
            let (day, month, year) = (1 + n % 28, n / 28 % 12, 2000 + n / 336);
            let word = MONTHS.get(month).copied().unwrap_or("мая");
            match n % 5 {
                0 => format!("до {day} {word} {year} г."),
                1 => format!("не позднее {day:02}.{:02}.{year}", month + 1),
                2 => format!("в срок до «{day}» {word} {year} года"),
                3 => format!("{} квартал {year} г.", ["I", "II", "III", "IV"].get(month / 3).copied().unwrap_or("I")),
                _ => format!("ежеквартально, до {day} числа месяца, следующего за отчетным, {year}"),
            }
        })
        .collect()
}

fn bench_deadlines(c: &mut Criterion) {
    let terms = terms();
    let ctx = ukaz::DeadlineContext::new();
    let read = terms.iter().filter(|t| ukaz::parse_deadline(t, &ctx).is_some()).count();
    eprintln!("parse_deadline: {read} of {} terms read", terms.len());
    let mut group = c.benchmark_group("parse_deadline");
    group.throughput(Throughput::Elements(terms.len() as u64));
    group.bench_function("ten-thousand-distinct-terms", |b| b.iter(|| terms.iter().filter(|t| ukaz::parse_deadline(black_box(t), &ctx).is_some()).count()));
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().measurement_time(Duration::from_secs(4)).warm_up_time(Duration::from_secs(1));
    targets = bench_corpus, bench_pathological, bench_deadlines, bench_addressees
}
criterion_main!(benches);
