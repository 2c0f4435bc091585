//! What changed in the facts between two versions of a project: the engine behind
//! `whitepaper diff`, `release` and the `build --since` pass ([`mark_changes`]).
//!
//! Both versions are loaded as projects through the one door ([`crate::files::Tree`]: a git
//! revision is read straight from git objects; no checkout, no temporary folder, the working
//! tree is never touched) and their facts are
//! compared as data, generically over the content model: lists whose entries carry an `id`
//! are matched by id, lists of plain values as sets, other lists by position, and a text in
//! every language (`{ ja = …, en = … }`) is one value. No area has code of its own: a new
//! area, field or list is compared like the others.
//!
//! Each change is attributed to the sections of each edition it shows in, by rendering the
//! edition from the older facts with that one change applied and comparing section by
//! section (a section is a heading at the document's top level, named with its generated
//! number).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value as Json};

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

/// One step of a path into the facts.
#[derive(Debug, Clone, PartialEq)]
pub enum Seg {
    /// A table's field.
    Key(String),
    /// The entry of a list with this `id`.
    Id(String),
    /// The entry of a list at this position (lists whose entries have no id).
    Index(usize),
    /// A value of a list of plain values (a set: `services = ["a", "b"]`).
    Value(Json),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Added,
    Removed,
    Changed,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Added => "added",
            Kind::Removed => "removed",
            Kind::Changed => "changed",
        }
    }
}

/// A section of an edition: its anchor and its heading (with its number) per language.
#[derive(Debug, Clone, PartialEq)]
pub struct SectionRef {
    pub edition: String,
    pub id: String,
    pub heading: BTreeMap<String, String>,
    /// Its place in the edition (with the newer facts; a section that is gone comes after).
    pub order: usize,
}

/// One change of the facts.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub kind: Kind,
    pub path: Vec<Seg>,
    /// The value before (not for `Added`).
    pub from: Option<Json>,
    /// The value after (not for `Removed`).
    pub to: Option<Json>,
    /// What the path reads as, per language (`backups › policies › nightly › items › 1 (Database) › kept`).
    pub label: BTreeMap<String, String>,
    /// The same from the innermost entry on, by its name (`Shared files › kept`).
    pub short: BTreeMap<String, String>,
    pub sections: Vec<SectionRef>,
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

/// A text fact (see [`crate::template::text_fact`]).
pub fn is_text(v: &Json) -> bool {
    crate::template::text_fact(v).is_some()
}

/// A text fact in `lang`.
pub fn text_in(v: &Json, lang: &str) -> Option<String> {
    crate::template::text_fact(v)
        .and_then(|t| crate::template::text_in(t, lang))
        .and_then(Json::as_str)
        .map(str::to_string)
}

/// Two entries that differ at most in their `id` and `name`: one entry renamed.
pub fn same_but_name(a: &Json, b: &Json) -> bool {
    let (Some(a), Some(b)) = (a.as_object(), b.as_object()) else {
        return false;
    };
    let rest = |m: &Map<String, Json>| -> Vec<(String, Json)> {
        m.iter()
            .filter(|(k, _)| *k != "id" && *k != "name")
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    };
    !rest(a).is_empty() && rest(a) == rest(b)
}

pub fn id_of(v: &Json) -> Option<&str> {
    v.get("id").and_then(Json::as_str)
}

fn compare(path: &mut Vec<Seg>, old: &Json, new: &Json, out: &mut Vec<Change>) {
    if old == new {
        return;
    }
    let change = |kind, path: &[Seg], from: Option<&Json>, to: Option<&Json>| Change {
        kind,
        path: path.to_vec(),
        from: from.cloned(),
        to: to.cloned(),
        label: BTreeMap::new(),
        short: BTreeMap::new(),
        sections: Vec::new(),
    };
    match (old, new) {
        (Json::Object(a), Json::Object(b)) if !is_text(old) && !is_text(new) => {
            for (k, va) in a {
                path.push(Seg::Key(k.clone()));
                match b.get(k) {
                    Some(vb) => compare(path, va, vb, out),
                    None if !va.is_null() => out.push(change(Kind::Removed, path, Some(va), None)),
                    None => {}
                }
                path.pop();
            }
            for (k, vb) in b {
                if !a.contains_key(k) && !vb.is_null() {
                    path.push(Seg::Key(k.clone()));
                    out.push(change(Kind::Added, path, None, Some(vb)));
                    path.pop();
                }
            }
        }
        (Json::Array(a), Json::Array(b)) => {
            let with_ids = |l: &[Json]| l.iter().all(|e| id_of(e).is_some());
            let plain = |l: &[Json]| l.iter().all(|e| !e.is_object() && !e.is_array());
            if !a.is_empty() && !b.is_empty() && with_ids(a) && with_ids(b)
                || (a.is_empty() && with_ids(b) && !b.is_empty())
                || (b.is_empty() && with_ids(a) && !a.is_empty())
            {
                let gone: Vec<&Json> = a
                    .iter()
                    .filter(|ea| !b.iter().any(|eb| id_of(eb) == id_of(ea)))
                    .collect();
                let new_ones: Vec<&Json> = b
                    .iter()
                    .filter(|eb| !a.iter().any(|ea| id_of(ea) == id_of(eb)))
                    .collect();
                // an entry whose id changed with its name, nothing else: renamed, not one
                // removed and another added
                let mut renamed: Vec<(&Json, &Json)> = Vec::new();
                for ea in &gone {
                    if let Some(eb) = new_ones.iter().find(|eb| {
                        same_but_name(ea, eb) && !renamed.iter().any(|r| std::ptr::eq(r.1, **eb))
                    }) {
                        renamed.push((ea, eb));
                    }
                }
                for ea in a {
                    let id = id_of(ea).unwrap_or_default();
                    path.push(Seg::Id(id.to_string()));
                    match b.iter().find(|eb| id_of(eb) == Some(id)) {
                        Some(eb) => compare(path, ea, eb, out),
                        None => match renamed.iter().find(|r| std::ptr::eq(r.0, ea)) {
                            Some((_, eb)) => {
                                out.push(change(Kind::Changed, path, Some(ea), Some(eb)))
                            }
                            None => out.push(change(Kind::Removed, path, Some(ea), None)),
                        },
                    }
                    path.pop();
                }
                for eb in b {
                    let id = id_of(eb).unwrap_or_default();
                    if !a.iter().any(|ea| id_of(ea) == Some(id))
                        && !renamed.iter().any(|r| std::ptr::eq(r.1, eb))
                    {
                        path.push(Seg::Id(id.to_string()));
                        out.push(change(Kind::Added, path, None, Some(eb)));
                        path.pop();
                    }
                }
            } else if plain(a) && plain(b) {
                for ea in a.iter().filter(|e| !b.contains(e)) {
                    path.push(Seg::Value(ea.clone()));
                    out.push(change(Kind::Removed, path, Some(ea), None));
                    path.pop();
                }
                for eb in b.iter().filter(|e| !a.contains(e)) {
                    path.push(Seg::Value(eb.clone()));
                    out.push(change(Kind::Added, path, None, Some(eb)));
                    path.pop();
                }
            } else {
                for i in 0..a.len().max(b.len()) {
                    path.push(Seg::Index(i));
                    match (a.get(i), b.get(i)) {
                        (Some(ea), Some(eb)) => compare(path, ea, eb, out),
                        (Some(ea), None) => out.push(change(Kind::Removed, path, Some(ea), None)),
                        (None, Some(eb)) => out.push(change(Kind::Added, path, None, Some(eb))),
                        (None, None) => {}
                    }
                    path.pop();
                }
            }
        }
        _ => out.push(change(Kind::Changed, path, Some(old), Some(new))),
    }
}

/// The value at `path`, if it is there.
pub fn at<'a>(root: &'a Json, path: &[Seg]) -> Option<&'a Json> {
    let mut v = root;
    for seg in path {
        v = match (seg, v) {
            (Seg::Key(k), Json::Object(m)) => m.get(k)?,
            (Seg::Id(id), Json::Array(l)) => l.iter().find(|e| id_of(e) == Some(id))?,
            (Seg::Index(i), Json::Array(l)) => l.get(*i)?,
            (Seg::Value(x), Json::Array(l)) => l.iter().find(|e| *e == x)?,
            _ => return None,
        };
    }
    Some(v)
}

/// `old` with one change made.
fn apply(old: &Json, change: &Change) -> Json {
    let mut v = old.clone();
    let Some((last, parent)) = change.path.split_last() else {
        return change.to.clone().unwrap_or(Json::Null);
    };
    let mut cur = &mut v;
    for seg in parent {
        let next = match (seg, cur) {
            (Seg::Key(k), Json::Object(m)) => m.get_mut(k),
            (Seg::Id(id), Json::Array(l)) => l.iter_mut().find(|e| id_of(e) == Some(id)),
            (Seg::Index(i), Json::Array(l)) => l.get_mut(*i),
            (Seg::Value(x), Json::Array(l)) => l.iter_mut().find(|e| *e == x),
            _ => None,
        };
        let Some(next) = next else { return v };
        cur = next;
    }
    match (last, cur, &change.to) {
        (Seg::Key(k), Json::Object(m), Some(to)) => {
            m.insert(k.clone(), to.clone());
        }
        (Seg::Key(k), Json::Object(m), None) => {
            m.remove(k);
        }
        (Seg::Id(id), Json::Array(l), to) => {
            let pos = l.iter().position(|e| id_of(e) == Some(id));
            match (pos, to) {
                (Some(p), Some(to)) => l[p] = to.clone(),
                (Some(p), None) => {
                    l.remove(p);
                }
                (None, Some(to)) => l.push(to.clone()),
                (None, None) => {}
            }
        }
        (Seg::Index(i), Json::Array(l), to) => match to {
            Some(to) if *i < l.len() => l[*i] = to.clone(),
            Some(to) => l.push(to.clone()),
            None if *i < l.len() => {
                l.remove(*i);
            }
            None => {}
        },
        (Seg::Value(x), Json::Array(l), to) => match to {
            Some(to) => l.push(to.clone()),
            None => l.retain(|e| e != x),
        },
        _ => {}
    }
    v
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

/// A value as the content files write it: a text is a string (the same in every language)
/// or a table of languages, not the `$text` wrapper the facts serialize it in.
pub fn plain(v: &Json) -> Json {
    match v {
        Json::Object(_) if let Some(t) = crate::template::text_fact(v) => match t.get("*") {
            Some(same) if t.len() == 1 => same.clone(),
            _ => Json::Object(t.clone()),
        },
        Json::Object(m) => Json::Object(m.iter().map(|(k, v)| (k.clone(), plain(v))).collect()),
        Json::Array(l) => Json::Array(l.iter().map(plain).collect()),
        other => other.clone(),
    }
}

/// A value as a reader sees it in `lang`: a text in that language, a list joined, an entry
/// by its name.
pub fn show(v: &Json, lang: &str) -> String {
    if let Some(t) = text_in(v, lang) {
        return t;
    }
    match v {
        Json::String(s) => s.clone(),
        Json::Null => "—".into(),
        Json::Bool(b) => b.to_string(),
        Json::Number(n) => n.to_string(),
        Json::Array(l) => l
            .iter()
            .map(|e| show(e, lang))
            .collect::<Vec<_>>()
            .join(", "),
        Json::Object(m) => entry_name(m, lang)
            .or_else(|| id_of(v).map(str::to_string))
            .unwrap_or_else(|| serde_json::to_string(v).unwrap_or_default()),
    }
}

/// What an entry is called: its `name`, `label` or `title`; else its first text; else its
/// first plain string (often the id of what it is about: `service = "…"`).
pub fn entry_name(m: &Map<String, Json>, lang: &str) -> Option<String> {
    let text = |v: &Json| text_in(v, lang).or_else(|| v.as_str().map(str::to_string));
    ["name", "label", "title"]
        .iter()
        .find_map(|k| m.get(*k).and_then(text))
        .or_else(|| m.values().find_map(|v| text_in(v, lang)))
        .or_else(|| {
            m.iter()
                .filter(|(k, _)| k.as_str() != "id")
                .find_map(|(_, v)| v.as_str().map(str::to_string))
        })
}

/// The path in words: `backups › policies › Nightly (nightly) › items › 1 (Database) › kept`.
/// `short`: from the innermost entry on, named without its id or position.
pub fn path_label(old: &Json, new: &Json, path: &[Seg], lang: &str, short: bool) -> String {
    let mut parts = Vec::new();
    let from = if short {
        path.iter()
            .rposition(|p| matches!(p, Seg::Id(_) | Seg::Index(_)))
            .unwrap_or(0)
    } else {
        0
    };
    for (k, seg) in path.iter().enumerate().skip(from) {
        let here = at(new, &path[..=k]).or_else(|| at(old, &path[..=k]));
        let name = here
            .and_then(Json::as_object)
            .and_then(|m| entry_name(m, lang));
        parts.push(match seg {
            Seg::Key(key) => key.clone(),
            Seg::Id(id) => match name {
                Some(n) if short => n,
                Some(n) if n != *id => format!("{n} ({id})"),
                _ => id.clone(),
            },
            Seg::Index(i) => match name {
                Some(n) if short => n,
                Some(n) => format!("{} ({n})", i + 1),
                None => format!("{}", i + 1),
            },
            Seg::Value(v) => show(v, lang),
        });
    }
    parts.join(" › ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn changes(old: Json, new: Json) -> Vec<Change> {
        let mut out = Vec::new();
        compare(&mut Vec::new(), &old, &new, &mut out);
        out
    }

    #[test]
    fn lists_with_ids_match_by_id_and_plain_lists_as_sets() {
        let old = json!({ "area": { "list": [
            { "id": "a", "name": { "$text": { "*": "A" } }, "regions": ["x"] },
            { "id": "b", "kept": 30 },
        ] } });
        let new = json!({ "area": { "list": [
            { "id": "b", "kept": 14 },
            { "id": "c", "name": { "$text": { "*": "C" } } },
            { "id": "a", "name": { "$text": { "*": "A2" } }, "regions": ["x", "y"] },
        ] } });
        let c = changes(old.clone(), new.clone());
        let kinds: Vec<(Kind, &Seg)> = c.iter().map(|c| (c.kind, c.path.last().unwrap())).collect();
        assert_eq!(
            kinds,
            vec![
                (Kind::Changed, &Seg::Key("name".into())),
                (Kind::Added, &Seg::Value(json!("y"))),
                (Kind::Changed, &Seg::Key("kept".into())),
                (Kind::Added, &Seg::Id("c".into())),
            ],
            "reordering is no change; a text is one value"
        );
        // each change applies alone to the old facts
        for ch in &c {
            let after = apply(&old, ch);
            assert_eq!(changes(old.clone(), after).len(), 1, "{ch:?}");
        }
        assert_eq!(
            show(&json!({ "$text": { "ja": "東京", "en": "Tokyo" } }), "en"),
            "Tokyo"
        );
        assert_eq!(plain(&json!({ "$text": { "*": "A" } })), json!("A"));
    }

    #[test]
    fn an_entry_renamed_with_its_id_is_one_change() {
        let old = json!({ "list": [{ "id": "pd", "name": "PD", "function": "ops" }] });
        let new = json!({ "list": [{ "id": "pd-cloud", "name": "PD Cloud", "function": "ops" }] });
        let c = changes(old.clone(), new.clone());
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].kind, Kind::Changed);
        assert_eq!(c[0].path.last(), Some(&Seg::Id("pd".into())));
        assert_eq!(apply(&old, &c[0]), new);
        // another function too: removed and added
        let other =
            json!({ "list": [{ "id": "pd-cloud", "name": "PD Cloud", "function": "mail" }] });
        assert_eq!(changes(old, other).len(), 2);
    }

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
