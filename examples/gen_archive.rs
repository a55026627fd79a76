//! Generates a mixed batch input for `benches/batch.sh`: N documents from `corpus/seeds` and
//! `corpus/synthetic`, re-encoded (UTF-8, windows-1251, koi8-r, UTF-16LE with BOM) or wrapped
//! in HTML, written both into a zip archive and into a folder tree.
//!
//! `cargo run --release --example gen_archive -- N OUT.zip OUT_DIR`

use std::io::Write;
use std::path::{Path, PathBuf};

fn seeds() -> Vec<String> {
    let mut texts = Vec::new();
    for dir in ["corpus/seeds", "corpus/synthetic"] {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir).into_iter().flatten().flatten().map(|e| e.path()).collect();
        paths.sort();
        texts.extend(paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()));
    }
    texts
}

fn html(text: &str) -> Vec<u8> {
    let mut out = String::from("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>doc</title></head><body>\n");
    for line in text.lines() {
        let escaped = line.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
        out.push_str(&format!("<p>{escaped}</p>\n"));
    }
    out.push_str("</body></html>\n");
    out.into_bytes()
}

/// The i-th document: its relative path and bytes.
fn document(i: usize, seeds: &[String]) -> (String, Vec<u8>) {
    let text = &seeds[i % seeds.len()];
    let dir = format!("{:03}", i / 100);
    let (ext, bytes) = match i % 5 {
        0 => ("txt", text.as_bytes().to_vec()),
        1 => ("txt", encoding_rs::WINDOWS_1251.encode(text).0.into_owned()),
        2 => ("txt", encoding_rs::KOI8_R.encode(text).0.into_owned()),
        3 => ("txt", b"\xff\xfe".iter().copied().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect()),
        _ => ("html", html(text)),
    };
    (format!("{dir}/doc-{i:05}.{ext}"), bytes)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let [_, n, zip_path, dir] = args.as_slice() else {
        return Err("usage: gen_archive N OUT.zip OUT_DIR".into());
    };
    let n: usize = n.parse()?;
    let seeds = seeds();
    let mut zip = zip::ZipWriter::new(std::io::BufWriter::new(std::fs::File::create(zip_path)?));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let mut total = 0usize;
    for i in 0..n {
        let (name, bytes) = document(i, &seeds);
        total += bytes.len();
        zip.start_file(name.as_str(), options)?;
        zip.write_all(&bytes)?;
        let path = Path::new(dir).join(&name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, &bytes)?;
    }
    zip.finish()?;
    println!("{n} documents, {:.1} MB", total as f64 / 1e6);
    Ok(())
}
