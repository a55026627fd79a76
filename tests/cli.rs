//! The `ukaz parse` and `ukaz text` commands: output, stdin, exit codes and error messages.

use std::io::Write;
use std::process::{Command, Stdio};

fn ukaz() -> Command {
    Command::new(env!("CARGO_BIN_EXE_ukaz"))
}

fn corpus(name: &str) -> String {
    format!("{}/corpus/seeds/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn parse_prints_one_json_document() {
    let out = ukaz().args(["parse", &corpus("kamchatka-kollegiya-2020-291.txt")]).output().expect("run ukaz");
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    assert_eq!(json["schema"], "ukaz/1");
    assert_eq!(json["number"], "291");
    assert!(json["source"]["name"].as_str().is_some_and(|n| n.ends_with("kamchatka-kollegiya-2020-291.txt")));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1, "compact JSON is one line");
}

#[test]
fn pretty_output_is_indented() {
    let out = ukaz().args(["parse", "--pretty", &corpus("smolensk-news-2019.txt")]).output().expect("run ukaz");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.lines().count() > 10);
    assert!(text.contains("\"kind\": \"other\""));
}

#[test]
fn stdin_is_read_with_a_dash() {
    let mut child = ukaz().args(["parse", "-"]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().expect("run ukaz");
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all("ПРИКАЗЫВАЮ:\n1. Утвердить план.\n".as_bytes()).expect("write stdin");
    }
    let out = child.wait_with_output().expect("wait");
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    assert_eq!(json["source"]["name"], "-");
    assert_eq!(json["kind"], "order");
}

#[test]
fn missing_file_is_a_one_line_error_with_status_2() {
    let out = ukaz().args(["parse", "no/such/file.txt"]).output().expect("run ukaz");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("no/such/file.txt"), "{err}");
}

#[test]
fn oversized_input_is_refused_with_status_2() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("big.txt");
    std::fs::write(&path, "1. Текст.\n".repeat(150_000)).expect("write");
    let out = ukaz().args(["parse", "--max-size", "1"]).arg(&path).output().expect("run ukaz");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("big.txt") && err.contains("exceed the limit of 1048576 bytes"), "{err}");
}

#[test]
fn usage_errors_exit_with_2_and_help_explains() {
    let out = ukaz().arg("frobnicate").output().expect("run ukaz");
    assert_eq!(out.status.code(), Some(2));
    let help = ukaz().arg("--help").output().expect("run ukaz");
    assert_eq!(help.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&help.stdout).contains("parse"));
}

#[test]
fn empty_or_blank_input_is_a_one_line_error_with_status_2() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, bytes, detail) in [("empty.txt", &b""[..], "empty file (0 bytes)"), ("blank.txt", b" \n\t\n", "only whitespace (4 bytes)")] {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).expect("write");
        let out = ukaz().arg("parse").arg(&path).output().expect("run ukaz");
        assert_eq!(out.status.code(), Some(2), "{name}");
        assert!(out.stdout.is_empty(), "{name}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.trim().lines().count(), 1, "{err}");
        assert!(err.contains(name) && err.contains(detail) && err.contains("no text to parse"), "{err}");
    }
    let out = ukaz().args(["parse", "-"]).stdin(Stdio::null()).output().expect("run ukaz");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&out.stderr).trim(), "ukaz: -: empty file (0 bytes), no text to parse");
}

#[test]
fn text_prints_what_the_spans_of_an_html_page_point_into() {
    let dir = std::env::temp_dir().join(format!("ukaz-cli-text-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let page = dir.join("prikaz.html");
    std::fs::write(&page, "<html><body><p>ПРИКАЗЫВАЮ:</p><p>1. Утвердить&nbsp;план.</p></body></html>").expect("write page");
    let text = ukaz().args(["text", &page.to_string_lossy()]).output().expect("run ukaz");
    assert_eq!(text.status.code(), Some(0));
    let text = String::from_utf8(text.stdout).expect("UTF-8 text");
    let parsed = ukaz().args(["parse", &page.to_string_lossy()]).output().expect("run ukaz");
    let json: serde_json::Value = serde_json::from_slice(&parsed.stdout).expect("JSON on stdout");
    let span = &json["clauses"][0]["span"];
    let (start, end) = (span[0].as_u64().unwrap_or(0) as usize, span[1].as_u64().unwrap_or(0) as usize);
    assert_eq!(text.get(start..end), Some("1. Утвердить\u{a0}план."));
    let missing = ukaz().args(["text", &dir.join("missing.txt").to_string_lossy()]).output().expect("run ukaz");
    assert_eq!(missing.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&dir);
}
