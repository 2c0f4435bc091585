//! The structure tree (tagged PDF): elements in reading order, each with its marked
//! content, alternate texts and language.

//! Pages of drawing commands → content streams (written directly) in a document printpdf
//! builds (pages, the embedded font subsets with their widths and `/ToUnicode`) → lopdf
//! document, then post-processing with lopdf: link annotations, the nested outline, the
//! structure tree, document info, `/Lang`, a deterministic file identifier.

use crate::content::Mark;
use crate::syntax::text_string;

use lopdf::{Dictionary, Object, ObjectId};

use crate::error::PdfError;
use crate::page::Cmd;
use crate::tags::{Tag, Tags};

/// The text of each structure element's own glyph runs, lines joined as a reader would.
pub fn node_texts(pages: &[Vec<Cmd>], n: usize) -> Vec<String> {
    let mut out = vec![String::new(); n];
    for p in pages {
        for c in p {
            if let Cmd::Text {
                tag: Tag::Node(k),
                glyphs,
                ..
            } = c
            {
                let s = &mut out[*k];
                let first = glyphs.first().map(|g| g.0);
                if let (Some(last), Some(first)) = (s.chars().last(), first)
                    && last.is_ascii_alphanumeric()
                    && first.is_ascii_alphanumeric()
                {
                    s.push(' ');
                }
                s.extend(glyphs.iter().map(|g| g.0));
            }
        }
    }
    out
}

/// A kid of a structure element, in reading order.
pub enum Kid {
    Elem(usize),
    /// Marked content `mcid` on page `page`.
    Mcr {
        page: usize,
        mcid: i64,
    },
    /// A link annotation on page `page`.
    Objr {
        page: usize,
        annot: ObjectId,
    },
}

/// Write the structure tree (`/StructTreeRoot`, its elements, the parent tree) and tie the
/// pages and annotations to it. Elements are ordered by where their content first appears;
/// an element with no content on any page is left out.
pub fn structure_tree(
    doc: &mut lopdf::Document,
    tags: &Tags,
    marks: &[Vec<Mark>],
    annot_ids: &[Vec<Option<ObjectId>>],
    page_ids: &[ObjectId],
    (lang, texts): (&str, &[String]),
) -> Result<ObjectId, PdfError> {
    let n = tags.nodes.len();
    let mut kids: Vec<Vec<Kid>> = (0..n).map(|_| Vec::new()).collect();
    let mut seen = vec![false; n];
    seen[0] = true;
    fn appear(k: usize, tags: &Tags, seen: &mut [bool], kids: &mut [Vec<Kid>]) {
        if seen[k] {
            return;
        }
        seen[k] = true;
        let parent = tags.nodes[k].parent;
        appear(parent, tags, seen, kids);
        kids[parent].push(Kid::Elem(k));
    }
    // per page, the element of each MCID; per annotation, its element
    let mut page_parents: Vec<Vec<usize>> = vec![Vec::new(); marks.len()];
    let mut annot_parents: Vec<(ObjectId, usize)> = Vec::new();
    for (p, ms) in marks.iter().enumerate() {
        let mut link_k = 0;
        for m in ms {
            match *m {
                Mark::Mcid(node) => {
                    appear(node, tags, &mut seen, &mut kids);
                    let mcid = page_parents[p].len() as i64;
                    kids[node].push(Kid::Mcr { page: p, mcid });
                    page_parents[p].push(node);
                }
                Mark::Link(node) => {
                    let annot = annot_ids
                        .get(p)
                        .and_then(|a| a.get(link_k))
                        .copied()
                        .flatten();
                    link_k += 1;
                    // a link element takes its place in the reading order from its text
                    // (the link area is drawn before the text it covers)
                    if let (Some(node), Some(annot)) = (node, annot) {
                        kids[node].push(Kid::Objr { page: p, annot });
                        annot_parents.push((annot, node));
                    }
                }
            }
        }
    }
    for &(_, node) in &annot_parents {
        appear(node, tags, &mut seen, &mut kids);
    }
    let root_id = doc.new_object_id();
    let ids: Vec<Option<ObjectId>> = (0..n)
        .map(|k| seen[k].then(|| doc.new_object_id()))
        .collect();
    let elem = |k: usize| Object::Reference(ids[k].expect("an element that appeared"));
    for k in (0..n).filter(|&k| seen[k]) {
        let node = &tags.nodes[k];
        // (`/Type /StructElem` is optional: left out, as there are many)
        let mut d = Dictionary::new();
        d.set("S", Object::Name(node.role.as_bytes().to_vec()));
        d.set(
            "P",
            if k == 0 {
                Object::Reference(root_id)
            } else {
                elem(node.parent)
            },
        );
        // marked content on one page only: `/Pg` once and bare MCIDs
        let pages_of: std::collections::BTreeSet<usize> = kids[k]
            .iter()
            .filter_map(|c| match c {
                Kid::Mcr { page, .. } => Some(*page),
                _ => None,
            })
            .collect();
        let one_page = (pages_of.len() == 1).then(|| *pages_of.iter().next().unwrap());
        if let Some(p) = one_page {
            d.set("Pg", Object::Reference(page_ids[p]));
        }
        let k_items: Vec<Object> = kids[k]
            .iter()
            .map(|c| match c {
                Kid::Elem(e) => elem(*e),
                Kid::Mcr { page, mcid } if one_page == Some(*page) => Object::Integer(*mcid),
                Kid::Mcr { page, mcid } => {
                    let mut m = Dictionary::new();
                    m.set("Type", Object::Name(b"MCR".to_vec()));
                    m.set("Pg", Object::Reference(page_ids[*page]));
                    m.set("MCID", Object::Integer(*mcid));
                    Object::Dictionary(m)
                }
                Kid::Objr { page, annot } => {
                    let mut o = Dictionary::new();
                    o.set("Type", Object::Name(b"OBJR".to_vec()));
                    o.set("Obj", Object::Reference(*annot));
                    o.set("Pg", Object::Reference(page_ids[*page]));
                    Object::Dictionary(o)
                }
            })
            .collect();
        d.set(
            "K",
            if k_items.len() == 1 {
                k_items.into_iter().next().unwrap()
            } else {
                Object::Array(k_items)
            },
        );
        // Japanese in a document of another language says so (a reader switches voice);
        // an English name in a Japanese document needs nothing
        if !lang.starts_with("ja") && mostly_japanese(&texts[k]) {
            d.set("Lang", text_string("ja"));
        }
        if let Some(scope) = node.scope {
            let mut a = Dictionary::new();
            a.set("O", Object::Name(b"Table".to_vec()));
            a.set("Scope", Object::Name(scope.as_bytes().to_vec()));
            d.set("A", Object::Dictionary(a));
        }
        doc.set_object(ids[k].unwrap(), Object::Dictionary(d));
    }
    // the parent tree: page p's MCIDs → elements; then one key per annotation
    let mut nums = Vec::new();
    for (p, parents) in page_parents.iter().enumerate() {
        nums.push(Object::Integer(p as i64));
        nums.push(Object::Array(parents.iter().map(|&k| elem(k)).collect()));
        let page = doc
            .get_dictionary_mut(page_ids[p])
            .map_err(|e| PdfError::Write(e.to_string()))?;
        page.set("StructParents", Object::Integer(p as i64));
        page.set("Tabs", Object::Name(b"S".to_vec())); // tab order follows the structure
    }
    let mut key = page_parents.len() as i64;
    for (annot, node) in &annot_parents {
        nums.push(Object::Integer(key));
        nums.push(elem(*node));
        let a = doc
            .get_dictionary_mut(*annot)
            .map_err(|e| PdfError::Write(e.to_string()))?;
        a.set("StructParent", Object::Integer(key));
        key += 1;
    }
    let mut pt = Dictionary::new();
    pt.set("Nums", Object::Array(nums));
    let pt_id = doc.add_object(Object::Dictionary(pt));
    let mut root = Dictionary::new();
    root.set("Type", Object::Name(b"StructTreeRoot".to_vec()));
    root.set("K", elem(0));
    root.set("ParentTree", Object::Reference(pt_id));
    root.set("ParentTreeNextKey", Object::Integer(key));
    doc.set_object(root_id, Object::Dictionary(root));
    Ok(root_id)
}

/// More than half the letters of `text` are Japanese.
pub fn mostly_japanese(text: &str) -> bool {
    let letters = text.chars().filter(|c| c.is_alphanumeric());
    let (ja, all) = letters.fold((0, 0), |(j, a), c| {
        (
            j + usize::from(whitepaper_core::chars::is_japanese(c)),
            a + 1,
        )
    });
    all > 0 && ja * 2 > all
}
