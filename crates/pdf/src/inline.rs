//! Inline layout: a paragraph's atoms, line breaking (total fit, hyphenation, kinsoku),
//! JLReq spacing between Japanese and Latin, justification, and the glyph runs of its lines.

use crate::error::PdfError;
use crate::fonts::{Fonts, Weight};
use crate::linebreak::{
    Brk, is_closing, is_ja_letter, is_katakana, is_latin_alnum, is_opening, is_wide, opportunities,
};
use crate::page::{Base, CODE, CODE_BG, Cmd, LINK, Rgb};
use crate::parse::{Align, IStyle, Inl, Target};
use crate::tags::Tag;

#[derive(Debug, Clone)]
struct Atom {
    ch: char,
    weight: Weight,
    size: f32,
    color: Rgb,
    rise: f32,
    link: Option<usize>,
    code: bool,
    strike: bool,
    /// Advance in pt (after punctuation compression).
    adv: f32,
    /// Extra space before this atom (JLReq Japanese–Latin spacing), unless at line start.
    gap: f32,
    space: bool,
    hard: bool,
}

/// One laid-out line: atoms `start..end` (trailing spaces excluded).
#[derive(Debug, Clone, Copy)]
pub struct Line {
    pub start: usize,
    pub end: usize,
    pub width: f32,
    /// Last line of the paragraph or ended by a forced break: not justified.
    pub ragged: bool,
    /// Ends inside a word, with a hyphen (counted in `width`).
    pub hyphen: bool,
}

/// A paragraph's worth of inline content, measured.
pub struct Para {
    atoms: Vec<Atom>,
    brk: Vec<Brk>,
    /// Where an English word may be hyphenated (before atom `i`).
    hyph: Vec<bool>,
    /// Advance of a hyphen per unit of font size, by weight (regular, bold).
    hyphen_adv: [f32; 2],
    /// The natural width of a Latin word space (the first space's, else a quarter em).
    space_adv: f32,
    links: Vec<Target>,
    pub base: Base,
    /// Break between words only where it can (table cells): "クラシックプラン" stays whole.
    pub keep_words: bool,
}

/// Lower-case English words of at least this many letters may be hyphenated.
const HYPHENATE_MIN: usize = 6;

/// A line may use a hyphen when, without it, each of its spaces would stretch by more than
/// this share of the font size.
const LOOSE_SPACE: f32 = 0.3;

const IGNORABLE: &[char] = &[
    '\u{200B}', '\u{00AD}', '\u{FEFF}', '\u{200C}', '\u{200D}', '\r',
];

mod breaking;
mod justify;

use justify::{Gap, Plan};

impl Para {
    /// Build from inline content. `context` names the block for error messages.
    pub fn new(fonts: &Fonts, inl: &[Inl], base: Base, context: &str) -> Result<Para, PdfError> {
        // 1. flatten, with soft breaks as placeholders
        const SOFT: char = '\u{1}';
        let mut styles: Vec<IStyle> = Vec::new();
        let mut raw: Vec<(char, usize)> = Vec::new();
        let plain_style = IStyle::default();
        styles.push(plain_style);
        for i in inl {
            match i {
                Inl::Text(t, s) => {
                    let idx = if styles.last() == Some(s) {
                        styles.len() - 1
                    } else {
                        styles.push(s.clone());
                        styles.len() - 1
                    };
                    for c in t.chars() {
                        if IGNORABLE.contains(&c) || ('\u{FE00}'..='\u{FE0F}').contains(&c) {
                            continue;
                        }
                        let c = match c {
                            '\t' | '\n' => ' ',
                            c if c.is_control() => continue,
                            c => c,
                        };
                        raw.push((c, idx));
                    }
                }
                Inl::Soft => raw.push((SOFT, 0)),
                Inl::Hard => raw.push(('\n', 0)),
            }
        }
        // 2. resolve soft breaks: nothing next to wide characters, a space between Latin
        let mut chars: Vec<(char, usize)> = Vec::with_capacity(raw.len());
        for k in 0..raw.len() {
            let (c, s) = raw[k];
            if c != SOFT {
                chars.push((c, s));
                continue;
            }
            let prev = chars.last().map(|p| p.0);
            let next = raw[k + 1..].iter().map(|p| p.0).find(|c| *c != SOFT);
            let join = prev.is_some_and(is_wide) || next.is_some_and(is_wide);
            if !join
                && prev.is_some_and(|p| p != ' ' && p != '\n')
                && next.is_some_and(|n| n != ' ')
            {
                chars.push((' ', prev.map(|_| chars.last().unwrap().1).unwrap_or(0)));
            }
        }
        // 3. collapse spaces; trim around hard breaks and at the ends
        let mut cl: Vec<(char, usize)> = Vec::with_capacity(chars.len());
        for (c, s) in chars {
            if c == ' ' && cl.last().is_none_or(|p| p.0 == ' ' || p.0 == '\n') {
                continue;
            }
            if c == '\n' {
                while cl.last().is_some_and(|p| p.0 == ' ') {
                    cl.pop();
                }
            }
            cl.push((c, s));
        }
        while cl.last().is_some_and(|p| p.0 == ' ' || p.0 == '\n') {
            cl.pop();
        }

        // 4. atoms
        let mut links: Vec<Target> = Vec::new();
        let mut atoms = Vec::with_capacity(cl.len());
        for &(c, si) in &cl {
            let s = &styles[si];
            let weight = if s.bold || base.weight == Weight::Bold {
                Weight::Bold
            } else {
                Weight::Regular
            };
            let size = if s.sup {
                base.size * 0.72
            } else if s.code {
                base.size * 0.92
            } else {
                base.size
            };
            let rise = if s.sup { base.size * 0.33 } else { 0.0 };
            let color = if s.link.is_some() {
                LINK
            } else if s.code {
                CODE
            } else {
                base.color
            };
            let link = s.link.as_ref().map(|t| {
                if let Some(i) = links.iter().position(|l| l == t) {
                    i
                } else {
                    links.push(t.clone());
                    links.len() - 1
                }
            });
            let hard = c == '\n';
            let face = fonts.face(weight);
            let ch = if c == '\u{00A0}' && !face.has(c) {
                ' '
            } else {
                c
            };
            if !hard && !face.has(ch) {
                // the text right around the character, then the block it is in
                let k = atoms.len();
                let near: String = cl[k.saturating_sub(12)..(k + 13).min(cl.len())]
                    .iter()
                    .map(|p| p.0)
                    .collect();
                let block = snippet(context);
                let context = if block.contains(near.trim()) && block.chars().count() <= 40 {
                    block
                } else {
                    format!("“…{}…” ({block})", near.trim())
                };
                return Err(PdfError::MissingGlyph { ch, context });
            }
            let adv = if hard {
                0.0
            } else {
                face.advance(ch) * size / 1000.0
            };
            atoms.push(Atom {
                ch,
                weight,
                size,
                color,
                rise,
                link,
                code: s.code,
                strike: s.strike,
                adv,
                gap: 0.0,
                space: ch == ' ',
                hard,
            });
        }
        let chs: Vec<char> = atoms.iter().map(|a| a.ch).collect();
        let brk = opportunities(&chs);

        // 5. JLReq: quarter-em between Japanese and Latin; compress adjacent punctuation
        for i in 1..atoms.len() {
            let (a, b) = (chs[i - 1], chs[i]);
            if (is_ja_letter(a) && is_latin_alnum(b)) || (is_latin_alnum(a) && is_ja_letter(b)) {
                let sz = atoms[i - 1].size.min(atoms[i].size);
                atoms[i].gap = 0.25 * sz;
            }
            // Latin kerning (same font and size only)
            let (pa, pb) = (&atoms[i - 1], &atoms[i]);
            if a.is_ascii()
                && b.is_ascii()
                && pa.weight == pb.weight
                && pa.size == pb.size
                && !pa.hard
                && !pb.hard
            {
                let k = fonts.face(pa.weight).kern(a, b);
                if k != 0.0 {
                    atoms[i - 1].adv += k * atoms[i - 1].size / 1000.0;
                }
            }
            let compress = (is_closing(a) && (is_closing(b) || is_opening(b) || b == '・'))
                || (is_opening(a) && is_opening(b));
            if compress {
                atoms[i - 1].adv -= 0.5 * atoms[i - 1].size;
            }
        }
        let hyph = hyphenation_points(&atoms);
        let hyphen_adv = [
            fonts.face(Weight::Regular).advance('-') / 1000.0,
            fonts.face(Weight::Bold).advance('-') / 1000.0,
        ];
        let space_adv = atoms
            .iter()
            .find(|a| a.space)
            .map_or(0.25 * base.size, |a| a.adv);
        Ok(Para {
            space_adv,
            atoms,
            brk,
            hyph,
            hyphen_adv,
            links,
            base,
            keep_words: false,
        })
    }

    fn hyphen_width(&self, k: usize) -> f32 {
        let a = &self.atoms[k];
        let i = if a.weight == Weight::Bold { 1 } else { 0 };
        self.hyphen_adv[i] * a.size
    }

    /// A break before atom `k` splits a word a table would rather keep whole.
    fn inside_word(&self, k: usize) -> bool {
        is_katakana(self.atoms[k - 1].ch) && is_katakana(self.atoms[k].ch)
    }

    /// Width of the widest word (a katakana run, or an unbreakable piece): what a table
    /// column needs so that no word in it is split.
    pub fn word_width(&self) -> f32 {
        self.widest_piece(|i| self.brk[i] == Brk::Allowed && !self.inside_word(i))
    }

    /// How many lines the paragraph takes at width `w`, by the greedy breaker: what a table
    /// weighing many column widths needs, at a fraction of total fit's cost (which sets the
    /// lines once the widths are chosen).
    pub fn quick_line_count(&self, w: f32) -> usize {
        self.greedy(w, w).len()
    }

    pub fn is_empty(&self) -> bool {
        self.atoms.is_empty()
    }

    /// Whether the paragraph has forced line breaks (`<br>`).
    pub fn has_forced_breaks(&self) -> bool {
        self.atoms.iter().any(|a| a.hard)
    }

    fn w(&self, i: usize, start: usize) -> f32 {
        let a = &self.atoms[i];
        a.adv + if i > start { a.gap } else { 0.0 }
    }

    /// Width of the whole content on one line (the widest hard-break segment).
    pub fn max_width(&self) -> f32 {
        let mut best = 0.0f32;
        let mut cur = 0.0;
        let mut seg_start = 0;
        for (i, a) in self.atoms.iter().enumerate() {
            if a.hard {
                best = best.max(cur);
                cur = 0.0;
                seg_start = i + 1;
                continue;
            }
            cur += self.w(i, seg_start);
        }
        best.max(cur)
    }

    /// Width of the widest unbreakable piece.
    pub fn min_width(&self) -> f32 {
        self.widest_piece(|i| self.brk[i] == Brk::Allowed)
    }

    /// Width of the widest piece between forced breaks and the places `boundary` accepts.
    fn widest_piece(&self, boundary: impl Fn(usize) -> bool) -> f32 {
        let mut best = 0.0f32;
        let mut cur = 0.0;
        let mut seg_start = 0;
        for (i, a) in self.atoms.iter().enumerate() {
            if a.hard || (i > 0 && boundary(i)) {
                best = best.max(cur);
                cur = 0.0;
                seg_start = i;
                if a.hard {
                    continue;
                }
            }
            if !a.space {
                cur += self.w(i, seg_start);
            }
        }
        best.max(cur)
    }

    /// Draw one line with its left edge at `x`, baseline at `baseline`.
    pub fn render(
        &self,
        line: &Line,
        x: f32,
        baseline: f32,
        width: f32,
        justify: bool,
        align: Align,
    ) -> Vec<Cmd> {
        let (s, e) = (line.start, line.end);
        let mut cmds = Vec::new();
        if s >= e {
            return cmds;
        }
        let extra = width - line.width;
        let plan = self.plan(s, e, line.width, width, justify && !line.ragged);
        let offset = if extra > 0.0 && plan == Plan::default() {
            match align {
                Align::Left => 0.0,
                Align::Center => extra / 2.0,
                Align::Right => extra,
            }
        } else {
            0.0
        };
        let mut pos = Vec::with_capacity(e - s);
        let mut cx = x + offset;
        for k in s..e {
            let (before, after) = self.blank(k);
            if k > s {
                cx += self.atoms[k].gap;
                cx += match self.gap_kind(k) {
                    Gap::Word => plan.space,
                    Gap::Boundary => plan.boundary,
                    Gap::Letter => plan.letter,
                    Gap::Fixed => 0.0,
                };
                cx -= plan.shrink * before;
            }
            pos.push(cx);
            cx += self.atoms[k].adv - plan.shrink * after;
        }
        // backgrounds for inline code, strike-through, links
        let mut k = s;
        while k < e {
            let a = &self.atoms[k];
            let mut j = k + 1;
            while j < e
                && self.atoms[j].code == a.code
                && self.atoms[j].link == a.link
                && self.atoms[j].strike == a.strike
            {
                j += 1;
            }
            let x0 = pos[k - s];
            let x1 = pos[j - 1 - s] + self.atoms[j - 1].adv;
            let sz = self.base.size;
            if a.code {
                cmds.push(Cmd::Rect {
                    x: x0 - 1.5,
                    y: baseline - sz * 0.92,
                    w: x1 - x0 + 3.0,
                    h: sz * 1.2,
                    color: CODE_BG,
                });
            }
            if a.strike {
                cmds.push(Cmd::Rect {
                    x: x0,
                    y: baseline - sz * 0.33,
                    w: x1 - x0,
                    h: 0.6,
                    color: a.color,
                });
            }
            if let Some(l) = a.link {
                cmds.push(Cmd::Link {
                    x: x0,
                    y: baseline - sz * 1.0,
                    w: x1 - x0,
                    h: sz * 1.35,
                    target: self.links[l].clone(),
                    tag: Tag::None,
                    local: l,
                });
            }
            k = j;
        }
        // glyph runs
        let mut k = s;
        while k < e {
            let a = &self.atoms[k];
            let mut glyphs = Vec::new();
            let mut j = k;
            while j < e {
                let b = &self.atoms[j];
                if b.weight != a.weight
                    || b.size != a.size
                    || b.color != a.color
                    || b.rise != a.rise
                    || b.link != a.link
                {
                    break;
                }
                glyphs.push((b.ch, pos[j - s]));
                j += 1;
            }
            cmds.push(Cmd::Text {
                y: baseline - a.rise,
                size: a.size,
                weight: a.weight,
                color: a.color,
                glyphs,
                tag: Tag::None,
                link: a.link,
            });
            k = j;
        }
        if line.hyphen {
            let a = &self.atoms[e - 1];
            cmds.push(Cmd::Text {
                y: baseline - a.rise,
                size: a.size,
                weight: a.weight,
                color: a.color,
                glyphs: vec![('-', cx)],
                tag: Tag::None,
                link: a.link,
            });
        }
        cmds
    }
}

/// Hyphenation points of the lower-case English words in `atoms` (patterns of `hypher`):
/// only whole words between spaces or punctuation, never inside a URL, an identifier, code
/// or a link.
fn hyphenation_points(atoms: &[Atom]) -> Vec<bool> {
    let mut out = vec![false; atoms.len()];
    let n = atoms.len();
    let mut i = 0;
    while i < n {
        let word_start = i == 0 || !atoms[i - 1].ch.is_alphabetic();
        if !atoms[i].ch.is_ascii_lowercase() || !word_start {
            i += 1;
            continue;
        }
        let s = i;
        while i < n && atoms[i].ch.is_ascii_alphabetic() {
            i += 1;
        }
        let e = i;
        // The token around the word: bounded by spaces, wide characters or the ends.
        let bound = |c: char| c == ' ' || is_wide(c);
        let ts = (0..s)
            .rev()
            .find(|&k| bound(atoms[k].ch))
            .map_or(0, |k| k + 1);
        let te = (e..n).find(|&k| bound(atoms[k].ch)).unwrap_or(n);
        let token_ok = atoms[ts..te].iter().all(|a| {
            !a.code
                && a.link.is_none()
                && !a.ch.is_ascii_digit()
                && !matches!(a.ch, '/' | '@' | '_' | ':' | '=' | '#' | '\\')
        }) && !atoms[ts..te]
            .windows(2)
            .any(|w| w[0].ch == '.' && w[1].ch.is_alphanumeric());
        let word: String = atoms[s..e].iter().map(|a| a.ch).collect();
        if !token_ok || e - s < HYPHENATE_MIN || word.chars().any(|c| c.is_ascii_uppercase()) {
            continue;
        }
        let mut at = s;
        for syl in hypher::hyphenate_bounded(&word, hypher::Lang::English, 2, 3) {
            if at > s {
                out[at] = true;
            }
            at += syl.chars().count();
        }
    }
    out
}

/// Shorten a context string for error messages.
pub fn snippet(s: &str) -> String {
    let s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() > 60 {
        let t: String = s.chars().take(60).collect();
        format!("{t}…")
    } else {
        s
    }
}

/// Width of a plain string.
pub fn measure(fonts: &Fonts, s: &str, base: Base) -> Result<f32, PdfError> {
    let p = Para::new(
        fonts,
        &[Inl::Text(s.to_string(), IStyle::default())],
        base,
        s,
    )?;
    Ok(p.max_width())
}

/// A single line of plain text at `x` (no wrapping).
pub fn text_cmds(
    fonts: &Fonts,
    s: &str,
    x: f32,
    baseline: f32,
    base: Base,
    context: &str,
) -> Result<Vec<Cmd>, PdfError> {
    let ctx = if context.is_empty() { s } else { context };
    let p = Para::new(
        fonts,
        &[Inl::Text(s.to_string(), IStyle::default())],
        base,
        ctx,
    )?;
    if p.is_empty() {
        return Ok(Vec::new());
    }
    let line = Line {
        start: 0,
        end: p.atoms.len(),
        width: p.max_width(),
        ragged: true,
        hyphen: false,
    };
    Ok(p.render(&line, x, baseline, p.max_width(), false, Align::Left))
}

/// Wrapped plain text as lines of commands (baseline-relative y from 0 at the top).
#[allow(clippy::too_many_arguments)]
pub fn wrapped(
    fonts: &Fonts,
    inl: &[Inl],
    base: Base,
    x: f32,
    w: f32,
    lh: f32,
    align: Align,
    context: &str,
) -> Result<(Vec<Cmd>, f32), PdfError> {
    let p = Para::new(fonts, inl, base, context)?;
    let lines = p.lines(w, w);
    let step = base.size * lh;
    let mut cmds = Vec::new();
    let mut y = 0.0;
    for l in &lines {
        let baseline = y + (step - base.size) / 2.0 + 0.88 * base.size;
        cmds.extend(p.render(l, x, baseline, w, false, align));
        y += step;
    }
    Ok((cmds, y))
}

#[cfg(test)]
mod tests;
