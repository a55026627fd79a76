//! The `ukaz` command-line tool: `ukaz parse FILE` prints the `ukaz/1` JSON of one document;
//! `ukaz batch INPUT...` parses files, folders and zip archives into JSON lines.

mod batch_cli;

use clap::{Parser, Subcommand};
use std::io::{Read, Write};
use std::path::PathBuf;
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
    /// file cannot be read.
    Parse {
        /// The document (`-` reads standard input).
        file: PathBuf,
        /// Indent the JSON.
        #[arg(long)]
        pretty: bool,
        /// Also print the diagnostics, rendered with source excerpts, on standard error.
        #[arg(long)]
        diagnostics: bool,
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
        Command::Parse { file, pretty, diagnostics } => parse(&file, pretty, diagnostics),
        Command::Batch(args) => batch_cli::run(args),
    }
}

fn parse(file: &PathBuf, pretty: bool, show_diagnostics: bool) -> ExitCode {
    let name = file.to_string_lossy().into_owned();
    let bytes = match read_input(file) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("ukaz: cannot read {name}: {e}");
            return ExitCode::from(2);
        }
    };
    let decoded = match ukaz::decode(&name, &bytes) {
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

fn read_input(file: &PathBuf) -> std::io::Result<Vec<u8>> {
    if file.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf)?;
        Ok(buf)
    } else {
        std::fs::read(file)
    }
}
