//! The bottom of `whitepaper`: a small kernel that imports nothing of ours, and the document
//! model that the template stage hands to every renderer.
//!
//! - Kernel: [`chars`] (character classes), [`date`] (calendar dates), [`ids`] (id rules), [`escape`]
//!   (HTML and XML escaping), [`text`] (printable text), [`panic`] (a library's
//!   panic as an error), [`pool`] (the thread pool).
//! - Document model: [`document`] (`Document`, `DocMeta`: one edition × language as Markdown),
//!   [`front`] (the one Markdown front-end: parser options, notes), [`links`] (the one link
//!   filter).
//!
//! The PDF engine (`whitepaper-pdf`) depends on this crate alone of ours.
pub mod chars;
pub mod date;
pub mod document;
pub mod escape;
pub mod front;
pub mod ids;
pub mod links;
pub mod panic;
pub mod pool;
pub mod text;
