//! The one Markdown front-end of every format: HTML, PDF and the link check read the
//! whitepaper dialect with the same options, and number notes with the same plan, so a note
//! is ※2 (or ²) in the HTML exactly when it is in the PDF.

use std::collections::HashMap;

use pulldown_cmark::{Event, Options, Parser, Tag};

/// The dialect: CommonMark with tables, footnotes (our notes), strikethrough and heading
/// attributes (`{#id .number-section}`).
pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// The events of a Markdown text, with each note definition moved to just after the block
/// that first refers to it: wherever a template (or a hand-written Markdown file) defines its
/// notes, a reader finds a note at the end of the paragraph, list or table that cites it,
/// which in the PDF keeps it on that page. A note nobody refers to stays where it is.
pub fn events(markdown: &str) -> Vec<Event<'_>> {
    let all: Vec<Event<'_>> = Parser::new_ext(markdown, options()).collect();
    // Top-level blocks, as ranges of events.
    let mut blocks: Vec<std::ops::Range<usize>> = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, ev) in all.iter().enumerate() {
        match ev {
            Event::Start(_) => {
                if depth == 0 {
                    start = i;
                }
                depth += 1;
            }
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    blocks.push(start..i + 1);
                }
            }
            _ if depth == 0 => blocks.push(i..i + 1),
            _ => {}
        }
    }
    let note_label = |b: &std::ops::Range<usize>| match &all[b.start] {
        Event::Start(Tag::FootnoteDefinition(l)) => Some(l.as_ref()),
        _ => None,
    };
    // The block of each label's first reference.
    let mut first_ref: HashMap<&str, usize> = HashMap::new();
    let mut ref_order: HashMap<&str, usize> = HashMap::new();
    for (bi, b) in blocks.iter().enumerate() {
        if note_label(b).is_some() {
            continue;
        }
        for ev in &all[b.clone()] {
            if let Event::FootnoteReference(l) = ev {
                first_ref.entry(l.as_ref()).or_insert(bi);
                let n = ref_order.len();
                ref_order.entry(l.as_ref()).or_insert(n);
            }
        }
    }
    let mut after: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut moved = vec![false; blocks.len()];
    for (bi, b) in blocks.iter().enumerate() {
        if let Some(l) = note_label(b)
            && let Some(&r) = first_ref.get(l)
        {
            after.entry(r).or_default().push(bi);
            moved[bi] = true;
        }
    }
    if after.is_empty() {
        return all;
    }
    // Several notes after one block: in the order they are cited.
    for notes in after.values_mut() {
        notes.sort_by_key(|&bi| note_label(&blocks[bi]).and_then(|l| ref_order.get(l).copied()));
    }
    let mut order: Vec<usize> = Vec::with_capacity(blocks.len());
    for (bi, &was_moved) in moved.iter().enumerate() {
        if !was_moved {
            order.push(bi);
        }
        if let Some(notes) = after.get(&bi) {
            order.extend(notes);
        }
    }
    let mut slots: Vec<Option<Event<'_>>> = all.into_iter().map(Some).collect();
    let mut out = Vec::with_capacity(slots.len());
    for bi in order {
        for i in blocks[bi].clone() {
            if let Some(ev) = slots[i].take() {
                out.push(ev);
            }
        }
    }
    out
}

/// Note numbers: a note is numbered by its first reference, so the reader meets ¹ before ²
/// whatever order the definitions come in; a note nobody refers to comes after those, in the
/// order it is defined. A reference to a note that is not defined gets no number.
#[derive(Debug, Default, Clone)]
pub struct NotePlan {
    numbers: HashMap<String, usize>,
}

impl NotePlan {
    pub fn new(events: &[Event<'_>]) -> NotePlan {
        let defined: Vec<&str> = events
            .iter()
            .filter_map(|e| match e {
                Event::Start(Tag::FootnoteDefinition(l)) => Some(l.as_ref()),
                _ => None,
            })
            .collect();
        let mut numbers: HashMap<String, usize> = HashMap::new();
        let referenced = events.iter().filter_map(|e| match e {
            Event::FootnoteReference(l) => Some(l.as_ref()),
            _ => None,
        });
        for label in referenced.chain(defined.iter().copied()) {
            if defined.contains(&label) && !numbers.contains_key(label) {
                let n = numbers.len() + 1;
                numbers.insert(label.to_string(), n);
            }
        }
        NotePlan { numbers }
    }

    /// The number of a defined note.
    pub fn number(&self, label: &str) -> Option<usize> {
        self.numbers.get(label).copied()
    }

    /// Labels with their numbers, in number order.
    pub fn in_order(&self) -> Vec<(&str, usize)> {
        let mut v: Vec<(&str, usize)> =
            self.numbers.iter().map(|(l, n)| (l.as_str(), *n)).collect();
        v.sort_by_key(|(_, n)| *n);
        v
    }
}

/// A `<br>` tag in any spelling the renderers accept (`<br/>`, `<BR />`).
pub fn is_br(t: &str) -> bool {
    let t = t.trim();
    let Some(inner) = t.strip_prefix('<').and_then(|t| t.strip_suffix('>')) else {
        return false;
    };
    let inner = inner.trim_end_matches('/').trim_end();
    inner.eq_ignore_ascii_case("br")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_follow_the_block_that_first_cites_them() {
        let md = "[^a]: Note A.\n\nOne[^b].\n\n- item[^a]\n- more\n\nTwo.\n\n[^b]: Note B.\n\n[^c]: Alone.\n";
        let order: Vec<String> = events(md)
            .iter()
            .filter_map(|e| match e {
                Event::Start(Tag::FootnoteDefinition(l)) => Some(format!("note {l}")),
                Event::Start(Tag::Paragraph) => Some("p".into()),
                Event::Start(Tag::List(_)) => Some("list".into()),
                _ => None,
            })
            .collect();
        // Paragraphs inside notes and items count too: p (One), note b + its p, list + 2 item
        // paragraphs are tight (no p), note a + p, p (Two), note c + p.
        assert_eq!(
            order,
            [
                "p", "note b", "p", "list", "note a", "p", "p", "note c", "p"
            ]
        );
    }

    #[test]
    fn notes_are_numbered_by_first_reference() {
        let md = "[^b]: defined first\n\nText[^a] and[^b] again[^a].\n\n[^a]: second\n\n[^c]: never referenced\n";
        let plan = NotePlan::new(&events(md));
        assert_eq!(plan.number("a"), Some(1));
        assert_eq!(plan.number("b"), Some(2));
        assert_eq!(plan.number("c"), Some(3));
        assert_eq!(plan.number("missing"), None);
        assert_eq!(plan.in_order(), vec![("a", 1), ("b", 2), ("c", 3)]);
    }
}
