//! Links that need no network: internal anchors resolve, URLs are well-formed.

use std::collections::BTreeSet;

use pulldown_cmark::{Event, Tag};

use crate::diag::Diagnostic;
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
