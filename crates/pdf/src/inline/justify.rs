//! How a line meets its measure, in the order JLReq gives: punctuation and brackets give up
//! their blank half to take one more character in; to fill a line, the spaces a Latin word or
//! the Japanese–Latin boundary leaves widen first (each Latin word space to half an em at most);
//! Japanese letters are spread last, by a tenth of an em at most. A line that would need more is
//! not spread at all: it is set short (ragged), never letter-spaced and short at once.

use super::Para;
use crate::linebreak::{Brk, is_closing, is_opening, is_wide};

/// A Latin word space, natural width and stretch together, is never wider than this (em).
pub(super) const MAX_WORD_SPACE: f32 = 0.5;
/// The JLReq quarter-em space between Japanese and Latin widens to half an em at most: by
/// this much (em).
pub(super) const MAX_JA_LATIN_STRETCH: f32 = 0.25;
/// A Latin word space may give up this share of its width to take one more word in.
pub(super) const MAX_SPACE_SHRINK: f32 = 0.2;
/// Japanese letters are spread by at most this (em) between each two.
pub(super) const MAX_LETTER_SPACE: f32 = 0.1;

/// What the gap before an atom may do when a line is justified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Gap {
    /// Nothing: inside a word, a number, an identifier, or where kinsoku forbids a break.
    Fixed,
    /// After a Latin word space: widens first, to half an em in all.
    Word,
    /// At a Japanese–Latin boundary (its quarter em): widens first, by a quarter em at most.
    Boundary,
    /// Between Japanese characters: spread last.
    Letter,
}

/// How one line is set (pt added at each gap of a kind): `space` after a Latin word space,
/// `boundary` at a Japanese–Latin boundary, `letter` between Japanese characters; `shrink` is
/// the share (0..=1) of each punctuation blank given up.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(super) struct Plan {
    pub space: f32,
    pub boundary: f32,
    pub letter: f32,
    pub shrink: f32,
}

/// What a candidate line needs, for the breaker's cost.
#[derive(Debug, Clone, Copy)]
pub(super) enum Need {
    /// Fits as it is, or by taking up `ratio` (0..=1) of what it may shrink.
    Shrink(f32),
    /// Fills the measure by widening spaces (`space`: 0..=1 of what they may) and spreading
    /// letters (`letter`: 0..=1 of the most they may).
    Stretch { space: f32, letter: f32 },
    /// Cannot fill the measure within the limits: set short by `short` (em).
    Short(f32),
    /// Too wide even with every blank given up.
    Overfull,
}

impl Para {
    /// The kind of the gap before atom `k` (not at a line start).
    pub(super) fn gap_kind(&self, k: usize) -> Gap {
        let (a, b) = (&self.atoms[k - 1], &self.atoms[k]);
        if b.space || b.hard || a.hard {
            return Gap::Fixed;
        }
        if a.space {
            return Gap::Word;
        }
        if b.gap > 0.0 {
            return Gap::Boundary;
        }
        if self.brk[k] == Brk::Allowed && (is_wide(a.ch) || is_wide(b.ch)) {
            return Gap::Letter;
        }
        Gap::Fixed
    }

    /// How far an atom may be pushed in: (before it, after it), in pt. Closing marks (、。）」)
    /// give up their right half, opening brackets their left half, a full-width colon or middle
    /// dot a quarter on each side (nothing already compressed); a word space a fifth.
    pub(super) fn blank(&self, k: usize) -> (f32, f32) {
        let a = &self.atoms[k];
        if a.space {
            // a Latin word space may tighten a little (to four fifths), as in any typesetter
            return (0.0, MAX_SPACE_SHRINK * a.adv);
        }
        if a.adv < 0.9 * a.size {
            return (0.0, 0.0);
        }
        if is_closing(a.ch) {
            (0.0, 0.5 * a.size)
        } else if is_opening(a.ch) {
            (0.5 * a.size, 0.0)
        } else if matches!(a.ch, '：' | '；' | '・') {
            (0.25 * a.size, 0.25 * a.size)
        } else {
            (0.0, 0.0)
        }
    }

    /// What a line of natural `width` with these counts needs to meet `avail`: `spaces` Latin
    /// word spaces, `boundaries` Japanese–Latin spaces, `letters` letter gaps, `blank` pt that
    /// punctuation may give up.
    pub(super) fn need(&self, width: f32, avail: f32, c: Counts) -> Need {
        let em = self.base.size;
        if width > avail + 0.01 {
            let over = width - avail;
            return if over <= c.blank + 0.01 {
                Need::Shrink(if c.blank > 0.0 { over / c.blank } else { 0.0 })
            } else {
                Need::Overfull
            };
        }
        let extra = avail - width;
        let space_cap = c.spaces as f32 * (MAX_WORD_SPACE * em - self.space_adv).max(0.0)
            + c.boundaries as f32 * MAX_JA_LATIN_STRETCH * em;
        if extra <= space_cap + 0.01 {
            let space = if space_cap > 0.0 {
                extra / space_cap
            } else {
                0.0
            };
            return Need::Stretch { space, letter: 0.0 };
        }
        let letter_cap = c.letters as f32 * MAX_LETTER_SPACE * em;
        if extra <= space_cap + letter_cap + 0.01 {
            let letter = (extra - space_cap) / letter_cap;
            return Need::Stretch { space: 1.0, letter };
        }
        Need::Short(extra / em)
    }

    /// Counts for the line `s..e`, by walking it (the breaker keeps prefix sums instead).
    pub(super) fn counts(&self, s: usize, e: usize) -> Counts {
        let mut c = Counts::default();
        for k in s..e {
            if k > s {
                match self.gap_kind(k) {
                    Gap::Word => c.spaces += 1,
                    Gap::Boundary => c.boundaries += 1,
                    Gap::Letter => c.letters += 1,
                    Gap::Fixed => {}
                }
            }
            let (before, after) = self.blank(k);
            c.blank += if k > s { before } else { 0.0 } + after;
        }
        c
    }

    /// How the line `s..e` of natural `width` is set in `avail` (`justify`: fill the measure).
    pub(super) fn plan(&self, s: usize, e: usize, width: f32, avail: f32, justify: bool) -> Plan {
        let c = self.counts(s, e);
        let em = self.base.size;
        match self.need(width, avail, c) {
            Need::Shrink(r) => Plan {
                shrink: r.min(1.0),
                ..Plan::default()
            },
            Need::Stretch { space, letter } if justify => {
                // word spaces and boundaries widen by the same share of their caps
                let word = (MAX_WORD_SPACE * em - self.space_adv).max(0.0);
                Plan {
                    space: space * word,
                    boundary: space * MAX_JA_LATIN_STRETCH * em,
                    letter: letter * MAX_LETTER_SPACE * em,
                    shrink: 0.0,
                }
            }
            _ => Plan::default(),
        }
    }
}

/// Counts of a candidate line's adjustable places.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Counts {
    pub spaces: usize,
    pub boundaries: usize,
    pub letters: usize,
    pub blank: f32,
}
