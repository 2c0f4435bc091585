//! placeholder until the PDF renderer lands
use crate::document::Document;
pub struct Fonts;
impl Fonts {
    pub fn from_bytes(_r: Vec<u8>, _b: Vec<u8>) -> Result<Fonts, PdfError> {
        Ok(Fonts)
    }
    pub fn builtin() -> Result<Fonts, PdfError> {
        Ok(Fonts)
    }
}
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("pdf renderer not built yet")]
    NotYet,
}
pub fn render(_doc: &Document, _fonts: &Fonts) -> Result<Vec<u8>, PdfError> {
    Err(PdfError::NotYet)
}
