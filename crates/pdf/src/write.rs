//! Pages of drawing commands → content streams (written directly) in a document printpdf
//! builds (pages, the embedded font subsets with their widths and `/ToUnicode`) → lopdf
//! document, then post-processing with lopdf: link annotations, the nested outline, the
//! structure tree, document info, `/Lang`, a deterministic file identifier.

use std::collections::{BTreeMap, BTreeSet};

use lopdf::{Dictionary, Object, ObjectId, StringFormat};
use printpdf::{
    FontId, Op, PdfDocument, PdfFont, PdfFontHandle, PdfPage, PdfSaveOptions, Pt, TextItem,
};

use crate::PdfError;
use crate::fonts::{Fonts, Weight};
use crate::layout::{Cmd, HeadingInfo, PAGE_H, PAGE_W, Rgb};
use crate::parse::Target;
use crate::tags::{Tag, Tags};
use whitepaper_core::document::DocMeta;

/// The sRGB profile of PDF/A output intents (LittleCMS's built-in sRGB; see
/// `assets/icc/README.md`).
const SRGB_ICC: &[u8] = include_bytes!("../../../assets/icc/sRGB.icc");

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

fn round2(v: f32) -> f32 {
    (v * 100.0).round() / 100.0
}

/// Where an anchor (heading id) landed: page index (0-based) and y from the top.
pub type Anchors = BTreeMap<String, (usize, f32)>;

/// What a page's content refers to, in content order: the structure element of each
/// marked-content sequence (numbered by MCID from 0), and of each link area.
#[derive(Debug, Clone, Copy)]
enum Mark {
    Mcid(usize),
    Link(Option<usize>),
}

/// The marked-content sequence a command belongs to.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Seq {
    Node(usize),
    Artifact,
}

/// A page's content stream, written directly: the operators printpdf wrote for the same
/// drawing (numbers as lopdf writes them, operators one per line; glyph runs as literal
/// strings where printpdf wrote hex), without building an operator list per glyph run
/// first. printpdf still writes the fonts (program, widths, `/ToUnicode`), pages and
/// resources.
struct Content<'a> {
    buf: Vec<u8>,
    fonts: &'a Fonts,
    /// per weight, indexed by the glyph id in the whole face: its id in the subset
    gids: &'a BTreeMap<Weight, Vec<u16>>,
}

impl Content<'_> {
    /// Start an operation: operations are separated by a newline.
    fn sep(&mut self) {
        if !self.buf.is_empty() {
            self.buf.push(b'\n');
        }
    }

    fn op(&mut self, operator: &str) {
        self.sep();
        self.buf.extend_from_slice(operator.as_bytes());
    }

    /// A number operand and its trailing space, as lopdf writes a real.
    fn num(&mut self, v: f32) {
        write_real(&mut self.buf, v);
        self.buf.push(b' ');
    }

    /// Operands, then the operator.
    fn nums(&mut self, vs: &[f32], operator: &str) {
        self.sep();
        for &v in vs {
            self.num(v);
        }
        self.buf.extend_from_slice(operator.as_bytes());
    }

    fn fill(&mut self, c: Rgb) {
        self.nums(&[c.0, c.1, c.2], "rg");
    }

    /// A glyph run as a string of two-byte glyph ids (the fonts are Identity-H): a literal
    /// string, the bytes as they are but for parentheses, backslashes and carriage returns,
    /// escaped: half the size of the hex form, and so half the compressing.
    fn glyphs(&mut self, weight: Weight, run: &[(char, f32)]) {
        let (face, map) = (self.fonts.face(weight), &self.gids[&weight]);
        self.buf.push(b'(');
        for &(c, _) in run {
            let g = face
                .glyph_id(c)
                .and_then(|g| map.get(g as usize).copied())
                .unwrap_or(0);
            for b in g.to_be_bytes() {
                crate::save::literal_byte(&mut self.buf, b);
            }
        }
        self.buf.push(b')');
    }
}

/// A real number as lopdf writes it (Rust's shortest round-trip form: `12.5`, `-0.25`,
/// `100`). Most numbers of a page are rounded to hundredths: those are written from
/// their integer count of hundredths (the same digits, without the float formatting that
/// was a tenth of writing a PDF).
pub(super) fn write_real(buf: &mut Vec<u8>, v: f32) {
    let k = (v * 100.0).round();
    if k / 100.0 == v && k.abs() < 1.0e7 && !(v == 0.0 && v.is_sign_negative()) {
        let k = k as i64;
        if k < 0 {
            buf.push(b'-');
        }
        let k = k.unsigned_abs();
        let (int, frac) = (k / 100, k % 100);
        write_digits(buf, int);
        if frac != 0 {
            buf.push(b'.');
            buf.push(b'0' + (frac / 10) as u8);
            if frac % 10 != 0 {
                buf.push(b'0' + (frac % 10) as u8);
            }
        }
    } else {
        use std::io::Write;
        let _ = write!(buf, "{v}");
    }
}

/// The decimal digits of `n`.
fn write_digits(buf: &mut Vec<u8>, mut n: u64) {
    let mut d = [0u8; 20];
    let mut i = d.len();
    loop {
        i -= 1;
        d[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    buf.extend_from_slice(&d[i..]);
}

/// Before a filled shape: leave any text object, and set the fill colour if it changes.
fn fill_with(out: &mut Content, in_text: &mut bool, cur_fill: &mut Option<Rgb>, col: Rgb) {
    if *in_text {
        out.op("ET");
        *in_text = false;
    }
    if *cur_fill != Some(col) {
        out.fill(col);
        *cur_fill = Some(col);
    }
}

/// One item of a `TJ` array: a run of the glyphs (a range of them), or a move in
/// thousandths of an em.
enum Shown {
    Text(std::ops::Range<usize>),
    Offset(f32),
}

fn page_content(
    fonts: &Fonts,
    gids: &BTreeMap<Weight, Vec<u16>>,
    cmds: &[Cmd],
    tags: &Tags,
    marks: &mut Vec<Mark>,
) -> Vec<u8> {
    let mut out = Content {
        buf: Vec::new(),
        fonts,
        gids,
    };
    let mut gaps = Vec::new();
    let mut in_text = false;
    let mut open: Option<Seq> = None;
    let mut mcid = 0i64;
    let mut cur_font: Option<(Weight, f32)> = None;
    let mut cur_fill: Option<Rgb> = None;
    // character spacing `Tc` (text state: kept across BT/ET, 0 at the start of a page)
    let mut cur_tc = 0.0f32;
    let mut items: Vec<Shown> = Vec::new();
    for c in cmds {
        let want = match c {
            Cmd::Text { glyphs, .. } if glyphs.is_empty() => continue,
            Cmd::Text {
                tag: Tag::Node(n), ..
            } => Seq::Node(*n),
            Cmd::Text { .. } | Cmd::Rect { .. } | Cmd::Shape { .. } => Seq::Artifact,
            Cmd::Link { tag, .. } => {
                marks.push(Mark::Link(match tag {
                    Tag::Node(n) => Some(*n),
                    _ => None,
                }));
                continue;
            }
            Cmd::Anchor { .. } => continue,
        };
        if open != Some(want) {
            if in_text {
                out.op("ET");
                in_text = false;
            }
            if open.is_some() {
                out.op("EMC");
            }
            match want {
                Seq::Node(n) => {
                    use std::io::Write;
                    out.sep();
                    let _ = write!(out.buf, "/{} <</MCID {mcid}>> BDC", tags.nodes[n].role);
                    marks.push(Mark::Mcid(n));
                    mcid += 1;
                }
                Seq::Artifact => out.op("/Artifact BMC"),
            }
            open = Some(want);
        }
        match c {
            Cmd::Text {
                y,
                size,
                weight,
                color: col,
                glyphs,
                ..
            } => {
                if !in_text {
                    // (BT resets only the text matrices: the font, a text state parameter,
                    // carries over from the last text object)
                    out.op("BT");
                    in_text = true;
                }
                if cur_font != Some((*weight, *size)) {
                    use std::io::Write;
                    out.sep();
                    let _ = write!(out.buf, "/{} {} Tf", font_id(*weight).0, size);
                    cur_font = Some((*weight, *size));
                }
                if cur_fill != Some(*col) {
                    out.fill(*col);
                    cur_fill = Some(*col);
                }
                let face = fonts.face(*weight);
                let x0 = glyphs[0].1;
                out.nums(&[1.0, 0.0, 0.0, 1.0, round2(x0), round2(PAGE_H - y)], "Tm");
                // Justified text adds the same space after most glyphs of a line: that is
                // the character spacing `Tc`, and only the other gaps (kerning, a word
                // space) become TJ offsets. One offset per glyph made the content stream,
                // and the operators held in memory, several times larger.
                let tc = common_gap(glyphs, face, *size, &mut gaps);
                if (tc - cur_tc).abs() > 0.0005 {
                    out.nums(&[tc], "Tc");
                    cur_tc = tc;
                }
                items.clear();
                let mut from = 0;
                let mut pen = x0;
                for (i, (ch, x)) in glyphs.iter().enumerate() {
                    let d = x - pen;
                    if d.abs() > 0.01 {
                        if from < i {
                            items.push(Shown::Text(from..i));
                            from = i;
                        }
                        let off = round2(-d * 1000.0 / size);
                        items.push(Shown::Offset(off));
                        pen -= off * size / 1000.0;
                    }
                    // where the viewer puts the next glyph: small errors add up, and are
                    // corrected by an offset once they exceed a hundredth of a point
                    pen += face.advance(*ch) * size / 1000.0 + cur_tc;
                }
                if from < glyphs.len() {
                    items.push(Shown::Text(from..glyphs.len()));
                }
                out.sep();
                if let [Shown::Text(r)] = items.as_slice() {
                    out.glyphs(*weight, &glyphs[r.clone()]);
                    out.buf.extend_from_slice(b" Tj");
                } else {
                    out.buf.push(b'[');
                    for (i, it) in items.iter().enumerate() {
                        match it {
                            Shown::Text(r) => out.glyphs(*weight, &glyphs[r.clone()]),
                            Shown::Offset(o) => {
                                if i > 0 {
                                    out.buf.push(b' ');
                                }
                                write_real(&mut out.buf, *o);
                            }
                        }
                    }
                    out.buf.extend_from_slice(b"] TJ");
                }
            }
            Cmd::Rect {
                x,
                y,
                w,
                h,
                color: col,
            } => {
                fill_with(&mut out, &mut in_text, &mut cur_fill, *col);
                out.nums(
                    &[round2(*x), round2(PAGE_H - y - h), round2(*w), round2(*h)],
                    "re",
                );
                out.op("f");
            }
            Cmd::Shape { rings, color: col } => {
                fill_with(&mut out, &mut in_text, &mut cur_fill, *col);
                if rings.iter().all(|r| r.is_empty()) {
                    continue;
                }
                let pt = |p: &(f32, f32, bool)| [round2(p.0), round2(PAGE_H - p.1)];
                for ring in rings.iter().filter(|r| !r.is_empty()) {
                    out.nums(&pt(&ring[0]), "m");
                    let mut i = 1;
                    while i < ring.len() {
                        if ring[i].2 && i + 2 < ring.len() && ring[i + 1].2 {
                            let [a, b] = pt(&ring[i]);
                            let [c, d] = pt(&ring[i + 1]);
                            let [e, f] = pt(&ring[i + 2]);
                            out.nums(&[a, b, c, d, e, f], "c");
                            i += 3;
                        } else {
                            out.nums(&pt(&ring[i]), "l");
                            i += 1;
                        }
                    }
                }
                out.op("h");
                out.op("f");
            }
            Cmd::Link { .. } | Cmd::Anchor { .. } => {}
        }
    }
    if in_text {
        out.op("ET");
    }
    if open.is_some() {
        out.op("EMC");
    }
    out.buf
}

/// The gap (in points, beyond the advance) that follows most glyphs of a run, to a
/// thousandth of a point; 0 when no gap is shared by at least half of them.
fn common_gap(
    glyphs: &[(char, f32)],
    face: &crate::fonts::Face,
    size: f32,
    gaps: &mut Vec<i32>,
) -> f32 {
    if glyphs.len() < 3 {
        return 0.0;
    }
    gaps.clear();
    gaps.extend(glyphs.windows(2).map(|w| {
        ((w[1].1 - w[0].1 - face.advance(w[0].0) * size / 1000.0) * 1000.0).round() as i32
    }));
    gaps.sort_unstable();
    let (mut best, mut best_n, mut i) = (0, 0, 0);
    while i < gaps.len() {
        let j = gaps[i..].iter().take_while(|&&g| g == gaps[i]).count();
        if j > best_n {
            (best, best_n) = (gaps[i], j);
        }
        i += j;
    }
    if best_n * 2 >= gaps.len() {
        best as f32 / 1000.0
    } else {
        0.0
    }
}

/// The deflate level of every stream. Level 9 (lopdf's own `compress`) spent a fifth of
/// the build for PDFs 0.1 % smaller than level 6; level 3 built the shipped content 5 %
/// faster than 6 for PDFs 5 % larger; level 1 (miniz_oxide's fast path) is another 5 %
/// faster for PDFs 9 % larger than 3 (0.45× typst's size; the target is 0.6×).
const DEFLATE_LEVEL: u32 = 1;

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

/// `data` deflated in the zlib format by `z` (freshly reset).
pub(super) fn deflate(z: &mut flate2::Compress, data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len() / 3 + 64);
    loop {
        let read = z.total_in() as usize;
        let status = z
            .compress_vec(&data[read..], &mut out, flate2::FlushCompress::Finish)
            .ok()?;
        match status {
            flate2::Status::StreamEnd => return Some(out),
            _ => out.reserve(out.capacity().max(64)),
        }
    }
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
                Cmd::Link {
                    x, y, w, h, target, ..
                } => v.push((*x, *y, *w, *h, target.clone())),
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

/// The text of each structure element's own glyph runs, lines joined as a reader would.
fn node_texts(pages: &[Vec<Cmd>], n: usize) -> Vec<String> {
    let mut out = vec![String::new(); n];
    for p in pages {
        for c in p {
            if let Cmd::Text {
                tag: Tag::Node(k),
                glyphs,
                ..
            } = c
            {
                let s = &mut out[*k];
                let first = glyphs.first().map(|g| g.0);
                if let (Some(last), Some(first)) = (s.chars().last(), first)
                    && last.is_ascii_alphanumeric()
                    && first.is_ascii_alphanumeric()
                {
                    s.push(' ');
                }
                s.extend(glyphs.iter().map(|g| g.0));
            }
        }
    }
    out
}

/// A kid of a structure element, in reading order.
enum Kid {
    Elem(usize),
    /// Marked content `mcid` on page `page`.
    Mcr {
        page: usize,
        mcid: i64,
    },
    /// A link annotation on page `page`.
    Objr {
        page: usize,
        annot: ObjectId,
    },
}

/// Write the structure tree (`/StructTreeRoot`, its elements, the parent tree) and tie the
/// pages and annotations to it. Elements are ordered by where their content first appears;
/// an element with no content on any page is left out.
fn structure_tree(
    doc: &mut lopdf::Document,
    tags: &Tags,
    marks: &[Vec<Mark>],
    annot_ids: &[Vec<Option<ObjectId>>],
    page_ids: &[ObjectId],
    (lang, texts): (&str, &[String]),
) -> Result<ObjectId, PdfError> {
    let n = tags.nodes.len();
    let mut kids: Vec<Vec<Kid>> = (0..n).map(|_| Vec::new()).collect();
    let mut seen = vec![false; n];
    seen[0] = true;
    fn appear(k: usize, tags: &Tags, seen: &mut [bool], kids: &mut [Vec<Kid>]) {
        if seen[k] {
            return;
        }
        seen[k] = true;
        let parent = tags.nodes[k].parent;
        appear(parent, tags, seen, kids);
        kids[parent].push(Kid::Elem(k));
    }
    // per page, the element of each MCID; per annotation, its element
    let mut page_parents: Vec<Vec<usize>> = vec![Vec::new(); marks.len()];
    let mut annot_parents: Vec<(ObjectId, usize)> = Vec::new();
    for (p, ms) in marks.iter().enumerate() {
        let mut link_k = 0;
        for m in ms {
            match *m {
                Mark::Mcid(node) => {
                    appear(node, tags, &mut seen, &mut kids);
                    let mcid = page_parents[p].len() as i64;
                    kids[node].push(Kid::Mcr { page: p, mcid });
                    page_parents[p].push(node);
                }
                Mark::Link(node) => {
                    let annot = annot_ids
                        .get(p)
                        .and_then(|a| a.get(link_k))
                        .copied()
                        .flatten();
                    link_k += 1;
                    // a link element takes its place in the reading order from its text
                    // (the link area is drawn before the text it covers)
                    if let (Some(node), Some(annot)) = (node, annot) {
                        kids[node].push(Kid::Objr { page: p, annot });
                        annot_parents.push((annot, node));
                    }
                }
            }
        }
    }
    for &(_, node) in &annot_parents {
        appear(node, tags, &mut seen, &mut kids);
    }
    let root_id = doc.new_object_id();
    let ids: Vec<Option<ObjectId>> = (0..n)
        .map(|k| seen[k].then(|| doc.new_object_id()))
        .collect();
    let elem = |k: usize| Object::Reference(ids[k].expect("an element that appeared"));
    for k in (0..n).filter(|&k| seen[k]) {
        let node = &tags.nodes[k];
        // (`/Type /StructElem` is optional: left out, as there are many)
        let mut d = Dictionary::new();
        d.set("S", Object::Name(node.role.as_bytes().to_vec()));
        d.set(
            "P",
            if k == 0 {
                Object::Reference(root_id)
            } else {
                elem(node.parent)
            },
        );
        // marked content on one page only: `/Pg` once and bare MCIDs
        let pages_of: std::collections::BTreeSet<usize> = kids[k]
            .iter()
            .filter_map(|c| match c {
                Kid::Mcr { page, .. } => Some(*page),
                _ => None,
            })
            .collect();
        let one_page = (pages_of.len() == 1).then(|| *pages_of.iter().next().unwrap());
        if let Some(p) = one_page {
            d.set("Pg", Object::Reference(page_ids[p]));
        }
        let k_items: Vec<Object> = kids[k]
            .iter()
            .map(|c| match c {
                Kid::Elem(e) => elem(*e),
                Kid::Mcr { page, mcid } if one_page == Some(*page) => Object::Integer(*mcid),
                Kid::Mcr { page, mcid } => {
                    let mut m = Dictionary::new();
                    m.set("Type", Object::Name(b"MCR".to_vec()));
                    m.set("Pg", Object::Reference(page_ids[*page]));
                    m.set("MCID", Object::Integer(*mcid));
                    Object::Dictionary(m)
                }
                Kid::Objr { page, annot } => {
                    let mut o = Dictionary::new();
                    o.set("Type", Object::Name(b"OBJR".to_vec()));
                    o.set("Obj", Object::Reference(*annot));
                    o.set("Pg", Object::Reference(page_ids[*page]));
                    Object::Dictionary(o)
                }
            })
            .collect();
        d.set(
            "K",
            if k_items.len() == 1 {
                k_items.into_iter().next().unwrap()
            } else {
                Object::Array(k_items)
            },
        );
        // Japanese in a document of another language says so (a reader switches voice);
        // an English name in a Japanese document needs nothing
        if !lang.starts_with("ja") && mostly_japanese(&texts[k]) {
            d.set("Lang", text_string("ja"));
        }
        if let Some(scope) = node.scope {
            let mut a = Dictionary::new();
            a.set("O", Object::Name(b"Table".to_vec()));
            a.set("Scope", Object::Name(scope.as_bytes().to_vec()));
            d.set("A", Object::Dictionary(a));
        }
        doc.set_object(ids[k].unwrap(), Object::Dictionary(d));
    }
    // the parent tree: page p's MCIDs → elements; then one key per annotation
    let mut nums = Vec::new();
    for (p, parents) in page_parents.iter().enumerate() {
        nums.push(Object::Integer(p as i64));
        nums.push(Object::Array(parents.iter().map(|&k| elem(k)).collect()));
        let page = doc
            .get_dictionary_mut(page_ids[p])
            .map_err(|e| PdfError::Write(e.to_string()))?;
        page.set("StructParents", Object::Integer(p as i64));
        page.set("Tabs", Object::Name(b"S".to_vec())); // tab order follows the structure
    }
    let mut key = page_parents.len() as i64;
    for (annot, node) in &annot_parents {
        nums.push(Object::Integer(key));
        nums.push(elem(*node));
        let a = doc
            .get_dictionary_mut(*annot)
            .map_err(|e| PdfError::Write(e.to_string()))?;
        a.set("StructParent", Object::Integer(key));
        key += 1;
    }
    let mut pt = Dictionary::new();
    pt.set("Nums", Object::Array(nums));
    let pt_id = doc.add_object(Object::Dictionary(pt));
    let mut root = Dictionary::new();
    root.set("Type", Object::Name(b"StructTreeRoot".to_vec()));
    root.set("K", elem(0));
    root.set("ParentTree", Object::Reference(pt_id));
    root.set("ParentTreeNextKey", Object::Integer(key));
    doc.set_object(root_id, Object::Dictionary(root));
    Ok(root_id)
}

/// More than half the letters of `text` are Japanese.
fn mostly_japanese(text: &str) -> bool {
    let letters = text.chars().filter(|c| c.is_alphanumeric());
    let (ja, all) = letters.fold((0, 0), |(j, a), c| {
        (j + usize::from(whitepaper_core::chars::is_japanese(c)), a + 1)
    });
    all > 0 && ja * 2 > all
}

/// `D:20230518000000Z` → `2023-05-18T00:00:00Z`.
fn xmp_date_of(pdf: &str) -> String {
    let d: String = pdf.chars().filter(|c| c.is_ascii_digit()).collect();
    if d.len() < 14 {
        return String::new();
    }
    format!(
        "{}-{}-{}T{}:{}:{}Z",
        &d[0..4],
        &d[4..6],
        &d[6..8],
        &d[8..10],
        &d[10..12],
        &d[12..14]
    )
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The XMP metadata: title, author, subject, language, dates, and the PDF/UA-1 claim.
fn xmp_packet(meta: &DocMeta, date: Option<&str>) -> String {
    let dates = match date.filter(|d| !d.is_empty()) {
        Some(d) => format!(
            "   <xmp:CreateDate>{d}</xmp:CreateDate>\n   <xmp:ModifyDate>{d}</xmp:ModifyDate>\n"
        ),
        None => String::new(),
    };
    format!(
        "<?xpacket begin=\"{bom}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n\
<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n\
 <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n\
  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n\
   <dc:format>application/pdf</dc:format>\n\
   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{title}</rdf:li></rdf:Alt></dc:title>\n\
   <dc:creator><rdf:Seq><rdf:li>{company}</rdf:li></rdf:Seq></dc:creator>\n\
   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{subject}</rdf:li></rdf:Alt></dc:description>\n\
   <dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>\n\
{dates}   <xmp:CreatorTool>whitepaper</xmp:CreatorTool>\n\
   <pdf:Producer>whitepaper (printpdf, lopdf)</pdf:Producer>\n\
{keywords}<pdfuaid:part>1</pdfuaid:part>\n\
{pdfa}  </rdf:Description>\n\
 </rdf:RDF>\n\
</x:xmpmeta>\n\
<?xpacket end=\"w\"?>",
        title = xml_escape(&meta.title),
        company = xml_escape(&meta.company),
        subject = xml_escape(&meta.subject),
        lang = xml_escape(&meta.lang),
        bom = '\u{feff}',
        pdfa = if meta.pdf_a { PDFA_XMP } else { "" },
        keywords = match &meta.stamp {
            Some(st) => format!(
                "   <pdf:Keywords>{}</pdf:Keywords>\n",
                xml_escape(&st.footer)
            ),
            None => String::new(),
        },
    )
}

/// PDF/A-2b identification, and the description PDF/A asks for of the one schema it does not
/// predefine (`pdfuaid`).
const PDFA_XMP: &str = r#"   <pdfaid:part xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">2</pdfaid:part>
   <pdfaid:conformance xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">B</pdfaid:conformance>
   <pdfaExtension:schemas xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
    <rdf:Bag>
     <rdf:li rdf:parseType="Resource">
      <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
      <pdfaSchema:property>
       <rdf:Seq>
        <rdf:li rdf:parseType="Resource">
         <pdfaProperty:name>part</pdfaProperty:name>
         <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
         <pdfaProperty:category>internal</pdfaProperty:category>
         <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
        </rdf:li>
       </rdf:Seq>
      </pdfaSchema:property>
     </rdf:li>
    </rdf:Bag>
   </pdfaExtension:schemas>
"#;

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
