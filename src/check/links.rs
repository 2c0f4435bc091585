//! Links that need no network: internal anchors resolve, URLs are well-formed.

use std::collections::BTreeSet;

use pulldown_cmark::{Event, Tag};

use crate::diag::{Diagnostic, Sources};
use whitepaper_core::document::Document;

pub fn check(doc: &Document) -> Vec<Diagnostic> {
    let mut ids = BTreeSet::new();
    let mut links = Vec::new();
    for ev in whitepaper_core::front::events(&doc.markdown) {
        match ev {
            Event::Start(Tag::Heading { id: Some(id), .. }) => {
                ids.insert(id.to_string());
            }
            Event::Start(Tag::Link { dest_url, .. }) => links.push(dest_url.to_string()),
            _ => {}
        }
    }
    let file = format!("templates/{}.md", doc.edition);
    let mut out = Vec::new();
    for l in links {
        if let Some(anchor) = l.strip_prefix('#') {
            if !ids.contains(anchor) {
                out.push(
                    Diagnostic::error(
                        "broken-anchor",
                        &file,
                        format!(
                            "link to `#{anchor}` in the `{}` {} has no heading with that id",
                            doc.lang, doc.edition
                        ),
                    )
                    .with_help(format!(
                        "heading ids: {}",
                        ids.iter().cloned().collect::<Vec<_>>().join(", ")
                    )),
                );
            }
            continue;
        }
        if whitepaper_core::links::target(&l).is_none() {
            continue; // reported by `unsafe_markup`, at the file that wrote it
        }
        match whitepaper_core::links::parse(&l) {
            Ok(u)
                if matches!(u.scheme.as_str(), "https" | "http" | "mailto")
                    && (u.scheme == "mailto" || u.host.contains('.')) => {}
            Ok(u) => out.push(
                Diagnostic::warning(
                    "bad-url",
                    &file,
                    format!(
                        "link `{l}` in the `{}` {} uses scheme `{}` or has no host",
                        doc.lang, doc.edition, u.scheme
                    ),
                )
                .with_help("links are https:// URLs or #anchors"),
            ),
            Err(e) => out.push(
                Diagnostic::error(
                    "bad-url",
                    &file,
                    format!(
                        "link in the `{}` {} is not a well-formed URL: {e}",
                        doc.lang, doc.edition
                    ),
                )
                .with_help("links are absolute https:// URLs or #anchors"),
            ),
        }
    }
    out
}

/// Anchors given twice in one document: a fact's id used as an anchor (a service's or a
/// subsection's) that is also a section's (`access`, `backups`…). Both headings get the same
/// `#id` (the HTML renames the second `-2`), and links meant for the section may reach the
/// fact. Reported at the fact whose id it is, once for every language and edition.
pub fn duplicate_anchors(
    doc: &Document,
    ids: &[(std::path::PathBuf, crate::facts::text::SeenRef)],
    sources: &Sources,
) -> Vec<Diagnostic> {
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    let mut twice: BTreeSet<&str> = BTreeSet::new();
    let md = &doc.markdown;
    for (open, close) in [("<a id=\"", "\""), ("{#", "}")] {
        let mut rest = md.as_str();
        while let Some(i) = rest.find(open) {
            rest = &rest[i + open.len()..];
            let end = rest
                .find(|c: char| c.to_string() == close || c == ' ' || c == '\n')
                .unwrap_or(rest.len());
            let id = &rest[..end];
            if !id.is_empty() && !seen.insert(id) {
                twice.insert(id);
            }
        }
    }
    twice
        .into_iter()
        .map(|anchor| {
            // a fact id (a referenced one, or a heading id written `id = "…"` in content/)
            let fact = ids
                .iter()
                .find(|(_, r)| r.id == anchor)
                .map(|(f, r)| (f.clone(), r.span.clone()))
                .or_else(|| {
                    sources
                        .iter()
                        .filter(|(p, _)| p.starts_with("content"))
                        .find_map(|(p, text)| {
                            let needle = format!("id = \"{anchor}\"");
                            let at = text.find(&needle)? + needle.len() - anchor.len() - 1;
                            Some((p.to_path_buf(), at..at + anchor.len()))
                        })
                });
            let d = Diagnostic::warning(
                "duplicate-anchor",
                fact.as_ref().map_or_else(
                    || std::path::PathBuf::from(format!("templates/{}.md", doc.edition)),
                    |(f, _)| f.clone(),
                ),
                match fact {
                    Some(_) => format!(
                        "the id `{anchor}` is also a section's anchor: two headings get `#{anchor}`, and links to it reach only the first"
                    ),
                    None => format!(
                        "`#{anchor}` names two headings of the {} edition: links to it reach only the first",
                        doc.edition
                    ),
                },
            )
            .with_help(match fact {
                Some(_) => format!(
                    "give it another id (`{anchor}-1`, or what it is of: a service's, a scope's…)"
                ),
                None => "give each heading an anchor of its own".to_string(),
            });
            match fact {
                Some((_, span)) => d.with_span(Some(span)),
                None => d,
            }
        })
        .collect()
}
