//! Pages of drawing commands → printpdf page ops → lopdf document, then post-processing
//! with lopdf: link annotations, the nested outline, document info, `/Lang`, a
//! deterministic file identifier.

use std::collections::BTreeMap;

use lopdf::{Dictionary, Object, ObjectId, StringFormat};
use printpdf::{
    Color, FontId, Op, PaintMode, PdfDocument, PdfFont, PdfFontHandle, PdfPage, PdfSaveOptions, Pt,
    Rect, TextItem, TextMatrix,
};

use super::PdfError;
use super::fonts::{Fonts, Weight};
use super::layout::{Cmd, HeadingInfo, PAGE_H, PAGE_W, Rgb};
use super::parse::Target;
use crate::document::DocMeta;

/// Resource names double as the six-letter subset tag printpdf puts before the font name.
const REGULAR_ID: &str = "WPJREG";
const BOLD_ID: &str = "WPJBLD";

fn font_id(w: Weight) -> FontId {
    FontId(
        match w {
            Weight::Regular => REGULAR_ID,
            Weight::Bold => BOLD_ID,
        }
        .to_string(),
    )
}

fn color(c: Rgb) -> Color {
    Color::Rgb(printpdf::Rgb {
        r: c.0,
        g: c.1,
        b: c.2,
        icc_profile: None,
    })
}

fn round2(v: f32) -> f32 {
    (v * 100.0).round() / 100.0
}

/// Where an anchor (heading id) landed: page index (0-based) and y from the top.
pub type Anchors = BTreeMap<String, (usize, f32)>;

fn page_ops(fonts: &Fonts, cmds: &[Cmd]) -> Vec<Op> {
    let mut ops = Vec::new();
    let mut in_text = false;
    let mut cur_font: Option<(Weight, f32)> = None;
    let mut cur_fill: Option<Rgb> = None;
    for c in cmds {
        match c {
            Cmd::Text {
                y,
                size,
                weight,
                color: col,
                glyphs,
            } => {
                if glyphs.is_empty() {
                    continue;
                }
                if !in_text {
                    ops.push(Op::StartTextSection);
                    in_text = true;
                    cur_font = None;
                }
                if cur_font != Some((*weight, *size)) {
                    ops.push(Op::SetFont {
                        font: PdfFontHandle::External(font_id(*weight)),
                        size: Pt(*size),
                    });
                    cur_font = Some((*weight, *size));
                }
                if cur_fill != Some(*col) {
                    ops.push(Op::SetFillColor { col: color(*col) });
                    cur_fill = Some(*col);
                }
                let face = fonts.face(*weight);
                let x0 = glyphs[0].1;
                ops.push(Op::SetTextMatrix {
                    matrix: TextMatrix::Translate(Pt(round2(x0)), Pt(round2(PAGE_H - y))),
                });
                let mut items = Vec::new();
                let mut buf = String::new();
                let mut pen = x0;
                for (ch, x) in glyphs {
                    let d = x - pen;
                    if d.abs() > 0.01 {
                        if !buf.is_empty() {
                            items.push(TextItem::Text(std::mem::take(&mut buf)));
                        }
                        items.push(TextItem::Offset(round2(-d * 1000.0 / size)));
                    }
                    buf.push(*ch);
                    pen = x + face.advance(*ch) * size / 1000.0;
                }
                if !buf.is_empty() {
                    items.push(TextItem::Text(buf));
                }
                ops.push(Op::ShowText { items });
            }
            Cmd::Rect {
                x,
                y,
                w,
                h,
                color: col,
            } => {
                if in_text {
                    ops.push(Op::EndTextSection);
                    in_text = false;
                }
                if cur_fill != Some(*col) {
                    ops.push(Op::SetFillColor { col: color(*col) });
                    cur_fill = Some(*col);
                }
                ops.push(Op::DrawRectangle {
                    rectangle: Rect {
                        x: Pt(round2(*x)),
                        y: Pt(round2(PAGE_H - y - h)),
                        width: Pt(round2(*w)),
                        height: Pt(round2(*h)),
                        mode: Some(PaintMode::Fill),
                        winding_order: None,
                    },
                });
            }
            Cmd::Link { .. } | Cmd::Anchor { .. } => {}
        }
    }
    if in_text {
        ops.push(Op::EndTextSection);
    }
    ops
}

fn text_string(s: &str) -> Object {
    if s.is_ascii() {
        Object::String(s.as_bytes().to_vec(), StringFormat::Literal)
    } else {
        let mut b = vec![0xFE, 0xFF];
        for u in s.encode_utf16() {
            b.extend_from_slice(&u.to_be_bytes());
        }
        Object::String(b, StringFormat::Hexadecimal)
    }
}

/// URIs in PDF are 7-bit ASCII: percent-encode anything else (and spaces).
fn uri_bytes(uri: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(uri.len());
    for b in uri.bytes() {
        if b.is_ascii_graphic() {
            out.push(b);
        } else {
            out.extend_from_slice(format!("%{b:02X}").as_bytes());
        }
    }
    out
}

fn pdf_date(iso: &str) -> Option<String> {
    let d: String = iso.chars().filter(|c| c.is_ascii_digit()).collect();
    (d.len() == 8).then(|| format!("D:{d}000000Z"))
}

/// FNV-1a, for a deterministic file identifier.
fn fnv(data: &[u8], seed: u64) -> u64 {
    let mut h = 0xcbf29ce484222325u64 ^ seed;
    for b in data {
        h ^= *b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

fn dest(page: ObjectId, y: f32) -> Object {
    let top = (PAGE_H - y + 6.0).min(PAGE_H);
    Object::Array(vec![
        Object::Reference(page),
        Object::Name(b"XYZ".to_vec()),
        Object::Real(0.0),
        Object::Real(round2(top)),
        Object::Null,
    ])
}

struct Node {
    title: String,
    dest: (usize, f32),
    children: Vec<Node>,
}

fn outline_tree(headings: &[HeadingInfo], anchors: &Anchors) -> Vec<Node> {
    // stack of (level, path) — build by inserting into the last node at the right depth
    let mut roots: Vec<Node> = Vec::new();
    for h in headings {
        let Some(&d) = anchors.get(&h.id) else {
            continue;
        };
        let node = Node {
            title: h.title.clone(),
            dest: d,
            children: Vec::new(),
        };
        let depth = (h.level.max(2) - 2) as usize; // h2 → 0, h3 → 1, h4 → 2 …
        let mut list = &mut roots;
        for _ in 0..depth {
            if list.is_empty() {
                break;
            }
            list = &mut list.last_mut().unwrap().children;
        }
        list.push(node);
    }
    roots
}

fn count(n: &Node) -> i64 {
    n.children.iter().map(|c| 1 + count(c)).sum()
}

fn write_outline(
    doc: &mut lopdf::Document,
    nodes: &[Node],
    parent: ObjectId,
    pages: &[ObjectId],
) -> (ObjectId, ObjectId) {
    let ids: Vec<ObjectId> = nodes.iter().map(|_| doc.new_object_id()).collect();
    for (i, n) in nodes.iter().enumerate() {
        let mut d = Dictionary::new();
        d.set("Title", text_string(&n.title));
        d.set("Parent", Object::Reference(parent));
        d.set("Dest", dest(pages[n.dest.0], n.dest.1));
        if i > 0 {
            d.set("Prev", Object::Reference(ids[i - 1]));
        }
        if i + 1 < ids.len() {
            d.set("Next", Object::Reference(ids[i + 1]));
        }
        if !n.children.is_empty() {
            let (f, l) = write_outline(doc, &n.children, ids[i], pages);
            d.set("First", Object::Reference(f));
            d.set("Last", Object::Reference(l));
            // entries start closed: the viewer lists the sections, each expandable
            d.set("Count", Object::Integer(-count(n)));
        }
        doc.set_object(ids[i], Object::Dictionary(d));
    }
    (ids[0], *ids.last().unwrap())
}

/// A link area: x, y (from the top), width, height, target.
type LinkRect = (f32, f32, f32, f32, Target);

pub struct Links {
    pub per_page: Vec<Vec<LinkRect>>,
}

pub fn collect_links(pages: &[Vec<Cmd>]) -> (Links, Anchors) {
    let mut per_page = Vec::new();
    let mut anchors = Anchors::new();
    for (pi, p) in pages.iter().enumerate() {
        let mut v = Vec::new();
        for c in p {
            match c {
                Cmd::Link { x, y, w, h, target } => v.push((*x, *y, *w, *h, target.clone())),
                Cmd::Anchor { id, y } => {
                    anchors.entry(id.clone()).or_insert((pi, *y));
                }
                _ => {}
            }
        }
        per_page.push(v);
    }
    (Links { per_page }, anchors)
}

pub fn write(
    fonts: &Fonts,
    meta: &DocMeta,
    pages: &[Vec<Cmd>],
    headings: &[HeadingInfo],
    fingerprint: &[u8],
) -> Result<Vec<u8>, PdfError> {
    let (links, anchors) = collect_links(pages);
    let mut pdf = PdfDocument::new(&meta.title);
    pdf.resources.fonts.map.insert(
        font_id(Weight::Regular),
        PdfFont::new((*fonts.regular.parsed).clone()),
    );
    pdf.resources.fonts.map.insert(
        font_id(Weight::Bold),
        PdfFont::new((*fonts.bold.parsed).clone()),
    );
    let ppages: Vec<PdfPage> = pages
        .iter()
        .map(|cmds| {
            PdfPage::new(
                printpdf::Mm(PAGE_W * 25.4 / 72.0),
                printpdf::Mm(PAGE_H * 25.4 / 72.0),
                page_ops(fonts, cmds),
            )
        })
        .collect();
    let pdf = pdf.with_pages(ppages);
    let mut warnings = Vec::new();
    let opts = PdfSaveOptions {
        subset_fonts: true,
        ..Default::default()
    };
    let mut doc = pdf.to_lopdf_document(&opts, &mut warnings);
    if let Some(w) = warnings
        .iter()
        .find(|w| w.severity == printpdf::PdfParseErrorSeverity::Error)
    {
        return Err(PdfError::Write(format!("printpdf: {}", w.msg)));
    }
    doc.version = "1.7".to_string();

    let page_ids: Vec<ObjectId> = doc.get_pages().values().copied().collect();
    if page_ids.len() != pages.len() {
        return Err(PdfError::Write("page count mismatch".into()));
    }

    // link annotations
    for (pi, ls) in links.per_page.iter().enumerate() {
        let mut annots = Vec::new();
        for (x, y, w, h, t) in ls {
            let mut d = Dictionary::new();
            d.set("Type", Object::Name(b"Annot".to_vec()));
            d.set("Subtype", Object::Name(b"Link".to_vec()));
            d.set(
                "Rect",
                Object::Array(vec![
                    Object::Real(round2(*x)),
                    Object::Real(round2(PAGE_H - y - h)),
                    Object::Real(round2(x + w)),
                    Object::Real(round2(PAGE_H - y)),
                ]),
            );
            d.set(
                "Border",
                Object::Array(vec![
                    Object::Integer(0),
                    Object::Integer(0),
                    Object::Integer(0),
                ]),
            );
            match t {
                Target::External(uri) => {
                    let mut a = Dictionary::new();
                    a.set("S", Object::Name(b"URI".to_vec()));
                    a.set("URI", Object::String(uri_bytes(uri), StringFormat::Literal));
                    d.set("A", Object::Dictionary(a));
                }
                Target::Internal(id) => {
                    let Some(&(p, y)) = anchors.get(id) else {
                        continue;
                    };
                    d.set("Dest", dest(page_ids[p], y));
                }
            }
            annots.push(Object::Reference(doc.add_object(Object::Dictionary(d))));
        }
        let page = doc
            .get_dictionary_mut(page_ids[pi])
            .map_err(|e| PdfError::Write(e.to_string()))?;
        if annots.is_empty() {
            page.remove(b"Annots");
        } else {
            page.set("Annots", Object::Array(annots));
        }
    }

    // outline
    let tree = outline_tree(headings, &anchors);
    let outlines_id = doc.new_object_id();
    let mut od = Dictionary::new();
    od.set("Type", Object::Name(b"Outlines".to_vec()));
    if !tree.is_empty() {
        let (f, l) = write_outline(&mut doc, &tree, outlines_id, &page_ids);
        od.set("First", Object::Reference(f));
        od.set("Last", Object::Reference(l));
        od.set("Count", Object::Integer(tree.len() as i64));
    }
    doc.set_object(outlines_id, Object::Dictionary(od));

    // document info
    let mut info = Dictionary::new();
    info.set("Title", text_string(&meta.title));
    info.set("Author", text_string(&meta.company));
    info.set("Subject", text_string(&meta.subject));
    info.set("Creator", text_string("whitepaper"));
    info.set("Producer", text_string("whitepaper (printpdf, lopdf)"));
    let stamp = match &meta.timestamp {
        Some(t) if t.len() == 14 && t.bytes().all(|b| b.is_ascii_digit()) => {
            Some(format!("D:{t}Z"))
        }
        _ => pdf_date(&meta.date_iso),
    };
    if let Some(d) = stamp {
        info.set(
            "CreationDate",
            Object::String(d.clone().into_bytes(), StringFormat::Literal),
        );
        info.set(
            "ModDate",
            Object::String(d.into_bytes(), StringFormat::Literal),
        );
    }
    if let Ok(Object::Reference(old)) = doc.trailer.get(b"Info") {
        let old = *old;
        doc.objects.remove(&old);
    }
    let info_id = doc.add_object(Object::Dictionary(info));
    doc.trailer.set("Info", Object::Reference(info_id));

    // catalog
    let root = doc
        .trailer
        .get(b"Root")
        .and_then(|o| o.as_reference())
        .map_err(|e| PdfError::Write(e.to_string()))?;
    let cat = doc
        .get_dictionary_mut(root)
        .map_err(|e| PdfError::Write(e.to_string()))?;
    cat.set("Lang", text_string(&meta.lang));
    cat.set("Outlines", Object::Reference(outlines_id));
    cat.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
    let mut vp = Dictionary::new();
    vp.set("DisplayDocTitle", Object::Boolean(true));
    cat.set("ViewerPreferences", Object::Dictionary(vp));

    // deterministic identifier from the input
    let a = fnv(fingerprint, 1);
    let b = fnv(fingerprint, 2);
    let mut idb = a.to_be_bytes().to_vec();
    idb.extend_from_slice(&b.to_be_bytes());
    doc.trailer.set(
        "ID",
        Object::Array(vec![
            Object::String(idb.clone(), StringFormat::Hexadecimal),
            Object::String(idb, StringFormat::Hexadecimal),
        ]),
    );

    doc.compress();
    let mut out = Vec::new();
    doc.save_to(&mut out)
        .map_err(|e| PdfError::Write(e.to_string()))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_ascii_and_dates_are_pdf_dates() {
        assert_eq!(
            uri_bytes("https://example.com/a b/日本"),
            b"https://example.com/a%20b/%E6%97%A5%E6%9C%AC".to_vec()
        );
        assert_eq!(pdf_date("2023-05-18").as_deref(), Some("D:20230518000000Z"));
        assert_eq!(pdf_date(""), None);
    }
}
