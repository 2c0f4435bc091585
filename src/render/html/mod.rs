//! HTML renderer: one self-contained HTML file per edition × language.
//!
//! `page.rs` wraps the body in the layout; `body.rs` turns the Markdown into the body and its
//! contents (a first pass plans the ids: `ids.rs`; `writer.rs` writes the elements).
//!
//! The Markdown body (see [`whitepaper_core::document::Document`] for the dialect) is turned into HTML
//! by our own writer over `pulldown-cmark` events, so that the output has the structure we
//! promise rather than whatever a generic renderer emits:
//!
//! - headings keep their `{#id}` as element ids; h2 and h3 feed the table of contents.
//!   The page title is the only h1: body headings start at h2 and never skip a level
//!   (`#` becomes h2, an h4 straight after an h2 becomes h3);
//! - tables get `<th scope="col">` header cells, are wrapped in a focusable, labelled scroll
//!   container (`div.table-wrap[role=region]`) and are labelled by the preceding heading.
//!   A table whose first header cell is empty is a matrix: the first cell of every body row
//!   becomes `<th scope="row">`. Columns whose cells are all short get class `short`
//!   (kept on one line by the stylesheet);
//! - footnotes (the seed's "※" notes) become a linked superscript "※1" and a note
//!   (`div.note[role=note]`) placed where the definition appears, with a link back;
//! - raw HTML is never passed through: `<br>` becomes a line break, every other tag is shown
//!   as text. Links keep only what `whitepaper_core::links` allows (`https:`, `http:`,
//!   `mailto:`, fragments and relative targets); images load only `data:image/…` sources.
//!
//! The page around the body comes from a Tera layout ([`Theme::layout`]) with the stylesheet
//! ([`Theme::css`]) inlined, so the file opens from disk and makes no requests.

mod body;
mod ids;
mod page;
mod writer;

pub use body::{Body, render_body, render_body_with};
pub use page::{HtmlError, LAYOUT_FILE, STYLE_FILE, Theme, render};
pub use whitepaper_core::front::is_br;
pub use writer::TocEntry;

#[cfg(test)]
mod tests;
