//! Why a PDF could not be produced.

/// Why a PDF could not be produced.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// A character the fonts cannot draw.
    #[error("the PDF fonts have no glyph for {ch:?} (U+{code:04X}) in {context}", code = *ch as u32)]
    MissingGlyph { ch: char, context: String },
    /// A font file could not be used.
    #[error("font: {0}")]
    Font(String),
    /// A recipient's stamp cannot be set (`build --recipient`).
    #[error("the recipient stamp: {0}")]
    Stamp(String),
    /// Assembling or serializing the PDF failed.
    #[error("writing PDF: {0}")]
    Write(String),
}
