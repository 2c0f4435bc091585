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

/// The events of a Markdown text.
pub fn events(markdown: &str) -> Vec<Event<'_>> {
    Parser::new_ext(markdown, options()).collect()
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

#[cfg(test)]
mod tests {
    use super::*;

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
