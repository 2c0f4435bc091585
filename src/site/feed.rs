//! The trust center's Atom feed (RFC 4287), one per language: an entry per release of an
//! edition and per subprocessor arriving or leaving, each with an id that never changes and
//! the date of its record (never the clock).
//!
//! Ids are made from `[site] url` when it is set (`https://trust.example.com/ja/changes.html#
//! whitepaper-1-7`), else from the company's name (`urn:whitepaper:<name>:ja:whitepaper:1.7`).

use serde_json::Value as Json;
use whitepaper_core::date::Date;
use whitepaper_core::escape::xml;

use super::data::{announcement_days, releases};
use crate::l10n::Arg;
use crate::pipeline::Loaded;

struct Entry {
    id: String,
    title: String,
    updated: Date,
    link: String,
    summary: String,
}

/// The base of every id and link: the site's URL, or a name of the company's.
fn base(loaded: &Loaded) -> (String, bool) {
    // only a web address makes ids and links (any other scheme is never written into a feed)
    let web = |u: &&String| u.starts_with("https://") || u.starts_with("http://");
    match loaded.project.config.site.url.as_ref().filter(web) {
        Some(u) => (format!("{}/", u.trim_end_matches('/')), true),
        None => {
            let names = loaded.facts.facts.company.name.as_ref();
            let first = loaded.project.config.languages.first();
            let name = names
                .and_then(|n| n.get("en").or_else(|| first.and_then(|l| n.get(l))))
                .unwrap_or("site");
            let slug: String = name
                .chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() {
                        c.to_ascii_lowercase()
                    } else {
                        '-'
                    }
                })
                .collect::<String>()
                .split('-')
                .filter(|p| !p.is_empty())
                .collect::<Vec<_>>()
                .join("-");
            (
                format!(
                    "urn:whitepaper:{}",
                    if slug.is_empty() { "site" } else { &slug }
                ),
                false,
            )
        }
    }
}

/// The feed of `lang` (`site`: the pages' object for that language).
pub fn atom(loaded: &Loaded, site: &Json, lang: &str) -> String {
    let l = &loaded.localizer;
    let (base, is_url) = base(loaded);
    let id_of = |tail: &str| {
        if is_url {
            format!("{base}{lang}/{tail}")
        } else {
            format!("{base}:{lang}:{}", tail.replace(['/', '#'], ":"))
        }
    };
    let href = |file: &str| {
        if is_url {
            format!("{base}{lang}/{file}")
        } else {
            file.to_string()
        }
    };
    let msg = |key: &str, args: &[(&str, Arg)]| l.format(lang, key, args).unwrap_or_default();
    let mut entries = Vec::new();
    for (date, edition, title, version, changes) in releases(loaded, lang) {
        let anchor = super::data::release_anchor(&edition, &version);
        entries.push(Entry {
            id: id_of(&format!("changes.html#{anchor}")),
            title: msg(
                "site-feed-release",
                &[("edition", Arg::Str(title)), ("version", Arg::Str(version))],
            ),
            updated: date,
            link: href(&format!("changes.html#{anchor}")),
            summary: changes.join("\n"),
        });
    }
    for s in &loaded.facts.facts.subprocessors.written {
        let [effective, until, _] = s.days();
        let [arrival, leaving] = announcement_days(s);
        let name = s.name.get(lang).unwrap_or_default().to_string();
        let function = s.function.as_ref().and_then(|f| f.get(lang));
        // its arrival and its leaving, each an entry of its own
        let changes = [
            (effective, arrival, "from", "site-feed-subprocessor-added"),
            (until, leaving, "until", "site-feed-subprocessor-removed"),
        ];
        for (day, announced, what, key) in changes {
            let (Some(day), Some(announced)) = (day, announced) else {
                continue;
            };
            let date = super::data::worded(loaded, lang, day);
            entries.push(Entry {
                id: id_of(&format!("subprocessors.html#{}-{what}-{day}", s.id.id)),
                title: msg(
                    key,
                    &[("name", Arg::Str(name.clone())), ("date", Arg::Str(date))],
                ),
                updated: announced,
                link: href("subprocessors.html"),
                summary: function.unwrap_or_default().to_string(),
            });
        }
    }
    entries.sort_by(|a, b| b.updated.cmp(&a.updated).then(a.id.cmp(&b.id)));
    let company = site["company"].as_str().unwrap_or_default();
    let title = msg(
        "site-changes-title",
        &[("company", Arg::Str(company.into()))],
    );
    let updated = entries
        .iter()
        .map(|e| e.updated)
        .max()
        .or_else(|| super::data::newest(loaded));
    let stamp = |d: Date| format!("{d}T00:00:00Z");
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.push_str(&format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n",
        xml(lang)
    ));
    out.push_str(&format!("  <id>{}</id>\n", xml(&id_of("changes.atom"))));
    out.push_str(&format!("  <title>{}</title>\n", xml(&title)));
    if let Some(u) = updated {
        out.push_str(&format!("  <updated>{}</updated>\n", stamp(u)));
    }
    out.push_str(&format!(
        "  <author><name>{}</name></author>\n",
        xml(company)
    ));
    out.push_str(&format!(
        "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        xml(&href("changes.html"))
    ));
    if is_url {
        out.push_str(&format!(
            "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
            xml(&href("changes.atom"))
        ));
    }
    for e in &entries {
        out.push_str("  <entry>\n");
        out.push_str(&format!("    <id>{}</id>\n", xml(&e.id)));
        out.push_str(&format!("    <title>{}</title>\n", xml(&e.title)));
        out.push_str(&format!("    <updated>{}</updated>\n", stamp(e.updated)));
        out.push_str(&format!(
            "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
            xml(&e.link)
        ));
        if !e.summary.is_empty() {
            out.push_str(&format!("    <summary>{}</summary>\n", xml(&e.summary)));
        }
        out.push_str("  </entry>\n");
    }
    out.push_str("</feed>\n");
    out
}
