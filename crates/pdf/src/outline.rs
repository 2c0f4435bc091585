//! Navigation: the anchors headings landed on, the nested outline (bookmarks) in
//! document order, and the link areas of each page.

//! Pages of drawing commands → content streams (written directly) in a document printpdf
//! builds (pages, the embedded font subsets with their widths and `/ToUnicode`) → lopdf
//! document, then post-processing with lopdf: link annotations, the nested outline, the
//! structure tree, document info, `/Lang`, a deterministic file identifier.

use crate::syntax::{round2, text_string};
use std::collections::BTreeMap;

use lopdf::{Dictionary, Object, ObjectId};

use crate::block::HeadingInfo;
use crate::page::{Cmd, PAGE_H};
use crate::parse::Target;

/// Where an anchor (heading id) landed: page index (0-based) and y from the top.
pub type Anchors = BTreeMap<String, (usize, f32)>;

pub fn dest(page: ObjectId, y: f32) -> Object {
    let top = (PAGE_H - y + 6.0).min(PAGE_H);
    Object::Array(vec![
        Object::Reference(page),
        Object::Name(b"XYZ".to_vec()),
        Object::Real(0.0),
        Object::Real(round2(top)),
        Object::Null,
    ])
}

pub struct Node {
    title: String,
    dest: (usize, f32),
    children: Vec<Node>,
}

pub fn outline_tree(headings: &[HeadingInfo], anchors: &Anchors) -> Vec<Node> {
    // stack of (level, path) — build by inserting into the last node at the right depth
    let mut roots: Vec<Node> = Vec::new();
    for h in headings {
        let Some(&d) = anchors.get(&h.id) else {
            continue;
        };
        let node = Node {
            title: h.title.clone(),
            dest: d,
            children: Vec::new(),
        };
        let depth = (h.level.max(2) - 2) as usize; // h2 → 0, h3 → 1, h4 → 2 …
        let mut list = &mut roots;
        for _ in 0..depth {
            if list.is_empty() {
                break;
            }
            list = &mut list.last_mut().unwrap().children;
        }
        list.push(node);
    }
    roots
}

pub fn count(n: &Node) -> i64 {
    n.children.iter().map(|c| 1 + count(c)).sum()
}

pub fn write_outline(
    doc: &mut lopdf::Document,
    nodes: &[Node],
    parent: ObjectId,
    pages: &[ObjectId],
) -> (ObjectId, ObjectId) {
    let ids: Vec<ObjectId> = nodes.iter().map(|_| doc.new_object_id()).collect();
    for (i, n) in nodes.iter().enumerate() {
        let mut d = Dictionary::new();
        d.set("Title", text_string(&n.title));
        d.set("Parent", Object::Reference(parent));
        d.set("Dest", dest(pages[n.dest.0], n.dest.1));
        if i > 0 {
            d.set("Prev", Object::Reference(ids[i - 1]));
        }
        if i + 1 < ids.len() {
            d.set("Next", Object::Reference(ids[i + 1]));
        }
        if !n.children.is_empty() {
            let (f, l) = write_outline(doc, &n.children, ids[i], pages);
            d.set("First", Object::Reference(f));
            d.set("Last", Object::Reference(l));
            // entries start closed: the viewer lists the sections, each expandable
            d.set("Count", Object::Integer(-count(n)));
        }
        doc.set_object(ids[i], Object::Dictionary(d));
    }
    (ids[0], *ids.last().unwrap())
}

/// A link area: x, y (from the top), width, height, target.
pub type LinkRect = (f32, f32, f32, f32, Target);

pub struct Links {
    pub per_page: Vec<Vec<LinkRect>>,
}

pub fn collect_links(pages: &[Vec<Cmd>]) -> (Links, Anchors) {
    let mut per_page = Vec::new();
    let mut anchors = Anchors::new();
    for (pi, p) in pages.iter().enumerate() {
        let mut v = Vec::new();
        for c in p {
            match c {
                Cmd::Link {
                    x, y, w, h, target, ..
                } => v.push((*x, *y, *w, *h, target.clone())),
                Cmd::Anchor { id, y } => {
                    anchors.entry(id.clone()).or_insert((pi, *y));
                }
                _ => {}
            }
        }
        per_page.push(v);
    }
    (Links { per_page }, anchors)
}
