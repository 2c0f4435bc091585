//! PDF renderer: a [`Document`](whitepaper_core::document::Document) → an A4 PDF with a cover,
//! a clickable table of contents, running header/footer, a nested outline, Japanese
//! line breaking (UAX #14 + kinsoku) and JLReq spacing, tables that repeat their header
//! across pages, and embedded subset fonts.
//!
//! `render` is pure: the same document and fonts give byte-identical output.

mod block;
mod content;
mod error;
mod fonts;
mod furniture;
mod inline;
mod linebreak;
mod outline;
mod page;
mod paginate;
mod parse;
mod save;
mod structure;
mod syntax;
mod table;
mod tags;
mod write;
mod xmp;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

pub use error::PdfError;
pub use fonts::{Coverage, Fonts};

use whitepaper_core::document::Document;

/// Where the time of one [`render`] went (for `cargo bench`).
#[derive(Debug, Clone, Copy, Default)]
pub struct Stages {
    /// Parsing the Markdown, line breaking, tables, pagination, contents, furniture.
    pub layout: Duration,
    /// Cutting the fonts down to the glyphs used.
    pub subset: Duration,
    /// Content streams, structure tree, outline, compression and serialization.
    pub write: Duration,
}

/// Render one edition × language to PDF bytes.
pub fn render(doc: &Document, fonts: &Fonts) -> Result<Vec<u8>, PdfError> {
    render_with_stages(doc, fonts).map(|(bytes, _)| bytes)
}

/// [`render`], and how long each stage took.
pub fn render_with_stages(doc: &Document, fonts: &Fonts) -> Result<(Vec<u8>, Stages), PdfError> {
    let start = Instant::now();
    let meta = &doc.meta;
    let theme = page::Theme::for_text(&doc.markdown);
    let blocks = parse::parse_with(&doc.markdown, &doc.meta.note_mark);

    // body
    let mut body = block::Body::new(fonts, theme);
    // the document's sections are its H1s, whatever Markdown level they are written at
    body.top_level = blocks
        .iter()
        .filter_map(|b| match b {
            parse::Block::Heading { level, .. } => Some(*level),
            _ => None,
        })
        .min()
        .unwrap_or(1);
    let env = body.root_env();
    body.blocks(&blocks, &env)?;
    let top = page::MARGIN_TOP;
    let bottom = page::PAGE_H - page::MARGIN_BOTTOM;
    let mut body_pages = paginate::paginate(&body.items, top, bottom);
    if let Some(since) = &meta.since {
        furniture::change_bars(&mut body_pages, since, top, bottom);
    }
    // the pages hold their own copies: free the unpaginated ones
    drop(std::mem::take(&mut body.items));
    drop(blocks);

    // Contents: count their pages with placeholder numbers, then fill in the real ones.
    // They never spill a few entries onto a page of their own: first the spacing tightens
    // (never below `TOC_TIGHTEST`); if that is not enough and the last page would be less
    // than half full, the contents list sections only (the outline keeps every level).
    let toc_pages_at = |layout: furniture::TocLayout| -> Result<Vec<Vec<page::Cmd>>, PdfError> {
        let probe = furniture::toc_items(fonts, meta, &body.headings, None, layout)?;
        Ok(paginate::paginate(&probe, top, bottom))
    };
    let natural = furniture::TocLayout {
        spacing: 1.0,
        depth: 3,
    };
    let mut toc_layout = natural;
    let pages_natural = toc_pages_at(natural)?;
    let n = pages_natural.len();
    if n > 1 {
        let tight = furniture::TocLayout {
            spacing: furniture::TOC_TIGHTEST,
            ..natural
        };
        let sections = furniture::TocLayout {
            depth: 2,
            ..natural
        };
        if toc_pages_at(tight)?.len() < n {
            let (mut lo, mut hi) = (furniture::TOC_TIGHTEST, 1.0f32);
            for _ in 0..8 {
                let mid = (lo + hi) / 2.0;
                if toc_pages_at(furniture::TocLayout {
                    spacing: mid,
                    ..natural
                })?
                .len()
                    < n
                {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            toc_layout.spacing = lo;
        } else if last_page_fill(&pages_natural, top, bottom) < 0.5
            && toc_pages_at(sections)?.len() < n
        {
            toc_layout = sections;
        }
    }
    let toc_count = toc_pages_at(toc_layout)?.len();
    let first_body = 1 + toc_count; // 0-based index of the first body page
    let mut page_of: BTreeMap<String, usize> = BTreeMap::new();
    for (pi, p) in body_pages.iter().enumerate() {
        for c in p {
            if let page::Cmd::Anchor { id, .. } = c {
                page_of.entry(id.clone()).or_insert(first_body + pi + 1);
            }
        }
    }
    let mut tags = std::mem::take(&mut body.tags);
    let mut toc = furniture::toc_items(fonts, meta, &body.headings, Some(&page_of), toc_layout)?;
    // the contents: their title, then one entry (a link to its section) per heading
    let toc_node = tags.add("TOC", 0);
    for (i, it) in toc.iter_mut().enumerate() {
        let mut links = std::collections::HashMap::new();
        if i == 0 {
            let title = tags.add("P", 0);
            tags.stamp(&mut it.cmds, title, &mut links);
        } else {
            let entry = tags.add("TOCI", toc_node);
            let link = tags.add("Link", entry);
            links.insert(0, link);
            tags.stamp(&mut it.cmds, link, &mut links);
        }
    }
    let mut toc_pages = paginate::paginate(&toc, top, bottom);
    toc_pages.resize_with(toc_count, Vec::new);

    let mut pages = Vec::with_capacity(1 + toc_count + body_pages.len());
    // the cover: one paragraph per block of one style (company, title lines, subject…)
    let mut cover = furniture::cover(fonts, meta)?;
    let mut style = None;
    let mut node = 0;
    for c in &mut cover {
        if let page::Cmd::Text {
            size, weight, tag, ..
        } = c
        {
            if style != Some((size.to_bits(), *weight)) {
                style = Some((size.to_bits(), *weight));
                node = tags.add("P", 0);
            }
            *tag = tags::Tag::Node(node);
        }
    }
    pages.push(cover);
    pages.extend(toc_pages);
    pages.extend(body_pages);
    let total = pages.len();
    for (i, p) in pages.iter_mut().enumerate().skip(1) {
        let mut f = furniture::header_footer(fonts, meta, i + 1, total)?;
        tags::Tags::artifact(&mut f);
        f.append(p);
        *p = f;
    }
    // a recipient's copy: the stamp under every page's footer, the cover's too, and the
    // watermark beneath everything
    if let Some(stamp) = &meta.stamp {
        let mut line = furniture::stamp(fonts, &stamp.footer)?;
        tags::Tags::artifact(&mut line);
        let mut mark = match &stamp.watermark {
            Some(text) => furniture::watermark(fonts, text),
            None => Vec::new(),
        };
        tags::Tags::artifact(&mut mark);
        for p in pages.iter_mut() {
            let mut page = mark.clone();
            page.append(p);
            page.extend(line.iter().cloned());
            *p = page;
        }
    }

    let mut fingerprint = Vec::new();
    for s in [
        &doc.edition,
        &doc.lang,
        &doc.markdown,
        &meta.title,
        &meta.version,
        &meta.date_iso,
    ] {
        fingerprint.extend_from_slice(s.as_bytes());
        fingerprint.push(0);
    }
    // a recipient's copy has an identifier of its own (the editions' stay as they were)
    if let Some(stamp) = &meta.stamp {
        fingerprint.extend_from_slice(stamp.footer.as_bytes());
    }
    let mut stages = Stages {
        layout: start.elapsed(),
        ..Stages::default()
    };
    let written = Instant::now();
    let bytes = write::write(
        fonts,
        meta,
        pages,
        &body.headings,
        &tags,
        &fingerprint,
        &mut stages.subset,
    )?;
    stages.write = written.elapsed().saturating_sub(stages.subset);
    Ok((bytes, stages))
}

#[cfg(test)]
mod tests;

/// How far down the last page its content reaches (0: empty, 1: full).
fn last_page_fill(pages: &[Vec<page::Cmd>], top: f32, bottom: f32) -> f32 {
    let lowest = pages
        .last()
        .into_iter()
        .flatten()
        .filter_map(|c| match c {
            page::Cmd::Text { y, .. } => Some(*y),
            _ => None,
        })
        .fold(top, f32::max);
    (lowest - top) / (bottom - top)
}
