//! `ukaz batch`: arguments, output (JSON lines or one file per document), progress and summary.

use indicatif::{ProgressBar, ProgressStyle};
use std::collections::HashSet;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::io::{BufRead, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments of `ukaz batch`.
#[derive(Debug, clap::Args)]
pub(crate) struct BatchArgs {
    /// Files, folders and .zip archives; `-` reads a list of paths, one per line, from stdin.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Write the JSON lines to this file instead of standard output.
    #[arg(short, long, conflicts_with = "out_dir")]
    output: Option<PathBuf>,
    /// Write one JSON file per document under DIR, mirroring the input paths
    /// (`DIR/archive.zip/member.txt.json`); a name taken earlier in the run gets a number
    /// (`member.txt~2.json`).
    #[arg(long, value_name = "DIR")]
    out_dir: Option<PathBuf>,
    /// Read only the files in folders and archives whose name matches GLOB (`*` any characters,
    /// `?` one; case-insensitive); may be repeated. Archives are still opened.
    #[arg(long, value_name = "GLOB", value_parser = file_name_glob)]
    include: Vec<String>,
    /// Skip the files and archives in folders and archives whose name matches GLOB; may be
    /// repeated. Files named on the command line are always read.
    #[arg(long, value_name = "GLOB", value_parser = file_name_glob)]
    exclude: Vec<String>,
    /// Worker threads (0: all cores).
    #[arg(short, long, default_value_t = 0)]
    jobs: usize,
    /// Largest file or archive member, in MiB.
    #[arg(long, default_value_t = 64, value_name = "MIB")]
    max_size: u64,
    /// Largest compression ratio of an archive member above 1 MiB.
    #[arg(long, default_value_t = 100)]
    max_ratio: u64,
    /// Deepest nesting of archives in archives.
    #[arg(long, default_value_t = 4)]
    max_depth: usize,
    /// Most members in one archive.
    #[arg(long, default_value_t = 1_000_000)]
    max_members: usize,
    /// Also report the peak resident memory (VmHWM) in the summary.
    #[arg(long)]
    stats: bool,
}

/// Where records go.
enum Sink {
    Lines(BufWriter<Box<dyn Write + Send>>),
    Dir(PathBuf, OutPaths),
}

impl Sink {
    fn open(args: &BatchArgs) -> std::io::Result<Sink> {
        if let Some(dir) = &args.out_dir {
            std::fs::create_dir_all(dir)?;
            return Ok(Sink::Dir(dir.clone(), OutPaths::default()));
        }
        let out: Box<dyn Write + Send> = match &args.output {
            Some(path) => Box::new(std::fs::File::create(path)?),
            None => Box::new(std::io::stdout()),
        };
        Ok(Sink::Lines(BufWriter::with_capacity(1 << 16, out)))
    }

    fn write(&mut self, record: &ukaz::Record) -> std::io::Result<()> {
        match self {
            Sink::Lines(out) => writeln!(out, "{}", record.json),
            Sink::Dir(dir, claimed) => {
                let path = dir.join(claimed.claim(&record.relative_path()));
                if let Some(parent) = path.parent() {
                    std::fs::create_dir_all(parent)?;
                }
                std::fs::write(path, format!("{}\n", record.json))
            }
        }
    }

    fn finish(self) -> std::io::Result<()> {
        match self {
            Sink::Lines(mut out) => out.flush(),
            Sink::Dir(..) => Ok(()),
        }
    }
}

/// The paths `--out-dir` has written in this run, so that two records whose names map to one
/// path (`docs/x.txt` and `../../docs/x.txt` both give `docs/x.txt.json`; `A.txt` and `a.txt` on
/// a case-insensitive file system) get two files instead of one overwriting the other.
///
/// Paths are compared lowercased and kept as 64-bit hashes (a few bytes per document, however
/// large the batch; a collision of hashes only adds a needless suffix). Files left by an earlier
/// run are overwritten as before.
#[derive(Debug, Default)]
struct OutPaths {
    files: HashSet<u64>,
    dirs: HashSet<u64>,
}

impl OutPaths {
    /// The first free path for `relative` (from [`ukaz::Record::relative_path`]): the file
    /// `x.txt.json`, else `x.txt~2.json`, `x.txt~3.json` …; a folder on the way that an
    /// earlier record took as a file name becomes `name~2` the same way.
    fn claim(&mut self, relative: &Path) -> PathBuf {
        let mut parts: Vec<String> = relative.iter().map(|p| p.to_string_lossy().into_owned()).collect();
        let file = parts.pop().unwrap_or_default();
        let mut path = PathBuf::new();
        for dir in &parts {
            path = first_free(&path, dir, |p| !self.files.contains(&path_key(p)));
            self.dirs.insert(path_key(&path));
        }
        let path = first_free(&path, &file, |p| !self.files.contains(&path_key(p)) && !self.dirs.contains(&path_key(p)));
        self.files.insert(path_key(&path));
        path
    }
}

/// `parent/name`, or the first of `parent/name~2`, `parent/name~3` … that is `free` (the
/// number goes before a `.json` extension).
fn first_free(parent: &Path, name: &str, free: impl Fn(&Path) -> bool) -> PathBuf {
    let (stem, extension) = name.strip_suffix(".json").map_or((name, ""), |stem| (stem, ".json"));
    let mut path = parent.join(name);
    let mut n = 1u64;
    while !free(&path) {
        n += 1;
        path = parent.join(format!("{stem}~{n}{extension}"));
    }
    path
}

/// The identity of an output path on a case-insensitive file system.
fn path_key(path: &Path) -> u64 {
    let mut hasher = DefaultHasher::new();
    path.to_string_lossy().to_lowercase().hash(&mut hasher);
    hasher.finish()
}

/// Runs `ukaz batch`.
pub(crate) fn run(args: BatchArgs) -> ExitCode {
    let inputs = match expand_stdin(&args.inputs) {
        Ok(inputs) => inputs,
        Err(e) => return fail(&format!("cannot read the list of inputs on stdin: {e}")),
    };
    let mut sink = match Sink::open(&args) {
        Ok(sink) => sink,
        Err(e) => return fail(&format!("cannot open the output: {e}")),
    };
    let pool = match rayon::ThreadPoolBuilder::new().num_threads(args.jobs).build() {
        Ok(pool) => pool,
        Err(e) => return fail(&format!("cannot start {} threads: {e}", args.jobs)),
    };
    let options = ukaz::BatchOptions {
        limits: ukaz::Limits {
            max_size: args.max_size.saturating_mul(1 << 20),
            max_ratio: args.max_ratio,
            max_depth: args.max_depth,
            max_members: args.max_members,
        },
        names: ukaz::NameFilter::new(&args.include, &args.exclude),
        ..ukaz::BatchOptions::default()
    };
    let progress = std::io::stderr().is_terminal().then(progress_bar);
    let result = pool.install(|| {
        ukaz::batch(&inputs, &options, |record| {
            if let Some(bar) = &progress {
                bar.inc(1);
                bar.set_message(record.name.clone());
            }
            sink.write(record)
        })
    });
    if let Some(bar) = &progress {
        bar.finish_and_clear();
    }
    let summary = match result.and_then(|s| sink.finish().map(|()| s)) {
        Ok(summary) => summary,
        Err(e) => return fail(&format!("cannot write the output: {e}")),
    };
    eprintln!("{}", summary_line(&summary, pool.current_num_threads(), args.stats));
    ExitCode::from(u8::from(summary.failed > 0))
}

/// A `--include`/`--exclude` glob: it is matched against file names, so it cannot hold a `/`.
fn file_name_glob(glob: &str) -> Result<String, String> {
    if glob.contains(['/', '\\']) {
        return Err("a glob is matched against file names, so it cannot contain `/` or `\\`".to_string());
    }
    Ok(glob.to_string())
}

fn fail(message: &str) -> ExitCode {
    eprintln!("ukaz: {message}");
    ExitCode::from(2)
}

/// Replaces each `-` with the paths listed on standard input, one per line.
fn expand_stdin(inputs: &[PathBuf]) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::with_capacity(inputs.len());
    for input in inputs {
        if input.as_os_str() != "-" {
            out.push(input.clone());
            continue;
        }
        for line in std::io::stdin().lock().lines() {
            let line = line?;
            let path = line.trim_end_matches('\r');
            if !path.trim().is_empty() {
                out.push(PathBuf::from(path));
            }
        }
    }
    Ok(out)
}

fn progress_bar() -> ProgressBar {
    let bar = ProgressBar::new_spinner();
    if let Ok(style) = ProgressStyle::with_template("{spinner} {pos} documents, {per_sec} [{elapsed_precise}] {wide_msg}") {
        bar.set_style(style);
    }
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    bar
}

/// `ukaz: 10000 documents (9990 parsed, 10 errors), 3 skipped, 5311 tasks, 120 warnings; 61.2 MB in 4.1 s: 14.9 MB/s, 2439 docs/s on 2 threads`
fn summary_line(s: &ukaz::Summary, threads: usize, stats: bool) -> String {
    let secs = s.elapsed.as_secs_f64().max(1e-9);
    let mut line = format!(
        "ukaz: {} documents ({} parsed, {} errors), {} skipped, {} tasks, {} warnings; {:.1} MB in {:.2} s: {:.1} MB/s, {:.0} docs/s on {} threads",
        s.documents,
        s.parsed,
        s.failed,
        s.skipped,
        s.tasks,
        s.warnings,
        s.bytes as f64 / 1e6,
        secs,
        s.mb_per_s(),
        s.documents as f64 / secs,
        threads,
    );
    if stats {
        if let Some(kb) = peak_rss_kb(Path::new("/proc/self/status")) {
            line.push_str(&format!("; peak RSS {:.1} MB", kb as f64 / 1e3));
        }
    }
    line
}

/// `VmHWM` from a `/proc/<pid>/status` file, in kB.
fn peak_rss_kb(status: &Path) -> Option<u64> {
    let text = std::fs::read_to_string(status).ok()?;
    let line = text.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim_all(claimed: &mut OutPaths, paths: &[&str]) -> Vec<String> {
        paths.iter().map(|p| claimed.claim(Path::new(p)).to_string_lossy().into_owned()).collect()
    }

    #[test]
    fn out_dir_paths_are_unique_in_a_run() {
        let mut claimed = OutPaths::default();
        let paths = ["docs/x.txt.json", "docs/x.txt.json", "DOCS/X.TXT.json", "docs/y.txt.json", "stdin.json"];
        insta::assert_debug_snapshot!(claim_all(&mut claimed, &paths), @r#"
        [
            "docs/x.txt.json",
            "docs/x.txt~2.json",
            "DOCS/X.TXT~3.json",
            "docs/y.txt.json",
            "stdin.json",
        ]
        "#);
    }

    #[test]
    fn a_file_and_a_folder_of_one_name_are_both_kept() {
        let mut claimed = OutPaths::default();
        let paths = ["a/b.json", "a/b.json/c.txt.json", "a/b.json/d.txt.json", "d/e.json/f.txt.json", "d/e.json"];
        insta::assert_debug_snapshot!(claim_all(&mut claimed, &paths), @r#"
        [
            "a/b.json",
            "a/b~2.json/c.txt.json",
            "a/b~2.json/d.txt.json",
            "d/e.json/f.txt.json",
            "d/e~2.json",
        ]
        "#);
    }
}
