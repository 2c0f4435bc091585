//! Tables: content-based column widths, wrapping cells, borders, a shaded header row
//! that repeats on every page the table continues on; rows are split only when a single
//! row is taller than a page.

use std::rc::Rc;

use crate::error::PdfError;
use crate::fonts::{Fonts, Weight};
use crate::inline::Para;
use crate::page::Base;
use crate::page::{ACCENT, Cmd, Item, MARGIN_BOTTOM, MARGIN_TOP, PAGE_H, RULE, Rgb, TEXT};
use crate::page::{Env, Theme};
use crate::parse::{Align, Inl, plain};
use crate::tags::Tags;

const PAD_X: f32 = 5.0;
const PAD_Y: f32 = 3.5;
const BORDER: f32 = 0.5;
const HEAD_BG: Rgb = Rgb(0.89, 0.92, 0.96);
const ZEBRA: Rgb = Rgb(0.972, 0.976, 0.982);
const LH: f32 = 1.5;

/// Column widths from min/max content widths.
pub fn column_widths(min: &[f32], max: &[f32], avail: f32) -> Vec<f32> {
    let n = min.len();
    if n == 0 {
        return Vec::new();
    }
    let cap = avail * 0.5;
    let min: Vec<f32> = min.iter().map(|m| m.min(cap)).collect();
    let max: Vec<f32> = max.iter().zip(&min).map(|(a, b)| a.max(*b)).collect();
    let smin: f32 = min.iter().sum();
    let smax: f32 = max.iter().sum();
    if smax <= avail {
        // everything fits on one line: widen proportionally to fill the measure
        let extra = avail - smax;
        return max.iter().map(|m| m + extra * m / smax.max(1.0)).collect();
    }
    if smin <= avail {
        // Short columns (labels, dates, countries) get their full width first, so the
        // long-text column is the one that wraps; the rest is shared in proportion to
        // how much more each remaining column wants.
        let mut w = min.clone();
        let mut remaining = avail - smin;
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by(|a, b| max[*a].total_cmp(&max[*b]).then(a.cmp(b)));
        let mut fixed = vec![false; n];
        for &c in &order {
            let need = max[c] - w[c];
            let others_free = (0..n).any(|o| o != c && !fixed[o]);
            if max[c] <= avail * 0.33 && need <= remaining && others_free {
                w[c] = max[c];
                remaining -= need;
                fixed[c] = true;
            }
        }
        let want: f32 = (0..n).filter(|&c| !fixed[c]).map(|c| max[c] - w[c]).sum();
        if want > 0.0 {
            for c in (0..n).filter(|&c| !fixed[c]) {
                w[c] += remaining * (max[c] - w[c]) / want;
            }
        } else {
            let total: f32 = w.iter().sum();
            for x in &mut w {
                *x += remaining * *x / total.max(1.0);
            }
        }
        return w;
    }
    min.iter().map(|m| m * avail / smin).collect()
}

/// Each column's line count per row at a width, computed once per (column, width): the
/// search below tries each column at a few dozen widths per round, and laying out a cell
/// is the costly part (before, every candidate re-laid out every cell of every column).
struct Counts<'a> {
    grid: &'a [Vec<Para>],
    /// Each cell's width on one line, when it has no forced breaks: at any wider column it
    /// is one line, without laying it out (the line breaker only breaks a line that
    /// overflows, and a line's width only grows with each character).
    one_line: Vec<Vec<Option<f32>>>,
    memo: std::collections::HashMap<(usize, u32), Vec<u32>>,
}

impl<'a> Counts<'a> {
    fn new(grid: &'a [Vec<Para>]) -> Self {
        let one_line = grid
            .iter()
            .map(|row| {
                row.iter()
                    .map(|p| (!p.has_forced_breaks()).then(|| p.max_width()))
                    .collect()
            })
            .collect();
        Counts {
            grid,
            one_line,
            memo: std::collections::HashMap::new(),
        }
    }

    fn column(&mut self, c: usize, width: f32) -> &[u32] {
        let (grid, one_line) = (self.grid, &self.one_line);
        self.memo.entry((c, width.to_bits())).or_insert_with(|| {
            let w = width - 2.0 * PAD_X;
            grid.iter()
                .zip(one_line)
                .map(|(row, fits)| match row.get(c) {
                    Some(p) if p.is_empty() => 0,
                    Some(_) if fits[c].is_some_and(|one| one + 0.02 < w) => 1,
                    Some(p) => p.quick_line_count(w) as u32,
                    None => 0,
                })
                .collect()
        })
    }

    /// Cost of column widths: total row height in lines, then (as a tie-breaker) the
    /// number of wrapped lines over all cells.
    fn cost(&mut self, widths: &[f32]) -> usize {
        let mut row_max = vec![0u32; self.grid.len()];
        let mut cells = 0usize;
        for (c, &w) in widths.iter().enumerate() {
            for (m, &n) in row_max.iter_mut().zip(self.column(c, w)) {
                *m = (*m).max(n);
                cells += n as usize;
            }
        }
        let rows: usize = row_max.iter().map(|&m| m as usize).sum();
        rows * 10_000 + cells
    }
}

/// Improve the first guess by moving width between columns while that makes the table
/// shorter, never going below a column's minimum.
fn balance(grid: &[Vec<Para>], minw: &[f32], mut w: Vec<f32>) -> Vec<f32> {
    let n = w.len();
    if n < 2 {
        return w;
    }
    let mut counts = Counts::new(grid);
    let mut best = counts.cost(&w);
    for _ in 0..12 {
        let mut cand: Option<(usize, Vec<f32>)> = None;
        for a in 0..n {
            let room = w[a] - minw[a];
            if room < 4.0 {
                continue;
            }
            for b in 0..n {
                if a == b {
                    continue;
                }
                for k in 1..=8 {
                    let d = room * k as f32 / 8.0;
                    let mut t = w.clone();
                    t[a] -= d;
                    t[b] += d;
                    let c = counts.cost(&t);
                    if c < best && cand.as_ref().is_none_or(|(bc, _)| c < *bc) {
                        cand = Some((c, t));
                    }
                }
            }
        }
        match cand {
            Some((c, t)) => {
                best = c;
                w = t;
            }
            None => break,
        }
    }
    w
}

struct Cell {
    para: Para,
    lines: Vec<crate::inline::Line>,
}

pub fn layout_table(
    fonts: &Fonts,
    theme: &Theme,
    env: &Env,
    aligns: &[Align],
    head: &[Vec<Inl>],
    rows: &[Vec<Vec<Inl>>],
    tags: &mut Tags,
) -> Result<Vec<Item>, PdfError> {
    let size = theme.small + 0.3;
    let body = Base {
        size,
        weight: Weight::Regular,
        color: TEXT,
    };
    let hbase = Base {
        size,
        weight: Weight::Bold,
        color: ACCENT,
    };
    let ncols = head
        .len()
        .max(rows.iter().map(|r| r.len()).max().unwrap_or(0));
    if ncols == 0 {
        return Ok(Vec::new());
    }
    let title = head
        .iter()
        .map(|h| plain(h))
        .collect::<Vec<_>>()
        .join(" | ");
    let mk = |inl: &[Inl], base: Base, row: usize| -> Result<Para, PdfError> {
        let ctx = format!("table “{title}”, row {row}: {}", plain(inl));
        let mut p = Para::new(fonts, inl, base, &ctx)?;
        p.keep_words = true;
        Ok(p)
    };
    let empty: Vec<Inl> = Vec::new();
    let mut grid: Vec<Vec<Para>> = Vec::new();
    grid.push(
        (0..ncols)
            .map(|c| mk(head.get(c).unwrap_or(&empty), hbase, 0))
            .collect::<Result<_, _>>()?,
    );
    for (ri, r) in rows.iter().enumerate() {
        grid.push(
            (0..ncols)
                .map(|c| mk(r.get(c).unwrap_or(&empty), body, ri + 1))
                .collect::<Result<_, _>>()?,
        );
    }
    let mut minw = vec![0.0f32; ncols];
    let mut maxw = vec![0.0f32; ncols];
    for row in &grid {
        for (c, p) in row.iter().enumerate() {
            // short labels ("課題・コメント") are not wrapped unless they must be
            let mw = if p.max_width() <= size * 9.5 {
                p.max_width()
            } else {
                p.min_width()
            };
            minw[c] = minw[c].max(mw + 2.0 * PAD_X + 0.5);
            maxw[c] = maxw[c].max(p.max_width() + 2.0 * PAD_X + 0.5);
        }
    }
    // A column as wide as its widest word ("クラシックプラン"), when all of them fit.
    let mut wordw = minw.clone();
    for row in &grid {
        for (c, p) in row.iter().enumerate() {
            wordw[c] = wordw[c].max(p.word_width() + 2.0 * PAD_X + 0.5);
        }
    }
    if wordw.iter().sum::<f32>() <= env.w {
        minw = wordw;
    }
    let widths = column_widths(&minw, &maxw, env.w);
    let widths = balance(&grid, &minw, widths);
    let mut xs = vec![env.x];
    for w in &widths {
        xs.push(xs.last().unwrap() + w);
    }
    let step = size * LH;
    let max_h = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM - 2.0 * step - 4.0 * PAD_Y - 10.0;

    let mut items: Vec<Item> = Vec::new();
    let mut header_item: Option<Rc<Vec<Item>>> = None;
    let nrows = grid.len();
    // A page never holds the header alone, or the header and one row, before a break, nor a
    // single row after one: the header keeps with two rows, the last row with the one
    // before it.
    let keeps = |ri: usize| ri == 0 || (ri == 1 && nrows > 3) || (ri >= 1 && ri + 2 == nrows);
    let table = tags.add("Table", env.parent);
    for (ri, row) in grid.into_iter().enumerate() {
        let tr = tags.add("TR", table);
        let mut cell_tags: Vec<(usize, std::collections::HashMap<usize, usize>)> = (0..ncols)
            .map(|_| {
                let n = if ri == 0 {
                    tags.add_header_cell(tr)
                } else {
                    tags.add("TD", tr)
                };
                (n, std::collections::HashMap::new())
            })
            .collect();
        let cells: Vec<Cell> = row
            .into_iter()
            .enumerate()
            .map(|(c, para)| {
                let w = widths[c] - 2.0 * PAD_X;
                let lines = if para.is_empty() {
                    Vec::new()
                } else {
                    para.lines(w, w)
                };
                Cell { para, lines }
            })
            .collect();
        let nlines = cells
            .iter()
            .map(|c| c.lines.len())
            .max()
            .unwrap_or(0)
            .max(1);
        // lines per chunk when a single row is taller than a page
        let per_chunk = (((max_h - 2.0 * PAD_Y) / step).floor() as usize).max(1);
        let chunks = nlines.div_ceil(per_chunk);
        let bg = if ri == 0 {
            Some(HEAD_BG)
        } else if ri % 2 == 0 {
            Some(ZEBRA)
        } else {
            None
        };
        for ch in 0..chunks {
            let (l0, l1) = (ch * per_chunk, ((ch + 1) * per_chunk).min(nlines));
            let h = (l1 - l0) as f32 * step + 2.0 * PAD_Y;
            let mut cmds = Vec::new();
            if let Some(bg) = bg {
                cmds.push(Cmd::Rect {
                    x: env.x,
                    y: 0.0,
                    w: xs[ncols] - env.x,
                    h,
                    color: bg,
                });
            }
            for (c, cell) in cells.iter().enumerate() {
                let align = aligns.get(c).copied().unwrap_or(Align::Left);
                for (k, line) in cell
                    .lines
                    .iter()
                    .enumerate()
                    .take(l1.min(cell.lines.len()))
                    .skip(l0)
                {
                    let top = PAD_Y + (k - l0) as f32 * step;
                    let baseline = top + (step - size) / 2.0 + 0.88 * size;
                    let w = widths[c] - 2.0 * PAD_X;
                    let mut run = cell
                        .para
                        .render(line, xs[c] + PAD_X, baseline, w, false, align);
                    let (node, links) = &mut cell_tags[c];
                    tags.stamp(&mut run, *node, links);
                    cmds.extend(run);
                }
            }
            // borders: top, bottom, verticals
            let (x0, x1) = (env.x, xs[ncols]);
            cmds.push(Cmd::Rect {
                x: x0,
                y: -BORDER / 2.0,
                w: x1 - x0,
                h: BORDER,
                color: RULE,
            });
            cmds.push(Cmd::Rect {
                x: x0,
                y: h - BORDER / 2.0,
                w: x1 - x0,
                h: BORDER,
                color: RULE,
            });
            for x in &xs {
                cmds.push(Cmd::Rect {
                    x: x - BORDER / 2.0,
                    y: -BORDER / 2.0,
                    w: BORDER,
                    h: h + BORDER,
                    color: RULE,
                });
            }
            let item = Item {
                h,
                cmds,
                keep: keeps(ri) && chunks == 1,
                before: 0.0,
                header: if ri == 0 { None } else { header_item.clone() },
            };
            if ri == 0 && ch == 0 {
                header_item = Some(Rc::new(vec![Item {
                    keep: false,
                    ..item.clone()
                }]));
            }
            items.push(item);
        }
    }
    Ok(items)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_fill_and_respect_minimums() {
        let w = column_widths(&[50.0, 80.0], &[100.0, 600.0], 400.0);
        assert!((w.iter().sum::<f32>() - 400.0).abs() < 0.01);
        assert!(w[0] >= 50.0 && w[1] >= 80.0);
        let w = column_widths(&[20.0, 20.0], &[50.0, 150.0], 400.0);
        assert!((w.iter().sum::<f32>() - 400.0).abs() < 0.01);
        assert!(w[1] > w[0]);
        let w = column_widths(&[300.0, 300.0], &[900.0, 900.0], 400.0);
        assert!((w.iter().sum::<f32>() - 400.0).abs() < 0.01);
    }
}

#[cfg(test)]
mod pagination {
    use super::*;
    use crate::page::{CONTENT_W, MARGIN_X};
    use crate::paginate::paginate;
    use crate::parse::IStyle;

    fn text(s: &str) -> Vec<Inl> {
        vec![Inl::Text(s.into(), IStyle::default())]
    }

    /// Which table rows (by their first cell's text "rN") each page shows.
    fn rows_per_page(filler: f32, nrows: usize) -> Vec<Vec<String>> {
        static FONTS: std::sync::OnceLock<Fonts> = std::sync::OnceLock::new();
        let fonts = FONTS.get_or_init(|| Fonts::builtin().unwrap());
        let theme = Theme::for_text("Latin");
        let env = Env {
            x: MARGIN_X,
            w: CONTENT_W,
            base: Base {
                size: 10.0,
                weight: Weight::Regular,
                color: TEXT,
            },
            lh: 1.5,
            depth: 0,
            justify: true,
            parent: 0,
        };
        let rows: Vec<Vec<Vec<Inl>>> = (1..=nrows)
            .map(|i| vec![text(&format!("r{i}")), text("value")])
            .collect();
        let table = layout_table(
            fonts,
            &theme,
            &env,
            &[Align::Left, Align::Left],
            &[text("Name"), text("Value")],
            &rows,
            &mut crate::tags::Tags::default(),
        )
        .unwrap();
        let mut items = vec![Item {
            h: filler,
            ..Default::default()
        }];
        items.extend(table);
        paginate(&items, MARGIN_TOP, PAGE_H - MARGIN_BOTTOM)
            .iter()
            .map(|page| {
                page.iter()
                    .filter_map(|c| match c {
                        Cmd::Text { glyphs, .. } => {
                            let s: String = glyphs.iter().map(|g| g.0).collect();
                            (s.starts_with('r') || s == "Name").then_some(s)
                        }
                        _ => None,
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn no_page_holds_a_lone_row_or_a_header_with_one_row() {
        let avail = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM;
        // Slide the table's start down the page: wherever it breaks, the first page shows
        // none or at least two rows, and the last page at least two.
        for step in 0..60 {
            let filler = avail * 0.5 + step as f32 * 6.0;
            let pages = rows_per_page(filler, 6);
            for p in pages.iter().filter(|p| !p.is_empty()) {
                // every page the table is on starts with its header row, the last rows
                // kept together on a new page too (en whitepaper p.15 lacked it)
                assert_eq!(
                    p[0], "Name",
                    "a page without the header at {filler}: {pages:?}"
                );
            }
            let with_rows: Vec<Vec<&String>> = pages
                .iter()
                .map(|p| p.iter().filter(|s| *s != "Name").collect::<Vec<_>>())
                .filter(|p| !p.is_empty())
                .collect();
            let total: usize = with_rows.iter().map(|p| p.len()).sum();
            assert_eq!(total, 6, "every row once: {pages:?}");
            for p in &with_rows {
                assert!(
                    p.len() >= 2,
                    "a page with a lone row at filler {filler}: {pages:?}"
                );
            }
        }
    }
}
