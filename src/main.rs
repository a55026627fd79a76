//! The `ukaz` command-line tool: `ukaz parse FILE` prints the `ukaz/1` JSON of one document;
//! `ukaz batch INPUT...` parses files, folders and zip archives into JSON lines.

mod batch_cli;

use clap::{Parser, Subcommand};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Parse Russian official decision documents (решения, приказы, протоколы, постановления,
/// распоряжения) into the ukaz/1 JSON tree.
#[derive(Debug, Parser)]
#[command(name = "ukaz", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Parse one document and print its JSON.
    ///
    /// Exit status: 0 when parsed, 1 when parsed with error-severity diagnostics, 2 when the
    /// file cannot be read or has no text (empty, or only whitespace).
    Parse {
        /// The document (`-` reads standard input).
        file: PathBuf,
        /// Indent the JSON.
        #[arg(long)]
        pretty: bool,
        /// Also print the diagnostics, rendered with source excerpts, on standard error.
        #[arg(long)]
        diagnostics: bool,
        /// Largest input read, in MiB; a larger file is refused with `input.too_large`.
        #[arg(long, value_name = "MIB", default_value_t = 64)]
        max_size: u64,
    },
    /// Print the text of one document as it is parsed, in UTF-8: the text its spans point into
    /// (for HTML and DOCX, the text taken from the markup; else the decoded input).
    ///
    /// Exit status: 0 when decoded, 2 when the file cannot be read or has no text.
    Text {
        /// The document (`-` reads standard input).
        file: PathBuf,
        /// Largest input read, in MiB; a larger file is refused with `input.too_large`.
        #[arg(long, value_name = "MIB", default_value_t = 64)]
        max_size: u64,
    },
    /// Parse many documents: files, folders (recursively) and .zip archives, into JSON lines.
    ///
    /// One line per document in input order; a document that cannot be read becomes an error
    /// record `{"schema", "source", "error": {"code", "message"}}`. A summary goes to standard
    /// error. Exit status: 0 when all parsed, 1 when some could not be read (all are still
    /// written), 2 on usage or output errors.
    Batch(batch_cli::BatchArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Parse { file, pretty, diagnostics, max_size } => {
            let limits = ukaz::Limits { max_size: max_size.saturating_mul(1 << 20), ..ukaz::Limits::default() };
            parse(&file, pretty, diagnostics, &limits)
        }
        Command::Text { file, max_size } => {
            let limits = ukaz::Limits { max_size: max_size.saturating_mul(1 << 20), ..ukaz::Limits::default() };
            print_text(&file, &limits)
        }
        Command::Batch(args) => batch_cli::run(args),
    }
}

/// Prints the decoded text of `file` (see [`Command::Text`]).
fn print_text(file: &Path, limits: &ukaz::Limits) -> ExitCode {
    let name = file.to_string_lossy().into_owned();
    let decoded = read_input(file, &name, limits).and_then(|bytes| ukaz::decode_with(&name, &bytes, limits));
    match decoded {
        Ok(d) if std::io::stdout().lock().write_all(d.text.as_bytes()).is_ok() => ExitCode::SUCCESS,
        Ok(_) => ExitCode::from(2),
        Err(e) => {
            eprintln!("ukaz: {e}");
            ExitCode::from(2)
        }
    }
}

fn parse(file: &Path, pretty: bool, show_diagnostics: bool, limits: &ukaz::Limits) -> ExitCode {
    let name = file.to_string_lossy().into_owned();
    let bytes = match read_input(file, &name, limits) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("ukaz: {e}");
            return ExitCode::from(2);
        }
    };
    let decoded = match ukaz::decode_with(&name, &bytes, limits) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("ukaz: {e}");
            return ExitCode::from(2);
        }
    };
    let doc = decoded.parse(&name, &bytes);
    let text = decoded.text.as_str();
    let json = if pretty { serde_json::to_string_pretty(&doc) } else { serde_json::to_string(&doc) };
    let json = match json {
        Ok(j) => j,
        Err(e) => {
            eprintln!("ukaz: cannot serialise {name}: {e}");
            return ExitCode::from(2);
        }
    };
    let mut out = std::io::stdout().lock();
    if writeln!(out, "{json}").is_err() {
        return ExitCode::from(2);
    }
    if show_diagnostics {
        for d in &doc.diagnostics {
            eprint!("{}", d.render(&name, text));
        }
    }
    let has_errors = doc.diagnostics.iter().any(|d| d.severity == ukaz::Severity::Error);
    ExitCode::from(u8::from(has_errors))
}

/// Reads the file under `limits` (see [`ukaz::read_file`]), or at most one byte past the limit
/// of stdin: enough for the decoder to refuse an oversized input without holding all of it.
fn read_input(file: &Path, name: &str, limits: &ukaz::Limits) -> Result<Vec<u8>, ukaz::InputError> {
    if file.as_os_str() != "-" {
        return ukaz::read_file(file, name, limits);
    }
    let mut buf = Vec::new();
    let read = std::io::stdin().lock().take(limits.max_size.saturating_add(1)).read_to_end(&mut buf);
    read.map(|_| buf).map_err(|e| ukaz::InputError::Io { name: name.to_string(), detail: e.to_string() })
}
