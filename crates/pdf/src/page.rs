//! What layout puts on a page: colours, drawing commands ([`Cmd`]), the unbreakable
//! vertical [`Item`]s that pagination flows, the page geometry, and the structure [`Tag`] each
//! command belongs to.
//!
//! Coordinates are in points, x from the left page edge and y from the *top* (downwards);
//! `write` flips them for PDF.

use std::rc::Rc;

use crate::fonts::{Ring, Weight};
use crate::parse::Target;

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

pub const PAGE_W: f32 = 595.276;
pub const PAGE_H: f32 = 841.89;
pub const MARGIN_X: f32 = 62.0;
pub const MARGIN_TOP: f32 = 72.0;
pub const MARGIN_BOTTOM: f32 = 68.0;
pub const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN_X;

/// What a glyph run (or link area) belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tag {
    /// Not claimed yet (while laying out).
    #[default]
    None,
    /// Content of structure element `n`.
    Node(usize),
    /// Page furniture, not part of the document's text.
    Artifact,
}

/// The base style of a block of text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Base {
    pub size: f32,
    pub weight: Weight,
    pub color: Rgb,
}

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
