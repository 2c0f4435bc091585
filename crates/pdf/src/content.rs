//! Page content streams: the drawing commands of a page as PDF operators, every glyph run
//! in a marked-content sequence of its structure element.

//! Pages of drawing commands → content streams (written directly) in a document printpdf
//! builds (pages, the embedded font subsets with their widths and `/ToUnicode`) → lopdf
//! document, then post-processing with lopdf: link annotations, the nested outline, the
//! structure tree, document info, `/Lang`, a deterministic file identifier.

use crate::syntax::{literal_byte, round2, write_real};
use std::collections::BTreeMap;

use printpdf::FontId;

use crate::fonts::{Fonts, Weight};
use crate::page::{Cmd, PAGE_H, Rgb};
use crate::tags::{Tag, Tags};

/// Resource names double as the six-letter subset tag printpdf puts before the font name.
pub const REGULAR_ID: &str = "WPJREG";
pub const BOLD_ID: &str = "WPJBLD";

pub fn font_id(w: Weight) -> FontId {
    FontId(
        match w {
            Weight::Regular => REGULAR_ID,
            Weight::Bold => BOLD_ID,
        }
        .to_string(),
    )
}

/// What a page's content refers to, in content order: the structure element of each
/// marked-content sequence (numbered by MCID from 0), and of each link area.
#[derive(Debug, Clone, Copy)]
pub enum Mark {
    Mcid(usize),
    Link(Option<usize>),
}

/// The marked-content sequence a command belongs to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Seq {
    Node(usize),
    Artifact,
}

/// A page's content stream, written directly: the operators printpdf wrote for the same
/// drawing (numbers as lopdf writes them, operators one per line; glyph runs as literal
/// strings where printpdf wrote hex), without building an operator list per glyph run
/// first. printpdf still writes the fonts (program, widths, `/ToUnicode`), pages and
/// resources.
pub struct Content<'a> {
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
                literal_byte(&mut self.buf, b);
            }
        }
        self.buf.push(b')');
    }
}

/// Before a filled shape: leave any text object, and set the fill colour if it changes.
pub fn fill_with(out: &mut Content, in_text: &mut bool, cur_fill: &mut Option<Rgb>, col: Rgb) {
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
pub enum Shown {
    Text(std::ops::Range<usize>),
    Offset(f32),
}

pub fn page_content(
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
pub fn common_gap(
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
