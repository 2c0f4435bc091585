//! Block layout: headings (kept with the next block), paragraphs, lists, notes, code and
//! tables ([`crate::table`]) as unbreakable [`Item`]s in reading order, each tagged with its
//! structure element.

use crate::error::PdfError;
use crate::fonts::{Fonts, Weight};
use crate::inline::{Para, measure, text_cmds};
use crate::page::{
    ACCENT, Base, CODE_BG, CONTENT_W, Cmd, Env, Item, MARGIN_X, MUTED, RULE, TEXT, Theme,
};
use crate::parse::{Align, Block, IStyle, Inl, plain, plain_blocks};
use crate::tags::Tags;

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
