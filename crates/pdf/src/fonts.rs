//! Font loading, metrics and glyph coverage.
//!
//! Each face is parsed once per process with `ttf-parser` for the metrics the layout needs
//! (cmap, advances, kerning). Each PDF embeds a subset of it: allsorts cuts the face down to
//! the glyphs the document uses (renumbered, with a cmap for them), and printpdf reads that
//! small font to write the glyph ids, `/W` and `/ToUnicode`.

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};

use crate::error::PdfError;

/// A closed outline: points (x, y; `true` marks a cubic Bézier control point).
pub type Ring = Vec<(f32, f32, bool)>;

/// Which of the two faces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Weight {
    Regular,
    Bold,
}

/// One parsed face: metrics for layout, and the font file for embedding.
pub struct Face {
    /// char → (glyph id, advance in 1/1000 em, truncated exactly as printpdf writes `/W`).
    glyphs: GlyphMap,
    /// Kerning between printable ASCII characters (GPOS `kern`), in 1/1000 em, added to
    /// the first character's advance: `kerns[(a - 0x21) * 94 + (b - 0x21)]`.
    kerns: Vec<i16>,
    /// PostScript / full name, for diagnostics.
    pub name: String,
    /// The font file, subset for each PDF.
    bytes: Cow<'static, [u8]>,
    /// "regular" or "bold", for diagnostics.
    which: &'static str,
}

impl Face {
    /// Parse a font; a damaged one is an error, even where a font library would panic on it.
    fn load(bytes: Cow<'static, [u8]>, which: &'static str) -> Result<Face, PdfError> {
        whitepaper_core::panic::catch_panic(|| Face::load_unguarded(bytes, which)).unwrap_or_else(
            |why| {
                Err(PdfError::Font(format!(
                    "{which} font: the file is damaged ({why})"
                )))
            },
        )
    }

    fn load_unguarded(bytes: Cow<'static, [u8]>, which: &'static str) -> Result<Face, PdfError> {
        let face = ttf_parser::Face::parse(&bytes, 0)
            .map_err(|e| PdfError::Font(format!("{which} font: cannot parse: {e}")))?;
        let upm = face.units_per_em() as f32;
        if upm <= 0.0 {
            return Err(PdfError::Font(format!("{which} font: units per em is 0")));
        }
        let cmap = face
            .tables()
            .cmap
            .ok_or_else(|| PdfError::Font(format!("{which} font: no cmap table")))?;
        let mut glyphs = GlyphMap::default();
        // A face usually carries the same mapping several times (Unicode and Windows
        // platforms, the BMP in format 4 and everything in format 12): one full-repertoire
        // subtable (format 12) is read when there is one, each character once.
        let unicode: Vec<_> = cmap
            .subtables
            .into_iter()
            .filter(|s| s.is_unicode())
            .collect();
        let full = unicode
            .iter()
            .find(|s| matches!(s.format, ttf_parser::cmap::Format::SegmentedCoverage(_)));
        let chosen: Vec<_> = match full {
            Some(f) => vec![*f],
            None => unicode,
        };
        for sub in chosen {
            sub.codepoints(|cp| {
                if let Some(ch) = char::from_u32(cp)
                    && let Some(gid) = sub.glyph_index(cp)
                    && gid.0 != 0
                {
                    let adv = face.glyph_hor_advance(gid).unwrap_or(0) as f32;
                    let w = (adv * 1000.0 / upm) as u16;
                    glyphs.insert_new(ch, (gid.0, w));
                }
            });
        }
        if glyphs.is_empty() {
            return Err(PdfError::Font(format!("{which} font: no Unicode cmap")));
        }
        let name = face
            .names()
            .into_iter()
            .find(|n| n.name_id == ttf_parser::name_id::FULL_NAME && n.is_unicode())
            .and_then(|n| n.to_string())
            .unwrap_or_else(|| which.to_string());
        let kerns = kern_pairs(&bytes, upm);
        Ok(Face {
            glyphs,
            kerns,
            name,
            bytes,
            which,
        })
    }

    /// The outlines of `text` set in a line at 1 pt, as closed rings of points (x right, y
    /// up from the baseline; `true` marks a cubic Bézier control point), and the line's
    /// advance. For marks that must be seen but not read as text (a watermark): text
    /// extraction never finds them. Characters without a glyph are skipped.
    pub fn outlines(&self, text: &str) -> (Vec<Ring>, f32) {
        struct Sink {
            rings: Vec<Ring>,
            at: (f32, f32),
            dx: f32,
            scale: f32,
        }
        impl Sink {
            fn pt(&self, x: f32, y: f32) -> (f32, f32) {
                (self.dx + x * self.scale, y * self.scale)
            }
        }
        impl ttf_parser::OutlineBuilder for Sink {
            fn move_to(&mut self, x: f32, y: f32) {
                let p = self.pt(x, y);
                self.rings.push(vec![(p.0, p.1, false)]);
                self.at = p;
            }
            fn line_to(&mut self, x: f32, y: f32) {
                let p = self.pt(x, y);
                if let Some(r) = self.rings.last_mut() {
                    r.push((p.0, p.1, false));
                }
                self.at = p;
            }
            fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
                // the cubic with the same curve: control points 2/3 of the way to the quad's
                let (q, p) = (self.pt(x1, y1), self.pt(x, y));
                let a = self.at;
                let c1 = (a.0 + 2.0 / 3.0 * (q.0 - a.0), a.1 + 2.0 / 3.0 * (q.1 - a.1));
                let c2 = (p.0 + 2.0 / 3.0 * (q.0 - p.0), p.1 + 2.0 / 3.0 * (q.1 - p.1));
                if let Some(r) = self.rings.last_mut() {
                    r.extend([(c1.0, c1.1, true), (c2.0, c2.1, true), (p.0, p.1, false)]);
                }
                self.at = p;
            }
            fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
                let (c1, c2, p) = (self.pt(x1, y1), self.pt(x2, y2), self.pt(x, y));
                if let Some(r) = self.rings.last_mut() {
                    r.extend([(c1.0, c1.1, true), (c2.0, c2.1, true), (p.0, p.1, false)]);
                }
                self.at = p;
            }
            fn close(&mut self) {}
        }
        let Ok(face) = ttf_parser::Face::parse(&self.bytes, 0) else {
            return (Vec::new(), 0.0);
        };
        let scale = 1.0 / f32::from(face.units_per_em().max(1));
        let mut sink = Sink {
            rings: Vec::new(),
            at: (0.0, 0.0),
            dx: 0.0,
            scale,
        };
        for ch in text.chars() {
            let Some((gid, _)) = self.glyphs.get(ch) else {
                continue;
            };
            let gid = ttf_parser::GlyphId(gid);
            face.outline_glyph(gid, &mut sink);
            sink.dx += f32::from(face.glyph_hor_advance(gid).unwrap_or(0)) * scale;
        }
        (sink.rings, sink.dx)
    }

    /// The face cut down to `.notdef` and the glyphs of `chars` (characters it has no glyph
    /// for are left out), as printpdf's font for embedding. The glyphs are renumbered; the
    /// subset's cmap maps the characters to the new numbers, and printpdf writes those.
    pub(crate) fn subset(&self, chars: &BTreeSet<char>) -> Result<printpdf::ParsedFont, PdfError> {
        let which = self.which;
        let ids: Vec<u16> = std::iter::once(0)
            .chain(
                chars
                    .iter()
                    .filter_map(|&c| self.glyphs.get(c).map(|g| g.0))
                    .collect::<BTreeSet<u16>>(),
            )
            .collect();
        let subset = whitepaper_core::panic::catch_panic(|| {
            use allsorts::binary::read::ReadScope;
            use allsorts::font_data::FontData;
            use allsorts::subset::{CmapTarget, SubsetProfile, subset};
            let file = ReadScope::new(&self.bytes)
                .read::<FontData<'_>>()
                .map_err(|e| e.to_string())?;
            let provider = file.table_provider(0).map_err(|e| e.to_string())?;
            let provider = OwnCmap {
                inner: &provider,
                cmap: self.cmap_of(chars),
            };
            subset(&provider, &ids, &SubsetProfile::Pdf, CmapTarget::Unicode)
                .map_err(|e| e.to_string())
        })
        .unwrap_or_else(Err)
        .map_err(|why| PdfError::Font(format!("{which} font: cannot subset it ({why})")))?;
        printpdf::ParsedFont::from_bytes(&subset, 0, &mut Vec::new())
            .ok_or_else(|| PdfError::Font(format!("{which} font: its subset cannot be read")))
    }

    /// A `cmap` table of just `chars` (those the face has), with the face's glyph ids: one
    /// format 12 subtable (Windows, Unicode full repertoire) of one group per character.
    /// The subsetter reads the cmap to carry the mappings of the glyphs kept into the
    /// subset, testing every mapping against every glyph kept: over the whole face's cmap
    /// (tens of thousands of mappings) that was half the time of cutting a subset.
    fn cmap_of(&self, chars: &BTreeSet<char>) -> Vec<u8> {
        let groups: Vec<(u32, u16)> = chars
            .iter()
            .filter_map(|&c| self.glyphs.get(c).map(|g| (c as u32, g.0)))
            .collect();
        let sub_len = 16 + 12 * groups.len();
        let mut t = Vec::with_capacity(12 + sub_len);
        t.extend_from_slice(&0u16.to_be_bytes()); // version
        t.extend_from_slice(&1u16.to_be_bytes()); // one subtable
        t.extend_from_slice(&3u16.to_be_bytes()); // Windows
        t.extend_from_slice(&10u16.to_be_bytes()); // Unicode full repertoire
        t.extend_from_slice(&12u32.to_be_bytes()); // its offset
        t.extend_from_slice(&12u16.to_be_bytes()); // format 12
        t.extend_from_slice(&0u16.to_be_bytes());
        t.extend_from_slice(&(sub_len as u32).to_be_bytes());
        t.extend_from_slice(&0u32.to_be_bytes()); // language
        t.extend_from_slice(&(groups.len() as u32).to_be_bytes());
        for (c, g) in groups {
            t.extend_from_slice(&c.to_be_bytes());
            t.extend_from_slice(&c.to_be_bytes());
            t.extend_from_slice(&u32::from(g).to_be_bytes());
        }
        t
    }

    /// The glyph id of `ch` in the whole face.
    pub fn glyph_id(&self, ch: char) -> Option<u16> {
        self.glyphs.get(ch).map(|g| g.0)
    }

    /// Whether the face has a glyph for `ch`.
    pub fn has(&self, ch: char) -> bool {
        self.glyphs.get(ch).is_some()
    }

    /// Kerning between `a` and `b` in 1/1000 em (0 for none).
    pub fn kern(&self, a: char, b: char) -> f32 {
        match (kern_index(a), kern_index(b)) {
            (Some(a), Some(b)) => self.kerns[a * KERN_CHARS + b] as f32,
            _ => 0.0,
        }
    }

    /// Advance of `ch` in 1/1000 em (0 when missing).
    pub fn advance(&self, ch: char) -> f32 {
        self.glyphs.get(ch).map(|g| g.1 as f32).unwrap_or(0.0)
    }
}

/// A face's tables, with its `cmap` replaced (see [`Face::cmap_of`]).
struct OwnCmap<'a, P> {
    inner: &'a P,
    cmap: Vec<u8>,
}

impl<P: allsorts::tables::FontTableProvider> allsorts::tables::FontTableProvider
    for OwnCmap<'_, P>
{
    fn table_data(&self, tag: u32) -> Result<Option<Cow<'_, [u8]>>, allsorts::error::ParseError> {
        if tag == allsorts::tag::CMAP {
            Ok(Some(Cow::Borrowed(&self.cmap)))
        } else {
            self.inner.table_data(tag)
        }
    }

    fn has_table(&self, tag: u32) -> bool {
        tag == allsorts::tag::CMAP || self.inner.has_table(tag)
    }

    fn table_tags(&self) -> Option<Vec<u32>> {
        self.inner.table_tags()
    }
}

/// The characters with kerning: printable ASCII.
const KERN_CHARS: usize = 0x7E - 0x21 + 1;

fn kern_index(c: char) -> Option<usize> {
    ('\u{21}'..='\u{7E}')
        .contains(&c)
        .then(|| c as usize - 0x21)
}

/// char → (glyph id, advance): the Basic Multilingual Plane (every character of the
/// shipped content) in a table looked up by index, the other planes in a map. Layout asks
/// for every glyph's advance, so this is its innermost lookup.
#[derive(Default)]
struct GlyphMap {
    /// by code point; glyph id 0 means none (`.notdef` is never mapped)
    bmp: Vec<(u16, u16)>,
    astral: HashMap<char, (u16, u16)>,
}

impl GlyphMap {
    /// Map `ch` unless it is mapped already (the first Unicode subtable wins).
    fn insert_new(&mut self, ch: char, v: (u16, u16)) {
        let cp = ch as usize;
        if cp < 0x10000 {
            if self.bmp.is_empty() {
                self.bmp = vec![(0, 0); 0x10000];
            }
            if self.bmp[cp].0 == 0 {
                self.bmp[cp] = v;
            }
        } else {
            self.astral.entry(ch).or_insert(v);
        }
    }

    fn get(&self, ch: char) -> Option<(u16, u16)> {
        let cp = ch as usize;
        if cp < 0x10000 {
            self.bmp.get(cp).copied().filter(|g| g.0 != 0)
        } else {
            self.astral.get(&ch).copied()
        }
    }

    fn is_empty(&self) -> bool {
        self.bmp.is_empty() && self.astral.is_empty()
    }
}

/// Kerning pairs among printable ASCII, read from the GPOS table: the pair adjustments of
/// the `kern` feature of the Latin script's default language system (else the default
/// script's), applied as a shaper does: lookups in index order, adding up; within a lookup,
/// the first subtable that covers the pair.
fn kern_pairs(bytes: &[u8], upm: f32) -> Vec<i16> {
    use ttf_parser::Tag;
    use ttf_parser::gpos::PositioningSubtable;
    let mut out = vec![0i16; KERN_CHARS * KERN_CHARS];
    let Ok(face) = ttf_parser::Face::parse(bytes, 0) else {
        return out;
    };
    let Some(gpos) = face.tables().gpos else {
        return out;
    };
    let script = gpos
        .scripts
        .find(Tag::from_bytes(b"latn"))
        .or_else(|| gpos.scripts.find(Tag::from_bytes(b"DFLT")));
    let Some(lang) = script.and_then(|s| s.default_language) else {
        return out;
    };
    let mut lookups: Vec<u16> = lang
        .feature_indices
        .into_iter()
        .filter_map(|i| gpos.features.get(i))
        .filter(|f| f.tag == Tag::from_bytes(b"kern"))
        .flat_map(|f| f.lookup_indices.into_iter())
        .collect();
    lookups.sort_unstable();
    lookups.dedup();
    let lookups: Vec<_> = lookups
        .into_iter()
        .filter_map(|i| gpos.lookups.get(i))
        .collect();
    let glyphs: Vec<Option<ttf_parser::GlyphId>> = (0x21u8..=0x7E)
        .map(|c| face.glyph_index(char::from(c)))
        .collect();
    for (ia, a) in glyphs.iter().enumerate() {
        let Some(a) = *a else { continue };
        for (ib, b) in glyphs.iter().enumerate() {
            let Some(b) = *b else { continue };
            let mut k = 0i32;
            for lookup in &lookups {
                for sub in lookup.subtables.into_iter::<PositioningSubtable>() {
                    if let PositioningSubtable::Pair(pair) = sub
                        && let Some(v) = pair_adjustment(&pair, a, b)
                    {
                        k += v;
                        break;
                    }
                }
            }
            out[ia * KERN_CHARS + ib] = (k as f32 * 1000.0 / upm).round() as i16;
        }
    }
    out
}

/// The first glyph's advance adjustment of a pair-positioning subtable for (`a`, `b`), if
/// the subtable applies to the pair.
fn pair_adjustment(
    pair: &ttf_parser::gpos::PairAdjustment<'_>,
    a: ttf_parser::GlyphId,
    b: ttf_parser::GlyphId,
) -> Option<i32> {
    use ttf_parser::gpos::PairAdjustment;
    let first = match pair {
        PairAdjustment::Format1 { coverage, sets } => sets.get(coverage.get(a)?)?.get(b)?.0,
        PairAdjustment::Format2 {
            coverage,
            classes,
            matrix,
        } => {
            coverage.get(a)?;
            matrix.get((classes.0.get(a), classes.1.get(b)))?.0
        }
    };
    Some(i32::from(first.x_advance))
}

/// Characters a PDF prints without a glyph of their own: white space, and what the layout
/// drops (controls, zero-width marks, variation selectors).
fn prints_without_glyph(ch: char) -> bool {
    ch.is_whitespace()
        || ch.is_control()
        || matches!(
            ch,
            '\u{200B}'..='\u{200D}' | '\u{00AD}' | '\u{FEFF}' | '\u{2060}'
        )
        || ('\u{FE00}'..='\u{FE0F}').contains(&ch)
}

/// The characters the two faces can print, from their cmaps alone (ttf-parser): what
/// `check` needs, without loading [`Fonts`] (subsetting tables, kerning), which costs
/// tens of milliseconds.
pub struct Coverage<'a> {
    regular: ttf_parser::Face<'a>,
    bold: ttf_parser::Face<'a>,
}

impl<'a> Coverage<'a> {
    pub fn parse(regular: &'a [u8], bold: &'a [u8]) -> Result<Coverage<'a>, PdfError> {
        let face = |bytes: &'a [u8], which: &str| {
            ttf_parser::Face::parse(bytes, 0)
                .map_err(|e| PdfError::Font(format!("{which} font: cannot parse: {e}")))
        };
        Ok(Coverage {
            regular: face(regular, "regular")?,
            bold: face(bold, "bold")?,
        })
    }

    /// The built-in fonts' coverage.
    pub fn builtin() -> Result<Coverage<'static>, PdfError> {
        Coverage::parse(BUILTIN_REGULAR, BUILTIN_BOLD)
    }

    /// Like [`Fonts::prints`].
    pub fn prints(&self, ch: char) -> bool {
        let has = |f: &ttf_parser::Face| f.glyph_index(ch).is_some_and(|g| g.0 != 0);
        prints_without_glyph(ch) || (has(&self.regular) && has(&self.bold))
    }
}

static BUILTIN_REGULAR: &[u8] = include_bytes!("../../../assets/fonts/NotoSansJP-Regular.ttf");
static BUILTIN_BOLD: &[u8] = include_bytes!("../../../assets/fonts/NotoSansJP-Bold.ttf");

/// The regular and bold faces, parsed once and reusable across documents.
pub struct Fonts {
    pub(crate) regular: Face,
    pub(crate) bold: Face,
}

impl Fonts {
    /// Load from font file bytes (TrueType/OpenType, single face).
    pub fn from_bytes(regular: Vec<u8>, bold: Vec<u8>) -> Result<Fonts, PdfError> {
        Fonts::load(Cow::Owned(regular), Cow::Owned(bold))
    }

    /// Both faces, parsed side by side.
    fn load(regular: Cow<'static, [u8]>, bold: Cow<'static, [u8]>) -> Result<Fonts, PdfError> {
        let (regular, bold) = std::thread::scope(|s| {
            let bold = s.spawn(|| Face::load(bold, "bold"));
            let regular = Face::load(regular, "regular");
            (regular, bold.join())
        });
        let bold = bold.unwrap_or_else(|_| Err(PdfError::Font("bold font: cannot be read".into())));
        Ok(Fonts {
            regular: regular?,
            bold: bold?,
        })
    }

    /// The fonts shipped in `assets/fonts` (Noto Sans JP Regular and Bold, SIL OFL 1.1).
    pub fn builtin() -> Result<Fonts, PdfError> {
        Fonts::load(Cow::Borrowed(BUILTIN_REGULAR), Cow::Borrowed(BUILTIN_BOLD))
    }

    /// Can a PDF print `ch` (in regular and bold)? Characters the layout drops (zero-width
    /// marks, variation selectors) and white space always can.
    pub fn prints(&self, ch: char) -> bool {
        prints_without_glyph(ch) || (self.regular.has(ch) && self.bold.has(ch))
    }

    pub(crate) fn face(&self, w: Weight) -> &Face {
        match w {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }
}

impl std::fmt::Debug for Fonts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fonts")
            .field("regular", &self.regular.name)
            .field("bold", &self.bold.name)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_fonts_cover_the_basics_and_kern_latin() {
        let t = std::time::Instant::now();
        let f = Fonts::builtin().unwrap();
        eprintln!(
            "load {:?}, {} + {} kerning pairs",
            t.elapsed(),
            f.regular.kerns.iter().filter(|k| **k != 0).count(),
            f.bold.kerns.iter().filter(|k| **k != 0).count()
        );
        for c in "あア漢、。「」※•◦▪—–‐①ABCxyz0123456789/:.%&@#".chars() {
            assert!(f.regular.has(c) && f.bold.has(c), "{c}");
        }
        assert_eq!(f.regular.advance('あ'), 1000.0);
        assert!(f.regular.kern('T', 'o') < 0.0, "T-o kerns");
    }
}
