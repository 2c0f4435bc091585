//! Markup a document must not carry: a link whose scheme is not allowed, raw HTML other
//! than `<br>`. Facts cannot write either (they are escaped, their URLs checked where they
//! are read); a template's `| safe` or a message could. `build` refuses such a document and
//! `check` reports it, at the template or message line that wrote it.

use pulldown_cmark::{Event, Tag, TagEnd};

use crate::diag::{Diagnostic, Sources};
use whitepaper_core::document::Document;

/// What no output may carry, found in a rendered document: a link whose scheme is not
/// allowed (`javascript:`, `data:`, `file:`…; see [`whitepaper_core::links`]) and raw HTML other than
/// `<br>` (a template's `| safe` or a message could write `<img onerror=…>` into the Markdown).
/// Facts cannot: they are escaped and their URLs checked where they are read. Each finding
/// names the template or message file that wrote it, at its line, when the text is found there.
pub fn unsafe_markup(doc: &Document, sources: &Sources) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let fallback = format!("templates/{}.md", doc.edition);
    for ev in whitepaper_core::front::events(&doc.markdown) {
        let (code, needle, message, help) = match &ev {
            Event::Start(Tag::Link { dest_url, .. })
                if !dest_url.starts_with('#')
                    && whitepaper_core::links::target(dest_url).is_none() =>
            {
                (
                    "disallowed-link",
                    dest_url.trim().to_string(),
                    format!(
                        "link `{}` in the `{}` {} is not allowed: only {} links and #anchors become links",
                        crate::diag::printable(dest_url),
                        doc.lang,
                        doc.edition,
                        whitepaper_core::links::SCHEMES.join(", ")
                    ),
                    "fix the message or template that writes it",
                )
            }
            Event::Html(h) | Event::InlineHtml(h) if !whitepaper_core::front::is_br(h) => {
                let first = h
                    .trim()
                    .lines()
                    .next()
                    .unwrap_or_default()
                    .trim()
                    .to_string();
                (
                    "raw-html",
                    first.clone(),
                    format!(
                        "raw HTML `{}` in the `{}` {}: documents carry no HTML but <br>",
                        crate::diag::printable(&first.chars().take(80).collect::<String>()),
                        doc.lang,
                        doc.edition
                    ),
                    "write Markdown instead; a fact is escaped for you, so this comes from a template (`| safe`?) or a message",
                )
            }
            _ => continue,
        };
        let (file, span) = locate(sources, &needle, &doc.lang)
            .map(|(f, s)| (f, Some(s)))
            .unwrap_or_else(|| (fallback.clone().into(), None));
        let d = Diagnostic::error(code, file, message)
            .with_span(span)
            .with_help(help);
        if !out.contains(&d) {
            out.push(d);
        }
    }
    out
}

/// The template, or the document language's message file, that holds `needle`.
fn locate(
    sources: &Sources,
    needle: &str,
    lang: &str,
) -> Option<(std::path::PathBuf, std::ops::Range<usize>)> {
    if needle.is_empty() {
        return None;
    }
    let locale = std::path::Path::new("locales").join(lang);
    let rank = |p: &std::path::Path| {
        if p.starts_with("templates") {
            0
        } else if p.starts_with(&locale) {
            1
        } else {
            2
        }
    };
    let mut hits: Vec<_> = sources
        .iter()
        .filter(|(p, _)| rank(p) < 2)
        .filter_map(|(p, text)| {
            text.find(needle)
                .map(|i| (p.to_path_buf(), i..i + needle.len()))
        })
        .collect();
    hits.sort_by_key(|(p, _)| rank(p));
    hits.into_iter().next()
}

/// How deep blocks may nest (quotes, lists, notes): far more than any document
/// needs, and far less than would exhaust a renderer's stack.
pub const MAX_DEPTH: usize = 32;

/// A document whose blocks nest deeper than [`MAX_DEPTH`] (a message or template holding
/// `> > > …` or `- - - …` thousands deep), named at the template or message line that wrote
/// it: an error, not a crash in a renderer.
pub fn too_deep(doc: &Document, sources: &Sources) -> Option<Diagnostic> {
    let mut depth = 0usize;
    let parser = pulldown_cmark::Parser::new_ext(&doc.markdown, whitepaper_core::front::options());
    for (ev, range) in parser.into_offset_iter() {
        match ev {
            Event::Start(Tag::BlockQuote(_) | Tag::List(_) | Tag::FootnoteDefinition(_)) => {
                depth += 1;
                if depth > MAX_DEPTH {
                    let line_start = doc.markdown[..range.start].rfind('\n').map_or(0, |i| i + 1);
                    let line = doc.markdown[line_start..]
                        .lines()
                        .next()
                        .unwrap_or_default();
                    let needle: String = line.trim().chars().take(60).collect();
                    let (file, span) = locate(sources, &needle, &doc.lang)
                        .map(|(f, s)| (f, Some(s)))
                        .unwrap_or_else(|| (format!("templates/{}.md", doc.edition).into(), None));
                    return Some(
                        Diagnostic::error(
                            "nesting",
                            file,
                            format!(
                                "the `{}` {} nests blocks (quotes, lists) more than {MAX_DEPTH} deep",
                                doc.lang, doc.edition
                            ),
                        )
                        .with_span(span)
                        .with_help("a `>` or `-` repeated at the start of a line makes a quote or list in a quote or list: write it as text (`\\>`), or nest less"),
                    );
                }
            }
            Event::End(TagEnd::BlockQuote(_) | TagEnd::List(_) | TagEnd::FootnoteDefinition) => {
                depth = depth.saturating_sub(1)
            }
            _ => {}
        }
    }
    None
}
