//! Page furniture: the cover, the table of contents, running header and footer.

use std::collections::BTreeMap;

use crate::block::HeadingInfo;
use crate::error::PdfError;
use crate::fonts::{Fonts, Weight};
use crate::inline::{measure, text_cmds, wrapped};
use crate::page::Base;
use crate::page::{
    ACCENT, CONTENT_W, Cmd, Item, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, MUTED, PAGE_H, PAGE_W, RULE,
    Rgb, TEXT,
};
use crate::parse::{Align, IStyle, Inl, Target};
use whitepaper_core::document::DocMeta;

const BAND: Rgb = Rgb(0.07, 0.22, 0.42);
const BAND_LIGHT: Rgb = Rgb(0.85, 0.89, 0.95);

fn inl(s: &str) -> Vec<Inl> {
    vec![Inl::Text(s.to_string(), IStyle::default())]
}

/// The cover page.
pub fn cover(fonts: &Fonts, meta: &DocMeta) -> Result<Vec<Cmd>, PdfError> {
    let mut c = Vec::new();
    c.push(Cmd::Rect {
        x: 0.0,
        y: 0.0,
        w: PAGE_W,
        h: 14.0,
        color: BAND,
    });
    c.push(Cmd::Rect {
        x: MARGIN_X,
        y: 200.0,
        w: 5.0,
        h: 150.0,
        color: BAND,
    });
    let x = MARGIN_X + 22.0;
    let w = CONTENT_W - 22.0;
    let company = Base {
        size: 13.0,
        weight: Weight::Bold,
        color: MUTED,
    };
    c.extend(text_cmds(
        fonts,
        &meta.company,
        x,
        150.0,
        company,
        "cover: company",
    )?);

    // the largest size (26 → 20 pt) at which the title fits on one line, else 26 pt wrapped
    let mut title = Base {
        size: 26.0,
        weight: Weight::Bold,
        color: ACCENT,
    };
    for size in [26.0, 24.0, 22.0, 20.0] {
        let b = Base { size, ..title };
        if measure(fonts, &meta.title, b)? <= w {
            title = b;
            break;
        }
    }
    let (mut tc, th) = wrapped(
        fonts,
        &title_lines(fonts, &meta.title, title, w)?,
        title,
        x,
        w,
        1.35,
        Align::Left,
        "cover: title",
    )?;
    for cmd in &mut tc {
        cmd.shift(205.0);
    }
    c.extend(tc);
    let mut y = 205.0 + th + 26.0;
    let ver = Base {
        size: 13.0,
        weight: Weight::Regular,
        color: TEXT,
    };
    c.extend(text_cmds(
        fonts,
        &meta.version_label,
        x,
        y,
        ver,
        "cover: version",
    )?);
    y += 24.0;
    let date = Base {
        size: 11.0,
        weight: Weight::Regular,
        color: MUTED,
    };
    // label and value, as in the HTML header: no language-specific punctuation here
    let line = format!("{}   {}", meta.date_label, meta.date);
    if !meta.date.trim().is_empty() {
        c.extend(text_cmds(fonts, &line, x, y, date, "cover: date")?);
    }

    c.push(Cmd::Rect {
        x: 0.0,
        y: PAGE_H - 120.0,
        w: PAGE_W,
        h: 120.0,
        color: BAND_LIGHT,
    });
    c.push(Cmd::Rect {
        x: 0.0,
        y: PAGE_H - 14.0,
        w: PAGE_W,
        h: 14.0,
        color: BAND,
    });
    let lang = Base {
        size: 10.0,
        weight: Weight::Regular,
        color: MUTED,
    };
    let lw = measure(fonts, &meta.lang_name, lang)?;
    c.extend(text_cmds(
        fonts,
        &meta.lang_name,
        PAGE_W - MARGIN_X - lw,
        PAGE_H - 60.0,
        lang,
        "cover: language",
    )?);
    let comp_small = Base {
        size: 10.0,
        weight: Weight::Bold,
        color: ACCENT,
    };
    c.extend(text_cmds(
        fonts,
        &meta.company,
        MARGIN_X,
        PAGE_H - 60.0,
        comp_small,
        "cover: company",
    )?);
    Ok(c)
}

/// A Japanese title too long for one line is broken after a particle or punctuation
/// near the middle ("…プライバシーと / セキュリティに…") rather than inside a word.
fn title_lines(fonts: &Fonts, title: &str, base: Base, w: f32) -> Result<Vec<Inl>, PdfError> {
    if measure(fonts, title, base)? <= w || !title.chars().any(crate::linebreak::is_wide) {
        return Ok(inl(title));
    }
    let chars: Vec<char> = title.chars().collect();
    let mid = chars.len() as f32 / 2.0;
    let mut best: Option<(f32, usize)> = None;
    for i in 2..chars.len().saturating_sub(2) {
        if !matches!(
            chars[i - 1],
            'の' | 'と' | 'に' | 'を' | 'は' | 'が' | 'へ' | 'や' | '、' | '・' | ' ' | '　'
        ) {
            continue;
        }
        let a: String = chars[..i].iter().collect();
        let b: String = chars[i..].iter().collect();
        if measure(fonts, a.trim(), base)? > w || measure(fonts, b.trim(), base)? > w {
            continue;
        }
        let d = (i as f32 - mid).abs();
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, i));
        }
    }
    Ok(match best {
        Some((_, i)) => {
            let a: String = chars[..i].iter().collect();
            let b: String = chars[i..].iter().collect();
            vec![
                Inl::Text(a.trim().to_string(), IStyle::default()),
                Inl::Hard,
                Inl::Text(b.trim().to_string(), IStyle::default()),
            ]
        }
        None => inl(title),
    })
}

/// How far the contents may tighten their spacing (line height and the gaps above
/// sections) to end on a page rather than spill a few entries onto the next.
pub const TOC_TIGHTEST: f32 = 0.72;

/// How the contents are set: the spacing factor and the deepest heading level listed
/// (2: sections, 3: and their subsections).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TocLayout {
    pub spacing: f32,
    pub depth: u8,
}

/// Items of the contents pages. `pages` maps heading ids to 1-based page numbers
/// (`None`: a placeholder pass to count the pages); `spacing` scales the line height and the
/// gaps above sections (1: natural; down to [`TOC_TIGHTEST`]).
/// The colour of the change bars of `build --since`.
const CHANGED: Rgb = Rgb(0.70, 0.28, 0.0);

/// The change bar of `build --since`, in the left margin, from `y` down `h`.
fn change_bar(y: f32, h: f32) -> Cmd {
    Cmd::Rect {
        x: MARGIN_X - 12.0,
        y,
        w: 2.5,
        h,
        color: CHANGED,
    }
}

/// `build --since`: a bar in the left margin beside every changed section, from its
/// heading to the next section's (across pages).
pub fn change_bars(
    pages: &mut [Vec<Cmd>],
    since: &whitepaper_core::document::Since,
    top: f32,
    bottom: f32,
) {
    let mut inside = false;
    for page in pages.iter_mut() {
        let mut anchors: Vec<(f32, bool)> = page
            .iter()
            .filter_map(|c| match c {
                Cmd::Anchor { id, y } if since.sections.contains(id) => {
                    Some((*y, since.changed.contains(id)))
                }
                _ => None,
            })
            .collect();
        anchors.sort_by(|a, b| a.0.total_cmp(&b.0));
        // where the page's text ends
        let last = page
            .iter()
            .filter_map(|c| match c {
                Cmd::Text { y, size, .. } => Some(y + size * 0.3),
                _ => None,
            })
            .fold(top, f32::max)
            .min(bottom);
        let mut from = inside.then_some(top);
        let mut bars = Vec::new();
        for (y, changed) in anchors {
            if let Some(f) = from.take()
                && y - 4.0 > f
            {
                bars.push((f, y - 4.0));
            }
            inside = changed;
            if changed {
                from = Some(y);
            }
        }
        if let Some(f) = from
            && last > f
        {
            bars.push((f, last));
        }
        for (y0, y1) in bars {
            page.push(change_bar(y0, y1 - y0));
        }
    }
}

pub fn toc_items(
    fonts: &Fonts,
    meta: &DocMeta,
    headings: &[HeadingInfo],
    pages: Option<&BTreeMap<String, usize>>,
    layout: TocLayout,
) -> Result<Vec<Item>, PdfError> {
    let TocLayout { spacing, depth } = layout;
    let mut items = Vec::new();
    let tb = Base {
        size: 18.0,
        weight: Weight::Bold,
        color: ACCENT,
    };
    let (mut cmds, h) = wrapped(
        fonts,
        &inl(&meta.toc_title),
        tb,
        MARGIN_X,
        CONTENT_W,
        1.4,
        Align::Left,
        "contents title",
    )?;
    cmds.push(Cmd::Rect {
        x: MARGIN_X,
        y: h + 2.0,
        w: CONTENT_W,
        h: 0.8,
        color: ACCENT,
    });
    items.push(Item {
        h: h + 14.0,
        cmds,
        keep: true,
        before: 0.0,
        header: None,
    });
    if let Some(since) = &meta.since {
        let lb = Base {
            size: 9.0,
            weight: Weight::Regular,
            color: TEXT,
        };
        let (mut cmds, h) = wrapped(
            fonts,
            &inl(&since.note),
            lb,
            MARGIN_X,
            CONTENT_W,
            1.4,
            Align::Left,
            "contents note",
        )?;
        cmds.push(change_bar(0.0, h));
        items.push(Item {
            h: h + 8.0,
            cmds,
            keep: true,
            before: 0.0,
            header: None,
        });
    }
    let num_w = 34.0;
    for hd in headings.iter().filter(|h| h.level >= 2 && h.level <= depth) {
        let (base, indent, before) = if hd.level == 2 {
            (
                Base {
                    size: 10.5,
                    weight: Weight::Bold,
                    color: TEXT,
                },
                0.0,
                7.0,
            )
        } else {
            (
                Base {
                    size: 9.5,
                    weight: Weight::Regular,
                    color: TEXT,
                },
                16.0,
                1.0,
            )
        };
        let x = MARGIN_X + indent;
        let w = CONTENT_W - indent - num_w - 8.0;
        let ctx = format!("contents entry “{}”", hd.title);
        let before = before * spacing;
        let lh = 1.5 * spacing.max(0.8);
        let (mut cmds, h) = wrapped(fonts, &inl(&hd.title), base, x, w, lh, Align::Left, &ctx)?;
        // last line end and baseline, for the leader
        let (mut end_x, mut baseline) = (x, base.size);
        for c in &cmds {
            if let Cmd::Text { y, glyphs, .. } = c {
                if *y >= baseline {
                    baseline = *y;
                    end_x = x;
                }
                if let Some((ch, gx)) = glyphs.last()
                    && *y >= baseline
                {
                    end_x =
                        end_x.max(gx + fonts.face(base.weight).advance(*ch) * base.size / 1000.0);
                }
            }
        }
        let num = match pages {
            Some(p) => p.get(&hd.id).map(|n| n.to_string()).unwrap_or_default(),
            None => "000".to_string(),
        };
        let nb = Base {
            weight: base.weight,
            ..base
        };
        let nw = measure(fonts, &num, nb)?;
        let right = MARGIN_X + CONTENT_W;
        cmds.extend(text_cmds(fonts, &num, right - nw, baseline, nb, &ctx)?);
        // dot leaders, drawn as tiny squares so they stay out of the extracted text
        let mut dx = end_x + 6.0;
        let stop = right - nw - 6.0;
        let step = 4.0;
        dx = (dx / step).ceil() * step;
        while dx < stop {
            cmds.push(Cmd::Rect {
                x: dx,
                y: baseline - 1.0,
                w: 0.9,
                h: 0.9,
                color: RULE,
            });
            dx += step;
        }
        if meta
            .since
            .as_ref()
            .is_some_and(|s| s.changed.contains(&hd.id))
        {
            cmds.push(change_bar(0.0, h));
        }
        cmds.push(Cmd::Link {
            x,
            y: 0.0,
            w: right - x,
            h,
            target: Target::Internal(hd.id.clone()),
            tag: crate::tags::Tag::None,
            local: 0,
        });
        items.push(Item {
            h,
            cmds,
            keep: false,
            before,
            header: None,
        });
    }
    Ok(items)
}

/// Running header and footer for body pages (every page but the cover).
pub fn header_footer(
    fonts: &Fonts,
    meta: &DocMeta,
    page_no: usize,
    total: usize,
) -> Result<Vec<Cmd>, PdfError> {
    let mut c = Vec::new();
    let hb = Base {
        size: 8.0,
        weight: Weight::Regular,
        color: MUTED,
    };
    let top = MARGIN_TOP - 30.0;
    c.extend(text_cmds(
        fonts,
        &meta.title,
        MARGIN_X,
        top,
        hb,
        "running header",
    )?);
    let cw = measure(fonts, &meta.company, hb)?;
    c.extend(text_cmds(
        fonts,
        &meta.company,
        MARGIN_X + CONTENT_W - cw,
        top,
        hb,
        "running header",
    )?);
    c.push(Cmd::Rect {
        x: MARGIN_X,
        y: top + 6.0,
        w: CONTENT_W,
        h: 0.5,
        color: RULE,
    });
    let fy = PAGE_H - MARGIN_BOTTOM + 34.0;
    c.push(Cmd::Rect {
        x: MARGIN_X,
        y: fy - 13.0,
        w: CONTENT_W,
        h: 0.5,
        color: RULE,
    });
    c.extend(text_cmds(
        fonts,
        &meta.version_label,
        MARGIN_X,
        fy,
        hb,
        "running footer",
    )?);
    let n = format!("{page_no} / {total}");
    let nw = measure(fonts, &n, hb)?;
    c.extend(text_cmds(
        fonts,
        &n,
        MARGIN_X + CONTENT_W - nw,
        fy,
        hb,
        "running footer",
    )?);
    Ok(c)
}

/// The colour of a recipient's stamp under the footer.
const STAMP: Rgb = Rgb(0.30, 0.32, 0.36);
/// The colour of the watermark: faint, and drawn beneath the page's text.
const WATERMARK: Rgb = Rgb(0.92, 0.93, 0.95);

/// The recipient's stamp (`build --recipient`), centred under the footer of every page:
/// 7 pt on up to two lines, smaller (down to 5 pt, three lines) for a long name.
pub fn stamp(fonts: &Fonts, text: &str) -> Result<Vec<Cmd>, PdfError> {
    let top = PAGE_H - MARGIN_BOTTOM + 40.0;
    for (size, max_lines) in [(7.0, 2), (6.5, 2), (6.0, 2), (5.5, 2), (5.0, 3)] {
        let base = Base {
            size,
            weight: Weight::Regular,
            color: STAMP,
        };
        let lh = 1.3;
        let (mut cmds, h) = wrapped(
            fonts,
            &inl(text),
            base,
            MARGIN_X,
            CONTENT_W,
            lh,
            Align::Center,
            "recipient stamp",
        )?;
        if h <= size * lh * max_lines as f32 + 0.01 {
            for c in &mut cmds {
                c.shift(top);
            }
            return Ok(cmds);
        }
    }
    Err(PdfError::Stamp(format!(
        "it does not fit under the footer in three lines ({} characters): shorten the recipient's name",
        text.chars().count()
    )))
}

/// A faint diagonal watermark of `text` across the page (`build --recipient --watermark`),
/// as letter outlines, not text: it never mixes into the text a reader or a screen reader
/// extracts, and it is drawn first, beneath everything.
pub fn watermark(fonts: &Fonts, text: &str) -> Vec<Cmd> {
    let (rings, advance) = fonts.face(Weight::Bold).outlines(text);
    if rings.is_empty() || advance <= 0.0 {
        return Vec::new();
    }
    // along the diagonal, at most 64 pt and at most 70 % of the diagonal's length
    let diagonal = (PAGE_W * PAGE_W + PAGE_H * PAGE_H).sqrt();
    let size = (diagonal * 0.7 / advance).min(64.0);
    let angle = (PAGE_H / PAGE_W).atan();
    let (sin, cos) = angle.sin_cos();
    let (cx, cy) = (PAGE_W / 2.0, PAGE_H / 2.0);
    // centre the line on the page's centre: half its advance back, a third of the size down
    let (ox, oy) = (-advance * size / 2.0, -size * 0.35);
    let rings = rings
        .into_iter()
        .map(|r| {
            r.into_iter()
                .map(|(x, y, b)| {
                    let (x, y) = (ox + x * size, oy + y * size);
                    // rotate counter-clockwise (rising to the right), into top-down y
                    (cx + x * cos - y * sin, cy - (x * sin + y * cos), b)
                })
                .collect()
        })
        .collect();
    vec![Cmd::Shape {
        rings,
        color: WATERMARK,
    }]
}
