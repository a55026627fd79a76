//! Batch parsing: files, folders and zip archives → one [`Record`] per document, in input order.
//!
//! Takes a list of paths; returns, through a callback, the JSON of every document found (or an
//! error record for one that could not be read — never skipped) and a [`Summary`].
//!
//! ```text
//! walker thread: paths ─sorted folders, zip members (nested zips in memory, depth-limited)─> jobs
//!      │ bounded channel + byte budget (memory does not grow with the input)
//! caller thread: chunk of jobs ─rayon par_iter: decode, parse, serialise─> records, in order
//! ```
//!
//! Archives are read member by member through the central directory; each member's declared
//! sizes are checked against the [`Limits`] before it is read, and the bytes actually read are
//! capped, so a lying header cannot inflate memory. Nothing is extracted to disk.

mod filter;

pub use filter::NameFilter;

use crate::input::{self, read_limited, InputError, Limits};
use crate::diag::Severity;
use crate::model::{Document, Encoding, ErrorInfo, ErrorRecord, Format};
use rayon::prelude::*;
use std::borrow::Cow;
use std::fs::File;
use std::io::{self, Read, Seek};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

/// How a batch runs.
///
/// # Example
/// ```
/// let options = ukaz::BatchOptions { chunk_docs: 64, ..ukaz::BatchOptions::default() };
/// assert_eq!(options.limits.max_depth, 4);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchOptions {
    /// Limits against hostile input.
    pub limits: Limits,
    /// Which files of folders and archives are read (default: all).
    pub names: NameFilter,
    /// Most documents parsed in one parallel chunk (default 128).
    pub chunk_docs: usize,
    /// Most raw bytes read ahead and in flight at once (default 64 MiB; one larger document is
    /// still admitted alone).
    pub budget_bytes: u64,
}

impl Default for BatchOptions {
    fn default() -> BatchOptions {
        BatchOptions { limits: Limits::default(), names: NameFilter::default(), chunk_docs: 128, budget_bytes: 64 << 20 }
    }
}

/// What became of one input document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Parsed; counts from the document.
    Parsed {
        /// Tasks found.
        tasks: usize,
        /// Diagnostics of severity warning.
        warnings: usize,
    },
    /// Could not be read; the record is an error record with this code.
    Failed {
        /// The [`InputError::code`].
        code: &'static str,
    },
}

/// One line of batch output: a document's JSON or an error record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The source name (`archive.zip/2020/prikaz.txt`).
    pub name: String,
    /// Raw bytes read for it.
    pub bytes: u64,
    /// Parsed or failed.
    pub outcome: Outcome,
    /// The compact JSON (no trailing newline).
    pub json: String,
}

impl Record {
    /// Where `--out-dir` writes this record: the name made relative and safe (no root, no `..`),
    /// with `.json` appended.
    ///
    /// # Example
    /// ```
    /// let record = ukaz::Record {
    ///     name: "/data/a.zip/../x/b.txt".into(),
    ///     bytes: 0,
    ///     outcome: ukaz::Outcome::Failed { code: "input.io" },
    ///     json: String::new(),
    /// };
    /// assert_eq!(record.relative_path(), std::path::PathBuf::from("data/a.zip/x/b.txt.json"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn relative_path(&self) -> PathBuf {
        let mut path = PathBuf::new();
        for part in self.name.split(['/', '\\']).filter(|p| !matches!(*p, "" | "." | ".." | "-")) {
            path.push(part.replace(':', "_"));
        }
        let mut file = path.file_name().map(|f| f.to_os_string()).unwrap_or_else(|| "stdin".into());
        file.push(".json");
        path.set_file_name(file);
        path
    }
}

/// Totals of a batch run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Documents written (parsed + failed).
    pub documents: usize,
    /// Documents parsed.
    pub parsed: usize,
    /// Error records.
    pub failed: usize,
    /// Tasks over all documents.
    pub tasks: usize,
    /// Warning diagnostics over all documents.
    pub warnings: usize,
    /// Raw bytes read.
    pub bytes: u64,
    /// Folder entries and archive members skipped: operating-system litter, not documents
    /// (`__MACOSX/`, `._*`, `.DS_Store`, `Thumbs.db`, `desktop.ini`), and files that
    /// [`BatchOptions::names`] leaves out.
    pub skipped: usize,
    /// Wall time.
    pub elapsed: Duration,
}

impl Summary {
    /// Throughput in MB (10^6 bytes) per second of wall time.
    ///
    /// # Example
    /// ```
    /// let s = ukaz::Summary { bytes: 3_000_000, elapsed: std::time::Duration::from_secs(2), ..Default::default() };
    /// assert_eq!(s.mb_per_s(), 1.5);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn mb_per_s(&self) -> f64 {
        self.bytes as f64 / 1e6 / self.elapsed.as_secs_f64().max(1e-9)
    }

    fn add(&mut self, record: &Record) {
        self.documents += 1;
        self.bytes += record.bytes;
        match record.outcome {
            Outcome::Parsed { tasks, warnings } => {
                self.parsed += 1;
                self.tasks += tasks;
                self.warnings += warnings;
            }
            Outcome::Failed { .. } => self.failed += 1,
        }
    }
}

/// Reads every input (files, folders recursively in name order, `.zip` archives member by
/// member, nested archives too), parses the documents in parallel on the current rayon pool,
/// and hands each [`Record`] to `emit` in input order. Unreadable documents become error
/// records; the only error returned is one from `emit`. Litter found in folders and archives
/// (macOS `__MACOSX/` and `._*` files, `.DS_Store`, `Thumbs.db`, `desktop.ini`) and files that
/// [`BatchOptions::names`] leaves out are skipped and counted in [`Summary::skipped`]; inputs
/// named explicitly are always read.
///
/// # Example
/// ```
/// let dir = std::env::temp_dir().join(format!("ukaz-doc-batch-{}", std::process::id()));
/// std::fs::create_dir_all(&dir)?;
/// std::fs::write(dir.join("a.txt"), "ПРИКАЗЫВАЮ:\n1. Утвердить план.\n")?;
/// std::fs::write(dir.join("b.pdf"), "%PDF-1.7")?;
/// std::fs::write(dir.join(".DS_Store"), "\0\0\0\x01Bud1")?;
/// let mut lines = Vec::new();
/// let summary = ukaz::batch(&[dir.clone()], &ukaz::BatchOptions::default(), |r| {
///     lines.push(r.json.clone());
///     Ok(())
/// })?;
/// assert_eq!((summary.parsed, summary.failed, summary.skipped), (1, 1, 1));
/// assert!(lines[1].contains("input.unsupported_format"));
/// std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn batch<F>(inputs: &[PathBuf], options: &BatchOptions, mut emit: F) -> io::Result<Summary>
where
    F: FnMut(&Record) -> io::Result<()>,
{
    let started = Instant::now();
    let budget = Budget::new(options.budget_bytes);
    let chunk = options.chunk_docs.max(1);
    let (tx, rx) = sync_channel::<Job>(chunk);
    let mut summary = Summary::default();
    let skipped = AtomicUsize::new(0);
    let result = std::thread::scope(|scope| {
        let walker = Walker { limits: options.limits, names: &options.names, tx, budget: &budget, skipped: &skipped };
        scope.spawn(move || walker.walk_all(inputs));
        let result = consume(&rx, chunk, options, &budget, &mut |record| {
            summary.add(record);
            emit(record)
        });
        drop(rx);
        budget.close();
        result
    });
    summary.skipped = skipped.into_inner();
    summary.elapsed = started.elapsed();
    result.map(|()| summary)
}

/// Receives jobs in chunks, processes each chunk in parallel, emits in order.
fn consume(
    rx: &Receiver<Job>,
    chunk: usize,
    options: &BatchOptions,
    budget: &Budget,
    emit: &mut dyn FnMut(&Record) -> io::Result<()>,
) -> io::Result<()> {
    let mut jobs: Vec<Job> = Vec::with_capacity(chunk);
    loop {
        jobs.clear();
        match rx.recv() {
            Ok(job) => jobs.push(job),
            Err(_) => return Ok(()),
        }
        while jobs.len() < chunk {
            match rx.try_recv() {
                Ok(job) => jobs.push(job),
                Err(_) => break,
            }
        }
        let records: Vec<Record> = jobs
            .par_drain(..)
            .map(|job| {
                let size = job.size();
                let record = process(job, &options.limits);
                budget.release(size);
                record
            })
            .collect();
        for record in &records {
            emit(record)?;
        }
    }
}

/// One document to parse: its name and raw bytes, or why they could not be read.
#[derive(Debug)]
struct Job {
    name: String,
    raw: Result<Vec<u8>, InputError>,
}

impl Job {
    fn size(&self) -> u64 {
        self.raw.as_ref().map_or(0, |r| r.len() as u64)
    }
}

/// Reads one file under `limits`: a file known to be larger than `max_size` is refused before
/// reading, and no more than the limit is ever read. `name` is how errors name the file.
///
/// # Example
/// ```
/// let dir = std::env::temp_dir().join(format!("ukaz-read-file-{}", std::process::id()));
/// std::fs::create_dir_all(&dir)?;
/// let path = dir.join("big.txt");
/// std::fs::write(&path, vec![b'a'; 2048])?;
/// let limits = ukaz::Limits { max_size: 1024, ..ukaz::Limits::default() };
/// let err = ukaz::read_file(&path, "big.txt", &limits).err().map(|e| e.code());
/// assert_eq!(err, Some("input.too_large"));
/// std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn read_file(path: &Path, name: &str, limits: &Limits) -> Result<Vec<u8>, InputError> {
    let io_error = |e: io::Error| InputError::Io { name: name.to_string(), detail: e.to_string() };
    let file = File::open(path).map_err(io_error)?;
    let size = file.metadata().map_err(io_error)?.len();
    if size > limits.max_size {
        return Err(InputError::TooLarge { name: name.to_string(), size, limit: limits.max_size });
    }
    read_limited(file, name, size, limits.max_size).map_err(|e| match e {
        InputError::Corrupt { name, detail, .. } => InputError::Io { name, detail },
        other => other,
    })
}

/// Decodes, parses and serialises one job.
fn process(job: Job, limits: &Limits) -> Record {
    let Job { name, raw } = job;
    let raw = match raw {
        Ok(raw) => raw,
        Err(e) => return error_record(name, &[], &e),
    };
    match input::decode_with(&name, &raw, limits) {
        Ok(decoded) => {
            let doc = decoded.parse(&name, &raw);
            document_record(name, raw.len() as u64, &doc)
        }
        Err(e) => error_record(name, &raw, &e),
    }
}

fn document_record(name: String, bytes: u64, doc: &Document) -> Record {
    let outcome = Outcome::Parsed {
        tasks: doc.tasks.len(),
        warnings: doc.diagnostics.iter().filter(|d| d.severity == Severity::Warning).count(),
    };
    match serde_json::to_string(doc) {
        Ok(json) => Record { name, bytes, outcome, json },
        Err(e) => {
            let failure = InputError::corrupt(&name, "JSON output", e);
            error_record(name, &[], &failure)
        }
    }
}

/// What an error record's message adds: `ukaz/1` has no value of `source.encoding` and
/// `source.format` for content that was not decoded (a PDF is none of `text`, `html`, `docx`).
const NOT_DECODED: &str = "not decoded, so source.encoding and source.format are placeholders";

/// The error record of an input that could not be read. Its source describes the bytes read
/// (none if reading failed); `encoding` is `utf-8` and `format` follows the extension, since
/// the content was not decoded, and the message says so ([`NOT_DECODED`]).
fn error_record(name: String, raw: &[u8], error: &InputError) -> Record {
    let format = match input::extension(&name).as_deref() {
        Some("html" | "htm" | "xhtml") => Format::Html,
        Some("docx") => Format::Docx,
        _ => Format::Text,
    };
    let record = ErrorRecord {
        schema: crate::model::SCHEMA_VERSION.to_string(),
        source: crate::document::bytes_source(&name, raw, Encoding::Utf8, format),
        error: ErrorInfo { code: error.code().to_string(), message: format!("{error}; {NOT_DECODED}") },
    };
    let json = serde_json::to_string(&record).unwrap_or_else(|_| format!("{{\"schema\":\"ukaz/1\",\"error\":{{\"code\":\"{}\"}}}}", error.code()));
    Record { name, bytes: raw.len() as u64, outcome: Outcome::Failed { code: error.code() }, json }
}

/// Whether a path inside a folder or archive is operating-system litter rather than a document:
/// macOS resource forks (a `__MACOSX` folder, AppleDouble `._name` files), Finder's
/// `.DS_Store`, Windows' `Thumbs.db` and `desktop.ini`.
fn is_litter(path: &str) -> bool {
    let mut parts = path.split(['/', '\\']).filter(|p| !p.is_empty());
    let file = parts.next_back().unwrap_or_default();
    let litter_file = file.starts_with("._") || [".DS_Store", "Thumbs.db", "desktop.ini"].iter().any(|l| file.eq_ignore_ascii_case(l));
    litter_file || file == "__MACOSX" || parts.any(|dir| dir == "__MACOSX")
}

/// A zip member's path as its archiver meant it, from the `zip` crate's reading (`decoded`) and
/// the raw name bytes.
///
/// Without the zip UTF-8 flag (bit 11) the crate reads a name as CP437. Valid UTF-8 without
/// the flag (7-Zip, macOS) is UTF-8; anything else comes from Russian Windows (Explorer, old
/// WinRAR and WinZip), which write the OEM code page, cp866. The flag itself is not exposed,
/// but a flagged name that is not valid UTF-8 is read lossily, with U+FFFD, which CP437 never
/// yields: such a name is kept as the crate read it.
fn member_name<'a>(decoded: &'a str, raw: &'a [u8]) -> Cow<'a, str> {
    if let Ok(utf8) = std::str::from_utf8(raw) {
        return Cow::Borrowed(utf8);
    }
    if decoded.contains(char::REPLACEMENT_CHARACTER) {
        return Cow::Borrowed(decoded);
    }
    encoding_rs::IBM866.decode_without_bom_handling(raw).0
}

/// Bounds the raw bytes read ahead: the walker waits while the jobs in flight hold more than
/// the limit (a single larger job is admitted when nothing else is in flight).
#[derive(Debug)]
struct Budget {
    state: Mutex<(u64, bool)>,
    freed: Condvar,
    limit: u64,
}

impl Budget {
    fn new(limit: u64) -> Budget {
        Budget { state: Mutex::new((0, false)), freed: Condvar::new(), limit }
    }

    /// Waits until `size` more bytes fit; false when the consumer has gone.
    fn acquire(&self, size: u64) -> bool {
        let Ok(mut state) = self.state.lock() else { return false };
        while !state.1 && state.0 > 0 && state.0.saturating_add(size) > self.limit {
            state = match self.freed.wait(state) {
                Ok(s) => s,
                Err(_) => return false,
            };
        }
        state.0 = state.0.saturating_add(size);
        !state.1
    }

    fn release(&self, size: u64) {
        if let Ok(mut state) = self.state.lock() {
            state.0 = state.0.saturating_sub(size);
        }
        self.freed.notify_all();
    }

    fn close(&self) {
        if let Ok(mut state) = self.state.lock() {
            state.1 = true;
        }
        self.freed.notify_all();
    }
}

/// Walks the inputs and sends jobs in order.
struct Walker<'a> {
    limits: Limits,
    /// Which files found in folders and archives are read.
    names: &'a NameFilter,
    tx: SyncSender<Job>,
    budget: &'a Budget,
    /// Entries passed over: litter ([`is_litter`]) and names [`Walker::names`] leaves out.
    skipped: &'a AtomicUsize,
}

impl Walker<'_> {
    fn walk_all(&self, inputs: &[PathBuf]) {
        for input in inputs {
            if !self.walk_path(input, &input.to_string_lossy(), false) {
                return;
            }
        }
    }

    /// Whether [`Walker::names`] lets the file at `path` (in a folder or archive) be read.
    fn admits(&self, path: &str, is_zip: bool) -> bool {
        let file_name = path.rsplit(['/', '\\']).find(|p| !p.is_empty()).unwrap_or(path);
        self.names.admits(file_name, is_zip)
    }

    /// Counts an entry passed over; true, to go on walking.
    fn skip(&self) -> bool {
        self.skipped.fetch_add(1, Ordering::Relaxed);
        true
    }

    /// Sends one job; false when the consumer has stopped.
    fn send(&self, name: String, raw: Result<Vec<u8>, InputError>) -> bool {
        let size = raw.as_ref().map_or(0, |r| r.len() as u64);
        self.budget.acquire(size) && self.tx.send(Job { name, raw }).is_ok()
    }

    /// Walks a file, folder or archive; `found` when it was found in a folder, not named
    /// explicitly, and so is subject to [`Walker::names`].
    fn walk_path(&self, path: &Path, name: &str, found: bool) -> bool {
        let io_error = |e: io::Error| InputError::Io { name: name.to_string(), detail: e.to_string() };
        let meta = match std::fs::metadata(path) {
            Ok(meta) => meta,
            Err(e) => return self.send(name.to_string(), Err(io_error(e))),
        };
        if meta.is_dir() {
            return self.walk_dir(path, name);
        }
        let is_zip = input::extension(name).as_deref() == Some("zip");
        if found && !self.admits(name, is_zip) {
            return self.skip();
        }
        if !is_zip {
            return self.send(name.to_string(), read_file(path, name, &self.limits));
        }
        // Streamed member by member: the archive itself is not limited in size.
        match File::open(path) {
            Ok(file) => self.walk_zip(io::BufReader::new(file), name, 1),
            Err(e) => self.send(name.to_string(), Err(io_error(e))),
        }
    }

    fn walk_dir(&self, path: &Path, name: &str) -> bool {
        let entries = match std::fs::read_dir(path) {
            Ok(entries) => entries,
            Err(e) => return self.send(name.to_string(), Err(InputError::Io { name: name.to_string(), detail: e.to_string() })),
        };
        let mut children: Vec<_> = entries.filter_map(Result::ok).map(|e| e.file_name()).collect();
        children.sort();
        let base = name.trim_end_matches('/');
        children.iter().all(|child| {
            let child_name = child.to_string_lossy();
            if is_litter(&child_name) {
                return self.skip();
            }
            self.walk_path(&path.join(child), &format!("{base}/{child_name}"), true)
        })
    }

    /// Sends every member of an archive (`depth` 1 for an archive on disk).
    fn walk_zip<R: Read + Seek>(&self, reader: R, name: &str, depth: usize) -> bool {
        let mut zip = match zip::ZipArchive::new(reader) {
            Ok(zip) => zip,
            Err(e) => return self.send(name.to_string(), Err(InputError::corrupt(name, "zip archive", e))),
        };
        if zip.len() > self.limits.max_members {
            let what = format!("archive member count {}", zip.len());
            return self.send(name.to_string(), Err(InputError::Nesting { name: name.to_string(), what, limit: self.limits.max_members }));
        }
        (0..zip.len()).all(|index| self.walk_member(&mut zip, index, name, depth))
    }

    fn walk_member<R: Read + Seek>(&self, zip: &mut zip::ZipArchive<R>, index: usize, archive: &str, depth: usize) -> bool {
        let file = match zip.by_index(index) {
            Ok(file) => file,
            Err(e) => {
                let name = format!("{archive}/#{index}");
                return self.send(name.clone(), Err(InputError::corrupt(&name, "zip archive entry", e)));
            }
        };
        if file.is_dir() {
            return true;
        }
        let member = member_name(file.name(), file.name_raw());
        if is_litter(&member) {
            return self.skip();
        }
        let name = format!("{archive}/{member}");
        let is_zip = input::extension(&name).as_deref() == Some("zip");
        if !self.admits(&member, is_zip) {
            return self.skip();
        }
        if let Err(e) = self.limits.check_member(&name, file.size(), file.compressed_size()) {
            return self.send(name, Err(e));
        }
        if is_zip && depth >= self.limits.max_depth {
            let what = format!("archive nesting depth {}", depth + 1);
            return self.send(name.clone(), Err(InputError::Nesting { name, what, limit: self.limits.max_depth }));
        }
        let size = file.size();
        let raw = read_limited(file, &name, size, self.limits.max_size);
        match raw {
            Ok(bytes) if is_zip => self.walk_zip(io::Cursor::new(bytes), &name, depth + 1),
            raw => self.send(name, raw),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn litter_of_macos_and_windows() {
        for path in ["__MACOSX/2020/._prikaz.txt", "__MACOSX", "2020/.DS_Store", "a/THUMBS.DB", "Desktop.ini", "._x.docx", "dir/"] {
            assert_eq!(is_litter(path), path != "dir/", "{path}");
        }
        for path in ["2020/prikaz.txt", "__MACOSX.txt", ".hidden.txt", "thumbs.db.txt", "a/__macosx_notes/x.txt"] {
            assert!(!is_litter(path), "{path}");
        }
    }

    #[test]
    fn member_names_without_the_utf8_flag() {
        let cp866 = encoding_rs::IBM866.encode("Приказы/Приказ 28-о.txt").0;
        let cp437_reading = "Åα¿¬áºδ/Åα¿¬áº 28-«.txt";
        assert_eq!(member_name(cp437_reading, &cp866), "Приказы/Приказ 28-о.txt");
        let utf8 = "Приказы/Приказ 28-о.txt";
        assert_eq!(member_name("ÉƒÉ...", utf8.as_bytes()), utf8, "UTF-8 without the flag (7-Zip, macOS)");
        assert_eq!(member_name("2020/a.txt", b"2020/a.txt"), "2020/a.txt");
        let broken = b"\xd0\x9f\xff.txt";
        assert_eq!(member_name("\u{41f}\u{fffd}.txt", broken), "\u{41f}\u{fffd}.txt", "flagged UTF-8, broken: as read");
    }
}
