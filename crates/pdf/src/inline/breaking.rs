//! Line breaking of a paragraph: total fit (Knuth–Plass style, over the break
//! opportunities of UAX #14 and kinsoku), a greedy fallback, hyphenation, URL and emergency
//! breaks, and no lone short word on the last line.

use super::{LOOSE_SPACE, Line, Para};
use crate::linebreak::{Brk, is_emergency_break_after, is_wide, no_line_start};

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

    /// Japanese paragraphs: the breaks that make the paragraph's lines evenly full (the
    /// sum over its lines of the squared letter spacing justification would add), found by
    /// dynamic programming over the break opportunities. A line the greedy breaker would leave
    /// loose before an unbreakable identifier ("ISO/IEC 27001:2013") is avoided by breaking
    /// the lines above it a character earlier or later. `None` when the paragraph is not
    /// Japanese, has forced breaks, or some piece is wider than a line (the greedy breaker
    /// handles those).
    pub(super) fn total_fit(&self, w_first: f32, w_rest: f32) -> Option<Vec<Line>> {
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
