//! `whitepaper init DIR`: a new project for another company or product line: the
//! configuration and a small content set touching every area of the built-in editions, each
//! value it cannot know a `TODO` placeholder (`check` lists every one that is left). It
//! builds at once, with the built-in templates and messages.
//!
//! The scaffold is the repository's `init/` folder, embedded. In its files, `"@@TODO: …"` is
//! a localized text (written out as `{ ja = "TODO: …", en = "TODO: …" }` for the chosen
//! languages), and `@@LANGUAGES`, `@@COMPANY`, `@@COMPANY_SHORT`, `@@TODAY` are filled in.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use include_dir::{Dir, include_dir};

static SCAFFOLD: Dir = include_dir!("$CARGO_MANIFEST_DIR/init");

/// The marker of a value still to be written, in every scaffolded file.
pub const PLACEHOLDER: &str = "TODO";

/// Checked arguments of `whitepaper init`.
#[derive(Debug, Clone)]
pub struct InitOptions {
    pub dir: PathBuf,
    /// Language ids; empty: every built-in language.
    pub langs: Vec<String>,
    /// The company's name as published; `None`: a placeholder.
    pub company: Option<String>,
    /// Add to a folder that is not empty (files already there are kept).
    pub into_non_empty: bool,
    /// The date of the first revision.
    pub today: whitepaper_core::date::Date,
}

/// What `init` did.
#[derive(Debug, Default)]
pub struct Scaffolded {
    /// Files written, relative to the folder.
    pub written: Vec<PathBuf>,
    /// Files already there and left alone.
    pub kept: Vec<PathBuf>,
}

/// Scaffold a project in `opts.dir`: never overwriting a file, refusing a non-empty folder
/// unless `into_non_empty`.
pub fn init(opts: &InitOptions) -> anyhow::Result<Scaffolded> {
    let builtin = crate::defaults::builtin_languages();
    let langs = if opts.langs.is_empty() {
        builtin.clone()
    } else {
        opts.langs.clone()
    };
    for l in &langs {
        if !builtin.contains(l) {
            bail!(
                "no built-in messages for the language `{l}`: init knows {}; add another language afterwards (docs/templates.md: Adding a language)",
                builtin.join(", ")
            );
        }
    }
    let mut seen = Vec::new();
    for l in &langs {
        if seen.contains(l) {
            bail!("the language `{l}` is given twice");
        }
        seen.push(l.clone());
    }
    if let Some(name) = &opts.company
        && (name.trim().is_empty() || name.chars().any(char::is_control))
    {
        bail!("the company name is empty or holds a control character");
    }
    let dir = &opts.dir;
    if dir.exists() {
        if !dir.is_dir() {
            bail!("{} exists and is not a folder", dir.display());
        }
        let mut entries =
            std::fs::read_dir(dir).with_context(|| format!("cannot read {}", dir.display()))?;
        if entries.next().is_some() && !opts.into_non_empty {
            bail!(
                "{} is not empty: init writes into an empty or new folder (pass --force to add the missing files; files already there are never overwritten)",
                dir.display()
            );
        }
    }
    let mut files = Vec::new();
    collect(&SCAFFOLD, &mut files);
    files.sort_by(|a, b| a.0.cmp(&b.0));
    let mut done = Scaffolded::default();
    for (rel, text) in files {
        // a dot file would be hidden in the repository's init/: it is kept there as `gitignore`
        let rel = if rel == Path::new("gitignore") {
            PathBuf::from(".gitignore")
        } else {
            rel
        };
        let text = fill(text, &langs, opts);
        let path = dir.join(&rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        // create_new: a file that appeared since the check above is kept too
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(mut f) => {
                use std::io::Write;
                f.write_all(text.as_bytes())
                    .with_context(|| format!("cannot write {}", path.display()))?;
                done.written.push(rel);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => done.kept.push(rel),
            Err(e) => return Err(e).with_context(|| format!("cannot create {}", path.display())),
        }
    }
    Ok(done)
}

fn collect(dir: &'static Dir<'static>, out: &mut Vec<(PathBuf, &'static str)>) {
    for f in dir.files() {
        if let Some(text) = f.contents_utf8() {
            out.push((f.path().to_path_buf(), text));
        }
    }
    for d in dir.dirs() {
        collect(d, out);
    }
}

/// A TOML string literal of `s`.
fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// A localized text: the same words in each language.
fn text(words: &str, langs: &[String]) -> String {
    let parts: Vec<String> = langs
        .iter()
        .map(|l| format!("{l} = {}", toml_string(words)))
        .collect();
    format!("{{ {} }}", parts.join(", "))
}

fn fill(template: &str, langs: &[String], opts: &InitOptions) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    // "@@TODO: …" → a text in every language
    while let Some(i) = rest.find("\"@@TODO:") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 3..];
        let end = after.find('"').unwrap_or(after.len());
        out.push_str(&text(&after[..end], langs));
        rest = after.get(end + 1..).unwrap_or("");
    }
    out.push_str(rest);
    let company = match &opts.company {
        Some(name) => toml_string(name.trim()),
        None => text("TODO: your company's name as published", langs),
    };
    let short = match &opts.company {
        Some(name) => toml_string(name.trim()),
        None => text("TODO: the short name used in running text", langs),
    };
    let langs_list = format!(
        "[{}]",
        langs
            .iter()
            .map(|l| toml_string(l))
            .collect::<Vec<_>>()
            .join(", ")
    );
    out.replace("@@CLAUSES", &clause_choices())
        .replace("@@LANGUAGES", &langs_list)
        .replace("@@COMPANY_SHORT", &short)
        .replace("@@COMPANY", &company)
        .replace("@@TODAY", &opts.today.to_string())
}

/// The built-in clauses as comment lines: each id, then its summary wrapped under it.
fn clause_choices() -> String {
    let mut out = String::new();
    for c in crate::clauses::Catalog::builtin().clauses {
        out.push_str(&format!("#   \"{}\"\n", c.id));
        let mut line = String::from("#       ");
        for word in c.summary.split_whitespace() {
            if line.len() + word.len() > 95 {
                out.push_str(line.trim_end());
                out.push('\n');
                line = String::from("#       ");
            }
            line.push_str(word);
            line.push(' ');
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.trim_end().to_string()
}

/// `check`'s findings on placeholders: every `TODO` left in the project's configuration and
/// content, at its line (`placeholder`, a warning).
pub fn placeholders(sources: &crate::diag::Sources) -> Vec<crate::diag::Diagnostic> {
    let mut out = Vec::new();
    for (path, text) in sources.iter() {
        let ours = path == Path::new(crate::config::CONFIG_FILE) || path.starts_with("content");
        if !ours {
            continue;
        }
        let mut at = 0;
        for line in text.split_inclusive('\n') {
            if let Some(i) = line.find(PLACEHOLDER) {
                let what = line[i..]
                    .split(['"', '\n'])
                    .next()
                    .unwrap_or_default()
                    .trim();
                out.push(
                    crate::diag::Diagnostic::warning(
                        "placeholder",
                        path,
                        format!("a placeholder is left: {what}"),
                    )
                    .with_span(Some(at + i..at + i + PLACEHOLDER.len()))
                    .with_help("write the fact (or remove the entry) and drop the TODO"),
                );
            }
            at += line.len();
        }
    }
    out
}
