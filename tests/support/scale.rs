//! Content `n` times larger than a project's, for benchmarks and scale tests.
//!
//! Shared by `benches/pipeline.rs`, `examples/scale_content.rs` and the test suite (each
//! includes this file with `#[path]`). It knows nothing of the content model's areas: every
//! list of facts (`[[…]]` in `content/`) is repeated `n` times. In copy `c`, every string
//! anywhere in an entry that is the `id` of some listed fact becomes `id-xc` (so copies refer
//! to copies, and a fact keyed by a reference — a service's storage — stays unique), and an
//! entry's `name` gets ` (c)`, so names stay distinct. Vocabulary terms (`tls`, `audit-log`:
//! built in, or worded by the project) are words, not facts: never renamed, and a list keyed
//! by them (protocols) is not repeated, nor are the declarations of catalog items that do not
//! apply (they name items of a standard, not facts). Revision lists are the one exception: versions must
//! rise, so the copies become earlier revisions `0.1`, `0.2`, … dated one day apart before
//! the first one. Templates, messages and config are copied as they are.

#![allow(dead_code)]

use std::collections::BTreeSet;
use std::path::Path;

use toml::{Table, Value};

/// Write a copy of the project at `from` into `to` (created; must not exist) with every list
/// of facts `n` times as long. Returns the number of fact entries written.
pub fn scale_project(from: &Path, to: &Path, n: usize) -> Result<usize, String> {
    assert!(n >= 1, "a factor of at least 1");
    if to.exists() {
        return Err(format!("{} exists", to.display()));
    }
    copy_tree(from, to).map_err(|e| format!("copying {}: {e}", from.display()))?;
    let content = to.join("content");
    let mut files = Vec::new();
    collect(&content, "toml", &mut files).map_err(|e| e.to_string())?;
    let mut tables = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).map_err(|e| format!("{}: {e}", f.display()))?;
        let t: Table = text.parse().map_err(|e| format!("{}: {e}", f.display()))?;
        tables.push(t);
    }
    let terms = vocabulary_terms(to, &files, &tables);
    let mut ids = BTreeSet::new();
    for t in &tables {
        for v in t.values() {
            for entry in v.as_array().into_iter().flatten() {
                if let Some(id) = entry.get("id").and_then(Value::as_str)
                    && !terms.contains(id)
                {
                    ids.insert(id.to_string());
                }
            }
        }
    }
    let mut entries = 0;
    for (f, mut t) in files.iter().zip(tables) {
        for (key, v) in t.iter_mut() {
            let Some(list) = v.as_array_mut() else {
                continue;
            };
            let keyed_by_terms = list.iter().any(|e| {
                e.get("id")
                    .and_then(Value::as_str)
                    .is_some_and(|id| terms.contains(id))
            });
            // declarations of catalog items not applicable name items, not facts: one each
            if !list.iter().all(Value::is_table)
                || list.is_empty()
                || keyed_by_terms
                || key == "not_applicable"
            {
                entries += list.len();
                continue;
            }
            let originals = list.clone();
            if key == "revision" {
                *list = earlier_revisions(&originals, n)?;
            } else {
                for c in 1..n {
                    list.extend(originals.iter().map(|e| {
                        // an entry never refers to itself: a field equal to its own id is a
                        // term of a vocabulary that happens to share the name (`target =
                        // "backups"` in the group `backups`)
                        let mut refs = ids.clone();
                        if let Some(own) = e.get("id").and_then(Value::as_str) {
                            refs.remove(own);
                        }
                        let mut copy = copy_entry(e, c, &refs, true);
                        if let Some(t) = copy.as_table_mut() {
                            // nested entries' ids name headings too (a group's features)
                            for (_, v) in t.iter_mut() {
                                suffix_nested_ids(v, c);
                            }
                            if let Some(own) = e.get("id").and_then(Value::as_str) {
                                t.insert("id".into(), Value::String(format!("{own}-x{c}")));
                            }
                        }
                        copy
                    }));
                }
            }
            entries += list.len();
        }
        let mut text = toml::to_string(&t).map_err(|e| format!("{}: {e}", f.display()))?;
        // serializing drops comments: keep `# verbatim` (a quoted official text) on the line
        // of the text it marks
        let original = std::fs::read_to_string(f).map_err(|e| format!("{}: {e}", f.display()))?;
        for line in original.lines().filter(|l| l.contains("# verbatim")) {
            let Some(quoted) = line.split('"').nth(1).filter(|q| !q.is_empty()) else {
                continue;
            };
            // on the line of the text, and on the header of the table it is written as
            let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
            for i in 0..lines.len() {
                if lines[i].contains(quoted) && !lines[i].contains("# verbatim") {
                    lines[i].push_str(" # verbatim");
                    if let Some(h) = (0..i).rev().find(|&h| lines[h].starts_with('['))
                        && !lines[h].contains("# verbatim")
                        && (h + 1..i).all(|k| !lines[k].is_empty())
                    {
                        lines[h].push_str(" # verbatim");
                    }
                }
            }
            text = lines.iter().map(|l| format!("{l}\n")).collect();
        }
        std::fs::write(f, text).map_err(|e| format!("{}: {e}", f.display()))?;
    }
    Ok(entries)
}

/// Every vocabulary term the project can use: built-in ones, those `content/vocabulary.toml`
/// words, and messages `<vocabulary>-<term>` in the project's own locales.
fn vocabulary_terms(
    root: &Path,
    files: &[std::path::PathBuf],
    tables: &[Table],
) -> BTreeSet<String> {
    use whitepaper::facts::vocabulary::{ALL, builtin_values};
    let mut terms = BTreeSet::new();
    for (name, _) in ALL {
        terms.extend(builtin_values(name));
    }
    for (f, t) in files.iter().zip(tables) {
        if f.file_name().is_some_and(|n| n == "vocabulary.toml") {
            for v in t.values().filter_map(Value::as_table) {
                terms.extend(v.keys().cloned());
            }
        }
    }
    let mut ftl = Vec::new();
    let _ = collect(&root.join("locales"), "ftl", &mut ftl);
    for f in ftl {
        for line in std::fs::read_to_string(f).unwrap_or_default().lines() {
            let Some((id, _)) = line.split_once('=') else {
                continue;
            };
            let id = id.trim();
            for (name, _) in ALL {
                if let Some(term) = id.strip_prefix(name).and_then(|t| t.strip_prefix('-')) {
                    terms.insert(term.to_string());
                }
            }
        }
    }
    terms
}

fn copy_entry(v: &Value, c: usize, ids: &BTreeSet<String>, top: bool) -> Value {
    match v {
        Value::String(s) if ids.contains(s) => Value::String(format!("{s}-x{c}")),
        Value::Array(a) => Value::Array(a.iter().map(|x| copy_entry(x, c, ids, false)).collect()),
        Value::Table(t) => Value::Table(
            t.iter()
                .map(|(k, x)| {
                    let x = if top && k == "name" {
                        suffixed(x, c)
                    } else {
                        copy_entry(x, c, ids, false)
                    };
                    (k.clone(), x)
                })
                .collect(),
        ),
        other => other.clone(),
    }
}

/// A name, in one language or per language, with ` (c)` after it.
/// The ids of the tables in the lists under `v`, suffixed with `-x<c>` (their own anchors).
fn suffix_nested_ids(v: &mut Value, c: usize) {
    if let Some(list) = v.as_array_mut() {
        for e in list.iter_mut().filter_map(Value::as_table_mut) {
            if let Some(id) = e.get("id").and_then(Value::as_str).map(str::to_string) {
                e.insert("id".into(), Value::String(format!("{id}-x{c}")));
            }
            for (_, inner) in e.iter_mut() {
                suffix_nested_ids(inner, c);
            }
        }
    }
}

fn suffixed(v: &Value, c: usize) -> Value {
    match v {
        Value::String(s) => Value::String(format!("{s} ({c})")),
        Value::Table(t) => {
            Value::Table(t.iter().map(|(k, x)| (k.clone(), suffixed(x, c))).collect())
        }
        other => other.clone(),
    }
}

/// `n - 1` copies of the revision list as earlier revisions `0.1`, `0.2`, … dated a day
/// apart before the first revision, then the originals.
fn earlier_revisions(originals: &[Value], n: usize) -> Result<Vec<Value>, String> {
    let extra = originals.len() * (n - 1);
    // dated a day apart before the first revision, when it has a date
    let first_day = originals[0]
        .get("date")
        .and_then(Value::as_datetime)
        .and_then(|d| d.date)
        .map(whitepaper::facts::day);
    let mut out = Vec::with_capacity(extra + originals.len());
    for i in 0..extra {
        let mut e = originals[i % originals.len()].clone();
        let t = e.as_table_mut().ok_or("a revision that is not a table")?;
        t.insert("version".into(), Value::String(format!("0.{}", i + 1)));
        if let Some(first_day) = first_day {
            let date: toml::value::Datetime = first_day
                .add_days(-((extra - i) as i64))
                .to_string()
                .parse()
                .map_err(|e| format!("{e}"))?;
            t.insert("date".into(), Value::Datetime(date));
        } else {
            t.remove("date");
        }
        out.push(e);
    }
    out.extend(originals.iter().cloned());
    Ok(out)
}

fn collect(dir: &Path, ext: &str, out: &mut Vec<std::path::PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.path());
    for e in entries {
        let p = e.path();
        if p.is_dir() {
            collect(&p, ext, out)?;
        } else if p.extension().is_some_and(|x| x == ext) {
            out.push(p);
        }
    }
    Ok(())
}

/// Copy the project's sources: everything but `out/`, `target/` and dot folders.
fn copy_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for e in std::fs::read_dir(from)? {
        let e = e?;
        let name = e.file_name();
        let n = name.to_string_lossy();
        if n.starts_with('.') || n == "out" || n == "target" {
            continue;
        }
        let ty = e.file_type()?;
        if ty.is_dir() {
            if from.join("whitepaper.toml").exists()
                && !matches!(
                    &*n,
                    "content" | "templates" | "locales" | "fonts" | "assets"
                )
            {
                continue;
            }
            copy_tree(&e.path(), &to.join(&name))?;
        } else if ty.is_file() {
            std::fs::copy(e.path(), to.join(&name))?;
        }
    }
    Ok(())
}
