//! What the trust center shows, gathered once per language from the facts, the revision
//! histories and the release records: the `site` object of `templates/site/*.md`, the
//! subprocessors' JSON, and the feed's entries.

use std::path::Path;

use serde_json::{Value as Json, json};
use whitepaper_core::date::Date;

use crate::changes::{Side, diff_facts, facts_of, last_release};
use crate::diag::Diagnostic;
use crate::facts::legal::Subprocessor;
use crate::facts::text::Text;
use crate::l10n::Arg;
use crate::pipeline::{BuildError, Loaded};
use crate::render::artifacts::Artifact;

/// The `schema` of `subprocessors.json` (see docs/site.md).
pub const SUBPROCESSORS_SCHEMA: &str = "whitepaper-subprocessors/1";

/// The facts changed since the last release (`release`'s record), per language: the lines
/// `diff` would say. Empty without a record.
pub fn unreleased(root: &Path, loaded: &Loaded) -> Result<Vec<(String, Vec<String>)>, BuildError> {
    let Some(record) = last_release(root, None) else {
        return Ok(Vec::new());
    };
    let from = Side::Release(record);
    let old = facts_of(root, &from)?;
    let report = diff_facts(loaded, from, Side::WorkTree, &old)?;
    let mut out = Vec::new();
    for lang in &loaded.project.config.languages {
        let lines = report
            .changes
            .iter()
            .filter_map(|c| crate::diff::phrase(&loaded.localizer, c, lang, "diff", &c.label).ok())
            .collect();
        out.push((lang.clone(), lines));
    }
    Ok(out)
}

fn text(t: &Option<Text>, lang: &str) -> Json {
    t.as_ref()
        .and_then(|t| t.get(lang))
        .map_or(Json::Null, |s| json!(crate::typography::plain(s, lang)))
}

/// A date in `lang`'s words.
pub fn worded(loaded: &Loaded, lang: &str, d: Date) -> String {
    crate::template::format_date(&loaded.localizer, lang, &d.to_string())
        .unwrap_or_else(|_| d.to_string())
}

/// A country's name in `lang`.
fn country(loaded: &Loaded, id: &str, lang: &str) -> String {
    loaded
        .facts
        .facts
        .infrastructure
        .countries
        .iter()
        .find(|c| c.id.id == id)
        .and_then(|c| c.name.get(lang))
        .unwrap_or(id)
        .to_string()
}

/// One subprocessor for a page or the feed, in `lang`.
fn subprocessor(loaded: &Loaded, s: &Subprocessor, lang: &str, today: Date) -> Json {
    let [effective, until, announced] = s.days();
    let day = |d: Option<Date>| {
        d.map(|d| json!({ "iso": d.to_string(), "text": worded(loaded, lang, d) }))
    };
    json!({
        "id": s.id.id,
        "name": s.name.get(lang).unwrap_or_default(),
        "function": text(&s.function, lang),
        "company": text(&s.company, lang),
        "countries": s.countries.iter().map(|c| country(loaded, &c.id, lang)).collect::<Vec<_>>(),
        "standing": s.standing(today).as_str(),
        "effective": day(effective),
        "until": day(until),
        "announced": day(announced),
    })
}

/// The releases of every edition, newest first: (date, edition id, edition title, version,
/// changes) in `lang`.
pub fn releases(loaded: &Loaded, lang: &str) -> Vec<(Date, String, String, String, Vec<String>)> {
    let mut out = Vec::new();
    for (id, ed) in &loaded.facts.facts.editions {
        if !loaded.project.config.editions.contains(id) {
            continue;
        }
        let title = ed
            .title
            .get(lang)
            .map_or_else(|| id.clone(), |t| crate::typography::plain(t, lang));
        for r in &ed.revisions {
            let Some(date) = r.date() else { continue };
            let changes = r
                .changes
                .iter()
                .filter_map(|c| c.get(lang))
                .map(|c| crate::typography::plain(c, lang))
                .collect();
            out.push((
                date,
                id.clone(),
                title.clone(),
                r.version.get_ref().clone(),
                changes,
            ));
        }
    }
    out.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    out
}

/// The heading id of a release on the changes page (`whitepaper-1-7`): any character an id
/// cannot hold becomes `-`.
pub fn release_anchor(edition: &str, version: &str) -> String {
    let v: String = version
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("{edition}-{v}")
}

/// The `site` object of the pages in `lang`.
pub fn context(
    loaded: &Loaded,
    files: &[Artifact],
    lang: &str,
    today: Date,
    unreleased: &[(String, Vec<String>)],
) -> Result<Json, Diagnostic> {
    let l = &loaded.localizer;
    let cfg = &loaded.project.config;
    let facts = &loaded.facts.facts;
    let company = facts
        .company
        .name
        .as_ref()
        .and_then(|n| n.get(lang))
        .map(|s| crate::typography::plain(s, lang))
        .unwrap_or_default();
    let editions: Vec<Json> = cfg
        .editions
        .iter()
        .filter_map(|id| {
            let ed = facts.editions.get(id)?;
            let has = |ext: &str| {
                let p = Path::new(lang).join(format!("{id}.{ext}"));
                files
                    .iter()
                    .any(|f| f.path == p)
                    .then(|| format!("{id}.{ext}"))
            };
            let latest = ed.latest();
            Some(json!({
                "id": id,
                "title": ed.title.get(lang).map(|t| crate::typography::plain(t, lang)),
                "subject": ed.subject.get(lang).map(|t| crate::typography::plain(t, lang)),
                "version": ed.version.get_ref(),
                "date": latest.and_then(|r| r.date()).map(|d| worded(loaded, lang, d)),
                "html": has("html"),
                "pdf": has("pdf"),
                "md": has("md"),
            }))
        })
        .collect();
    let releases: Vec<Json> = releases(loaded, lang)
        .into_iter()
        .map(|(date, id, title, version, changes)| {
            let label = l
                .format(
                    lang,
                    "version-label",
                    &[("version", Arg::Str(version.clone()))],
                )
                .unwrap_or(version.clone());
            json!({
                "edition": id, "title": title, "version": version, "version_label": label,
                "date": worded(loaded, lang, date), "date_iso": date.to_string(),
                "anchor": release_anchor(&id, &version),
                "changes": changes,
            })
        })
        .collect();
    let subprocessors: Vec<Json> = facts
        .subprocessors
        .written
        .iter()
        .map(|s| subprocessor(loaded, s, lang, today))
        .collect();
    let of = |standing: &str| -> Vec<Json> {
        subprocessors
            .iter()
            .filter(|s| s["standing"] == standing)
            .cloned()
            .collect()
    };
    let (current, announced, left) = (of("current"), of("announced"), of("left"));
    let updated = newest(loaded);
    Ok(json!({
        "company": company,
        "editions": editions,
        "releases": releases,
        "subprocessors": subprocessors,
        "current": current,
        "announced": announced,
        "left": left,
        "with_countries": subprocessors.iter().any(|s| s["countries"].as_array().is_some_and(|c| !c.is_empty())),
        "with_until": subprocessors.iter().any(|s| !s["until"].is_null()),
        "unreleased": unreleased.iter().find(|(l, _)| l == lang).map(|(_, v)| v.clone()).unwrap_or_default(),
        "security_txt": files.iter().any(|f| f.path == Path::new(crate::security_txt::PATH)),
        "notice_days": cfg.site.subprocessor_notice_days,
        "updated": updated.map(|d| worded(loaded, lang, d)),
        "updated_iso": updated.map(|d| d.to_string()),
        "languages": cfg.languages,
    }))
}

/// The newest day the records know: a revision's date, or a subprocessor's announcement.
pub fn newest(loaded: &Loaded) -> Option<Date> {
    let facts = &loaded.facts.facts;
    let revisions = facts
        .editions
        .values()
        .flat_map(|e| e.revisions.iter().filter_map(|r| r.date()));
    let subs = facts
        .subprocessors
        .written
        .iter()
        .flat_map(|s| announcement_days(s).into_iter().flatten());
    revisions.chain(subs).max()
}

/// The days a subprocessor's feed entries carry: when its arrival and its leaving were
/// announced (its `announced` day, else the day itself).
pub fn announcement_days(s: &Subprocessor) -> [Option<Date>; 2] {
    let [effective, until, announced] = s.days();
    [
        effective.map(|e| announced.unwrap_or(e)),
        until.map(|u| announced.filter(|a| *a <= u).unwrap_or(u)),
    ]
}

/// `subprocessors.json`: every subprocessor as written, with where it stands today.
pub fn subprocessors_json(loaded: &Loaded, today: Date) -> String {
    let cfg = &loaded.project.config;
    let per_lang = |t: &Option<Text>| -> Json {
        match t {
            None => Json::Null,
            Some(t) => cfg
                .languages
                .iter()
                .filter_map(|l| t.get(l).map(|s| (l.clone(), json!(s))))
                .collect::<serde_json::Map<_, _>>()
                .into(),
        }
    };
    let list: Vec<Json> = loaded
        .facts
        .facts
        .subprocessors
        .written
        .iter()
        .map(|s| {
            let [effective, until, announced] = s.days();
            json!({
                "id": s.id.id,
                "name": per_lang(&Some(s.name.clone())),
                "function": per_lang(&s.function),
                "company": per_lang(&s.company),
                "countries": s.countries.iter().map(|c| c.id.clone()).collect::<Vec<_>>(),
                "status": s.standing(today).as_str(),
                "effective": effective.map(|d| d.to_string()),
                "until": until.map(|d| d.to_string()),
                "announced": announced.map(|d| d.to_string()),
            })
        })
        .collect();
    let company = per_lang(&loaded.facts.facts.company.name);
    let doc = json!({
        "schema": SUBPROCESSORS_SCHEMA,
        "company": company,
        "languages": cfg.languages,
        "notice_days": cfg.site.subprocessor_notice_days,
        "subprocessors": list,
    });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}
