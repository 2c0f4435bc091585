//! What changed in the facts between two versions of a project: the engine behind
//! `whitepaper diff`, `release` and the `build --since` pass ([`mark_changes`]).
//!
//! Both versions are loaded as projects through the one door ([`crate::files::Tree`]: a git
//! revision is read straight from git objects; no checkout, no temporary folder, the working
//! tree is never touched) and their facts compared as data ([`crate::compare`]).
//!
//! Each change is attributed to the sections of each edition it shows in, by rendering the
//! edition from the older facts with that one change applied and comparing section by
//! section (a section is a heading at the document's top level, named with its generated
//! number).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::compare::{Change, SectionRef, Seg, apply, compare, path_label};
use serde_json::Value as Json;

use crate::diag::Diagnostic;
use crate::facts::editions::version_key;
use crate::files::Tree;
use crate::l10n::Arg;
use crate::pipeline::{self, BuildError, Loaded};
use whitepaper_core::document::Document;

/// Where one side of a diff comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Side {
    /// The project folder as it is now.
    WorkTree,
    /// Another folder holding a version of the project.
    Dir(PathBuf),
    /// A git revision of the repository that holds the project.
    Git(String),
    /// The facts recorded by `whitepaper release` (`.whitepaper/releases/<edition>.json`).
    Release(PathBuf),
}

impl Side {
    /// A folder if `spec` names one (relative to the current directory), else a git revision.
    pub fn parse(spec: &str) -> Side {
        let p = Path::new(spec);
        if p.is_dir() {
            Side::Dir(p.to_path_buf())
        } else {
            Side::Git(spec.to_string())
        }
    }

    /// The side in words: the revision, folder or release it names.
    pub fn label(&self) -> String {
        match self {
            Side::WorkTree => String::new(),
            Side::Dir(p) => p.display().to_string(),
            Side::Git(r) => r.clone(),
            Side::Release(p) => release_label(p),
        }
    }
}

/// Where `release` records each edition's released facts.
pub const RELEASES_DIR: &str = ".whitepaper/releases";

/// A release record written by `release` (schema `whitepaper-release/1`).
fn read_record(p: &Path) -> Result<Json, String> {
    let bytes = std::fs::read(p)
        .map_err(|e| format!("cannot read the release record {}: {e}", p.display()))?;
    let record: Json = serde_json::from_slice(&bytes)
        .map_err(|e| format!("{} is not a release record: {e}", p.display()))?;
    if record["schema"] == "whitepaper-release/1" && record.get("facts").is_some() {
        Ok(record)
    } else {
        Err(format!(
            "{} is not a release record (schema whitepaper-release/1)",
            p.display()
        ))
    }
}

/// A release record's name in words: `whitepaper 1.8`.
fn release_label(p: &Path) -> String {
    read_record(p)
        .map(|r| {
            format!(
                "{} {}",
                r["edition"].as_str().unwrap_or_default(),
                r["version"].as_str().unwrap_or_default()
            )
        })
        .unwrap_or_else(|_| p.display().to_string())
}

/// The most recent release record of the project (of `edition`, when given): by date,
/// then version.
pub fn last_release(root: &Path, edition: Option<&str>) -> Option<PathBuf> {
    std::fs::read_dir(root.join(RELEASES_DIR))
        .ok()?
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| {
            path.extension().is_some_and(|e| e == "json")
                && edition.is_none_or(|ed| path.file_stem().is_some_and(|s| s == ed))
        })
        .filter_map(|path| {
            let r = read_record(&path).ok()?;
            let date = r["date"].as_str().unwrap_or_default().to_string();
            let version = version_key(r["version"].as_str().unwrap_or_default());
            Some(((date, version), path))
        })
        .max_by(|a, b| a.0.cmp(&b.0))
        .map(|(_, path)| path)
}

/// The changes between two versions.
#[derive(Debug)]
pub struct Report {
    pub from: Side,
    pub to: Side,
    pub languages: Vec<String>,
    pub changes: Vec<Change>,
}

/// The default start of a diff: the last release recorded (of `edition`, when given), else
/// the latest tag reachable from HEAD.
pub fn default_from(root: &Path, edition: Option<&str>) -> anyhow::Result<Side> {
    if let Some(p) = last_release(root, edition) {
        return Ok(Side::Release(p));
    }
    let out = crate::files::git::git(root, &["describe", "--tags", "--abbrev=0"]).map_err(|_| {
        anyhow::anyhow!(
            "no release recorded in {RELEASES_DIR}/ and no git tag to start from: pass --from REV (a git revision or a folder)"
        )
    })?;
    Ok(Side::Git(String::from_utf8_lossy(&out).trim().to_string()))
}

/// Load one side, through the one door: the working tree or a folder from disk, a git
/// revision straight from git objects.
pub fn load_side(root: &Path, side: &Side) -> Result<Loaded, BuildError> {
    match side {
        Side::WorkTree => pipeline::load(&Tree::disk(root)),
        Side::Dir(d) => pipeline::load(&Tree::disk(d)),
        Side::Git(rev) => pipeline::load(&Tree::git(root, rev)?),
        Side::Release(p) => Err(BuildError::Tool(anyhow::anyhow!(
            "{} holds facts, not a project: it can only be the older side",
            p.display()
        ))),
    }
}

/// The facts of one side.
pub fn facts_of(root: &Path, side: &Side) -> Result<Json, BuildError> {
    if let Side::Release(p) = side {
        return read_record(p)
            .map(|r| r["facts"].clone())
            .map_err(|e| BuildError::Tool(anyhow::anyhow!(e)));
    }
    let loaded = load_side(root, side)?;
    Ok(facts_value(&loaded))
}

/// Every fact of a project as one JSON value: the content areas and the editions.
pub fn facts_value(loaded: &Loaded) -> Json {
    let mut v = crate::template::facts_json(&loaded.facts.facts);
    if let Json::Object(m) = &mut v {
        m.insert(
            "editions".into(),
            serde_json::to_value(&loaded.facts.facts.editions).unwrap_or(Json::Null),
        );
    }
    v
}

/// Compare `old_v` (facts) with the project `new`.
pub fn diff_facts(new: &Loaded, from: Side, to: Side, old_v: &Json) -> Result<Report, BuildError> {
    let languages = new.project.config.languages.clone();
    let new_v = facts_value(new);
    let mut changes = Vec::new();
    compare(&mut Vec::new(), old_v, &new_v, &mut changes);
    for c in &mut changes {
        let path = match c.path.split_last() {
            Some((Seg::Value(_), parent)) => parent,
            _ => &c.path[..],
        };
        c.label = languages
            .iter()
            .map(|l| (l.clone(), path_label(old_v, &new_v, path, l, false)))
            .collect();
        c.short = languages
            .iter()
            .map(|l| (l.clone(), path_label(old_v, &new_v, path, l, true)))
            .collect();
    }
    attribute(new, old_v, &new_v, &mut changes);
    Ok(Report {
        from,
        to,
        languages,
        changes,
    })
}

/// A rendered edition cut at its numbered headings of the two shallowest numbered levels
/// (sections, and articles or subsections where there are any; paragraphs stay whole), or
/// at its top-level headings when none is numbered: (anchor, heading text, section text).
pub fn sections(markdown: &str, numbered_ids: &[String]) -> Vec<(String, String, String)> {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    // (start, level, id, numbered, text)
    let mut heads: Vec<(usize, usize, String, bool, String)> = Vec::new();
    let mut open = false;
    for (e, range) in
        Parser::new_ext(markdown, whitepaper_core::front::options()).into_offset_iter()
    {
        match e {
            Event::Start(Tag::Heading { level, id, .. }) => {
                let id = id.map(|i| i.to_string()).unwrap_or_default();
                let numbered = numbered_ids.contains(&id);
                heads.push((range.start, level as usize, id, numbered, String::new()));
                open = true;
            }
            Event::Text(t) | Event::Code(t) if open => {
                if let Some(h) = heads.last_mut() {
                    h.4.push_str(&t);
                }
            }
            Event::End(TagEnd::Heading(_)) => open = false,
            _ => {}
        }
    }
    let mut numbered: Vec<usize> = heads.iter().filter(|h| h.3).map(|h| h.1).collect();
    numbered.sort_unstable();
    numbered.dedup();
    let cut: Vec<usize> = if numbered.is_empty() {
        heads.iter().map(|h| h.1).min().into_iter().collect()
    } else {
        numbered.into_iter().take(2).collect()
    };
    let cuts: Vec<&(usize, usize, String, bool, String)> = heads
        .iter()
        .filter(|h| cut.contains(&h.1) && (h.3 || cut.len() == 1))
        .collect();
    cuts.iter()
        .enumerate()
        .map(|(k, h)| {
            let end = cuts.get(k + 1).map_or(markdown.len(), |n| n.0);
            (
                h.2.clone(),
                h.4.trim().to_string(),
                markdown[h.0..end].to_string(),
            )
        })
        .collect()
}

/// The anchors of a rendered document's sections (as [`sections`] cuts them), in order.
pub fn section_ids(doc: &whitepaper_core::document::Document) -> Vec<String> {
    sections(&doc.markdown, &doc.numbered)
        .into_iter()
        .map(|s| s.0)
        .collect()
}

/// Each change's sections: render every edition from the old facts with that change made,
/// and keep the sections whose text differs from the old facts' rendering.
fn attribute(new: &Loaded, old_v: &Json, new_v: &Json, changes: &mut [Change]) {
    let cfg = &new.project.config;
    let Some(first_lang) = cfg.languages.first() else {
        return;
    };
    let render = |facts: &Json, ed: &str, lang: &str| -> Option<Vec<(String, String, String)>> {
        pipeline::render_document(new, facts, ed, lang, Some(0))
            .ok()
            .map(|d| sections(&d.markdown, &d.numbered))
    };
    for ed in &cfg.editions {
        // each side in every language: the first language's sections are compared, the
        // headings named from the newer facts (or the older, for a section that is gone)
        let mut headings: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
        let mut first: Vec<Option<Vec<(String, String, String)>>> = Vec::new();
        for facts in [old_v, new_v] {
            for lang in &cfg.languages {
                let secs = render(facts, ed, lang);
                for (id, text, _) in secs.iter().flatten() {
                    headings
                        .entry(id.clone())
                        .or_default()
                        .insert(lang.clone(), text.clone());
                }
                if lang == first_lang {
                    first.push(secs);
                }
            }
        }
        let (Some(Some(base)), Some(whole)) = (first.first(), first.get(1)) else {
            continue;
        };
        let whole = whole.clone().unwrap_or_default();
        let order = |id: &str| {
            whole
                .iter()
                .position(|w| w.0 == id)
                .or_else(|| base.iter().position(|b| b.0 == id).map(|k| whole.len() + k))
                .unwrap_or(usize::MAX)
        };
        let differing = |after: &[(String, String, String)]| -> Vec<String> {
            let mut ids: Vec<String> = Vec::new();
            for (id, _, text) in after {
                match base.iter().find(|b| b.0 == *id) {
                    Some(b) if b.2 == *text => {}
                    _ => ids.push(id.clone()),
                }
            }
            for (id, _, _) in base {
                if !after.iter().any(|a| a.0 == *id) && !ids.contains(id) {
                    ids.push(id.clone());
                }
            }
            ids
        };
        for c in changes.iter_mut() {
            // a change that cannot stand alone (an entry naming one added beside it) is
            // attributed to every section the whole difference touches
            let ids = match render(&apply(old_v, c), ed, first_lang) {
                Some(after) => differing(&after),
                None => differing(&whole),
            };
            for id in ids {
                c.sections.push(SectionRef {
                    edition: ed.clone(),
                    heading: headings.get(&id).cloned().unwrap_or_default(),
                    order: order(&id),
                    id,
                });
            }
        }
    }
}

/// `build --since`: each document's sections whose facts changed since `side`, with the
/// words that explain the marks in its language.
pub fn mark_changes(
    loaded: &Loaded,
    side: &Side,
    root: &Path,
    docs: &mut [Document],
) -> Result<(), BuildError> {
    let old = facts_of(root, side)?;
    let report = diff_facts(loaded, side.clone(), Side::WorkTree, &old)?;
    let rev = side.label();
    for d in docs.iter_mut() {
        let msg = |key: &str| {
            loaded
                .localizer
                .format(&d.lang, key, &[("rev", Arg::Str(rev.clone()))])
                .map_err(|e| BuildError::Content {
                    sources: Box::default(),
                    diagnostics: vec![Diagnostic::error(
                        "missing-message",
                        format!("locales/{}", d.lang),
                        e,
                    )],
                })
        };
        let mut changed: Vec<String> = Vec::new();
        for c in &report.changes {
            for s in c.sections.iter().filter(|s| s.edition == d.edition) {
                if !changed.contains(&s.id) {
                    changed.push(s.id.clone());
                }
            }
        }
        d.meta.since = Some(whitepaper_core::document::Since {
            sections: section_ids(d),
            changed,
            note: msg("since-note")?,
            mark: msg("since-mark")?,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_are_cut_at_numbered_headings() {
        let md = "## 1. One {#one}\n\ntext\n\n### Sub {#sub}\n\nmore\n\n## 2. Two {#two}\n\n### Art 1 {#a1}\n\n#### (1) P {#p1}\n\nx\n";
        let ids: Vec<String> =
            sections(md, &["one".into(), "two".into(), "a1".into(), "p1".into()])
                .into_iter()
                .map(|s| s.0)
                .collect();
        assert_eq!(ids, ["one", "two", "a1"], "two shallowest numbered levels");
        let ids: Vec<String> = sections(md, &[]).into_iter().map(|s| s.0).collect();
        assert_eq!(ids, ["one", "two"], "unnumbered: the top level");
    }
}
