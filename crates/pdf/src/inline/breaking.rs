//! Line breaking of a paragraph: total fit (Knuth–Plass style, over the break
//! opportunities of UAX #14 and kinsoku), a greedy fallback, hyphenation, URL and emergency
//! breaks, and no lone short word on the last line.

use super::justify::{Counts, Gap, Need};
use super::{LOOSE_SPACE, Line, Para};
use crate::linebreak::{Brk, is_emergency_break_after, is_wide, no_line_start};

/// How a candidate line ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum End {
    Plain,
    Hyphen,
    Url,
    Tie,
}

impl Para {
    /// Greedy line breaking with kinsoku (via the break opportunities) and emergency
    /// breaks for words wider than a line.
    pub fn lines(&self, w_first: f32, w_rest: f32) -> Vec<Line> {
        if let Some(mut lines) = self.total_fit(w_first, w_rest) {
            self.avoid_short_last_line(&mut lines, w_rest);
            return lines;
        }
        self.greedy(w_first, w_rest)
    }

    /// Total fit: the breaks that set the whole paragraph best (Knuth–Plass), found by dynamic
    /// programming over the break opportunities (UAX #14 and kinsoku), the hyphenation points
    /// of English words, ties and URL punctuation. A line's cost is what it needs to meet the
    /// measure ([`Need`]): punctuation pushed in, spaces widened, letters spread by a tenth of
    /// an em at most; a line that cannot be filled costs far more than any other choice, and so
    /// does a lone short word or character on the last line, a hyphen after a hyphen, a tie
    /// given way. `None` when the paragraph has forced breaks or some piece is wider than a
    /// line (the greedy breaker handles those).
    pub(super) fn total_fit(&self, w_first: f32, w_rest: f32) -> Option<Vec<Line>> {
        let n = self.atoms.len();
        if n == 0 || self.atoms.iter().any(|a| a.hard) {
            return None;
        }
        let start0 = self.skip_spaces(0);
        if self.mk_line(start0, n, true).width <= w_first {
            return None;
        }
        let ends = self.candidates(start0);
        // Prefix sums (f64, so differences are as exact as summing each line): a candidate
        // line's width and adjustable places in constant time.
        let mut adv = vec![0f64; n + 1];
        let mut gap = vec![0f64; n + 1];
        let mut before = vec![0f64; n + 1];
        let mut after = vec![0f64; n + 1];
        let (mut spaces, mut bounds, mut letters) = (
            vec![0usize; n + 1],
            vec![0usize; n + 1],
            vec![0usize; n + 1],
        );
        for (i, a) in self.atoms.iter().enumerate() {
            adv[i + 1] = adv[i] + f64::from(a.adv);
            gap[i + 1] = gap[i] + f64::from(a.gap);
            let (b, f) = self.blank(i);
            before[i + 1] = before[i] + f64::from(b);
            after[i + 1] = after[i] + f64::from(f);
            let kind = if i > 0 { self.gap_kind(i) } else { Gap::Fixed };
            spaces[i + 1] = spaces[i] + usize::from(kind == Gap::Word);
            bounds[i + 1] = bounds[i] + usize::from(kind == Gap::Boundary);
            letters[i + 1] = letters[i] + usize::from(kind == Gap::Letter);
        }
        // best[s]: the cheapest way to set the lines before a line starting at `s`:
        // (cost, start of the line before, its end, whether it ends with a hyphen).
        let mut best: Vec<Option<(f64, usize, usize, bool)>> = vec![None; n + 1];
        let mut done: Option<(f64, usize)> = None;
        for s in start0..n {
            let c0 = match best[s] {
                Some((c, ..)) => c,
                None if s == start0 => 0.0,
                None => continue,
            };
            let after_hyphen = best[s].is_some_and(|b| b.3);
            let avail = if s == start0 { w_first } else { w_rest };
            let from = ends.partition_point(|&(k, _)| k <= s);
            for &(k, kind) in &ends[from..] {
                let mut e = k;
                if kind != End::Hyphen {
                    while e > s && (self.atoms[e - 1].space || self.atoms[e - 1].hard) {
                        e -= 1;
                    }
                }
                if e <= s {
                    continue;
                }
                let mut width = (adv[e] - adv[s] + gap[e] - gap[s + 1]) as f32;
                if kind == End::Hyphen {
                    width += self.hyphen_width(e - 1);
                }
                let counts = Counts {
                    spaces: spaces[e] - spaces[s + 1],
                    boundaries: bounds[e] - bounds[s + 1],
                    letters: letters[e] - letters[s + 1],
                    blank: (before[e] - before[s + 1] + after[e] - after[s]) as f32,
                };
                let need = self.need(width, avail, counts);
                if matches!(need, Need::Overfull) {
                    if kind == End::Plain {
                        break;
                    }
                    continue;
                }
                let last = k == n;
                let mut cost = if last {
                    match need {
                        Need::Overfull => unreachable!(),
                        Need::Shrink(r) => (10.0 + 50.0 * f64::from(r).powi(2)).powi(2),
                        _ => 0.0,
                    }
                } else {
                    let bad = match need {
                        Need::Shrink(r) => 50.0 * f64::from(r).powi(2),
                        Need::Stretch { space, letter } => {
                            100.0 * f64::from(space).powi(3) + 400.0 * f64::from(letter).powi(2)
                        }
                        Need::Short(em) => 10_000.0 + 1_000.0 * f64::from(em),
                        Need::Overfull => unreachable!(),
                    };
                    (10.0 + bad).powi(2)
                };
                cost += match kind {
                    End::Plain => 0.0,
                    End::Hyphen if after_hyphen => 500_000.0,
                    End::Hyphen => 3_000.0,
                    End::Url => 5_000.0,
                    End::Tie => 1_000_000.0,
                };
                if last && s > start0 && self.lone(s, e, avail) {
                    cost += 20_000.0;
                }
                let c = c0 + cost;
                if last {
                    if done.is_none_or(|(b, _)| c < b) {
                        done = Some((c, s));
                    }
                    continue;
                }
                let next = if kind == End::Hyphen {
                    k
                } else {
                    self.skip_spaces(k)
                };
                if next >= n {
                    continue;
                }
                if best[next].is_none_or(|b| c < b.0) {
                    best[next] = Some((c, s, e, kind == End::Hyphen));
                }
            }
        }
        let (_, mut s) = done?;
        let mut lines = vec![self.mk_line(s, n, true)];
        while s != start0 {
            let (_, prev, end, hyphen) = best[s]?;
            let mut line = self.mk_line(prev, end, false);
            if hyphen {
                line.width += self.hyphen_width(end - 1);
                line.hyphen = true;
            }
            lines.push(line);
            s = prev;
        }
        lines.reverse();
        Some(lines)
    }

    /// Where a line may end, in order: break opportunities, hyphenation points, ties (given
    /// way only when nothing else sets the paragraph) and URL punctuation in long tokens.
    fn candidates(&self, start0: usize) -> Vec<(usize, End)> {
        let n = self.atoms.len();
        let mut out = Vec::new();
        for k in start0 + 1..n {
            let kind = match self.brk[k] {
                Brk::Allowed => Some(End::Plain),
                Brk::Tie => Some(End::Tie),
                // a ragged table cell needs no hyphen to look even
                Brk::No if self.hyph[k] && !self.keep_words => Some(End::Hyphen),
                Brk::No if self.in_long_token(k) => Some(End::Url),
                Brk::No => None,
            };
            if let Some(kind) = kind {
                out.push((k, kind));
            }
        }
        out.push((n, End::Plain));
        out
    }

    /// After URL punctuation inside a token too long to keep whole (a URL, a path).
    fn in_long_token(&self, k: usize) -> bool {
        if !is_emergency_break_after(self.atoms[k - 1].ch) || no_line_start(self.atoms[k].ch) {
            return false;
        }
        let solid = |a: &super::Atom| !a.space && !is_wide(a.ch);
        // (counted no further than the length that makes a token long)
        let left = self.atoms[..k]
            .iter()
            .rev()
            .take(25)
            .take_while(|a| solid(a))
            .count();
        let right = self.atoms[k..]
            .iter()
            .take(25)
            .take_while(|a| solid(a))
            .count();
        left >= 2 && right >= 2 && left + right > 24
    }

    /// A paragraph's last line of one short word or a character or two.
    fn lone(&self, s: usize, e: usize, avail: f32) -> bool {
        let atoms = &self.atoms[s..e];
        if atoms.iter().any(|a| is_wide(a.ch)) {
            atoms
                .iter()
                .filter(|a| !no_line_start(a.ch) && !a.space)
                .count()
                <= 2
        } else {
            !atoms.iter().any(|a| a.space) && self.mk_line(s, e, true).width < 0.2 * avail
        }
    }

    /// Greedy line breaking (see [`Para::lines`]).
    pub(super) fn greedy(&self, w_first: f32, w_rest: f32) -> Vec<Line> {
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
            if i > start && self.brk[i] == Brk::Allowed {
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
    pub(super) fn avoid_short_last_line(&self, out: &mut [Line], w_rest: f32) {
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
    pub(super) fn hyphenated(
        &self,
        start: usize,
        brk: usize,
        i: usize,
        avail: f32,
    ) -> Option<Line> {
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
    pub(super) fn url_break(&self, b: usize, i: usize) -> Option<usize> {
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

    pub(super) fn emergency(&self, start: usize, i: usize) -> usize {
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
    pub(super) fn skip_spaces(&self, from: usize) -> usize {
        let mut i = from;
        while i < self.atoms.len() && self.atoms[i].space {
            i += 1;
        }
        i
    }

    pub(super) fn mk_line(&self, start: usize, end: usize, ragged: bool) -> Line {
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
}
