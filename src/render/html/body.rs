//! The Markdown body as HTML, and the table of contents collected from it.

use super::ids::IdPlan;
use super::writer::{TocEntry, Writer};

/// The body HTML and the table of contents collected from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Body {
    pub html: String,
    pub toc: Vec<TocEntry>,
}

/// Renders the Markdown body to HTML (no page furniture) and collects the TOC; notes are
/// marked "※1", "※2"….
pub fn render_body(markdown: &str) -> Body {
    render_body_with(markdown, "※")
}

/// Like [`render_body`], with the language's note mark before each note number.
pub fn render_body_with(markdown: &str, note_mark: &str) -> Body {
    let events = whitepaper_core::front::events(markdown);
    let ids = IdPlan::new(&events);
    let mut w = Writer::new(&events, ids);
    w.note_mark = note_mark.to_string();
    w.run();
    Body {
        html: w.out,
        toc: w.toc,
    }
}
