//! Links that need no network: internal anchors resolve, URLs are well-formed.

use std::collections::BTreeSet;

use pulldown_cmark::{Event, Tag};

use crate::diag::Diagnostic;
use crate::document::Document;

pub fn check(doc: &Document) -> Vec<Diagnostic> {
    let mut ids = BTreeSet::new();
    let mut links = Vec::new();
    for ev in crate::render::front::events(&doc.markdown) {
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
        if crate::links::target(&l).is_none() {
            out.push(
                Diagnostic::error(
                    "disallowed-link",
                    &file,
                    format!(
                        "link `{l}` in the `{}` {} is not allowed: only {} links and #anchors become links",
                        doc.lang,
                        doc.edition,
                        crate::links::SCHEMES.join(", ")
                    ),
                )
                .with_help("it renders as text in every format; fix the message or template that writes it"),
            );
            continue;
        }
        match url::Url::parse(&l) {
            Ok(u)
                if matches!(u.scheme(), "https" | "http" | "mailto")
                    && (u.scheme() == "mailto"
                        || u.host_str().is_some_and(|h| h.contains('.'))) => {}
            Ok(u) => out.push(
                Diagnostic::warning(
                    "bad-url",
                    &file,
                    format!(
                        "link `{l}` in the `{}` {} uses scheme `{}` or has no host",
                        doc.lang,
                        doc.edition,
                        u.scheme()
                    ),
                )
                .with_help("links are https:// URLs or #anchors"),
            ),
            Err(e) => out.push(
                Diagnostic::error(
                    "bad-url",
                    &file,
                    format!(
                        "link `{l}` in the `{}` {} is not a well-formed URL: {e}",
                        doc.lang, doc.edition
                    ),
                )
                .with_help("links are absolute https:// URLs or #anchors"),
            ),
        }
    }
    out
}
