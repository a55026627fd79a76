//! `ukaz::batch` and `ukaz batch` over a mixed archive built inside the test: legacy encodings,
//! UTF-16 and UTF-8 with BOM, HTML with a table, a DOCX with automatic numbering, a corrupt
//! member, a `.doc`, a nested archive and a zip bomb; and the litter of macOS and Windows
//! (`__MACOSX/._*`, `.DS_Store`, `Thumbs.db`), which is skipped.

use serde_json::Value;
use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use zip::write::SimpleFileOptions;
use zip::CompressionMethod;

const ORDER: &str = "ПРИКАЗ\n\n20 октября 2020 года\n\nОб утверждении плана\n\nПРИКАЗЫВАЮ:\n\n\
    1. Отделу образования (Кунцевич Е.В.) разместить план на сайте до 01 ноября 2020 года.\n\n\
    2. Контроль за исполнением настоящего приказа оставляю за собой.\n";

const CLAUSE: &str = "Отделу образования (Кунцевич Е.В.) разместить план на сайте до 01 ноября 2020 года.";

const HTML: &str = "<!DOCTYPE html><html><head><meta charset=\"windows-1251\"><title>Приказ</title>\
    <script>var a = '<p>1. Не текст</p>';</script></head><body>\
    <p>ПРИКАЗ</p><p>20 октября 2020 года</p><p>Об утверждении плана</p><p>ПРИКАЗЫВАЮ:</p>\
    <p>1. Утвердить план мероприятий согласно приложению.</p>\
    <p>Приложение</p><p>План мероприятий</p>\
    <table><tr><th>№ п/п</th><th>Мероприятие</th><th>Срок</th><th>Ответственный</th></tr>\
    <tr><td>1</td><td>Разместить&nbsp;план на сайте</td><td>до 01.11.2020</td><td>Отдел образования</td></tr></table>\
    </body></html>";

fn cp(text: &str, encoding: &'static encoding_rs::Encoding) -> Vec<u8> {
    encoding.encode(text).0.into_owned()
}

fn with_bom(bom: &[u8], body: impl IntoIterator<Item = u8>) -> Vec<u8> {
    bom.iter().copied().chain(body).collect()
}

fn para(num: Option<(u32, u32)>, text: &str) -> String {
    let ppr = num.map_or(String::new(), |(id, l)| {
        format!(r#"<w:pPr><w:numPr><w:ilvl w:val="{l}"/><w:numId w:val="{id}"/></w:numPr></w:pPr>"#)
    });
    format!(r#"<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#)
}

/// A minimal DOCX whose clauses are numbered by Word's automatic list numbering.
fn docx() -> Vec<u8> {
    let ns = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
    let body = [
        para(None, "ПРИКАЗ"),
        para(None, "20 октября 2020 года"),
        para(None, "Об утверждении плана"),
        para(None, "ПРИКАЗЫВАЮ:"),
        para(Some((1, 0)), "Утвердить план мероприятий."),
        para(Some((1, 1)), "Отделу образования разместить план на сайте до 01 ноября 2020 года."),
        para(Some((1, 1)), "Отделу культуры опубликовать план до 05 ноября 2020 года."),
        para(Some((1, 0)), "Контроль за исполнением приказа оставляю за собой."),
    ]
    .concat();
    let document = format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {ns}><w:body>{body}</w:body></w:document>"#);
    let numbering = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:numbering {ns}><w:abstractNum w:abstractNumId="7">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
        </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num></w:numbering>"#
    );
    let types = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
        <Default Extension="xml" ContentType="application/xml"/>
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;
    zip_of(&[
        ("[Content_Types].xml", types.as_bytes().to_vec()),
        ("word/document.xml", document.into_bytes()),
        ("word/numbering.xml", numbering.into_bytes()),
    ])
}

fn zip_of(members: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in members {
        let method = if *name == "broken.txt" { CompressionMethod::Stored } else { CompressionMethod::Deflated };
        writer.start_file(*name, SimpleFileOptions::default().compression_method(method)).expect("zip entry");
        writer.write_all(bytes).expect("zip write");
    }
    writer.finish().expect("zip finish").into_inner()
}

/// The mixed archive, with the expected (member, encoding, format or error code) in order.
fn mixed_archive() -> (Vec<u8>, Vec<(&'static str, &'static str)>) {
    let broken_marker = "ПОВРЕЖДЁННЫЙ ЧЛЕН АРХИВА";
    let members: Vec<(&str, Vec<u8>)> = vec![
        ("2020/cp1251.txt", cp(ORDER, encoding_rs::WINDOWS_1251)),
        ("2020/koi8r.txt", cp(ORDER, encoding_rs::KOI8_R)),
        ("2020/ibm866.txt", cp(ORDER, encoding_rs::IBM866)),
        ("utf16le.txt", with_bom(b"\xff\xfe", ORDER.encode_utf16().flat_map(u16::to_le_bytes))),
        ("utf8bom.txt", with_bom(b"\xef\xbb\xbf", ORDER.bytes())),
        ("page.html", cp(HTML, encoding_rs::WINDOWS_1251)),
        ("numbered.docx", docx()),
        ("broken.txt", format!("{ORDER}{broken_marker}").into_bytes()),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 Word 97".to_vec()),
        ("nested.zip", zip_of(&[("inner/inner.txt", ORDER.as_bytes().to_vec())])),
        ("bomb.txt", vec![b' '; 4 << 20]),
        ("__MACOSX/2020/._cp1251.txt", b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X".to_vec()),
        ("2020/.DS_Store", b"\x00\x00\x00\x01Bud1".to_vec()),
    ];
    let mut bytes = zip_of(&members);
    corrupt(&mut bytes, broken_marker.as_bytes());
    let expected = vec![
        ("mixed.zip/2020/cp1251.txt", "windows-1251 text"),
        ("mixed.zip/2020/koi8r.txt", "koi8-r text"),
        ("mixed.zip/2020/ibm866.txt", "ibm866 text"),
        ("mixed.zip/utf16le.txt", "utf-16le text"),
        ("mixed.zip/utf8bom.txt", "utf-8 text"),
        ("mixed.zip/page.html", "windows-1251 html"),
        ("mixed.zip/numbered.docx", "utf-8 docx"),
        ("mixed.zip/broken.txt", "input.corrupt"),
        ("mixed.zip/old.doc", "input.unsupported_format"),
        ("mixed.zip/nested.zip/inner/inner.txt", "utf-8 text"),
        ("mixed.zip/bomb.txt", "input.zip_bomb"),
    ];
    (bytes, expected)
}

/// Flips a byte of a stored member's data, so its CRC no longer matches.
fn corrupt(zip: &mut [u8], marker: &[u8]) {
    let at = zip.windows(marker.len()).position(|w| w == marker).expect("marker stored uncompressed");
    zip[at] ^= 0x20;
}

/// A folder with the archive and loose files in it.
fn fixture() -> (tempfile::TempDir, Vec<(String, &'static str)>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let (archive, members) = mixed_archive();
    std::fs::write(dir.path().join("mixed.zip"), archive).expect("write archive");
    std::fs::create_dir(dir.path().join("loose")).expect("mkdir");
    std::fs::write(dir.path().join("loose/b.htm"), HTML.replace("windows-1251", "utf-8")).expect("write");
    std::fs::write(dir.path().join("loose/a.txt"), cp(ORDER, encoding_rs::KOI8_R)).expect("write");
    std::fs::write(dir.path().join("loose/c.pdf"), "%PDF-1.7").expect("write");
    std::fs::write(dir.path().join("loose/Thumbs.db"), b"\xd0\xcf\x11\xe0").expect("write");
    std::fs::create_dir(dir.path().join("loose/__MACOSX")).expect("mkdir");
    std::fs::write(dir.path().join("loose/__MACOSX/._a.txt"), b"\x00\x05\x16\x07").expect("write");
    let root = dir.path().to_string_lossy().into_owned();
    let mut expected: Vec<(String, &str)> = vec![
        (format!("{root}/loose/a.txt"), "koi8-r text"),
        (format!("{root}/loose/b.htm"), "utf-8 html"),
        (format!("{root}/loose/c.pdf"), "input.unsupported_format"),
    ];
    expected.extend(members.into_iter().map(|(name, what)| (format!("{root}/{name}"), what)));
    (dir, expected)
}

fn inputs(dir: &Path) -> Vec<PathBuf> {
    vec![dir.join("loose"), dir.join("mixed.zip")]
}

/// `"<encoding> <format>"` of a document, or its error code.
fn what(json: &Value) -> String {
    match json["error"]["code"].as_str() {
        Some(code) => code.to_string(),
        None => format!("{} {}", json["source"]["encoding"].as_str().unwrap_or("?"), json["source"]["format"].as_str().unwrap_or("?")),
    }
}

fn check_lines(lines: &[Value], expected: &[(String, &str)]) {
    let got: Vec<(String, String)> =
        lines.iter().map(|j| (j["source"]["name"].as_str().unwrap_or("?").to_string(), what(j))).collect();
    let want: Vec<(String, String)> = expected.iter().map(|(n, w)| (n.clone(), w.to_string())).collect();
    assert_eq!(got, want);
    for json in lines {
        assert_eq!(json["schema"], "ukaz/1");
        if json.get("error").is_some() {
            let message = json["error"]["message"].as_str().unwrap_or("");
            assert!(message.contains(json["source"]["name"].as_str().unwrap_or("?")), "{message}");
            assert!(message.ends_with("; not decoded, so source.encoding and source.format are placeholders"), "{message}");
        }
    }
}

fn first_clause(json: &Value) -> &str {
    json["clauses"][0]["text"].as_str().unwrap_or("")
}

#[test]
fn library_batch_reads_every_input_once_in_order() {
    let (dir, expected) = fixture();
    let mut records = Vec::new();
    let summary = ukaz::batch(&inputs(dir.path()), &ukaz::BatchOptions::default(), |r| {
        records.push(r.clone());
        Ok(())
    })
    .expect("batch");
    let lines: Vec<Value> = records.iter().map(|r| serde_json::from_str(&r.json).expect("JSON")).collect();
    check_lines(&lines, &expected);
    assert_eq!((summary.documents, summary.failed), (expected.len(), 4));
    assert_eq!(summary.parsed, expected.len() - 4);
    assert_eq!(summary.skipped, 4, "Thumbs.db, __MACOSX/ on disk; __MACOSX/._cp1251.txt, .DS_Store in the archive");

    let by_name = |suffix: &str| lines.iter().find(|j| j["source"]["name"].as_str().is_some_and(|n| n.ends_with(suffix)));
    for name in ["cp1251.txt", "koi8r.txt", "ibm866.txt", "utf16le.txt", "utf8bom.txt", "inner.txt", "loose/a.txt"] {
        let json = by_name(name).expect(name);
        assert_eq!(json["kind"], "order", "{name}");
        assert_eq!(first_clause(json), CLAUSE, "{name}");
    }
    let utf8bom = by_name("utf8bom.txt").expect("utf8bom");
    assert_eq!(utf8bom["source"]["bytes"], ORDER.len() + 3, "bytes of the raw input, BOM included");

    let html = by_name("page.html").expect("html");
    let row = &html["appendices"][0]["sections"][0]["rows"][0];
    assert_eq!(row["text"], "Разместить план на сайте", "the table row reached the plan parser: {html}");
    assert_eq!(row["responsible"][0], "Отдел образования");
    assert_eq!(row["deadline"]["end"], "2020-11-01");
    assert_eq!(html["clauses"].as_array().map(Vec::len), Some(1), "the script's <p> is not text");

    let docx = by_name("numbered.docx").expect("docx");
    assert_eq!(docx["clauses"][0]["number"], "1");
    assert_eq!(docx["clauses"][0]["children"][1]["number"], "1.2");
    assert_eq!(docx["clauses"][1]["number"], "2");
    let refs: Vec<&str> = docx["tasks"].as_array().into_iter().flatten().filter_map(|t| t["ref"].as_str()).collect();
    assert!(refs.contains(&"1.1") && refs.contains(&"1.2"), "{refs:?}");
}

#[test]
fn limits_make_error_records() {
    let (dir, _) = fixture();
    let limits = ukaz::Limits { max_depth: 1, max_size: 1 << 20, ..ukaz::Limits::default() };
    let options = ukaz::BatchOptions { limits, chunk_docs: 2, budget_bytes: 1, ..ukaz::BatchOptions::default() };
    let mut codes = Vec::new();
    ukaz::batch(&[dir.path().join("mixed.zip")], &options, |r| {
        codes.push((r.name.rsplit('/').next().unwrap_or("").to_string(), r.outcome));
        Ok(())
    })
    .expect("batch");
    let failed = |name: &str| codes.iter().find(|(n, _)| n == name).map(|(_, o)| *o);
    assert_eq!(failed("nested.zip"), Some(ukaz::Outcome::Failed { code: "input.nesting" }));
    assert_eq!(failed("bomb.txt"), Some(ukaz::Outcome::Failed { code: "input.too_large" }));
    assert_eq!(codes.len(), 11);
}

fn ukaz() -> Command {
    Command::new(env!("CARGO_BIN_EXE_ukaz"))
}

fn json_lines(bytes: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(bytes).lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect()
}

#[test]
fn cli_writes_json_lines_and_exits_1_when_some_failed() {
    let (dir, expected) = fixture();
    let out = ukaz().arg("batch").args(inputs(dir.path())).args(["--jobs", "2"]).output().expect("run ukaz");
    assert_eq!(out.status.code(), Some(1));
    check_lines(&json_lines(&out.stdout), &expected);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("14 documents (10 parsed, 4 errors), 4 skipped") && err.contains("MB/s"), "{err}");
}

#[test]
fn cli_exits_0_when_all_parsed_and_reads_paths_from_stdin() {
    let (dir, _) = fixture();
    let a = dir.path().join("loose/a.txt");
    let b = dir.path().join("loose/b.htm");
    let mut child = ukaz()
        .args(["batch", "-", "-o"])
        .arg(dir.path().join("out.jsonl"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run ukaz");
    if let Some(mut stdin) = child.stdin.take() {
        writeln!(stdin, "{}\n\n{}", b.display(), a.display()).expect("write stdin");
    }
    let out = child.wait_with_output().expect("wait");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stdout.is_empty());
    let lines = json_lines(&std::fs::read(dir.path().join("out.jsonl")).expect("output file"));
    let names: Vec<&str> = lines.iter().filter_map(|j| j["source"]["name"].as_str()).collect();
    assert_eq!(names, [b.to_string_lossy(), a.to_string_lossy()]);
}

#[test]
fn cli_out_dir_mirrors_the_input_tree() {
    let (dir, _) = fixture();
    let out_dir = dir.path().join("out");
    let status = ukaz().current_dir(dir.path()).args(["batch", "mixed.zip", "loose", "--out-dir"]).arg(&out_dir).output().expect("run ukaz");
    assert_eq!(status.status.code(), Some(1));
    let docx = std::fs::read_to_string(out_dir.join("mixed.zip/numbered.docx.json")).expect("docx json");
    assert!(docx.contains("\"format\":\"docx\""));
    let nested = std::fs::read_to_string(out_dir.join("mixed.zip/nested.zip/inner/inner.txt.json")).expect("nested json");
    assert!(nested.contains("\"kind\":\"order\""));
    let pdf = std::fs::read_to_string(out_dir.join("loose/c.pdf.json")).expect("pdf json");
    assert!(pdf.contains("input.unsupported_format"));
}

#[test]
fn cli_usage_errors_exit_2() {
    assert_eq!(ukaz().arg("batch").output().expect("run").status.code(), Some(2), "no inputs");
    let both = ukaz().args(["batch", "x", "-o", "a", "--out-dir", "b"]).output().expect("run");
    assert_eq!(both.status.code(), Some(2), "-o and --out-dir conflict");
    assert_eq!(ukaz().args(["batch", "x", "--jobs", "many"]).output().expect("run").status.code(), Some(2));
}

#[test]
fn cli_parse_reads_legacy_encodings_docx_and_rejects_doc() {
    let (dir, _) = fixture();
    let docx_path = dir.path().join("n.docx");
    std::fs::write(&docx_path, docx()).expect("write docx");
    let out = ukaz().arg("parse").arg(&docx_path).output().expect("run ukaz");
    assert_eq!(out.status.code(), Some(0));
    let json: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(json["source"]["format"], "docx");
    assert_eq!(json["clauses"][0]["children"][0]["number"], "1.1");

    let out = ukaz().arg("parse").arg(dir.path().join("loose/a.txt")).output().expect("run ukaz");
    let json: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(json["source"]["encoding"], "koi8-r");
    assert_eq!(first_clause(&json), CLAUSE);

    let doc = dir.path().join("old.doc");
    std::fs::write(&doc, b"\xd0\xcf\x11\xe0").expect("write");
    let out = ukaz().arg("parse").arg(&doc).output().expect("run ukaz");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unsupported format Word 97-2003 (.doc)"));
}

/// A zip whose member names are stored as the given raw bytes, without the UTF-8 flag, as
/// Windows Explorer and 7-Zip write them: each member is written under an ASCII placeholder of
/// the same length, which is then replaced in the local and central headers.
fn zip_with_raw_names(members: &[(Vec<u8>, &str)]) -> Vec<u8> {
    let placeholders: Vec<String> = members.iter().zip('a'..).map(|((raw, _), c)| c.to_string().repeat(raw.len())).collect();
    let named: Vec<(&str, Vec<u8>)> = placeholders.iter().zip(members).map(|(p, (_, text))| (p.as_str(), text.as_bytes().to_vec())).collect();
    let mut bytes = zip_of(&named);
    for (placeholder, (raw, _)) in placeholders.iter().zip(members) {
        let mut from = 0;
        while let Some(at) = bytes[from..].windows(raw.len()).position(|w| w == placeholder.as_bytes()) {
            bytes[from + at..from + at + raw.len()].copy_from_slice(raw);
            from += at + raw.len();
        }
    }
    bytes
}

#[test]
fn member_names_from_russian_windows_and_7zip_are_read_without_the_utf8_flag() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cp866 = encoding_rs::IBM866.encode("Приказы/Приказ 28-о.txt").0.into_owned();
    let utf8 = "Протоколы/Протокол 2.txt".as_bytes().to_vec();
    std::fs::write(dir.path().join("names.zip"), zip_with_raw_names(&[(cp866, ORDER), (utf8, ORDER)])).expect("write");
    let out_dir = dir.path().join("out");
    let out = ukaz().current_dir(dir.path()).args(["batch", "names.zip", "--out-dir"]).arg(&out_dir).output().expect("run ukaz");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    for name in ["names.zip/Приказы/Приказ 28-о.txt", "names.zip/Протоколы/Протокол 2.txt"] {
        let json: Value = serde_json::from_slice(&std::fs::read(out_dir.join(format!("{name}.json"))).expect(name)).expect("JSON");
        assert_eq!(json["source"]["name"], name);
    }
}

#[test]
fn cli_out_dir_never_overwrites_one_document_with_another() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (folder, number) in [("docs", "1"), ("a/docs", "2")] {
        std::fs::create_dir_all(dir.path().join(folder)).expect("mkdir");
        std::fs::write(dir.path().join(folder).join("x.txt"), ORDER.replace("ПРИКАЗ\n", &format!("ПРИКАЗ № {number}\n"))).expect("write");
    }
    let out_dir = dir.path().join("out");
    // `docs/x.txt` and `../docs/x.txt` both map to `docs/x.txt.json`: `..` is dropped.
    let out = ukaz().current_dir(dir.path().join("a")).args(["batch", "docs/x.txt", "../docs/x.txt", "--out-dir"]).arg(&out_dir).output().expect("run ukaz");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let read = |name: &str| -> Value { serde_json::from_slice(&std::fs::read(out_dir.join(name)).expect(name)).expect("JSON") };
    let (first, second) = (read("docs/x.txt.json"), read("docs/x.txt~2.json"));
    assert_eq!((&first["source"]["name"], &first["number"]), (&Value::from("docs/x.txt"), &Value::from("2")));
    assert_eq!((&second["source"]["name"], &second["number"]), (&Value::from("../docs/x.txt"), &Value::from("1")));
}

#[test]
fn empty_and_blank_documents_are_error_records() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("empty.txt"), b"").expect("write");
    std::fs::write(dir.path().join("order.txt"), ORDER).expect("write");
    std::fs::write(dir.path().join("z.zip"), zip_of(&[("blank.txt", b"\r\n \r\n".to_vec())])).expect("write");
    let out = ukaz().arg("batch").arg(dir.path()).output().expect("run ukaz");
    assert_eq!(out.status.code(), Some(1));
    let got: Vec<String> = json_lines(&out.stdout).iter().map(what).collect();
    assert_eq!(got, ["input.empty", "utf-8 text", "input.empty"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("3 documents (1 parsed, 2 errors)"), "{err}");
}

#[test]
fn cli_include_and_exclude_choose_files_by_name() {
    let (dir, _) = fixture();
    let out = ukaz()
        .current_dir(dir.path())
        .args(["batch", "loose", "mixed.zip", "--include", "*.TXT", "--exclude", "cp1251*", "--exclude", "bomb.*"])
        .output()
        .expect("run ukaz");
    assert_eq!(out.status.code(), Some(1), "broken.txt is still an error record");
    let names: Vec<String> = json_lines(&out.stdout).iter().filter_map(|j| j["source"]["name"].as_str().map(String::from)).collect();
    let want = ["loose/a.txt", "mixed.zip/2020/koi8r.txt", "mixed.zip/2020/ibm866.txt", "mixed.zip/utf16le.txt", "mixed.zip/utf8bom.txt", "mixed.zip/broken.txt", "mixed.zip/nested.zip/inner/inner.txt"];
    assert_eq!(names, want, "archives are opened; explicit inputs are not filtered");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("7 documents (6 parsed, 1 errors), 11 skipped"), "4 litter, 7 left out: {err}");

    let explicit = ukaz().current_dir(dir.path()).args(["batch", "loose/c.pdf", "--include", "*.txt"]).output().expect("run ukaz");
    assert_eq!(json_lines(&explicit.stdout).len(), 1, "a file named on the command line is read");
    let with_slash = ukaz().args(["batch", "x", "--exclude", "drafts/*"]).output().expect("run ukaz");
    assert_eq!(with_slash.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&with_slash.stderr).contains("cannot contain `/`"));
}
