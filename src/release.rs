//! `whitepaper release`: append an edition's next revision, its change list drafted from
//! the facts that changed since its last release, in every language.
//!
//! The entry names each numbered section the changes show in, and how, in the style of the
//! revision tables ("11. Backups: kept 60 → 14"). It is a draft: the security team edits the
//! wording in `content/editions/<edition>.toml` like any other fact. The released facts are
//! recorded in `.whitepaper/releases/<edition>.json`, where the next `diff` and `release`
//! start.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::json;

use crate::changes::{self, Side};
use crate::compare::Change;
use crate::diag::Diagnostic;
use crate::diff;
use crate::facts::editions::version_key;
use crate::files::Tree;
use crate::l10n::Arg;
use crate::pipeline::{self, BuildError};
use whitepaper_core::date::Date;

#[derive(Debug, Clone)]
pub struct ReleaseOptions {
    pub root: PathBuf,
    pub edition: String,
    /// Default: the last version with its minor number bumped ("1.9" → "1.10").
    pub version: Option<String>,
    /// `YYYY-MM-DD`; default: `today`.
    pub date: Option<String>,
    /// Default: the edition's last release, else the latest git tag.
    pub from: Option<Side>,
    /// (year, month, day): `SOURCE_DATE_EPOCH` or the clock, decided by the caller.
    pub today: Date,
}

#[derive(Debug)]
pub enum Outcome {
    /// Nothing this edition shows changed: nothing was written.
    NoChange { from: Side },
    Released {
        version: String,
        date: String,
        /// The drafted changes, per language.
        changes: BTreeMap<String, Vec<String>>,
        file: PathBuf,
        record: PathBuf,
    },
}

/// The next version: the last one with its second number bumped ("1.7" → "1.8", "2" → "2.1").
pub fn next_version(last: &str) -> String {
    let mut parts = version_key(last).unwrap_or_default();
    if parts.len() < 2 {
        parts.resize(2, 0);
    }
    parts[1] += 1;
    parts.truncate(2);
    parts
        .iter()
        .map(u64::to_string)
        .collect::<Vec<_>>()
        .join(".")
}

fn is_version(v: &str) -> bool {
    !v.is_empty()
        && v.split('.')
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
}

fn refuse(file: &str, message: String, help: &str) -> BuildError {
    BuildError::Content {
        sources: Box::default(),
        diagnostics: vec![Diagnostic::error("release", file, message).with_help(help.to_string())],
    }
}

/// Release the next revision of an edition.
pub fn release(opts: &ReleaseOptions) -> Result<Outcome, BuildError> {
    let loaded = pipeline::load(&Tree::disk(&opts.root))?;
    let file = format!("content/editions/{}.toml", opts.edition);
    let Some(ed) = loaded.facts.facts.editions.get(&opts.edition) else {
        return Err(refuse(
            &file,
            format!("there is no edition `{}`", opts.edition),
            &format!(
                "the editions are: {}",
                loaded.project.config.editions.join(", ")
            ),
        ));
    };
    let from = match &opts.from {
        Some(s) => s.clone(),
        None => changes::default_from(&opts.root, Some(&opts.edition))?,
    };
    let old_v = changes::facts_of(&opts.root, &from)?;
    let report = changes::diff_facts(&loaded, from.clone(), Side::WorkTree, &old_v)?;

    // the sections of this edition, in document order, with the changes each shows
    let mut by_section: BTreeMap<usize, (&crate::compare::SectionRef, Vec<&Change>)> =
        BTreeMap::new();
    for c in &report.changes {
        for sec in c.sections.iter().filter(|s| s.edition == opts.edition) {
            let entry = by_section
                .entry(sec.order)
                .or_insert_with(|| (sec, Vec::new()));
            if !entry.1.contains(&c) {
                entry.1.push(c);
            }
        }
    }
    if by_section.is_empty() {
        return Ok(Outcome::NoChange { from });
    }

    // version and date
    let last = ed
        .latest()
        .map(|r| r.version.get_ref().clone())
        .unwrap_or_else(|| ed.version.get_ref().clone());
    let version = match &opts.version {
        Some(v) if !is_version(v) => {
            return Err(refuse(
                &file,
                format!("`{v}` is not a version"),
                "write numbers joined by dots, e.g. 1.8",
            ));
        }
        Some(v) if version_key(v) <= version_key(&last) => {
            return Err(refuse(
                &file,
                format!("version {v} is not greater than the last revision, {last}"),
                &format!("release {} or later", next_version(&last)),
            ));
        }
        Some(v) => v.clone(),
        None => next_version(&last),
    };
    let day = match &opts.date {
        Some(d) => Date::parse(d).ok_or_else(|| {
            refuse(
                &file,
                format!("`{d}` is not a date"),
                "write it as YYYY-MM-DD",
            )
        })?,
        None => opts.today,
    };
    let date = day.to_string();
    if let Some(prev) = ed.latest().and_then(|r| r.date())
        && day < prev
    {
        return Err(refuse(
            &file,
            format!("the date {date} is before the last revision's, {prev}"),
            "give a date on or after it with --date",
        ));
    }

    // one entry per section, in every language
    let langs = &loaded.project.config.languages;
    let l = &loaded.localizer;
    let mut changes: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (sec, list) in by_section.values() {
        for lang in langs {
            let sep = l
                .format(lang, "list-sep", &[])
                .unwrap_or_else(|_| ", ".into());
            // each change by its field, after the entry it belongs to
            let phrases = list
                .iter()
                .map(|c| diff::phrase(l, c, lang, "release", &c.short))
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| {
                    refuse(
                        &format!("locales/{lang}"),
                        e,
                        "add the `release-*` messages",
                    )
                })?;
            let heading = sec
                .heading
                .get(lang)
                .cloned()
                .unwrap_or_else(|| sec.id.clone());
            let entry = l
                .format(
                    lang,
                    "release-section",
                    &[
                        ("section", Arg::Str(heading)),
                        ("changes", Arg::Str(phrases.join(&sep))),
                    ],
                )
                .map_err(|e| {
                    refuse(
                        &format!("locales/{lang}"),
                        e,
                        "add the `release-*` messages",
                    )
                })?;
            changes.entry(lang.clone()).or_default().push(entry);
        }
    }

    // the edition file: the stated version, and the new revision at the end
    let path = opts.root.join(&file);
    let text = loaded
        .project
        .tree
        .read_to_string(&path)
        .map_err(|e| anyhow::anyhow!("cannot read {file}: {e}"))?;
    let span = ed.version.span();
    let mut out = String::with_capacity(text.len() + 512);
    out.push_str(&text[..span.start]);
    out.push_str(&toml_string(&version));
    out.push_str(&text[span.end..]);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(&format!(
        "\n[[revision]]\nversion = {}\ndate = {date}\nchanges = [\n",
        toml_string(&version)
    ));
    let count = changes.values().map(Vec::len).max().unwrap_or(0);
    for k in 0..count {
        let fields: Vec<String> = langs
            .iter()
            .filter_map(|l| {
                changes
                    .get(l)
                    .and_then(|c| c.get(k))
                    .map(|t| format!("{l} = {}", toml_string(t)))
            })
            .collect();
        out.push_str(&format!("  {{ {} }},\n", fields.join(", ")));
    }
    out.push_str("]\n");
    write_atomically(&path, &out).map_err(|e| anyhow::anyhow!("cannot write {file}: {e}"))?;

    // the project must still load; else the file is put back as it was
    let after = match pipeline::load(&Tree::disk(&opts.root)) {
        Ok(a) => a,
        Err(e) => {
            let _ = write_atomically(&path, &text);
            return Err(e);
        }
    };
    let record = opts
        .root
        .join(changes::RELEASES_DIR)
        .join(format!("{}.json", opts.edition));
    let body = json!({
        "schema": "whitepaper-release/1",
        "edition": opts.edition,
        "version": version,
        "date": date,
        "facts": changes::facts_value(&after),
    });
    let written = record
        .parent()
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|_| {
            write_atomically(
                &record,
                &format!(
                    "{}\n",
                    serde_json::to_string_pretty(&body).unwrap_or_default()
                ),
            )
        });
    if let Err(e) = written {
        let _ = write_atomically(&path, &text);
        return Err(BuildError::Tool(anyhow::anyhow!(
            "cannot record the release in {}: {e} (the edition file is unchanged)",
            record.display()
        )));
    }
    Ok(Outcome::Released {
        version,
        date,
        changes,
        file: path,
        record,
    })
}

/// A TOML basic string.
fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// Write `text` to `path` through a temporary file in the same folder and a rename: a
/// reader (or a killed run) sees the old file or the new one, never half of it.
fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path.parent().unwrap_or(Path::new("."));
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        path.file_name().and_then(|n| n.to_str()).unwrap_or("file"),
        std::process::id()
    ));
    let mut f = std::fs::File::create(&tmp)?;
    f.write_all(text.as_bytes())?;
    f.sync_all()?;
    drop(f);
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_bump_and_compare_as_numbers() {
        assert_eq!(next_version("1.7"), "1.8");
        assert_eq!(next_version("1.9"), "1.10");
        assert_eq!(next_version("2"), "2.1");
        assert_eq!(next_version("3.4.1"), "3.5");
        assert!(version_key("1.10") > version_key("1.9"));
        assert!(version_key("1.7") <= version_key("1.7"));
        assert!(is_version("1.10") && !is_version("1.") && !is_version("v2") && !is_version(""));
    }
}
