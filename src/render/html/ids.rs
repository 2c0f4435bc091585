//! The first pass: heading ids (deduplicated, none taken by the page itself) and note
//! numbers and ids, decided before anything is written.

use std::collections::{HashMap, HashSet};

use pulldown_cmark::{Event, Tag};

/// Ids used by the built-in layout; body ids never take these.
const RESERVED_IDS: &[&str] = &["wp-toc-title", "wp-main", "wp-header", "wp-toc"];

/// Ids decided before writing: heading ids (deduplicated) and note numbers / ids.
pub struct IdPlan {
    /// Heading id per heading, in document order.
    pub headings: Vec<String>,
    /// Note label → (number, element id of the note, prefix for reference ids).
    pub notes: HashMap<String, NoteIds>,
}

#[derive(Debug, Clone)]
pub struct NoteIds {
    pub number: usize,
    pub note_id: String,
    pub ref_id: String,
}

impl IdPlan {
    pub fn new(events: &[Event<'_>]) -> IdPlan {
        let mut used: HashSet<String> = RESERVED_IDS.iter().map(|s| s.to_string()).collect();
        let mut headings = Vec::new();
        // Heading ids first: they are the stable, cross-language anchors and win collisions.
        let mut anonymous = 0;
        for ev in events {
            if let Event::Start(Tag::Heading { id, .. }) = ev {
                let base = match id.as_deref().map(sanitize_id).filter(|s| !s.is_empty()) {
                    Some(id) => id,
                    None => {
                        anonymous += 1;
                        format!("wp-sec-{anonymous}")
                    }
                };
                headings.push(unique(&base, &mut used));
            }
        }
        // Notes: the one numbering of every format (first reference first).
        let mut notes: HashMap<String, NoteIds> = HashMap::new();
        for (label, number) in whitepaper_core::front::NotePlan::new(events).in_order() {
            let slug = sanitize_id(label);
            let slug = if slug.is_empty() {
                number.to_string()
            } else {
                slug
            };
            let note_id = unique(&format!("wp-note-{slug}"), &mut used);
            let ref_id = unique(&format!("wp-ref-{slug}"), &mut used);
            notes.insert(
                label.to_string(),
                NoteIds {
                    number,
                    note_id,
                    ref_id,
                },
            );
        }
        IdPlan { headings, notes }
    }
}

/// An id attribute value: no whitespace, nothing that would need escaping in a fragment.
fn sanitize_id(raw: &str) -> String {
    raw.trim()
        .chars()
        .map(|c| {
            if c.is_whitespace()
                || matches!(c, '#' | '%' | '"' | '\'' | '<' | '>' | '`' | '&')
                || c.is_control()
            {
                '-'
            } else {
                c
            }
        })
        .collect()
}

fn unique(base: &str, used: &mut HashSet<String>) -> String {
    if used.insert(base.to_string()) {
        return base.to_string();
    }
    let mut n = 2;
    loop {
        let candidate = format!("{base}-{n}");
        if used.insert(candidate.clone()) {
            return candidate;
        }
        n += 1;
    }
}
