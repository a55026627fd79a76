//! Input decoding: raw bytes of one file → the UTF-8 text the parser reads.
//!
//! Takes a file name (for its extension) and its bytes; returns [`Decoded`] (text, the encoding
//! it was read from, the container format, whether replacement characters were needed) or an
//! [`InputError`] with a stable code. There is no file I/O here, so the layer can be fuzzed on
//! bytes; reading files, folders and archives is the job of the `batch` module.
//!
//! ```text
//! name, bytes ─format─> text │ html │ docx │ unsupported
//!   text ─encoding─> String          (BOM, UTF-16 pattern, UTF-8, chardetng + Cyrillic score)
//!   html ─encoding (+ <meta charset>)─> html5ever tokens ─> lines, tab-separated table rows
//!   docx ─zip─> word/document.xml + numbering.xml ─> paragraphs with list labels, table rows
//! ```

mod docx;
mod encoding;
mod html;

use crate::diag::{Code, Diagnostic};
use crate::model::{Document, Encoding, Format};
use crate::span::Span;
use encoding::Replacements;

/// Limits against hostile input, applied to files, archive members and DOCX parts.
///
/// # Example
/// ```
/// let limits = ukaz::Limits { max_size: 1 << 20, ..ukaz::Limits::default() };
/// let err = ukaz::decode_with("big.txt", &vec![b'a'; 2 << 20], &limits).err();
/// assert_eq!(err.map(|e| e.code()), Some("input.too_large"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest file, archive member or decompressed DOCX part, in bytes (default 64 MiB).
    pub max_size: u64,
    /// Largest compression ratio of an archive member above 1 MiB (default 100).
    pub max_ratio: u64,
    /// Deepest nesting of archives in archives (default 4).
    pub max_depth: usize,
    /// Most members one archive may have (default 1,000,000).
    pub max_members: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits { max_size: 64 << 20, max_ratio: 100, max_depth: 4, max_members: 1_000_000 }
    }
}

impl Limits {
    /// Members at most this large (uncompressed) are exempt from the ratio check.
    pub const RATIO_EXEMPT: u64 = 1 << 20;

    /// Checks an archive member's declared sizes before it is read.
    ///
    /// `name` is the member's full name; `size` and `compressed` are from the archive header.
    ///
    /// # Example
    /// ```
    /// let limits = ukaz::Limits::default();
    /// assert!(limits.check_member("a.zip/x.txt", 10 << 20, 1 << 20).is_ok());
    /// let bomb = limits.check_member("a.zip/x.txt", 50 << 20, 1000);
    /// assert_eq!(bomb.err().map(|e| e.code()), Some("input.zip_bomb"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn check_member(&self, name: &str, size: u64, compressed: u64) -> Result<(), InputError> {
        if size > self.max_size {
            return Err(InputError::TooLarge { name: name.to_string(), size, limit: self.max_size });
        }
        if size > Self::RATIO_EXEMPT && size / compressed.max(1) > self.max_ratio {
            return Err(InputError::ZipBomb { name: name.to_string(), size, compressed, limit: self.max_ratio });
        }
        Ok(())
    }
}

/// Why an input could not be read. Each variant has a stable dotted [`code`](InputError::code).
///
/// # Example
/// ```
/// let err = ukaz::decode("old.doc", b"\xd0\xcf\x11\xe0").err();
/// let err = err.ok_or("expected an error")?;
/// assert_eq!(err.code(), "input.unsupported_format");
/// assert!(err.to_string().contains("old.doc"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum InputError {
    /// A format ukaz does not read (`.doc`, `.pdf`, images …).
    #[error("{name}: unsupported format {format}; {hint}")]
    UnsupportedFormat {
        /// The input's name.
        name: String,
        /// The format as recognised (`Word 97-2003 (.doc)`).
        format: String,
        /// What to do instead.
        hint: &'static str,
    },
    /// A file, member or part larger than [`Limits::max_size`].
    #[error("{name}: {size} bytes exceed the limit of {limit} bytes")]
    TooLarge {
        /// The input's name.
        name: String,
        /// Its size (declared or read so far).
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// An archive member that decompresses far more than [`Limits::max_ratio`].
    #[error("{name}: compression ratio {size}:{compressed} exceeds {limit}:1 (zip bomb?)")]
    ZipBomb {
        /// The member's name.
        name: String,
        /// Uncompressed size.
        size: u64,
        /// Compressed size.
        compressed: u64,
        /// The ratio limit.
        limit: u64,
    },
    /// Archives nested deeper than [`Limits::max_depth`], or with too many members.
    #[error("{name}: {what} exceeds the limit of {limit}")]
    Nesting {
        /// The archive's name.
        name: String,
        /// What was too deep or too many (`archive nesting depth 5`).
        what: String,
        /// The limit.
        limit: usize,
    },
    /// A damaged container: bad zip, missing or malformed DOCX part.
    #[error("{name}: corrupt {place}: {detail}")]
    Corrupt {
        /// The input's name.
        name: String,
        /// Where the damage is (`zip archive`, `word/document.xml`).
        place: String,
        /// The underlying error.
        detail: String,
    },
    /// An input with no text: 0 bytes, or nothing but whitespace once decoded.
    #[error("{name}: {}", empty_detail(*.bytes))]
    Empty {
        /// The input's name.
        name: String,
        /// Its size in bytes.
        bytes: u64,
    },
    /// The file could not be read.
    #[error("{name}: cannot read: {detail}")]
    Io {
        /// The input's name.
        name: String,
        /// The operating system's message.
        detail: String,
    },
}

impl InputError {
    /// The stable dotted code (`input.unsupported_format`, `input.too_large`, `input.zip_bomb`,
    /// `input.nesting`, `input.corrupt`, `input.empty`, `input.io`).
    ///
    /// # Example
    /// ```
    /// let err = ukaz::InputError::Io { name: "x".into(), detail: "gone".into() };
    /// assert_eq!(err.code(), "input.io");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn code(&self) -> &'static str {
        match self {
            InputError::UnsupportedFormat { .. } => "input.unsupported_format",
            InputError::TooLarge { .. } => "input.too_large",
            InputError::ZipBomb { .. } => "input.zip_bomb",
            InputError::Nesting { .. } => "input.nesting",
            InputError::Corrupt { .. } => "input.corrupt",
            InputError::Empty { .. } => "input.empty",
            InputError::Io { .. } => "input.io",
        }
    }

    /// The error of an input of `bytes` bytes whose text is empty or blank.
    fn empty(name: &str, bytes: usize) -> InputError {
        InputError::Empty { name: name.to_string(), bytes: bytes as u64 }
    }

    /// A corrupt-container error.
    pub(crate) fn corrupt(name: &str, place: &str, detail: impl std::fmt::Display) -> InputError {
        InputError::Corrupt { name: name.to_string(), place: place.to_string(), detail: detail.to_string() }
    }
}

/// The text of one input and how it was obtained.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, BOM removed.
    pub text: String,
    /// The encoding the bytes were read from (for DOCX, the XML's: UTF-8 or UTF-16).
    pub encoding: Encoding,
    /// The container format.
    pub format: Format,
    /// How many byte sequences did not decode and became U+FFFD (0: the decoding was clean).
    pub replaced: usize,
    /// Where the first of them stands in `text`. For HTML and DOCX this is the first U+FFFD of
    /// the text, `None` when the replacement fell in markup that was dropped.
    pub first_replaced: Option<Span>,
}

impl Decoded {
    /// Parses the text; `name` and `raw` (the bytes it was decoded from) make the [`Source`](crate::Source).
    /// A lossy decoding adds an `input.encoding` diagnostic with the count of replaced byte
    /// sequences, whose span is the first of them.
    ///
    /// # Example
    /// ```
    /// let raw = b"\xef\xbb\xbf\xd0\x9f\xd0\xa0\xd0\x98\xd0\x9a\xd0\x90\xd0\x97 \xff";
    /// let decoded = ukaz::decode("x.txt", raw)?;
    /// let doc = decoded.parse("x.txt", raw);
    /// assert_eq!(doc.source.sha256.len(), 64);
    /// let last = doc.diagnostics.last().ok_or("expected a diagnostic")?;
    /// assert_eq!(last.code.as_str(), "input.encoding");
    /// assert_eq!(last.span, Some(ukaz::Span::new(13, 16)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse(&self, name: &str, raw: &[u8]) -> Document {
        let source = crate::document::bytes_source(name, raw, self.encoding, self.format);
        let mut doc = crate::document::parse_document(&self.text, source);
        if self.replaced > 0 {
            let message = replaced_message(self.replaced, self.encoding);
            doc.diagnostics.push(Diagnostic::new(Code::InputEncoding, message, self.first_replaced));
        }
        doc
    }

    /// Plain text decoded with `replacements`, whose offsets are already offsets into `text`.
    fn from_text(text: String, encoding: Encoding, replacements: Replacements) -> Decoded {
        let first_replaced = replacements.first.map(replacement_span);
        Decoded { text, encoding, format: Format::Text, replaced: replacements.count, first_replaced }
    }

    /// The `text` of markup (HTML, DOCX XML) that was decoded with `replacements`: the first
    /// replacement is found as the first U+FFFD of the text.
    fn from_markup(text: String, encoding: Encoding, format: Format, replacements: Replacements) -> Decoded {
        let first_replaced = (replacements.count > 0).then(|| text.find(char::REPLACEMENT_CHARACTER)).flatten().map(replacement_span);
        Decoded { text, encoding, format, replaced: replacements.count, first_replaced }
    }
}

/// The span of the U+FFFD at byte `at`.
fn replacement_span(at: usize) -> Span {
    Span::from_range(at..at + char::REPLACEMENT_CHARACTER.len_utf8())
}

/// The `input.encoding` message: how many byte sequences were replaced, in which encoding.
fn replaced_message(count: usize, encoding: Encoding) -> String {
    let (what, were) = if count == 1 { ("byte sequence", "was") } else { ("byte sequences", "were") };
    format!("{count} {what} not valid {} {were} replaced with «{}»; the span marks the first", encoding.label(), char::REPLACEMENT_CHARACTER)
}

/// How [`InputError::Empty`] describes an input of `bytes` bytes.
fn empty_detail(bytes: u64) -> String {
    if bytes == 0 {
        "empty file (0 bytes), no text to parse".to_string()
    } else {
        format!("no text to parse, only whitespace ({bytes} bytes)")
    }
}

/// What the name and the first bytes say an input is.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Sniffed {
    Text,
    Html,
    Docx,
    Unsupported(String, &'static str),
}

const CONVERT: &str = "convert it to .docx, .html or .txt first";
const SAVE_SHEET: &str = "save it as .html or as tab-separated .txt first";

/// Decodes one input with the default [`Limits`]. See [`decode_with`].
///
/// # Example
/// ```
/// let cp1251 = b"\xcf\xd0\xc8\xca\xc0\xc7\xdb\xc2\xc0\xde: \xf3\xf2\xe2\xe5\xf0\xe4\xe8\xf2\xfc \xef\xeb\xe0\xed";
/// let decoded = ukaz::decode("prikaz.txt", cp1251)?;
/// assert_eq!(decoded.text, "ПРИКАЗЫВАЮ: утвердить план");
/// assert_eq!(decoded.encoding, ukaz::Encoding::Windows1251);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn decode(name: &str, bytes: &[u8]) -> Result<Decoded, InputError> {
    decode_with(name, bytes, &Limits::default())
}

/// Decodes one input: the format from the extension (then the content, for HTML and the
/// signatures of Word 97, PDF, RTF and zip), the encoding from BOM, validity and statistics.
///
/// `.txt` and names without a known extension are text (a DOCX among them is read as DOCX);
/// `.html`/`.htm` HTML; `.docx` Word. `.doc`, `.pdf`, `.rtf`, `.zip`, spreadsheets,
/// presentations and other extensions are [`InputError::UnsupportedFormat`], named as what they
/// are (`Excel spreadsheet (.xlsx)`). An input of 0 bytes, or whose text is only whitespace, is
/// [`InputError::Empty`].
///
/// # Example
/// ```
/// let html = "<p>1. Утвердить&nbsp;план.</p><table><tr><td>1</td><td>Отдел</td></tr></table>";
/// let decoded = ukaz::decode_with("page.html", html.as_bytes(), &ukaz::Limits::default())?;
/// assert_eq!(decoded.format, ukaz::Format::Html);
/// assert_eq!(decoded.text, "1. Утвердить\u{a0}план.\n1\tОтдел\n");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn decode_with(name: &str, bytes: &[u8], limits: &Limits) -> Result<Decoded, InputError> {
    if bytes.len() as u64 > limits.max_size {
        return Err(InputError::TooLarge { name: name.to_string(), size: bytes.len() as u64, limit: limits.max_size });
    }
    if bytes.is_empty() {
        return Err(InputError::empty(name, 0));
    }
    let decoded = decode_format(name, bytes, limits)?;
    if decoded.text.trim().is_empty() {
        return Err(InputError::empty(name, bytes.len()));
    }
    Ok(decoded)
}

/// Decodes one input by the format [`sniff`] finds.
fn decode_format(name: &str, bytes: &[u8], limits: &Limits) -> Result<Decoded, InputError> {
    match sniff(name, bytes) {
        Sniffed::Text => {
            let (text, encoding, replacements) = encoding::decode_text(bytes, None);
            Ok(Decoded::from_text(text, encoding, replacements))
        }
        Sniffed::Html => {
            let (html, encoding, replacements) = encoding::decode_text(bytes, html::meta_charset(bytes));
            Ok(Decoded::from_markup(html::to_text(&html), encoding, Format::Html, replacements))
        }
        Sniffed::Docx => docx::to_text(name, bytes, limits),
        Sniffed::Unsupported(format, hint) => {
            Err(InputError::UnsupportedFormat { name: name.to_string(), format, hint })
        }
    }
}

/// Reads at most `limit` bytes of `reader` (an archive member declared `declared` bytes long);
/// more is [`InputError::TooLarge`], a read failure (bad data, CRC mismatch)
/// [`InputError::Corrupt`].
pub(crate) fn read_limited(reader: impl std::io::Read, name: &str, declared: u64, limit: u64) -> Result<Vec<u8>, InputError> {
    use std::io::Read as _;
    let mut bytes = Vec::with_capacity(usize::try_from(declared.min(limit)).unwrap_or(0));
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| InputError::corrupt(name, "archive member", e))?;
    if bytes.len() as u64 > limit {
        return Err(InputError::TooLarge { name: name.to_string(), size: bytes.len() as u64, limit });
    }
    Ok(bytes)
}

/// The lowercase extension of the last path component, if any.
pub(crate) fn extension(name: &str) -> Option<String> {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let (stem, ext) = file.rsplit_once('.')?;
    (!stem.is_empty()).then(|| ext.to_ascii_lowercase())
}

fn sniff(name: &str, bytes: &[u8]) -> Sniffed {
    match extension(name).as_deref() {
        Some("txt" | "text") => sniff_content(bytes, Sniffed::Text),
        Some("html" | "htm" | "xhtml") => Sniffed::Html,
        Some("docx") => Sniffed::Docx,
        None => sniff_content(bytes, Sniffed::Text),
        Some(ext) => unsupported(ext, bytes),
    }
}

/// Recognises content that its extension does not announce (HTML saved as `.txt`, a PDF
/// without an extension).
fn sniff_content(bytes: &[u8], otherwise: Sniffed) -> Sniffed {
    if let Some(by_magic) = magic(bytes) {
        return by_magic;
    }
    let head = bytes.get(..512).unwrap_or(bytes);
    let head = String::from_utf8_lossy(head).trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']).to_ascii_lowercase();
    if head.starts_with("<!doctype html") || head.starts_with("<html") {
        Sniffed::Html
    } else {
        otherwise
    }
}

/// Formats recognised by their first bytes.
fn magic(bytes: &[u8]) -> Option<Sniffed> {
    let found = if bytes.starts_with(b"%PDF") {
        ("PDF", "convert it to text (pdftotext) first")
    } else if bytes.starts_with(b"\xd0\xcf\x11\xe0") {
        ("Word 97-2003 (.doc)", CONVERT)
    } else if bytes.starts_with(b"{\\rtf") {
        ("RTF", CONVERT)
    } else if bytes.starts_with(b"PK\x03\x04") {
        return Some(sniff_zip(bytes));
    } else {
        return None;
    };
    Some(Sniffed::Unsupported(found.0.to_string(), found.1))
}

/// What a zip container is, by the parts it holds: a Word document (read as DOCX whatever its
/// name), an Excel or PowerPoint file, an OpenDocument file (by its `mimetype`), else an archive.
fn sniff_zip(bytes: &[u8]) -> Sniffed {
    let archive = Sniffed::Unsupported("zip archive".to_string(), "rename it to .zip and read it with `ukaz batch`");
    let Ok(mut zip) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else { return archive };
    let has = |part: &str| zip.index_for_name(part).is_some();
    let (format, hint) = if has("word/document.xml") {
        return Sniffed::Docx;
    } else if has("xl/workbook.xml") {
        ("Excel spreadsheet (.xlsx)", SAVE_SHEET)
    } else if has("ppt/presentation.xml") {
        ("PowerPoint presentation (.pptx)", CONVERT)
    } else {
        match opendocument_mimetype(&mut zip).as_deref() {
            Some("application/vnd.oasis.opendocument.text") => ("OpenDocument text (.odt)", CONVERT),
            Some("application/vnd.oasis.opendocument.spreadsheet") => ("OpenDocument spreadsheet (.ods)", SAVE_SHEET),
            Some("application/vnd.oasis.opendocument.presentation") => ("OpenDocument presentation (.odp)", CONVERT),
            _ => return archive,
        }
    };
    Sniffed::Unsupported(format.to_string(), hint)
}

/// The `mimetype` part an OpenDocument file starts with (at most 100 bytes read).
fn opendocument_mimetype<R: std::io::Read + std::io::Seek>(zip: &mut zip::ZipArchive<R>) -> Option<String> {
    use std::io::Read as _;
    let mut mimetype = String::new();
    zip.by_name("mimetype").ok()?.take(100).read_to_string(&mut mimetype).ok()?;
    Some(mimetype.trim().to_string())
}

fn unsupported(ext: &str, bytes: &[u8]) -> Sniffed {
    let (format, hint): (&'static str, &'static str) = match ext {
        "doc" => ("Word 97-2003 (.doc)", CONVERT),
        "pdf" => ("PDF", "convert it to text (pdftotext) first"),
        "rtf" => ("RTF", CONVERT),
        "odt" => ("OpenDocument text (.odt)", CONVERT),
        "ods" => ("OpenDocument spreadsheet (.ods)", SAVE_SHEET),
        "odp" => ("OpenDocument presentation (.odp)", CONVERT),
        "xlsx" | "xlsm" => ("Excel spreadsheet (.xlsx)", SAVE_SHEET),
        "xls" => ("Excel 97-2003 spreadsheet (.xls)", SAVE_SHEET),
        "pptx" => ("PowerPoint presentation (.pptx)", CONVERT),
        "ppt" => ("PowerPoint 97-2003 presentation (.ppt)", CONVERT),
        "zip" => ("zip archive", "read archives with `ukaz batch`"),
        _ => match magic(bytes) {
            Some(by_magic) => return by_magic,
            None => {
                let named = if ext.is_empty() { "without an extension".to_string() } else { format!("`.{ext}`") };
                return Sniffed::Unsupported(named, "rename it to .txt, .html or .docx if it is one of those");
            }
        },
    };
    Sniffed::Unsupported(format.to_string(), hint)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(name: &str, bytes: &[u8]) -> &'static str {
        decode(name, bytes).err().map_or("ok", |e| e.code())
    }

    #[test]
    fn formats_by_extension_and_content() {
        assert_eq!(code("a.doc", b"anything"), "input.unsupported_format");
        assert_eq!(code("a.pdf", b"%PDF-1.4"), "input.unsupported_format");
        assert_eq!(code("a.jpg", b"\xff\xd8"), "input.unsupported_format");
        assert_eq!(code("noext", b"%PDF-1.4"), "input.unsupported_format");
        assert_eq!(code("a.TXT", "текст".as_bytes()), "ok");
        assert_eq!(code("dir.v2/readme", b"plain"), "ok");
        let html = decode("page.txt", b"<!DOCTYPE html><p>a</p><p>b</p>").ok().map(|d| (d.format, d.text));
        assert_eq!(html, Some((Format::Html, "a\nb\n".to_string())));
    }

    #[test]
    fn messages_name_the_file_and_suggest_a_fix() {
        let err = decode("2020/old.doc", b"\xd0\xcf\x11\xe0").err().map(|e| e.to_string()).unwrap_or_default();
        insta::assert_snapshot!(err, @"2020/old.doc: unsupported format Word 97-2003 (.doc); convert it to .docx, .html or .txt first");
        let err = decode("scan.jpg", b"\xff\xd8").err().map(|e| e.to_string()).unwrap_or_default();
        insta::assert_snapshot!(err, @"scan.jpg: unsupported format `.jpg`; rename it to .txt, .html or .docx if it is one of those");
    }

    fn zip_of(parts: &[(&str, &str)]) -> Vec<u8> {
        use std::io::Write as _;
        let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for (name, text) in parts {
            let written = writer.start_file(*name, zip::write::SimpleFileOptions::default()).and_then(|()| Ok(writer.write_all(text.as_bytes())?));
            assert!(written.is_ok(), "{name}");
        }
        writer.finish().map(std::io::Cursor::into_inner).unwrap_or_default()
    }

    fn message(name: &str, bytes: &[u8]) -> String {
        decode(name, bytes).err().map(|e| e.to_string()).unwrap_or_else(|| "ok".into())
    }

    #[test]
    fn office_and_opendocument_files_are_named_as_what_they_are() {
        let xlsx = zip_of(&[("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>")]);
        let pptx = zip_of(&[("[Content_Types].xml", "<Types/>"), ("ppt/presentation.xml", "<presentation/>")]);
        let odt = zip_of(&[("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>")]);
        let archive = zip_of(&[("a.txt", "ПРИКАЗ")]);
        insta::assert_snapshot!(message("plan.xlsx", &xlsx), @"plan.xlsx: unsupported format Excel spreadsheet (.xlsx); save it as .html or as tab-separated .txt first");
        insta::assert_snapshot!(message("plan", &xlsx), @"plan: unsupported format Excel spreadsheet (.xlsx); save it as .html or as tab-separated .txt first");
        insta::assert_snapshot!(message("slides.bin", &pptx), @"slides.bin: unsupported format PowerPoint presentation (.pptx); convert it to .docx, .html or .txt first");
        insta::assert_snapshot!(message("prikaz.txt", &odt), @"prikaz.txt: unsupported format OpenDocument text (.odt); convert it to .docx, .html or .txt first");
        insta::assert_snapshot!(message("old.xls", b"\xd0\xcf\x11\xe0"), @"old.xls: unsupported format Excel 97-2003 spreadsheet (.xls); save it as .html or as tab-separated .txt first");
        insta::assert_snapshot!(message("data", &archive), @"data: unsupported format zip archive; rename it to .zip and read it with `ukaz batch`");
        insta::assert_snapshot!(message("a.zip", &archive), @"a.zip: unsupported format zip archive; read archives with `ukaz batch`");
    }

    fn encoding_diagnostic(name: &str, bytes: &[u8]) -> Option<(String, Option<Span>, String)> {
        let decoded = decode(name, bytes).ok()?;
        let doc = decoded.parse(name, bytes);
        let d = doc.diagnostics.into_iter().find(|d| d.code == Code::InputEncoding)?;
        let marked = d.span.and_then(|s| decoded.text.get(s.range())).unwrap_or_default().to_string();
        Some((d.message, d.span, marked))
    }

    #[test]
    fn encoding_diagnostics_count_and_point_at_the_first_replacement() {
        let text = "ПРИКАЗЫВАЮ:\n1. Утвердить план.\n2. Разместить план.\n".as_bytes();
        let mut broken = text.to_vec();
        broken.splice(25..25, *b"\xff");
        broken.push(0xd0);
        let (message, span, marked) = encoding_diagnostic("x.txt", &broken).unwrap_or_default();
        insta::assert_snapshot!(message, @"2 byte sequences not valid utf-8 were replaced with «�»; the span marks the first");
        assert_eq!((span, marked.as_str()), (Some(Span::new(25, 28)), "\u{fffd}"));

        let html = [&b"<html><head><title>\xff</title></head><body><p>"[..], "Приказываю утвердить план".as_bytes(), b"\xfe</p></body></html>"].concat();
        let (message, span, marked) = encoding_diagnostic("x.html", &html).unwrap_or_default();
        insta::assert_snapshot!(message, @"2 byte sequences not valid utf-8 were replaced with «�»; the span marks the first");
        assert_eq!((span, marked.as_str()), (Some(Span::new(48, 51)), "\u{fffd}"), "the first U+FFFD of the text, after the dropped title");
        assert_eq!(encoding_diagnostic("ok.txt", text), None);
    }

    #[test]
    fn empty_and_blank_inputs_have_no_text() {
        insta::assert_snapshot!(message("empty.txt", b""), @"empty.txt: empty file (0 bytes), no text to parse");
        insta::assert_snapshot!(message("blank.txt", b" \r\n\t\n"), @"blank.txt: no text to parse, only whitespace (5 bytes)");
        assert_eq!(code("bom.txt", b"\xef\xbb\xbf\xc2\xa0\n"), "input.empty", "a BOM and an NBSP");
        assert_eq!(code("blank.html", b"<html><body><p> </p><script>x()</script></body></html>"), "input.empty");
        assert_eq!(code("dot.txt", b" . "), "ok");
    }

    #[test]
    fn a_word_document_without_its_extension_is_read_as_docx() {
        let body = r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>ПРИКАЗ</w:t></w:r></w:p></w:body></w:document>"#;
        let docx = zip_of(&[("word/document.xml", body)]);
        let decoded = decode("prikaz", &docx).ok().map(|d| (d.format, d.text));
        assert_eq!(decoded, Some((Format::Docx, "ПРИКАЗ\n".to_string())));
    }

    proptest::proptest! {
        #[test]
        fn never_panics_on_bytes(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..2048), ext in 0usize..4) {
            let name = ["a.txt", "a.html", "a.docx", "noext"][ext];
            if let Ok(decoded) = decode(name, &bytes) {
                let _ = decoded.parse(name, &bytes);
            }
        }
    }

    #[test]
    fn extension_of_the_last_component() {
        assert_eq!(extension("a.zip/b/c.HTM").as_deref(), Some("htm"));
        assert_eq!(extension("a.zip/.hidden"), None);
        assert_eq!(extension("dir.d/file"), None);
    }
}
