//! The logical structure of a PDF (tagged PDF, PDF/UA-1): structure elements built while the
//! document is laid out, and the marks that tie each glyph run to one of them.
//!
//! Layout creates an element for each block (`H1`…, `P`, `L`/`LI`/`Lbl`/`LBody`, `Table`/
//! `TR`/`TH`/`TD`, `Note`, `BlockQuote`, `TOC`/`TOCI`, `Link`) under its parent, lays the
//! block out, then [`Tags::stamp`]s the glyph runs it produced that no inner block claimed.
//! Runs that are page furniture (running header and footer, repeated table headers) are
//! [`Tag::Artifact`]; rectangles (rules, backgrounds, dot leaders) always are. `write` turns
//! the marks into marked-content sequences and the elements into the structure tree, ordered
//! by where their content first appears, which is the reading order.

use std::collections::HashMap;

use crate::page::Cmd;
pub use crate::page::Tag;

/// One structure element.
#[derive(Debug, Clone)]
pub struct Node {
    /// The standard structure type (`P`, `H1`, `TH`…).
    pub role: &'static str,
    /// The parent element (`0`, the `Document`, is its own parent).
    pub parent: usize,
    /// `/Scope` of a table header cell.
    pub scope: Option<&'static str>,
}

/// The structure elements of one document; element 0 is the `Document`.
#[derive(Debug, Clone)]
pub struct Tags {
    pub nodes: Vec<Node>,
}

impl Default for Tags {
    fn default() -> Self {
        Tags {
            nodes: vec![Node {
                role: "Document",
                parent: 0,
                scope: None,
            }],
        }
    }
}

impl Tags {
    /// A new element of type `role` under `parent`.
    pub fn add(&mut self, role: &'static str, parent: usize) -> usize {
        self.nodes.push(Node {
            role,
            parent,
            scope: None,
        });
        self.nodes.len() - 1
    }

    /// A header cell of a table's first row.
    pub fn add_header_cell(&mut self, parent: usize) -> usize {
        let n = self.add("TH", parent);
        self.nodes[n].scope = Some("Column");
        n
    }

    /// Claim for element `node` the unclaimed glyph runs and link areas of `cmds`. A link's
    /// runs and its area become a `Link` element under `node`, one per link of the paragraph
    /// (`links` maps the paragraph's link numbers to their elements, so a link broken across
    /// lines, or across the chunks of a table row, stays one element).
    pub fn stamp(&mut self, cmds: &mut [Cmd], node: usize, links: &mut HashMap<usize, usize>) {
        for c in cmds {
            match c {
                Cmd::Text { tag, link, .. } if *tag == Tag::None => {
                    *tag = Tag::Node(match link {
                        Some(l) => *links.entry(*l).or_insert_with(|| self.add("Link", node)),
                        None => node,
                    });
                }
                Cmd::Link { tag, local, .. } if *tag == Tag::None => {
                    *tag = Tag::Node(
                        *links
                            .entry(*local)
                            .or_insert_with(|| self.add("Link", node)),
                    );
                }
                _ => {}
            }
        }
    }

    /// Mark every glyph run of `cmds` as page furniture.
    pub fn artifact(cmds: &mut [Cmd]) {
        for c in cmds {
            match c {
                Cmd::Text { tag, .. } | Cmd::Link { tag, .. } => *tag = Tag::Artifact,
                _ => {}
            }
        }
    }
}
