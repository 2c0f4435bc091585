//! Pages of drawing commands → content streams (written directly) in a document printpdf
//! builds (pages, the embedded font subsets with their widths and `/ToUnicode`) → lopdf
//! document, then post-processing with lopdf: link annotations, the nested outline, the
//! structure tree, document info, `/Lang`, a deterministic file identifier.

use crate::content::{Mark, font_id, page_content};
use crate::outline::{collect_links, dest, outline_tree, write_outline};
use crate::structure::{node_texts, structure_tree};
use crate::syntax::{DEFLATE_LEVEL, deflate, round2, text_string};
use crate::xmp::{xmp_date_of, xmp_packet};
use std::collections::{BTreeMap, BTreeSet};

use lopdf::{Dictionary, Object, ObjectId, StringFormat};
use printpdf::{Op, PdfDocument, PdfFont, PdfFontHandle, PdfPage, PdfSaveOptions, Pt, TextItem};

use crate::block::HeadingInfo;
use crate::error::PdfError;
use crate::fonts::{Fonts, Weight};
use crate::page::{Cmd, PAGE_H, PAGE_W};
use crate::parse::Target;
use crate::tags::Tags;
use whitepaper_core::document::DocMeta;
/// Deflate every stream not yet filtered, with one compressor (setting one up clears
/// some 200 KB of tables: it was a third of the compressing, done for every stream).
fn compress_streams(doc: &mut lopdf::Document) {
    let mut z = flate2::Compress::new(flate2::Compression::new(DEFLATE_LEVEL), true);
    for object in doc.objects.values_mut() {
        let Object::Stream(stream) = object else {
            continue;
        };
        if !stream.allows_compression || stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        z.reset();
        let Some(compressed) = deflate(&mut z, &stream.content) else {
            continue;
        };
        if compressed.len() + 19 < stream.content.len() {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(compressed);
        }
    }
}

/// The sRGB profile of PDF/A output intents (LittleCMS's built-in sRGB; see
/// `assets/icc/README.md`).
const SRGB_ICC: &[u8] = include_bytes!("../../../assets/icc/sRGB.icc");

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

/// A subset font's name starts with six capital letters that differ between subsets
/// (ISO 32000-1, 9.6.4): here a hash of the characters it holds, so builds stay reproducible.
fn subset_tag(chars: &str) -> String {
    let mut h = fnv(chars.as_bytes(), 3);
    (0..6)
        .map(|_| {
            let c = char::from(b'A' + (h % 26) as u8);
            h /= 26;
            c
        })
        .collect()
}

/// Prefix the subset tag to each embedded font's `/BaseFont` and `/FontName`: printpdf
/// names a font by its resource id and tags only fonts it subset itself.
fn name_subsets(doc: &mut lopdf::Document, tags: &BTreeMap<String, String>) {
    for obj in doc.objects.values_mut() {
        let Ok(d) = obj.as_dict_mut() else { continue };
        for key in [&b"BaseFont"[..], b"FontName"] {
            let Some(name) = d.get(key).ok().and_then(|n| n.as_name().ok()) else {
                continue;
            };
            if let Some(tag) = std::str::from_utf8(name).ok().and_then(|n| tags.get(n)) {
                let tagged = format!("{tag}+{}", String::from_utf8_lossy(name));
                d.set(key, Object::Name(tagged.into_bytes()));
            }
        }
    }
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

pub fn write(
    fonts: &Fonts,
    meta: &DocMeta,
    pages: Vec<Vec<Cmd>>,
    headings: &[HeadingInfo],
    tags: &Tags,
    fingerprint: &[u8],
    subset_time: &mut std::time::Duration,
) -> Result<Vec<u8>, PdfError> {
    let (links, anchors) = collect_links(&pages);
    // what each structure element's content reads as (a link's description)
    let texts = node_texts(&pages, tags.nodes.len());
    let page_count = pages.len();
    let mut marks: Vec<Vec<Mark>> = Vec::with_capacity(pages.len());
    let mut pdf = PdfDocument::new(&meta.title);
    // each face embedded as a subset of the characters this document prints in it
    let mut used: BTreeMap<Weight, BTreeSet<char>> = BTreeMap::new();
    for cmd in pages.iter().flatten() {
        if let Cmd::Text { weight, glyphs, .. } = cmd {
            used.entry(*weight)
                .or_default()
                .extend(glyphs.iter().map(|g| g.0));
        }
    }
    let mut subset_tags = BTreeMap::new();
    let mut gids: BTreeMap<Weight, Vec<u16>> = BTreeMap::new();
    // printpdf writes each font from the characters its pages show (glyph widths and
    // `/ToUnicode`): one page shows each face's characters once, and every page's content
    // stream, written directly (see [`Content`]), replaces printpdf's afterwards.
    let mut declare = vec![Op::StartTextSection];
    let subsetting = std::time::Instant::now();
    for (weight, chars) in &used {
        let font = font_id(*weight);
        let text: String = chars.iter().collect();
        subset_tags.insert(font.0.clone(), subset_tag(&text));
        let parsed = fonts.face(*weight).subset(chars)?;
        // each character's id in the subset, as printpdf finds it (the subset's cmap),
        // looked up by its id in the whole face
        let face = fonts.face(*weight);
        let mut table = Vec::new();
        for &c in chars {
            if let (Some(old), Some(new)) = (face.glyph_id(c), parsed.lookup_glyph_index(c as u32))
            {
                let old = old as usize;
                if table.len() <= old {
                    table.resize(old + 1, 0);
                }
                table[old] = new;
            }
        }
        gids.insert(*weight, table);
        declare.push(Op::SetFont {
            font: PdfFontHandle::External(font.clone()),
            size: Pt(10.0),
        });
        declare.push(Op::ShowText {
            items: vec![TextItem::Text(text)],
        });
        pdf.resources.fonts.map.insert(font, PdfFont::new(parsed));
    }
    declare.push(Op::EndTextSection);
    *subset_time = subsetting.elapsed();
    // each page's commands are dropped once they are content: memory stays near one copy
    let mut contents: Vec<Vec<u8>> = Vec::with_capacity(pages.len());
    let ppages: Vec<PdfPage> = pages
        .into_iter()
        .enumerate()
        .map(|(i, cmds)| {
            let mut m = Vec::new();
            contents.push(page_content(fonts, &gids, &cmds, tags, &mut m));
            marks.push(m);
            PdfPage::new(
                printpdf::Mm(PAGE_W * 25.4 / 72.0),
                printpdf::Mm(PAGE_H * 25.4 / 72.0),
                if i == 0 {
                    std::mem::take(&mut declare)
                } else {
                    Vec::new()
                },
            )
        })
        .collect();
    pdf.with_pages(ppages);
    let mut warnings = Vec::new();
    let opts = PdfSaveOptions {
        subset_fonts: true,
        ..Default::default()
    };
    let mut doc = pdf.to_lopdf_document(&opts, &mut warnings);
    drop(pdf);
    let page_ids: Vec<ObjectId> = doc.get_pages().values().copied().collect();
    if page_ids.len() != page_count {
        return Err(PdfError::Write("page count mismatch".into()));
    }
    for (id, content) in page_ids.iter().zip(contents) {
        let stream = doc
            .get_dictionary(*id)
            .and_then(|p| p.get(b"Contents"))
            .and_then(|c| c.as_reference())
            .and_then(|c| doc.get_object_mut(c))
            .and_then(|o| o.as_stream_mut())
            .map_err(|e| PdfError::Write(format!("a page's contents: {e}")))?;
        stream.set_content(content);
    }
    // the page contents are most of the document: compress them now, not after the
    // structure tree has been added beside them
    compress_streams(&mut doc);
    if let Some(w) = warnings
        .iter()
        .find(|w| w.severity == printpdf::PdfParseErrorSeverity::Error)
    {
        return Err(PdfError::Write(format!("printpdf: {}", w.msg)));
    }
    doc.version = "1.7".to_string();
    name_subsets(&mut doc, &subset_tags);

    // link annotations; `annot_ids[page][k]`: the k-th link area of the page, if it became one
    let mut annot_ids: Vec<Vec<Option<ObjectId>>> = Vec::with_capacity(page_count);
    for (pi, ls) in links.per_page.iter().enumerate() {
        let mut annots = Vec::new();
        let mut ids = Vec::new();
        let link_nodes: Vec<Option<usize>> = marks[pi]
            .iter()
            .filter_map(|m| match m {
                Mark::Link(n) => Some(*n),
                Mark::Mcid(_) => None,
            })
            .collect();
        for (k, (x, y, w, h, t)) in ls.iter().enumerate() {
            ids.push(None);
            // a link in page furniture (a repeated table header) was linked where it was read
            let Some(node) = link_nodes.get(k).copied().flatten() else {
                continue;
            };
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
            let description = match t {
                Target::External(uri) => {
                    let mut a = Dictionary::new();
                    a.set("S", Object::Name(b"URI".to_vec()));
                    a.set("URI", Object::String(uri_bytes(uri), StringFormat::Literal));
                    d.set("A", Object::Dictionary(a));
                    uri.clone()
                }
                Target::Internal(id) => {
                    let Some(&(p, y)) = anchors.get(id) else {
                        continue;
                    };
                    d.set("Dest", dest(page_ids[p], y));
                    format!("#{id}")
                }
            };
            // PDF/UA: every link says where it leads, in words
            let words = texts[node].trim();
            d.set(
                "Contents",
                text_string(if words.is_empty() {
                    &description
                } else {
                    words
                }),
            );
            d.set("F", Object::Integer(4)); // print
            let id = doc.add_object(Object::Dictionary(d));
            ids[k] = Some(id);
            annots.push(Object::Reference(id));
        }
        annot_ids.push(ids);
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

    let struct_root = structure_tree(
        &mut doc,
        tags,
        &marks,
        &annot_ids,
        &page_ids,
        (&meta.lang, &texts),
    )?;

    // document info
    let mut info = Dictionary::new();
    info.set("Title", text_string(&meta.title));
    info.set("Author", text_string(&meta.company));
    info.set("Subject", text_string(&meta.subject));
    info.set("Creator", text_string("whitepaper"));
    info.set("Producer", text_string("whitepaper (printpdf, lopdf)"));
    if let Some(st) = &meta.stamp {
        // a recipient's copy says whose it is in its metadata too (`whitepaper trace` reads
        // it); Keywords is the standard key, mirrored in the XMP as PDF/A asks
        info.set("Keywords", text_string(&st.footer));
        info.set("Recipient", text_string(&st.recipient));
        info.set("RecipientID", text_string(&st.id));
        info.set("Prepared", text_string(&st.date_iso));
    }
    let stamp = match &meta.timestamp {
        Some(t) if t.len() == 14 && t.bytes().all(|b| b.is_ascii_digit()) => {
            Some(format!("D:{t}Z"))
        }
        _ => pdf_date(&meta.date_iso),
    };
    let xmp_date = stamp.as_deref().map(xmp_date_of);
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
    let mut mi = Dictionary::new();
    mi.set("Marked", Object::Boolean(true));
    cat.set("MarkInfo", Object::Dictionary(mi));
    cat.set("StructTreeRoot", Object::Reference(struct_root));
    let xmp = lopdf::Stream::new(
        {
            let mut d = Dictionary::new();
            d.set("Type", Object::Name(b"Metadata".to_vec()));
            d.set("Subtype", Object::Name(b"XML".to_vec()));
            d
        },
        xmp_packet(meta, xmp_date.as_deref()).into_bytes(),
    )
    // PDF/A: the metadata stays readable without a PDF library
    .with_compression(!meta.pdf_a);
    let xmp_id = doc.add_object(Object::Stream(xmp));
    let intent = meta.pdf_a.then(|| {
        // PDF/A: colours are sRGB, said with an output intent carrying the profile
        let mut icc = Dictionary::new();
        icc.set("N", Object::Integer(3));
        let icc_id = doc.add_object(Object::Stream(lopdf::Stream::new(icc, SRGB_ICC.to_vec())));
        let mut oi = Dictionary::new();
        oi.set("Type", Object::Name(b"OutputIntent".to_vec()));
        oi.set("S", Object::Name(b"GTS_PDFA1".to_vec()));
        oi.set(
            "OutputConditionIdentifier",
            text_string("sRGB IEC61966-2.1"),
        );
        oi.set("Info", text_string("sRGB IEC61966-2.1"));
        oi.set("DestOutputProfile", Object::Reference(icc_id));
        doc.add_object(Object::Dictionary(oi))
    });
    let cat = doc
        .get_dictionary_mut(root)
        .map_err(|e| PdfError::Write(e.to_string()))?;
    cat.set("Metadata", Object::Reference(xmp_id));
    if let Some(oi) = intent {
        cat.set("OutputIntents", Object::Array(vec![Object::Reference(oi)]));
    }

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

    compress_streams(&mut doc);
    let mut z = flate2::Compress::new(flate2::Compression::new(DEFLATE_LEVEL), true);
    let out = crate::save::save(&doc, &mut |bytes| {
        z.reset();
        deflate(&mut z, bytes)
    })
    .ok_or_else(|| PdfError::Write("cannot compress a stream".into()))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::write_real;

    #[test]
    fn uris_are_ascii_and_dates_are_pdf_dates() {
        assert_eq!(
            uri_bytes("https://example.com/a b/日本"),
            b"https://example.com/a%20b/%E6%97%A5%E6%9C%AC".to_vec()
        );
        assert_eq!(pdf_date("2023-05-18").as_deref(), Some("D:20230518000000Z"));
        assert_eq!(pdf_date(""), None);
    }

    /// Numbers are written exactly as lopdf writes a real (Rust's shortest form), whether
    /// from their hundredths or by the float formatter.
    #[test]
    fn reals_are_written_as_lopdf_writes_them() {
        let check = |v: f32| {
            let mut fast = Vec::new();
            write_real(&mut fast, v);
            assert_eq!(String::from_utf8(fast).unwrap(), format!("{v}"), "{v:?}");
        };
        // every hundredth of the page and beyond, both signs
        for k in -200_000i32..=200_000 {
            check(round2(k as f32 / 100.0));
        }
        for v in [
            0.0,
            -0.0,
            1.0,
            0.123,
            -0.0005,
            9.8,
            1.0e7,
            123_456.78,
            1.0 / 3.0,
        ] {
            check(v);
        }
    }
}
