//! Rough throughput check: parses and serialises every corpus document many times.
//! `cargo run --release --example throughput [ROUNDS]`

use std::time::Instant;

fn main() {
    let rounds: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(200);
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/seeds");
    let mut docs = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            if let Ok(t) = std::fs::read_to_string(e.path()) {
                docs.push(t);
            }
        }
    }
    let bytes: usize = docs.iter().map(String::len).sum();
    docs.iter().for_each(|d| drop(ukaz::parse(d))); // warm up: loads the dictionary
    let start = Instant::now();
    let out = run_rounds(&docs, rounds);
    let secs = start.elapsed().as_secs_f64();
    let mb = (bytes * rounds) as f64 / 1e6;
    println!("{} docs x {rounds}: {mb:.1} MB in {secs:.2} s = {:.1} MB/s (json {out} bytes)", docs.len(), mb / secs);
    // The two halves apart: what parsing alone and serialising alone would allow.
    let start = Instant::now();
    let clauses = parse_rounds(&docs, rounds);
    println!("  parse only: {:.1} MB/s ({clauses} clauses)", mb / start.elapsed().as_secs_f64());
    let parsed: Vec<ukaz::Document> = docs.iter().map(|d| ukaz::parse(d)).collect();
    let start = Instant::now();
    let out = serialise_rounds(&parsed, rounds);
    println!("  serialise only: {:.1} MB/s of input ({:.1} MB/s of JSON)", mb / start.elapsed().as_secs_f64(), out as f64 / 1e6 / start.elapsed().as_secs_f64());
}

/// Parsing alone, `rounds` times over.
#[inline(never)]
fn parse_rounds(docs: &[String], rounds: usize) -> usize {
    (0..rounds).map(|_| docs.iter().map(|d| ukaz::parse(d).clauses.len()).sum::<usize>()).sum()
}

/// Serialising alone, of documents parsed once, `rounds` times over.
#[inline(never)]
fn serialise_rounds(docs: &[ukaz::Document], rounds: usize) -> usize {
    (0..rounds).map(|_| docs.iter().map(|d| serde_json::to_string(d).map(|s| s.len()).unwrap_or(0)).sum::<usize>()).sum()
}

/// The timed work, kept out of line so that a profiler can collect it alone
/// (`valgrind --tool=callgrind --collect-atstart=no --toggle-collect=throughput::run_rounds`).
#[inline(never)]
fn run_rounds(docs: &[String], rounds: usize) -> usize {
    let mut out = 0;
    for _ in 0..rounds {
        for d in docs {
            let doc = ukaz::parse(d);
            out += serde_json::to_string(&doc).map(|s| s.len()).unwrap_or(0);
        }
    }
    out
}
