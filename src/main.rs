//! The `whitepaper` command line: arguments → options → one library call. Only this file
//! prints and chooses the exit code: 0 fine, 1 the content has problems, 2 the tool could
//! not run.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use whitepaper::build::{BuildError, BuildOptions};
use whitepaper::config::Format;
use whitepaper::diag::{self, Diagnostic, Sources};

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
}

fn color_stderr() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

fn print_diagnostics(sources: &Sources, diags: &[Diagnostic]) {
    eprint!("{}", diag::render(sources, diags, color_stderr()));
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build(args) => build(args),
    }
}

fn build(args: BuildArgs) -> ExitCode {
    let opts = BuildOptions {
        root: args.common.root,
        out: args.out,
        langs: args.lang,
        editions: args.edition,
        formats: args.format,
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

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        super::Cli::command().debug_assert();
    }
}
