//! Inline layout (atoms, line breaking, JLReq spacing, justification), block layout
//! (headings, paragraphs, lists, notes, code) and pagination.
//!
//! Coordinates here are in points, x from the left page edge and y from the *top*
//! (downwards); `write` flips them for PDF.

use std::rc::Rc;

use crate::PdfError;
use crate::fonts::{Fonts, Weight};
use crate::linebreak::{
    Brk, is_closing, is_emergency_break_after, is_ja_letter, is_katakana, is_latin_alnum,
    is_opening, is_wide, no_line_start, opportunities,
};
use crate::parse::{Align, Block, IStyle, Inl, Target, plain, plain_blocks};
use crate::tags::{Tag, Tags};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rgb(pub f32, pub f32, pub f32);

pub const TEXT: Rgb = Rgb(0.11, 0.12, 0.14);
pub const MUTED: Rgb = Rgb(0.38, 0.40, 0.44);
pub const ACCENT: Rgb = Rgb(0.07, 0.22, 0.42);
pub const LINK: Rgb = Rgb(0.0, 0.33, 0.73);
pub const CODE: Rgb = Rgb(0.55, 0.12, 0.10);
pub const CODE_BG: Rgb = Rgb(0.94, 0.95, 0.96);
pub const RULE: Rgb = Rgb(0.72, 0.75, 0.80);

/// A drawing command. `y` is from the top of the enclosing item (or page).
#[derive(Debug, Clone)]
pub enum Cmd {
    /// A run of glyphs in one font/size/colour; `y` is the baseline, each glyph has its
    /// own absolute x.
    Text {
        y: f32,
        size: f32,
        weight: Weight,
        color: Rgb,
        glyphs: Vec<(char, f32)>,
        /// The structure element the run belongs to (see [`crate::tags`]).
        tag: Tag,
        /// The paragraph's link this run is the text of.
        link: Option<usize>,
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        color: Rgb,
    },
    Link {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        target: Target,
        tag: Tag,
        /// The paragraph's link number (its runs carry the same).
        local: usize,
    },
    /// Destination of a heading id.
    Anchor { id: String, y: f32 },
    /// A filled outline (closed rings of absolute points, top-down y; `true` marks a cubic
    /// Bézier control point): a watermark's letters, never read as text.
    Shape { rings: Vec<Ring>, color: Rgb },
}

impl Cmd {
    pub fn shift(&mut self, dy: f32) {
        match self {
            Cmd::Text { y, .. }
            | Cmd::Rect { y, .. }
            | Cmd::Link { y, .. }
            | Cmd::Anchor { y, .. } => *y += dy,
            Cmd::Shape { rings, .. } => {
                for p in rings.iter_mut().flatten() {
                    p.1 += dy;
                }
            }
        }
    }
}

/// A closed outline: points (x, y; `true` marks a cubic Bézier control point).
pub type Ring = Vec<(f32, f32, bool)>;

/// A vertical unit of content that is never split across pages.
#[derive(Debug, Clone, Default)]
pub struct Item {
    pub h: f32,
    pub cmds: Vec<Cmd>,
    /// Keep on the same page as the next item (headings, orphan/widow control).
    pub keep: bool,
    /// Space above; dropped at the top of a page.
    pub before: f32,
    /// Table header rows to repeat when this item starts a new page.
    pub header: Option<Rc<Vec<Item>>>,
}

/// The base style of a block of text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Base {
    pub size: f32,
    pub weight: Weight,
    pub color: Rgb,
}

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

/// Justification never stretches a Latin word space by more than this share of an em.
const MAX_WORD_STRETCH: f32 = 0.45;

/// Justification spreads Japanese letters by at most this share of an em (JLReq allows a
/// quarter; more reads as a letter-spaced line): a line with few break opportunities stays a
/// little short of the measure instead.
const MAX_LETTER_SPACE: f32 = 0.15;

const IGNORABLE: &[char] = &[
    '\u{200B}', '\u{00AD}', '\u{FEFF}', '\u{200C}', '\u{200D}', '\r',
];

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
        Ok(Para {
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

    /// Greedy line breaking with kinsoku (via the break opportunities) and emergency
    /// breaks for words wider than a line.
    pub fn lines(&self, w_first: f32, w_rest: f32) -> Vec<Line> {
        if let Some(mut lines) = self.total_fit(w_first, w_rest) {
            self.avoid_short_last_line(&mut lines, w_rest);
            return lines;
        }
        self.greedy(w_first, w_rest)
    }

    /// Japanese paragraphs: the breaks that make the paragraph's lines evenly full (the
    /// sum over its lines of the squared letter spacing justification would add), found by
    /// dynamic programming over the break opportunities. A line the greedy breaker would leave
    /// loose before an unbreakable identifier ("ISO/IEC 27001:2013") is avoided by breaking
    /// the lines above it a character earlier or later. `None` when the paragraph is not
    /// Japanese, has forced breaks, or some piece is wider than a line (the greedy breaker
    /// handles those).
    fn total_fit(&self, w_first: f32, w_rest: f32) -> Option<Vec<Line>> {
        let n = self.atoms.len();
        if n == 0
            || self.keep_words
            || !self.atoms.iter().any(|a| is_wide(a.ch))
            || self.atoms.iter().any(|a| a.hard)
        {
            return None;
        }
        let start0 = self.skip_spaces(0);
        if self.mk_line(start0, n, true).width <= w_first {
            return None;
        }
        // Candidate line ends: every break opportunity, and the end.
        let ends: Vec<usize> = (start0 + 1..n)
            .filter(|&k| self.brk[k] == Brk::Allowed)
            .chain(std::iter::once(n))
            .collect();
        // cost[s]: the best cost of lines that end where a line starting at `s` begins.
        // Every line start is after the start of the line before it, so the starts are
        // taken in order, each once its cost is final.
        let mut cost: Vec<Option<(f32, Option<usize>)>> = vec![None; n + 1];
        cost[start0] = Some((0.0, None));
        let size = self.base.size;
        let mut done: Option<(f32, usize)> = None;
        // Prefix sums (in f64, so their differences are as exact as summing each line):
        // a candidate line's width and stretchable gaps in constant time, where summing
        // each made every start cost the square of the line length.
        let mut adv = vec![0f64; n + 1];
        let mut gap = vec![0f64; n + 1];
        let mut stretch = vec![0usize; n + 1];
        for (i, a) in self.atoms.iter().enumerate() {
            adv[i + 1] = adv[i] + f64::from(a.adv);
            gap[i + 1] = gap[i] + f64::from(a.gap);
            stretch[i + 1] = stretch[i] + usize::from(i > 0 && self.stretchable(i));
        }
        for s in start0..n {
            let Some((c0, _)) = cost[s] else { continue };
            let avail = if s == start0 { w_first } else { w_rest };
            let from = ends.partition_point(|&k| k <= s);
            for &k in &ends[from..] {
                let mut e = k;
                while e > s && (self.atoms[e - 1].space || self.atoms[e - 1].hard) {
                    e -= 1;
                }
                let width = if e > s {
                    (adv[e] - adv[s] + gap[e] - gap[s + 1]) as f32
                } else {
                    0.0
                };
                let line = Line {
                    start: s,
                    end: e,
                    width,
                    ragged: k == n,
                    hyphen: false,
                };
                if line.width > avail + 0.01 {
                    break;
                }
                let c = if k == n {
                    c0
                } else {
                    let count = stretch[line.end.max(s + 1)] - stretch[s + 1];
                    let per = (avail - line.width) / (count.max(1) as f32) / size;
                    c0 + 1.0 + (per * 100.0).powi(2)
                };
                if k == n {
                    if done.is_none_or(|(best, _)| c < best) {
                        done = Some((c, s));
                    }
                    continue;
                }
                let next = self.skip_spaces(k);
                if next >= n {
                    continue;
                }
                if cost[next].is_none_or(|(best, _)| c < best) {
                    cost[next] = Some((c, Some(s)));
                }
            }
        }
        let (_, mut s) = done?;
        let mut lines = vec![self.mk_line(s, n, true)];
        while let Some((_, Some(prev))) = cost[s] {
            // the previous line runs from `prev` to the break before `s`
            let mut end = s;
            while end > prev && self.atoms[end - 1].space {
                end -= 1;
            }
            lines.push(self.mk_line(prev, end, false));
            s = prev;
        }
        lines.reverse();
        Some(lines)
    }

    /// Greedy line breaking (see [`Para::lines`]).
    fn greedy(&self, w_first: f32, w_rest: f32) -> Vec<Line> {
        let n = self.atoms.len();
        let mut out = Vec::new();
        let mut start = 0;
        while start < n && self.atoms[start].space {
            start += 1;
        }
        let mut i = start;
        let mut w = 0.0f32;
        let mut best: Option<usize> = None;
        let mut tie: Option<usize> = None;
        while i < n {
            let avail = if out.is_empty() { w_first } else { w_rest };
            let a = &self.atoms[i];
            if a.hard {
                out.push(self.mk_line(start, i, true));
                start = self.skip_spaces(i + 1);
                i = start;
                w = 0.0;
                best = None;
                tie = None;
                continue;
            }
            if i > start && self.brk[i] == Brk::Tie {
                tie = Some(i);
            }
            if i > start
                && self.brk[i] == Brk::Allowed
                && !(self.keep_words && self.inside_word(i) && best.is_some())
            {
                best = Some(i);
            }
            let aw = self.w(i, start);
            if a.space {
                w += aw;
                i += 1;
                continue;
            }
            if w + aw > avail + 0.01 && i > start {
                let brk = match best {
                    // a long URL after the break would leave this line loose: split the
                    // URL at its punctuation instead
                    Some(b) if b > start => match self.url_break(b, i) {
                        Some(k) if self.mk_line(start, b, false).width < avail * 0.85 => k,
                        _ => b,
                    },
                    _ => self.emergency(start, i),
                };
                // A tie gives way only when nothing else on the line can.
                let brk = match (best, tie) {
                    (None, Some(t)) if t > start => t,
                    _ => brk,
                };
                let after_hyphen = out.last().is_some_and(|l: &Line| l.hyphen);
                if !after_hyphen
                    && !self.keep_words
                    && let Some(line) = self.hyphenated(start, brk, i, avail)
                {
                    start = line.end;
                    out.push(line);
                    i = start;
                    w = 0.0;
                    best = None;
                    continue;
                }
                out.push(self.mk_line(start, brk, false));
                start = self.skip_spaces(brk);
                i = start;
                w = 0.0;
                best = None;
                tie = None;
                continue;
            }
            w += aw;
            i += 1;
        }
        if start < n || out.is_empty() {
            out.push(self.mk_line(start, n, true));
        } else if let Some(l) = out.last_mut() {
            l.ragged = true;
        }
        self.avoid_short_last_line(&mut out, w_rest);
        out
    }

    /// Japanese text: a paragraph's last line should not be a lone character (plus
    /// punctuation), e.g. "す。". Pull one more character down from the line above.
    fn avoid_short_last_line(&self, out: &mut [Line], w_rest: f32) {
        let n = out.len();
        if n < 2 {
            return;
        }
        let (prev, last) = (out[n - 2], out[n - 1]);
        if prev.ragged || last.end != self.atoms.len() {
            return;
        }
        let body = self.atoms[last.start..last.end]
            .iter()
            .filter(|a| !no_line_start(a.ch) && !a.space)
            .count();
        let wide = self.atoms[last.start..last.end]
            .iter()
            .any(|a| is_wide(a.ch));
        if body > 1 || !wide {
            return;
        }
        // the latest earlier break in the previous line that leaves it at least 4 atoms
        let mut k = last.start;
        while k > prev.start + 4 {
            k -= 1;
            if k < last.start && self.brk[k] == Brk::Allowed && !self.atoms[k].space {
                let moved = self.mk_line(k, self.atoms.len(), true);
                if moved.width <= w_rest && last.start - k <= 2 {
                    out[n - 2] = self.mk_line(prev.start, k, false);
                    out[n - 1] = moved;
                }
                return;
            }
        }
    }

    /// When the line `start..brk` would be loose, a line that hyphenates the word that
    /// overflowed (at `i`) instead: the latest hyphenation point that still fits.
    fn hyphenated(&self, start: usize, brk: usize, i: usize, avail: f32) -> Option<Line> {
        let plain = self.mk_line(start, brk, false);
        let spaces = self.atoms[start..plain.end]
            .iter()
            .filter(|a| a.space)
            .count()
            .max(1);
        if (avail - plain.width) / (spaces as f32) <= LOOSE_SPACE * self.base.size {
            return None;
        }
        let mut k = i;
        while k > brk.max(start + 1) {
            if self.hyph[k] {
                let mut line = self.mk_line(start, k, false);
                let hw = self.hyphen_width(k - 1);
                if line.width + hw <= avail + 0.01 {
                    line.width += hw;
                    line.hyphen = true;
                    return Some(line);
                }
            }
            k -= 1;
        }
        None
    }

    /// A break inside the URL-like word running from `b` to the overflow at `i`: after
    /// `/ . - _ ? & = #` …, at least two characters after `b`.
    fn url_break(&self, b: usize, i: usize) -> Option<usize> {
        let word = &self.atoms[b..i];
        if word.iter().any(|a| a.space || is_wide(a.ch))
            || !word.iter().any(|a| is_emergency_break_after(a.ch))
        {
            return None;
        }
        (b + 2..=i).rev().find(|&k| {
            is_emergency_break_after(self.atoms[k - 1].ch) && !no_line_start(self.atoms[k].ch)
        })
    }

    fn emergency(&self, start: usize, i: usize) -> usize {
        // prefer after URL punctuation, then any character that may start a line
        let mut k = i;
        while k > start + 1 {
            if is_emergency_break_after(self.atoms[k - 1].ch) && !no_line_start(self.atoms[k].ch) {
                return k;
            }
            k -= 1;
        }
        let mut k = i;
        while k > start + 1 && no_line_start(self.atoms[k].ch) {
            k -= 1;
        }
        k.max(start + 1)
    }

    /// The first atom at or after `from` that is not a space (a line never starts with one).
    fn skip_spaces(&self, from: usize) -> usize {
        let mut i = from;
        while i < self.atoms.len() && self.atoms[i].space {
            i += 1;
        }
        i
    }

    fn mk_line(&self, start: usize, end: usize, ragged: bool) -> Line {
        let mut e = end;
        while e > start && (self.atoms[e - 1].space || self.atoms[e - 1].hard) {
            e -= 1;
        }
        let width = (start..e).map(|k| self.w(k, start)).sum();
        Line {
            start,
            end: e,
            width,
            ragged,
            hyphen: false,
        }
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

    /// Where justification may add space before atom `k`: after a word space, and at
    /// break opportunities next to Japanese characters (not inside "ISO/IEC" or
    /// "third-party").
    fn stretchable(&self, k: usize) -> bool {
        self.brk[k] == Brk::Allowed
            && (self.atoms[k - 1].space
                || is_wide(self.atoms[k - 1].ch)
                || is_wide(self.atoms[k].ch))
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
        let mut per = 0.0;
        let mut offset = 0.0;
        if justify && !line.ragged && extra > 0.0 {
            let count = (s + 1..e).filter(|&k| self.stretchable(k)).count();
            if count > 0 {
                per = extra / count as f32;
                let any_wide = self.atoms[s..e].iter().any(|a| is_wide(a.ch));
                // Latin word spaces stretched past half an em read as holes: such a line
                // (too few spaces, no hyphenation point) is set ragged instead.
                if !any_wide && per > self.base.size * MAX_WORD_STRETCH {
                    per = 0.0;
                }
                // A line with few break opportunities is not letter-spaced across the
                // measure: it stretches at most a quarter em per gap and stays short.
                if any_wide {
                    per = per.min(self.base.size * MAX_LETTER_SPACE);
                }
            }
        } else if extra > 0.0 {
            offset = match align {
                Align::Left => 0.0,
                Align::Center => extra / 2.0,
                Align::Right => extra,
            };
        }
        let mut pos = Vec::with_capacity(e - s);
        let mut cx = x + offset;
        for k in s..e {
            if k > s {
                cx += self.atoms[k].gap;
                if per > 0.0 && self.stretchable(k) {
                    cx += per;
                }
            }
            pos.push(cx);
            cx += self.atoms[k].adv;
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

// ---------------------------------------------------------------------------------
// Page geometry and theme

pub const PAGE_W: f32 = 595.276;
pub const PAGE_H: f32 = 841.89;
pub const MARGIN_X: f32 = 62.0;
pub const MARGIN_TOP: f32 = 72.0;
pub const MARGIN_BOTTOM: f32 = 68.0;
pub const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN_X;

/// Typography that depends on the script of the text.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub body: f32,
    pub lh: f32,
    pub small: f32,
}

impl Theme {
    /// Text set mostly in wide (CJK) characters gets the looser line height JLReq asks for
    /// (1.7); Latin text 1.55. Decided from the text itself, not from a language id.
    pub fn for_text(text: &str) -> Theme {
        let (mut wide, mut letters) = (0usize, 0usize);
        for c in text.chars().filter(|c| c.is_alphanumeric()) {
            letters += 1;
            if crate::linebreak::is_wide(c) {
                wide += 1;
            }
        }
        let cjk = letters > 0 && wide * 4 >= letters;
        Theme {
            body: 10.0,
            lh: if cjk { 1.7 } else { 1.55 },
            small: 8.5,
        }
    }
}

/// A heading met in the body (for the outline and the contents page).
#[derive(Debug, Clone)]
pub struct HeadingInfo {
    pub level: u8,
    pub id: String,
    pub title: String,
}

/// A label hung in the indent of the blocks it marks (see `Body::marked`).
struct Marker<'a> {
    text: &'a str,
    base: Base,
    /// Width of the indent the blocks are set in.
    indent: f32,
    /// Space above the first block.
    before: f32,
    /// Right-align the label in the indent (list markers) or set it flush left (notes).
    right_align: bool,
}

/// Where blocks go: left edge, width, base style, line height factor.
#[derive(Clone, Copy)]
pub struct Env {
    pub x: f32,
    pub w: f32,
    pub base: Base,
    pub lh: f32,
    pub depth: usize,
    pub justify: bool,
    /// The structure element blocks laid out here belong to.
    pub parent: usize,
}

/// Lines of a paragraph as items.
pub fn para_items(
    fonts: &Fonts,
    p: &Para,
    env: &Env,
    before: f32,
    w_first_indent: f32,
) -> Vec<Item> {
    let lh = env.base.size * env.lh;
    let lines = p.lines(env.w - w_first_indent, env.w);
    let n = lines.len();
    let _ = fonts;
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let baseline = (lh - env.base.size) / 2.0 + 0.88 * env.base.size;
            let x = if i == 0 {
                env.x + w_first_indent
            } else {
                env.x
            };
            let w = if i == 0 {
                env.w - w_first_indent
            } else {
                env.w
            };
            Item {
                h: lh,
                cmds: p.render(l, x, baseline, w, env.justify, Align::Left),
                // orphan/widow control: keep the first two and the last two lines together
                keep: n > 1 && (i == 0 || i + 2 == n),
                before: if i == 0 { before } else { 0.0 },
                header: None,
            }
        })
        .collect()
}

pub struct Body<'a> {
    pub fonts: &'a Fonts,
    pub theme: Theme,
    pub items: Vec<Item>,
    pub headings: Vec<HeadingInfo>,
    pub tags: Tags,
    /// The smallest heading level of the document (its sections), which is `H1`.
    pub top_level: u8,
}

impl<'a> Body<'a> {
    pub fn new(fonts: &'a Fonts, theme: Theme) -> Self {
        Body {
            fonts,
            theme,
            items: Vec::new(),
            headings: Vec::new(),
            tags: Tags::default(),
            top_level: 1,
        }
    }

    pub fn root_env(&self) -> Env {
        Env {
            x: MARGIN_X,
            w: CONTENT_W,
            base: Base {
                size: self.theme.body,
                weight: Weight::Regular,
                color: TEXT,
            },
            lh: self.theme.lh,
            depth: 0,
            justify: true,
            parent: 0,
        }
    }

    /// Claim for `node` what the items from `start` on drew and no inner block claimed.
    fn stamp(&mut self, start: usize, node: usize) {
        let mut links = std::collections::HashMap::new();
        for it in &mut self.items[start..] {
            self.tags.stamp(&mut it.cmds, node, &mut links);
        }
    }

    pub fn blocks(&mut self, blocks: &[Block], env: &Env) -> Result<(), PdfError> {
        self.blocks_inner(blocks, env).map_err(|e| match e {
            // say which section the character is in, unless it is in a heading
            PdfError::MissingGlyph { ch, context }
                if !context.contains("heading “") && env.depth == 0 =>
            {
                let context = match self.headings.last() {
                    Some(h) => format!("{context}, in section “{}”", h.title),
                    None => context,
                };
                PdfError::MissingGlyph { ch, context }
            }
            e => e,
        })
    }

    fn blocks_inner(&mut self, blocks: &[Block], env: &Env) -> Result<(), PdfError> {
        for (bi, b) in blocks.iter().enumerate() {
            let para_gap = env.base.size * 0.7;
            let first_in_container = bi == 0 && env.depth > 0;
            match b {
                Block::Heading { level, id, inl } => {
                    let start = self.items.len();
                    let role = match level.saturating_sub(self.top_level) {
                        0 => "H1",
                        1 => "H2",
                        2 => "H3",
                        3 => "H4",
                        4 => "H5",
                        _ => "H6",
                    };
                    let node = self.tags.add(role, env.parent);
                    self.heading(*level, id, inl, env)?;
                    self.stamp(start, node);
                }
                Block::Para(inl) => {
                    let p = Para::new(self.fonts, inl, env.base, &plain(inl))?;
                    if p.is_empty() {
                        continue;
                    }
                    let before = if first_in_container {
                        env.base.size * 0.2
                    } else {
                        para_gap
                    };
                    let start = self.items.len();
                    let node = self.tags.add("P", env.parent);
                    let items = para_items(self.fonts, &p, env, before, 0.0);
                    self.items.extend(items);
                    self.stamp(start, node);
                }
                Block::List { start, items } => {
                    let indent = if start.is_some() {
                        env.base.size * 1.9
                    } else {
                        env.base.size * 1.4
                    };
                    let list = self.tags.add("L", env.parent);
                    for (n, (ii, it)) in (start.unwrap_or(1)..).zip(items.iter().enumerate()) {
                        let marker = match start {
                            Some(_) => format!("{n}."),
                            None => match env.depth % 3 {
                                0 => "•".to_string(),
                                1 => "◦".to_string(),
                                _ => "▪".to_string(),
                            },
                        };

                        // a list nested in a list item hugs its parent item
                        let before = if ii == 0 && !first_in_container && env.depth == 0 {
                            para_gap
                        } else {
                            env.base.size * 0.25
                        };
                        let m = Marker {
                            text: &marker,
                            base: env.base,
                            indent,
                            before,
                            right_align: true,
                        };
                        let li = self.tags.add("LI", list);
                        let body = self.tags.add("LBody", li);
                        let first = self.items.len();
                        self.marked(
                            it,
                            &Env {
                                parent: body,
                                ..*env
                            },
                            m,
                        )?;
                        // what the item's blocks left unclaimed is its marker
                        let lbl = self.tags.add("Lbl", li);
                        self.stamp(first, lbl);
                    }
                }
                Block::Quote(bs) => {
                    let start = self.items.len();
                    let quote = self.tags.add("BlockQuote", env.parent);
                    let inner = Env {
                        parent: quote,
                        x: env.x + 12.0,
                        w: env.w - 12.0,
                        depth: env.depth + 1,
                        base: Base {
                            color: MUTED,
                            ..env.base
                        },
                        ..*env
                    };
                    self.blocks(bs, &inner)?;
                    if let Some(first) = self.items.get_mut(start) {
                        first.before = first.before.max(para_gap);
                    }
                    for it in &mut self.items[start..] {
                        it.cmds.insert(
                            0,
                            Cmd::Rect {
                                x: env.x + 2.0,
                                y: 0.0,
                                w: 2.5,
                                h: it.h,
                                color: RULE,
                            },
                        );
                    }
                }
                Block::Code(code) => {
                    let start = self.items.len();
                    let node = self.tags.add("P", env.parent);
                    self.code(code, env, para_gap)?;
                    self.stamp(start, node);
                }
                Block::Table { aligns, head, rows } => {
                    let items = crate::table::layout_table(
                        self.fonts,
                        &self.theme,
                        env,
                        aligns,
                        head,
                        rows,
                        &mut self.tags,
                    )?;
                    let mut items = items;
                    if let Some(f) = items.first_mut() {
                        f.before = env.base.size * 0.9;
                    }
                    self.items.extend(items);
                }
                Block::Note { num, mark, blocks } => {
                    // The note follows the block that cites it (see `front::events`): its
                    // first line stays on that block's last page.
                    if let Some(last) = self.items.last_mut() {
                        last.keep = true;
                    }
                    let base = Base {
                        size: self.theme.small,
                        weight: Weight::Regular,
                        color: MUTED,
                    };
                    let label = format!("{mark}{num}");
                    let lw = measure(self.fonts, &label, base)? + base.size * 0.6;
                    let before = env.base.size * 0.35;
                    let note = self.tags.add("Note", env.parent);
                    let inner_env = Env {
                        base,
                        lh: 1.6,
                        parent: note,
                        ..*env
                    };
                    let m = Marker {
                        text: &label,
                        base,
                        indent: lw,
                        before,
                        right_align: false,
                    };
                    let first = self.items.len();
                    self.marked(blocks, &inner_env, m)?;
                    let lbl = self.tags.add("Lbl", note);
                    self.stamp(first, lbl);
                }
                Block::Rule => {
                    self.items.push(Item {
                        h: env.base.size * 1.2,
                        cmds: vec![Cmd::Rect {
                            x: env.x,
                            y: env.base.size * 0.6,
                            w: env.w,
                            h: 0.6,
                            color: RULE,
                        }],
                        keep: false,
                        before: para_gap,
                        header: None,
                    });
                }
            }
        }
        Ok(())
    }

    /// Lay out `blocks` indented by `m.indent`, with `m.text` hanging in the indent on the
    /// first line (list bullets, numbers, "※n" note labels).
    fn marked(&mut self, blocks: &[Block], env: &Env, m: Marker) -> Result<(), PdfError> {
        let Marker {
            text: marker,
            base,
            indent,
            before,
            right_align,
        } = m;
        let start = self.items.len();
        let inner = Env {
            x: env.x + indent,
            w: env.w - indent,
            depth: env.depth + 1,
            ..*env
        };
        self.blocks(blocks, &inner)?;
        if self.items.len() == start {
            return Ok(());
        }
        self.items[start].before = before;
        // baseline of the first text line
        let baseline = self.items[start]
            .cmds
            .iter()
            .find_map(|c| {
                if let Cmd::Text { y, .. } = c {
                    Some(*y)
                } else {
                    None
                }
            })
            .unwrap_or(base.size);
        let mw = measure(self.fonts, marker, base)?;
        let x = if right_align {
            env.x + indent - mw - base.size * 0.45
        } else {
            env.x
        };
        let cmds = text_cmds(self.fonts, marker, x, baseline, base, &plain_blocks(blocks))?;
        // marker first, so the content stream reads in order
        self.items[start].cmds.splice(0..0, cmds);
        // keep a marker with at least its first two lines
        if self.items.len() > start + 1 {
            self.items[start].keep = true;
        }
        Ok(())
    }

    fn heading(&mut self, level: u8, id: &str, inl: &[Inl], env: &Env) -> Result<(), PdfError> {
        let t = &self.theme;
        let (size, before, after) = match level {
            1 | 2 => (t.body * 1.55, t.body * 2.2, t.body * 0.5),
            3 => (t.body * 1.25, t.body * 1.5, t.body * 0.2),
            _ => (t.body * 1.08, t.body * 1.1, 0.0),
        };
        let base = Base {
            size,
            weight: Weight::Bold,
            color: if level <= 3 { ACCENT } else { TEXT },
        };
        let title = plain(inl);
        let p = Para::new(self.fonts, inl, base, &format!("heading “{title}”"))?;
        let henv = Env {
            base,
            lh: 1.45,
            justify: false,
            ..*env
        };
        let mut items = para_items(self.fonts, &p, &henv, before, 0.0);
        for it in &mut items {
            it.keep = true;
        }
        if let Some(f) = items.first_mut() {
            f.cmds.push(Cmd::Anchor {
                id: id.to_string(),
                y: 0.0,
            });
        }
        if let Some(l) = items.last_mut() {
            if level <= 2 {
                l.cmds.push(Cmd::Rect {
                    x: env.x,
                    y: l.h + 1.0,
                    w: env.w,
                    h: 0.8,
                    color: ACCENT,
                });
                l.h += 3.0;
            }
            l.h += after;
        }
        self.items.extend(items);
        self.headings.push(HeadingInfo {
            level,
            id: id.to_string(),
            title,
        });
        Ok(())
    }

    fn code(&mut self, code: &str, env: &Env, before: f32) -> Result<(), PdfError> {
        let base = Base {
            size: self.theme.small,
            weight: Weight::Regular,
            color: TEXT,
        };
        let pad = 5.0;
        let cenv = Env {
            x: env.x + pad,
            w: env.w - 2.0 * pad,
            base,
            lh: 1.5,
            justify: false,
            ..*env
        };
        let mut items = Vec::new();
        for l in code.lines() {
            let inl = vec![Inl::Text(
                if l.is_empty() {
                    " ".into()
                } else {
                    l.to_string()
                },
                IStyle::default(),
            )];
            let p = Para::new(self.fonts, &inl, base, l)?;
            let mut its = para_items(self.fonts, &p, &cenv, 0.0, 0.0);
            if its.is_empty() {
                its.push(Item {
                    h: base.size * 1.5,
                    ..Default::default()
                });
            }
            items.extend(its);
        }
        let n = items.len();
        for (i, it) in items.iter_mut().enumerate() {
            it.keep = false;
            let (top, bottom) = (
                if i == 0 { pad } else { 0.0 },
                if i + 1 == n { pad } else { 0.0 },
            );
            for c in &mut it.cmds {
                c.shift(top);
            }
            it.h += top + bottom;
            it.cmds.insert(
                0,
                Cmd::Rect {
                    x: env.x,
                    y: 0.0,
                    w: env.w,
                    h: it.h,
                    color: CODE_BG,
                },
            );
        }
        if let Some(f) = items.first_mut() {
            f.before = before;
        }
        self.items.extend(items);
        Ok(())
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

// ---------------------------------------------------------------------------------
// Pagination

/// Flow items onto pages between `top` and `bottom`. Returns the commands of each page
/// (absolute, top-down y).
pub fn paginate(items: &[Item], top: f32, bottom: f32) -> Vec<Vec<Cmd>> {
    let mut pages: Vec<Vec<Cmd>> = vec![Vec::new()];
    let mut y = top;
    let mut at_top = true;
    let avail = bottom - top;

    fn put(pages: &mut [Vec<Cmd>], it: &Item, y: &mut f32, at_top: &mut bool) {
        let before = if *at_top { 0.0 } else { it.before };
        *y += before;
        let page = pages.last_mut().unwrap();
        for c in &it.cmds {
            let mut c = c.clone();
            c.shift(*y);
            page.push(c);
        }
        *y += it.h;
        *at_top = false;
    }

    let mut i = 0;
    while i < items.len() {
        // a keep-together group
        let mut j = i;
        while j + 1 < items.len() && items[j].keep && j - i < 12 {
            j += 1;
        }
        if j > i && !at_top {
            let h: f32 = items[i..=j].iter().map(|it| it.before + it.h).sum();
            if y + h > bottom && h - items[i].before <= avail {
                pages.push(Vec::new());
                y = top;
                at_top = true;
            }
        }
        for it in &items[i..=j] {
            let before = if at_top { 0.0 } else { it.before };
            if !at_top && y + before + it.h > bottom + 0.01 {
                pages.push(Vec::new());
                y = top;
                at_top = true;
                if let Some(hdr) = &it.header {
                    for h in hdr.iter() {
                        // a repeated header is pagination furniture: it was read once
                        let mut h = h.clone();
                        Tags::artifact(&mut h.cmds);
                        put(&mut pages, &h, &mut y, &mut at_top);
                    }
                }
            }
            put(&mut pages, it, &mut y, &mut at_top);
        }
        i = j + 1;
    }
    pages
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::Fonts;
    use crate::linebreak::no_line_end;

    fn fonts() -> &'static Fonts {
        use std::sync::OnceLock;
        static F: OnceLock<Fonts> = OnceLock::new();
        F.get_or_init(|| Fonts::builtin().unwrap())
    }

    fn base() -> Base {
        Base {
            size: 10.0,
            weight: Weight::Regular,
            color: TEXT,
        }
    }

    /// A paragraph of plain text in the body style.
    fn plain_para(text: &str) -> Para {
        Para::new(
            fonts(),
            &[Inl::Text(text.into(), IStyle::default())],
            base(),
            "t",
        )
        .unwrap()
    }

    fn line_texts(text: &str, w: f32) -> Vec<String> {
        let p = plain_para(text);
        p.lines(w, w)
            .iter()
            .map(|l| p.atoms[l.start..l.end].iter().map(|a| a.ch).collect())
            .collect()
    }

    #[test]
    fn kinsoku_holds_at_many_widths() {
        let text = "当社は、お客様のデータ（個人情報を含む）を「安全」に保管します。キャッシュやバックアップ・ログについても、同様の管理を行っています！ちょっと待ってください？はい。";
        for w in (60..300).step_by(7) {
            let lines = line_texts(text, w as f32);
            assert_eq!(lines.concat(), text.to_string());
            for l in &lines {
                let first = l.chars().next().unwrap();
                let last = l.chars().last().unwrap();
                assert!(
                    !no_line_start(first),
                    "line starts with {first}: {l:?} (w={w})"
                );
                assert!(!no_line_end(last), "line ends with {last}: {l:?} (w={w})");
            }
        }
    }

    #[test]
    fn headings_keep_with_the_next_block() {
        let filler = Item {
            h: 100.0,
            ..Default::default()
        };
        let heading = Item {
            h: 20.0,
            keep: true,
            cmds: vec![Cmd::Anchor {
                id: "h".into(),
                y: 0.0,
            }],
            ..Default::default()
        };
        let line = Item {
            h: 17.0,
            ..Default::default()
        };
        // 7 × 100 = 700 of 720: the heading would fit, the heading + line would not
        let mut items = vec![filler; 7];
        items.push(heading);
        items.push(line);
        let pages = paginate(&items, 0.0, 720.0);
        assert_eq!(pages.len(), 2);
        assert!(
            matches!(pages[1].first(), Some(Cmd::Anchor { y, .. }) if *y == 0.0),
            "{:?}",
            pages[1]
        );
    }

    #[test]
    fn no_lone_character_on_the_last_line() {
        let text = "当社が提供するサービスで利用しているコンポーネントに対する脆弱性パッチが公開された場合は速やかに適用します。";
        for w in (80..300).step_by(3) {
            let lines = line_texts(text, w as f32);
            assert_eq!(lines.concat(), text);
            let last = lines.last().unwrap();
            if lines.len() > 1 {
                assert!(
                    last.chars().filter(|c| !no_line_start(*c)).count() >= 2,
                    "w={w}: {lines:?}"
                );
            }
        }
    }

    #[test]
    fn latin_words_not_split_and_urls_break() {
        let lines = line_texts(
            "The quick brown fox jumps over the lazy dog again and again",
            90.0,
        );
        for l in &lines {
            for w in l.split(' ') {
                assert!(
                    "The quick brown fox jumps over the lazy dog again and again"
                        .split(' ')
                        .any(|x| x == w),
                    "{w}"
                );
            }
        }
        let lines = line_texts(
            "see https://example.com/some/very/long/path/that/does/not/fit/in/a/line.html",
            80.0,
        );
        assert!(lines.len() > 2);
        for l in &lines[1..lines.len() - 1] {
            let last = l.chars().last().unwrap();
            assert!(is_emergency_break_after(last) || last == 'e', "{l:?}");
        }
    }

    #[test]
    fn soft_breaks_join_cjk_and_space_latin() {
        let inl = vec![
            Inl::Text("日本語の".into(), IStyle::default()),
            Inl::Soft,
            Inl::Text("文章".into(), IStyle::default()),
            Inl::Text(" and".into(), IStyle::default()),
            Inl::Soft,
            Inl::Text("English".into(), IStyle::default()),
        ];
        let p = Para::new(fonts(), &inl, base(), "t").unwrap();
        let s: String = p.atoms.iter().map(|a| a.ch).collect();
        assert_eq!(s, "日本語の文章 and English");
    }

    #[test]
    fn jlreq_spacing_and_compression() {
        let p = Para::new(
            fonts(),
            &[Inl::Text("日本語Webと「引用」。".into(), IStyle::default())],
            base(),
            "t",
        )
        .unwrap();
        let w = |c: char| p.atoms.iter().find(|a| a.ch == c).unwrap().clone();
        assert!((w('W').gap - 2.5).abs() < 0.01);
        assert!((w('と').gap - 2.5).abs() < 0.01);
        assert!(
            (w('」').adv - 5.0).abs() < 0.01,
            "」 before 。 is half-width"
        );
        assert!((w('。').adv - 10.0).abs() < 0.01);
    }

    #[test]
    fn justified_lines_fill_the_measure() {
        let text = "当社は、お客様のデータを安全に保管するため、複数の対策を講じています。暗号化、アクセス制御、監査ログの取得などを継続的に実施しています。";
        let p = plain_para(text);
        let lines = p.lines(155.0, 155.0);
        for l in &lines[..lines.len() - 1] {
            let cmds = p.render(l, 0.0, 10.0, 155.0, true, Align::Left);
            let mut last_x = 0.0f32;
            let mut last_adv = 0.0;
            for c in &cmds {
                if let Cmd::Text { glyphs, .. } = c {
                    for (ch, x) in glyphs {
                        last_x = *x;
                        last_adv = p.atoms.iter().find(|a| a.ch == *ch).unwrap().adv;
                    }
                }
            }
            assert!(
                (last_x + last_adv - 155.0).abs() < 0.6,
                "line ends at {}",
                last_x + last_adv
            );
        }
    }

    /// The glyph positions of a rendered line.
    fn glyph_xs(cmds: &[Cmd]) -> Vec<(char, f32)> {
        cmds.iter()
            .filter_map(|c| match c {
                Cmd::Text { glyphs, .. } => Some(glyphs.clone()),
                _ => None,
            })
            .flatten()
            .collect()
    }

    #[test]
    fn loose_english_lines_are_hyphenated_and_fit() {
        let text = "We comply with the data protection and privacy laws that apply generally to the provision of the services, notwithstanding unforeseeable circumstances.";
        let p = plain_para(text);
        let mut hyphenated = 0;
        for w in (120..260).step_by(7) {
            let w = w as f32;
            let lines = p.lines(w, w);
            for (i, l) in lines.iter().enumerate() {
                assert!(l.width <= w + 0.01, "line {i} overflows at {w}");
                if l.hyphen {
                    hyphenated += 1;
                    assert!(p.atoms[l.end - 1].ch.is_ascii_lowercase());
                    assert!(p.atoms[l.end].ch.is_ascii_lowercase(), "inside a word");
                    let xs = glyph_xs(&p.render(l, 0.0, 10.0, w, true, Align::Left));
                    assert_eq!(xs.last().map(|g| g.0), Some('-'), "the hyphen is drawn");
                }
                assert!(i + 1 == lines.len() || !(l.hyphen && lines[i + 1].hyphen));
            }
        }
        assert!(hyphenated > 0, "some width needs a hyphen");
        // Names and identifiers are never hyphenated.
        let p = plain_para("Kumotalk Ledgerly JIP-ISMS517-1.0 https://example.com/administration");
        assert!(!p.hyph.iter().any(|h| *h));
    }

    #[test]
    fn japanese_letters_are_never_spread_by_more_than_a_quarter_em() {
        // A long identifier that cannot break leaves the line before it short.
        let text = "当社は、クラウドセキュリティ認証を取得しています。JIP-ISMS517-1.0-EXTENDED-IDENTIFIERを参照してください。";
        let p = plain_para(text);
        for w in (150..300).step_by(5) {
            let w = w as f32;
            for l in p.lines(w, w) {
                let xs = glyph_xs(&p.render(&l, 0.0, 10.0, w, true, Align::Left));
                for pair in xs.windows(2) {
                    let ((a, xa), (b, xb)) = (pair[0], pair[1]);
                    if is_ja_letter(a) && is_ja_letter(b) {
                        let adv = p.atoms.iter().find(|t| t.ch == a).unwrap().adv;
                        let gap = xb - xa - adv;
                        assert!(
                            gap <= 0.25 * base().size + 0.01,
                            "{a}{b} spread by {gap} at width {w}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn missing_glyph_is_reported() {
        let e = Para::new(
            fonts(),
            &[Inl::Text("abc\u{10FFFD}".into(), IStyle::default())],
            base(),
            "My heading",
        )
        .err()
        .unwrap();
        let msg = e.to_string();
        assert!(
            msg.contains("U+10FFFD") && msg.contains("My heading"),
            "{msg}"
        );
    }
}
