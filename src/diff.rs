//! `whitepaper diff`: what changed in the facts between two versions of a project.
//!
//! The comparison itself is [`crate::changes`]; this module words it for people (text and
//! Markdown in every language) and machines (JSON).

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde_json::{Value as Json, json};

use crate::changes::{Report, Side, default_from, diff_facts, facts_of, load_side};
use crate::compare::{Change, Kind, Seg, plain, show};
use crate::l10n::Arg;
use crate::pipeline::{BuildError, Loaded};

#[derive(Debug, Clone)]
pub struct DiffOptions {
    /// The project folder (in the working tree).
    pub root: PathBuf,
    /// `None`: the latest git tag.
    pub from: Option<Side>,
    pub to: Side,
}

/// Compare two versions of a project; the newer one, loaded, comes with the report (its
/// messages word it).
pub fn diff(opts: &DiffOptions) -> Result<(Report, Loaded), BuildError> {
    let from = match &opts.from {
        Some(s) => s.clone(),
        None => default_from(&opts.root, None)?,
    };
    let old_v = facts_of(&opts.root, &from)?;
    let new = load_side(&opts.root, &opts.to)?;
    let report = diff_facts(&new, from, opts.to.clone(), &old_v)?;
    Ok((report, new))
}

/// The JSON form, schema `whitepaper-diff/1` (see docs/revisions.md).
pub fn to_json(r: &Report) -> Json {
    let seg = |s: &Seg| match s {
        Seg::Key(k) => json!(k),
        Seg::Id(id) => json!({ "id": id }),
        Seg::Index(i) => json!({ "index": i }),
        Seg::Value(v) => json!({ "value": v }),
    };
    let side = |s: &Side| match s {
        Side::WorkTree => json!({ "worktree": true }),
        Side::Dir(d) => json!({ "dir": d.display().to_string() }),
        Side::Git(rev) => json!({ "git": rev }),
        Side::Release(p) => json!({ "release": p.display().to_string() }),
    };
    json!({
        "schema": "whitepaper-diff/1",
        "from": side(&r.from),
        "to": side(&r.to),
        "changes": r.changes.iter().map(|c| {
            let mut o = json!({
                "kind": c.kind.as_str(),
                "path": c.path.iter().map(seg).collect::<Vec<_>>(),
                "label": c.label,
                "sections": c.sections.iter().map(|s| json!({
                    "edition": s.edition, "id": s.id, "heading": s.heading,
                })).collect::<Vec<_>>(),
            });
            if let Some(f) = &c.from { o["from"] = plain(f); }
            if let Some(t) = &c.to { o["to"] = plain(t); }
            o
        }).collect::<Vec<_>>(),
    })
}

/// A change in words of `lang`, from the messages `<prefix>-added`, `-removed` and
/// `-changed` (`$what`: `what`'s text in `lang`; `$value`, or `$from` and `$to`).
pub fn phrase(
    l: &crate::l10n::Localizer,
    c: &Change,
    lang: &str,
    prefix: &str,
    what: &BTreeMap<String, String>,
) -> Result<String, String> {
    let value = |v: &Option<Json>| Arg::Str(show(v.as_ref().unwrap_or(&Json::Null), lang));
    let what = (
        "what",
        Arg::Str(what.get(lang).cloned().unwrap_or_default()),
    );
    match c.kind {
        Kind::Added => l.format(
            lang,
            &format!("{prefix}-added"),
            &[what, ("value", value(&c.to))],
        ),
        Kind::Removed => l.format(
            lang,
            &format!("{prefix}-removed"),
            &[what, ("value", value(&c.from))],
        ),
        Kind::Changed => l.format(
            lang,
            &format!("{prefix}-changed"),
            &[what, ("from", value(&c.from)), ("to", value(&c.to))],
        ),
    }
}

/// The text (`markdown = false`) or Markdown form in `lang`, with the messages of `loaded`.
pub fn to_text(r: &Report, loaded: &Loaded, lang: &str, markdown: bool) -> Result<String, String> {
    let l = &loaded.localizer;
    let s = |v: String| Arg::Str(v);
    let side = |side: &Side| -> Result<String, String> {
        match side {
            Side::WorkTree => l.format(lang, "diff-working-tree", &[]),
            other => Ok(other.label()),
        }
    };
    let (from, to) = (side(&r.from)?, side(&r.to)?);
    let mut out = String::new();
    if r.changes.is_empty() {
        out.push_str(&l.format(lang, "diff-none", &[("from", s(from)), ("to", s(to))])?);
        out.push('\n');
        return Ok(out);
    }
    let title = l.format(
        lang,
        "diff-title",
        &[
            ("from", s(from)),
            ("to", s(to)),
            ("count", Arg::Num(r.changes.len() as f64)),
        ],
    )?;
    if markdown {
        out.push_str(&format!("## {}\n\n", crate::markdown::escape(&title)));
    } else {
        out.push_str(&title);
        out.push('\n');
    }
    let esc = |t: String| {
        if markdown {
            crate::markdown::escape(&t)
        } else {
            t
        }
    };
    for c in &r.changes {
        let line = phrase(l, c, lang, "diff", &c.label)?;
        out.push_str(&format!("- {}\n", esc(line)));
        let mut by_edition: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        for sec in &c.sections {
            by_edition.entry(&sec.edition).or_default().push(
                sec.heading
                    .get(lang)
                    .cloned()
                    .unwrap_or_else(|| sec.id.clone()),
            );
        }
        if by_edition.is_empty() {
            out.push_str(&format!(
                "  {}\n",
                esc(l.format(lang, "diff-no-section", &[])?)
            ));
        }
        let sep = l
            .format(lang, "list-sep", &[])
            .unwrap_or_else(|_| ", ".into());
        for (ed, heads) in by_edition {
            let title = loaded
                .facts
                .facts
                .editions
                .get(ed)
                .and_then(|e| e.title.get(lang))
                .map_or_else(|| ed.to_string(), |t| crate::typography::plain(t, lang));
            let line = l.format(
                lang,
                "diff-edition-sections",
                &[("edition", s(title)), ("sections", s(heads.join(&sep)))],
            )?;
            out.push_str(&format!("  {}\n", esc(line)));
        }
    }
    Ok(out)
}
