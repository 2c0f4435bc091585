//! The `whitepaper` command line: arguments → options → one library call. Only this file
//! prints and chooses the exit code: 0 fine, 1 the content has problems, 2 the tool could
//! not run.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use whitepaper::build::BuildOptions;
use whitepaper::config::Format;
use whitepaper::diag::{self, Diagnostic, Sources};
use whitepaper::pipeline::BuildError;

#[derive(Debug, Parser)]
#[command(
    name = "whitepaper",
    version,
    about = "Turn security facts into the security whitepaper and supplementary terms (Markdown, HTML, PDF; every language)"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build every edition × language × format into the output folder.
    Build(BuildArgs),
    /// Check facts, messages and templates for everything that would make an edition wrong
    /// or incomplete in some language (the CI gate).
    Check(CheckArgs),
    /// Print the JSON Schema of the project's files (whitepaper.toml, content/*.toml), for
    /// editors and validators; or write one schema per file; or the Markdown reference.
    Schema(SchemaArgs),
    /// Say what changed in the facts between two versions of the project (git revisions
    /// or folders), and which sections of each edition show it.
    Diff(DiffArgs),
    /// Append an edition's next revision, its change list drafted in every language from the
    /// facts changed since its last release; record the release for the next diff.
    Release(ReleaseArgs),
    /// Start a new project in DIR: the configuration and a small content set for every
    /// area of the built-in editions, each unknown value a TODO placeholder that `check`
    /// lists; it builds at once.
    Init(InitArgs),
    /// Preview while writing: build, serve every edition × language on 127.0.0.1, and
    /// rebuild and reload open pages whenever a file of the project changes.
    Serve(ServeArgs),
    /// Say whose copy a PDF is: the ledger entry of a copy made with `build --recipient`,
    /// found by the file's SHA-256, or by its stamp when the file was altered.
    Trace(TraceArgs),
    /// Print the facts machine-readable: JSON (schema `whitepaper-export/1`) of every area
    /// or one, or CSV of one list (for a trust-center page or a security questionnaire).
    Export(ExportArgs),
    /// Say where a sentence comes from: for each block of the built documents containing
    /// TEXT, the messages that worded it and the facts that filled it, with file and line.
    Explain(ExplainArgs),
    /// Write the trust center: a static site of the editions, certifications, subprocessors
    /// (with announcements), changes and an Atom feed per language, into out/site/.
    Site(SiteArgs),
}

#[derive(Debug, Args)]
struct SiteArgs {
    #[command(flatten)]
    common: Common,
    /// Where to write the site (default: <out_dir>/site).
    #[arg(long)]
    out: Option<PathBuf>,
}

#[derive(Debug, Args)]
struct ServeArgs {
    #[command(flatten)]
    common: Common,
    /// The port (0: any free one).
    #[arg(long, default_value_t = 8000)]
    port: u16,
    /// The address to listen on.
    #[arg(long, default_value = "127.0.0.1")]
    bind: String,
    /// Open the index in the default browser.
    #[arg(long)]
    open: bool,
}

#[derive(Debug, Args)]
struct InitArgs {
    /// The new project's folder (created if missing; must be empty unless --force).
    dir: PathBuf,
    /// The languages (comma-separated; default: every built-in one, ja and en).
    #[arg(long, value_delimiter = ',')]
    lang: Vec<String>,
    /// The company's name as published (default: a placeholder).
    #[arg(long, value_name = "NAME")]
    company: Option<String>,
    /// Add the scaffold to a folder that is not empty; files already there are kept.
    #[arg(long)]
    force: bool,
}

#[derive(Debug, Args)]
struct TraceArgs {
    #[command(flatten)]
    common: Common,
    /// The PDF to trace.
    file: PathBuf,
}

#[derive(Debug, Args)]
struct ExportArgs {
    #[command(flatten)]
    common: Common,
    #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
    format: ExportFormat,
    /// An area (`subprocessors`) or a list in it (`subprocessors.deposits`); CSV needs one.
    #[arg(long, value_name = "AREA")]
    what: Option<String>,
}

#[derive(Debug, Args)]
struct ExplainArgs {
    #[command(flatten)]
    common: Common,
    /// Only this edition (default: every one).
    #[arg(long)]
    edition: Option<String>,
    /// Only this language (default: every one).
    #[arg(long)]
    lang: Option<String>,
    /// `text` for people, `json` for tools.
    #[arg(long, value_enum, default_value_t = ExplainFormat::Text)]
    format: ExplainFormat,
    /// The text to look for, as it reads in the document.
    text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ExplainFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ExportFormat {
    /// JSON, schema `whitepaper-export/1` (see docs/export.md)
    Json,
    /// CSV (RFC 4180) of one list, with a header row
    Csv,
}

#[derive(Debug, Args)]
struct ReleaseArgs {
    #[command(flatten)]
    common: Common,
    /// The edition to release.
    #[arg(long)]
    edition: String,
    /// The new version (default: the last one with its minor number bumped, 1.9 → 1.10).
    #[arg(long)]
    version: Option<String>,
    /// The revision date, YYYY-MM-DD (default: today, or SOURCE_DATE_EPOCH).
    #[arg(long)]
    date: Option<String>,
    /// Where the changes start (default: the edition's last release, else the latest tag).
    #[arg(long, value_name = "REV")]
    from: Option<String>,
}

#[derive(Debug, Args)]
struct DiffArgs {
    #[command(flatten)]
    common: Common,
    /// The older version: a git revision of the repository holding the project, or a
    /// folder (default: the latest git tag).
    #[arg(long, value_name = "REV")]
    from: Option<String>,
    /// The newer version (default: the working tree).
    #[arg(long, value_name = "REV")]
    to: Option<String>,
    /// Output: text or Markdown in each language, or JSON (schema `whitepaper-diff/1`).
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    format: DiffFormat,
    /// Only these languages (repeatable or comma-separated; default: every configured one).
    #[arg(long, value_delimiter = ',')]
    lang: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum DiffFormat {
    /// plain text, one block per language
    Text,
    /// Markdown, ready for a customer notice
    Markdown,
    /// JSON, schema `whitepaper-diff/1` (see docs/revisions.md)
    Json,
}

#[derive(Debug, Args)]
struct SchemaArgs {
    /// Write one `<file>.schema.json` per project file into DIR instead of printing.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Print the Markdown reference of every file, field and vocabulary instead.
    #[arg(long, conflicts_with = "out")]
    reference: bool,
}

#[derive(Debug, Args)]
struct CheckArgs {
    #[command(flatten)]
    common: Common,
    /// Output format of the findings.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    format: CheckFormat,
    /// Fail (exit 1) on warnings too.
    #[arg(long)]
    deny_warnings: bool,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum CheckFormat {
    /// rustc-like, with the source line and a caret
    Human,
    /// JSON, schema `whitepaper-check/3` (see docs/check.md)
    Json,
    /// GitHub Actions workflow annotations
    Github,
}

/// Flags every command shares.
#[derive(Debug, Args)]
struct Common {
    /// The project folder (with whitepaper.toml).
    #[arg(long, default_value = ".", global = true)]
    root: PathBuf,
    /// Say more (each file written).
    #[arg(short, long, global = true)]
    verbose: bool,
}

#[derive(Debug, Args)]
struct BuildArgs {
    #[command(flatten)]
    common: Common,
    /// Only these languages (repeatable or comma-separated).
    #[arg(long, value_delimiter = ',')]
    lang: Vec<String>,
    /// Only these editions (repeatable or comma-separated).
    #[arg(long, value_delimiter = ',')]
    edition: Vec<String>,
    /// Only these formats (repeatable or comma-separated).
    #[arg(long, value_delimiter = ',')]
    format: Vec<Format>,
    /// Output folder (default: `out_dir` of whitepaper.toml, `out/`).
    #[arg(long)]
    out: Option<PathBuf>,
    /// PDF standard (default: `pdf_standard` of whitepaper.toml, `ua-1`): every PDF is tagged
    /// PDF/UA-1; `a-2b` makes it PDF/A-2b as well.
    #[arg(long, value_enum)]
    pdf_standard: Option<whitepaper::config::PdfStandard>,
    /// Mark, in the HTML and PDF, the sections whose facts changed since REV (a git
    /// revision, a folder, or a release record), for reviewers.
    #[arg(long, value_name = "REV", conflicts_with = "recipient")]
    since: Option<String>,
    /// Write copies of the PDFs stamped for this recipient (a name, any characters) under
    /// `out/recipients/<id>/`, and list each in the ledger `.whitepaper/recipients.jsonl`;
    /// the editions in `out/` stay as they are.
    #[arg(long, value_name = "NAME")]
    recipient: Option<String>,
    /// The recipient's id in the ledger and folder name (default: made from the name).
    #[arg(long, value_name = "ID", requires = "recipient")]
    recipient_id: Option<String>,
    /// Lay a faint diagonal watermark with the recipient's name across every page.
    #[arg(long, requires = "recipient")]
    watermark: bool,
}

fn color_stderr() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

fn print_diagnostics(sources: &Sources, diags: &[Diagnostic]) {
    eprint!("{}", diag::render(sources, diags, color_stderr()));
}

/// Print to stdout, ignoring a closed pipe (`whitepaper check --format json | head`).
fn print_stdout(text: &str) {
    use std::io::Write;
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}

/// The heap is counted, so that a build that needs more than its bound stops with an error
/// (see `whitepaper::limits`); only the binary installs the allocator.
#[global_allocator]
static ALLOCATOR: whitepaper::limits::Counting = whitepaper::limits::Counting;

/// A bound crossed while rendering: say what was being rendered and stop (status 1); nothing
/// has been written, as `out/` is published only after rendering.
fn limit_exceeded(e: &whitepaper::limits::Exceeded) -> ! {
    eprintln!("{e}");
    std::process::exit(1);
}

fn main() -> ExitCode {
    whitepaper::limits::on_exceeded(limit_exceeded);
    let cli = Cli::parse();
    match cli.command {
        Command::Build(args) => build(args),
        Command::Site(args) => site(args),
        Command::Check(args) => check(args),
        Command::Schema(args) => schema(args),
        Command::Diff(args) => diff(args),
        Command::Release(args) => release(args),
        Command::Export(args) => export(args),
        Command::Explain(args) => explain(args),
        Command::Trace(args) => trace(args),
        Command::Init(args) => init(args),
        Command::Serve(args) => serve(args),
    }
}

fn serve(args: ServeArgs) -> ExitCode {
    let opts = whitepaper::serve::ServeOptions {
        root: args.common.root,
        bind: args.bind,
        port: args.port,
        open: args.open,
    };
    let result = whitepaper::serve::serve(
        &opts,
        |url| {
            // stdout: the line a script waits for; then the rest on stderr
            print_stdout(&format!("serving on {url}\n"));
            eprintln!("watching the project; Ctrl-C stops");
        },
        Box::new(|line| eprint!("{line}")),
    );
    match result {
        Ok(()) => {
            eprintln!("stopped");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn init(args: InitArgs) -> ExitCode {
    let today = match today_or_exit() {
        Ok(t) => t,
        Err(code) => return code,
    };
    let opts = whitepaper::init::InitOptions {
        dir: args.dir.clone(),
        langs: args.lang,
        company: args.company,
        into_non_empty: args.force,
        today,
    };
    match whitepaper::init::init(&opts) {
        Ok(done) => {
            for k in &done.kept {
                eprintln!("kept {} (already there)", args.dir.join(k).display());
            }
            eprintln!(
                "wrote {} files in {}: fill in every TODO (`whitepaper check --root {}` lists them), then `whitepaper build --root {}`",
                done.written.len(),
                args.dir.display(),
                args.dir.display(),
                args.dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn trace(args: TraceArgs) -> ExitCode {
    use whitepaper::recipients::{Entry, Trace};
    let found = match whitepaper::recipients::trace(&args.common.root, &args.file) {
        Ok(f) => f,
        Err(e) => return stopped(e),
    };
    let file = args.file.display();
    let copy = |e: &Entry| {
        format!(
            "  ledger entry {}: {} ({}), {} {} version {}, prepared {}, {}\n",
            e.n, e.recipient, e.id, e.edition, e.lang, e.version, e.prepared, e.file
        )
    };
    match found {
        Trace::Copy(e) => {
            print_stdout(&format!(
                "{file} is the copy prepared for {} ({}) on {}: unaltered (its SHA-256 is in the ledger)\n{}",
                e.recipient,
                e.id,
                e.prepared,
                copy(&e)
            ));
            ExitCode::SUCCESS
        }
        Trace::Stamped {
            recipient,
            id,
            prepared,
            from,
            entries,
        } => {
            let when = prepared.map(|p| format!(" on {p}")).unwrap_or_default();
            if entries.is_empty() {
                print_stdout(&format!(
                    "{file} is stamped for {recipient} ({id}){when} (read from its {from}), but the ledger lists no copy for that recipient\n"
                ));
                return ExitCode::from(1);
            }
            let mut text = format!(
                "{file} was altered (its SHA-256 is in no ledger entry), but its {from} names {recipient} ({id}){when}: the ledger's copies for that recipient:\n"
            );
            for e in &entries {
                text.push_str(&copy(e));
            }
            print_stdout(&text);
            ExitCode::SUCCESS
        }
        Trace::NotStamped => {
            print_stdout(&format!(
                "{file} is not a stamped copy: its SHA-256 is in no ledger entry and it carries no recipient's stamp\n"
            ));
            ExitCode::from(1)
        }
    }
}

fn export(args: ExportArgs) -> ExitCode {
    let loaded = match whitepaper::pipeline::load(&whitepaper::files::Tree::disk(&args.common.root))
    {
        Ok(l) => l,
        Err(e) => return stopped(e),
    };
    let what = args.what.as_deref();
    let text = match args.format {
        ExportFormat::Json => whitepaper::export::to_json(&loaded, what)
            .map(|v| format!("{}\n", serde_json::to_string_pretty(&v).unwrap_or_default())),
        ExportFormat::Csv => match what {
            Some(w) => whitepaper::export::to_csv(&loaded, w),
            None => Err(whitepaper::export::ExportError(
                "CSV is one list: name it with --what (e.g. --what subprocessors)".into(),
            )),
        },
    };
    match text {
        Ok(t) => {
            print_stdout(&t);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {}", e.0);
            ExitCode::from(2)
        }
    }
}

fn explain(args: ExplainArgs) -> ExitCode {
    use whitepaper::explain;
    let tracer = match explain::Tracer::load(&whitepaper::files::Tree::disk(&args.common.root)) {
        Ok(t) => t,
        Err(e) => return stopped(e),
    };
    if let Err(e) = tracer.scope(args.edition.as_deref(), args.lang.as_deref()) {
        eprintln!("error: {e}");
        return ExitCode::from(2);
    }
    let found = match explain::explain(
        &tracer,
        args.edition.as_deref(),
        args.lang.as_deref(),
        &args.text,
    ) {
        Ok(f) => f,
        Err(d) => {
            return stopped(whitepaper::pipeline::BuildError::Content {
                sources: Box::new(tracer.loaded.sources.clone()),
                diagnostics: vec![d],
            });
        }
    };
    match args.format {
        ExplainFormat::Json => print_stdout(&explain::json(&found)),
        ExplainFormat::Text => print_stdout(&explain::human(&found)),
    }
    if found.is_empty() {
        eprintln!("no block of the documents contains “{}”", args.text);
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

fn release(args: ReleaseArgs) -> ExitCode {
    use whitepaper::release::{Outcome, ReleaseOptions};
    let today = match today_or_exit() {
        Ok(t) => t,
        Err(code) => return code,
    };
    let opts = ReleaseOptions {
        root: args.common.root.clone(),
        edition: args.edition.clone(),
        version: args.version,
        date: args.date,
        from: args.from.as_deref().map(whitepaper::changes::Side::parse),
        today,
    };
    match whitepaper::release::release(&opts) {
        Ok(Outcome::NoChange { from }) => {
            eprintln!(
                "no change the {} edition shows since {}: nothing written",
                args.edition,
                match from {
                    whitepaper::changes::Side::Release(p) => p.display().to_string(),
                    whitepaper::changes::Side::Git(r) => r,
                    whitepaper::changes::Side::Dir(d) => d.display().to_string(),
                    whitepaper::changes::Side::WorkTree => "the working tree".into(),
                }
            );
            ExitCode::SUCCESS
        }
        Ok(Outcome::Released {
            version,
            date,
            changes,
            file,
            record,
        }) => {
            let mut text = format!(
                "released {} {version} ({date}) in {}:\n",
                args.edition,
                file.display()
            );
            for (lang, list) in &changes {
                for c in list {
                    text.push_str(&format!("  [{lang}] {c}\n"));
                }
            }
            text.push_str(&format!("recorded in {}\n", record.display()));
            print_stdout(&text);
            ExitCode::SUCCESS
        }
        Err(e) => stopped(e),
    }
}

fn diff(args: DiffArgs) -> ExitCode {
    use whitepaper::changes::Side;
    use whitepaper::diff::{self, DiffOptions};
    let opts = DiffOptions {
        root: args.common.root.clone(),
        from: args.from.as_deref().map(Side::parse),
        to: args.to.as_deref().map_or(Side::WorkTree, Side::parse),
    };
    // the newer version comes loaded: its messages word the report
    let (report, loaded) = match diff::diff(&opts) {
        Ok(r) => r,
        Err(e) => return stopped(e),
    };
    if args.format == DiffFormat::Json {
        let text = serde_json::to_string_pretty(&diff::to_json(&report)).unwrap_or_default();
        print_stdout(&format!("{text}\n"));
        return ExitCode::SUCCESS;
    }
    let langs: Vec<String> = if args.lang.is_empty() {
        report.languages.clone()
    } else {
        args.lang.clone()
    };
    let mut out = String::new();
    for (k, lang) in langs.iter().enumerate() {
        if k > 0 {
            out.push('\n');
        }
        match diff::to_text(&report, &loaded, lang, args.format == DiffFormat::Markdown) {
            Ok(t) => out.push_str(&t),
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(2);
            }
        }
    }
    print_stdout(&out);
    ExitCode::SUCCESS
}

fn schema(args: SchemaArgs) -> ExitCode {
    if args.reference {
        print_stdout(&whitepaper::schema::reference());
        return ExitCode::SUCCESS;
    }
    let Some(dir) = args.out else {
        let text = serde_json::to_string_pretty(&whitepaper::schema::bundle()).unwrap_or_default();
        print_stdout(&format!("{text}\n"));
        return ExitCode::SUCCESS;
    };
    let write = || -> std::io::Result<usize> {
        std::fs::create_dir_all(&dir)?;
        let files = whitepaper::schema::per_file();
        for (name, schema) in &files {
            let text = serde_json::to_string_pretty(schema).unwrap_or_default();
            std::fs::write(dir.join(name), format!("{text}\n"))?;
        }
        Ok(files.len())
    };
    match write() {
        Ok(n) => {
            eprintln!("wrote {n} schemas in {}", dir.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: cannot write schemas in {}: {e}", dir.display());
            ExitCode::from(2)
        }
    }
}

/// [`today`], or the exit code after saying why not.
fn today_or_exit() -> Result<whitepaper_core::date::Date, ExitCode> {
    today().map_err(|e| {
        eprintln!("error: {e}");
        ExitCode::from(2)
    })
}

/// The report and exit code of a command that stopped: 1 for the content, 2 for the tool.
fn stopped(e: BuildError) -> ExitCode {
    match e {
        BuildError::Content {
            sources,
            diagnostics,
        } => {
            print_diagnostics(&sources, &diagnostics);
            ExitCode::from(1)
        }
        BuildError::Tool(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// "Today": SOURCE_DATE_EPOCH when set (reproducible runs), else the clock.
fn today() -> Result<whitepaper_core::date::Date, String> {
    Ok(whitepaper::pipeline::today(
        whitepaper::pipeline::source_date_epoch()?,
    ))
}

fn check(args: CheckArgs) -> ExitCode {
    let today = match today_or_exit() {
        Ok(t) => t,
        Err(code) => return code,
    };
    let opts = whitepaper::check::CheckOptions {
        root: args.common.root,
        today,
    };
    let report = match whitepaper::check::check(&opts) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e:#}");
            return ExitCode::from(2);
        }
    };
    let (errors, warnings, infos) = (report.errors(), report.warnings(), report.infos());
    match args.format {
        CheckFormat::Human => {
            print_diagnostics(&report.sources, &report.findings);
            for line in report.coverage.iter().flat_map(|c| c.summary()) {
                eprintln!("{line}");
            }
            if errors + warnings == 0 {
                if infos == 0 {
                    eprintln!("check passed: no findings");
                } else {
                    eprintln!("check passed: {infos} note(s)");
                }
            } else {
                eprintln!("check found {errors} error(s) and {warnings} warning(s)");
            }
        }
        CheckFormat::Json => {
            print_stdout(&format!("{}\n", whitepaper::check::output::json(&report)))
        }
        CheckFormat::Github => print_stdout(&whitepaper::check::output::github(&report)),
    }
    if errors > 0 || (args.deny_warnings && warnings > 0) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn build(args: BuildArgs) -> ExitCode {
    let recipient = match &args.recipient {
        Some(name) => match whitepaper::recipients::Recipient::new(
            name,
            args.recipient_id.as_deref(),
            args.watermark,
        ) {
            Ok(r) => Some(r),
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(2);
            }
        },
        None => None,
    };
    let opts = BuildOptions {
        recipient,
        root: args.common.root,
        out: args.out,
        langs: args.lang,
        editions: args.edition,
        formats: args.format,
        pdf_standard: args.pdf_standard,
        since: args.since.as_deref().map(whitepaper::changes::Side::parse),
        source_date_epoch: match whitepaper::pipeline::source_date_epoch() {
            Ok(t) => t,
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(2);
            }
        },
    };
    match whitepaper::build::build(&opts) {
        Ok(report) => {
            print_diagnostics(&report.sources, &report.warnings);
            if args.common.verbose {
                for (path, size) in &report.artifacts {
                    eprintln!("wrote {} ({size} bytes)", path.display());
                }
            }
            let total: usize = report.artifacts.iter().map(|(_, s)| s).sum();
            eprintln!(
                "built {} files ({} KB) in {} in {:.2}s",
                report.artifacts.len(),
                total.div_ceil(1024),
                report.out_dir.display(),
                report.elapsed.as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(BuildError::Content {
            sources,
            diagnostics,
        }) => {
            print_diagnostics(&sources, &diagnostics);
            let errors = diagnostics
                .iter()
                .filter(|d| d.severity == diag::Severity::Error)
                .count();
            eprintln!("error: build failed with {errors} error(s); nothing was written");
            ExitCode::from(1)
        }
        Err(BuildError::Tool(e)) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn site(args: SiteArgs) -> ExitCode {
    match whitepaper::site::site_here(args.common.root, args.out) {
        Ok(r) => {
            print_diagnostics(&r.sources, &r.warnings);
            let (n, dir) = (r.files.len(), r.out_dir.display());
            eprintln!("wrote the site ({n} files) in {dir}");
            ExitCode::SUCCESS
        }
        Err(e) => stopped(e),
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        super::Cli::command().debug_assert();
    }
}
