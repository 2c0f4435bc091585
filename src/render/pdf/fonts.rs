//! Font loading, metrics and glyph coverage.
//!
//! Each face is parsed twice, once: with `ttf-parser` for the metrics the layout needs
//! (cmap, advances, vertical metrics) and with printpdf's `ParsedFont` for embedding
//! (printpdf subsets the face at save time and writes `/ToUnicode`).

use std::collections::HashMap;
use std::sync::Arc;

use super::PdfError;

/// Which of the two faces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Weight {
    Regular,
    Bold,
}

/// One parsed face: metrics for layout plus printpdf's parsed font for embedding.
pub struct Face {
    /// char → (glyph id, advance in 1/1000 em, truncated exactly as printpdf writes `/W`).
    glyphs: HashMap<char, (u16, u16)>,
    /// Kerning between Latin characters (GPOS `kern`), in 1/1000 em, added to the
    /// first character's advance.
    kerns: HashMap<(char, char), i16>,
    /// PostScript / full name, for diagnostics.
    pub name: String,
    pub(crate) parsed: Arc<printpdf::ParsedFont>,
}

impl Face {
    /// Parse a font; a damaged one is an error, even where a font library would panic on it.
    fn load(bytes: &[u8], which: &str) -> Result<Face, PdfError> {
        crate::render::catch_panic(|| Face::load_unguarded(bytes, which)).unwrap_or_else(|why| {
            Err(PdfError::Font(format!(
                "{which} font: the file is damaged ({why})"
            )))
        })
    }

    fn load_unguarded(bytes: &[u8], which: &str) -> Result<Face, PdfError> {
        let face = ttf_parser::Face::parse(bytes, 0)
            .map_err(|e| PdfError::Font(format!("{which} font: cannot parse: {e}")))?;
        let upm = face.units_per_em() as f32;
        if upm <= 0.0 {
            return Err(PdfError::Font(format!("{which} font: units per em is 0")));
        }
        let cmap = face
            .tables()
            .cmap
            .ok_or_else(|| PdfError::Font(format!("{which} font: no cmap table")))?;
        let mut glyphs = HashMap::new();
        for sub in cmap.subtables {
            if !sub.is_unicode() {
                continue;
            }
            sub.codepoints(|cp| {
                if let Some(ch) = char::from_u32(cp)
                    && let Some(gid) = sub.glyph_index(cp)
                    && gid.0 != 0
                {
                    let adv = face.glyph_hor_advance(gid).unwrap_or(0) as f32;
                    let w = (adv * 1000.0 / upm) as u16;
                    glyphs.entry(ch).or_insert((gid.0, w));
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
        let parsed = printpdf::ParsedFont::from_bytes(bytes, 0, &mut Vec::new())
            .ok_or_else(|| PdfError::Font(format!("{which} font: printpdf cannot parse it")))?;
        let kerns = kern_pairs(bytes, upm);
        Ok(Face {
            glyphs,
            kerns,
            name,
            parsed: Arc::new(parsed),
        })
    }

    /// Whether the face has a glyph for `ch`.
    pub fn has(&self, ch: char) -> bool {
        self.glyphs.contains_key(&ch)
    }

    /// Kerning between `a` and `b` in 1/1000 em (0 for none).
    pub fn kern(&self, a: char, b: char) -> f32 {
        if a.is_ascii() && b.is_ascii() {
            self.kerns.get(&(a, b)).map(|k| *k as f32).unwrap_or(0.0)
        } else {
            0.0
        }
    }

    /// Advance of `ch` in 1/1000 em (0 when missing).
    pub fn advance(&self, ch: char) -> f32 {
        self.glyphs.get(&ch).map(|g| g.1 as f32).unwrap_or(0.0)
    }
}

/// Kerning pairs among printable ASCII, read by shaping each pair with rustybuzz
/// (`kern` on, ligatures and contextual alternates off, so glyphs stay one per
/// character and only the advances change).
fn kern_pairs(bytes: &[u8], upm: f32) -> HashMap<(char, char), i16> {
    use rustybuzz::{Direction, Feature, ShapePlan, UnicodeBuffer, script, shape_with_plan};
    use std::str::FromStr;
    let mut out = HashMap::new();
    let Some(face) = rustybuzz::Face::from_slice(bytes, 0) else {
        return out;
    };
    let features: Vec<Feature> = ["kern", "-liga", "-clig", "-calt", "-dlig"]
        .iter()
        .filter_map(|f| Feature::from_str(f).ok())
        .collect();
    let plan = ShapePlan::new(
        &face,
        Direction::LeftToRight,
        Some(script::LATIN),
        None,
        &features,
    );
    let chars: Vec<char> = (0x21u8..=0x7E).map(char::from).collect();
    let nominal: Vec<Option<u16>> = chars
        .iter()
        .map(|c| face.glyph_index(*c).and_then(|g| face.glyph_hor_advance(g)))
        .collect();
    let mut buf = UnicodeBuffer::new();
    let mut s = String::with_capacity(8);
    for (ia, &a) in chars.iter().enumerate() {
        let Some(adv) = nominal[ia] else { continue };
        for &b in &chars {
            s.clear();
            s.push(a);
            s.push(b);
            buf.push_str(&s);
            buf.set_direction(Direction::LeftToRight);
            buf.set_script(script::LATIN);
            let shaped = shape_with_plan(&face, &plan, buf);
            let pos = shaped.glyph_positions();
            if pos.len() == 2 {
                let k = pos[0].x_advance - adv as i32;
                if k != 0 {
                    out.insert((a, b), (k as f32 * 1000.0 / upm).round() as i16);
                }
            }
            buf = shaped.clear();
        }
    }
    out
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
        Ok(Fonts {
            regular: Face::load(&regular, "regular")?,
            bold: Face::load(&bold, "bold")?,
        })
    }

    /// The fonts shipped in `assets/fonts` (Noto Sans JP Regular and Bold, SIL OFL 1.1).
    pub fn builtin() -> Result<Fonts, PdfError> {
        Ok(Fonts {
            regular: Face::load(BUILTIN_REGULAR, "regular")?,
            bold: Face::load(BUILTIN_BOLD, "bold")?,
        })
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
            f.regular.kerns.len(),
            f.bold.kerns.len()
        );
        for c in "あア漢、。「」※•◦▪—–‐①ABCxyz0123456789/:.%&@#".chars() {
            assert!(f.regular.has(c) && f.bold.has(c), "{c}");
        }
        assert_eq!(f.regular.advance('あ'), 1000.0);
        assert!(f.regular.kern('T', 'o') < 0.0, "T-o kerns");
    }
}
