use printpdf::*;
use std::time::Instant;
fn main() {
    let bytes = std::fs::read("assets/fonts/NotoSansJP-Regular.ttf").unwrap();
    let t = Instant::now();
    let font = ParsedFont::from_bytes(&bytes, 0, &mut Vec::new()).unwrap();
    eprintln!("parse {:?}", t.elapsed());
    let t = Instant::now();
    let f2 = font.clone();
    eprintln!("clone {:?}", t.elapsed());
    let mut pdf = PdfDocument::new("Test");
    let id = FontId("AAAAAA".into());
    pdf.resources.fonts.map.insert(id.clone(), PdfFont::new(f2));
    let t = Instant::now();
    let mut w = Vec::new();
    let doc = pdf
        .with_pages(vec![PdfPage::new(
            Mm(210.0),
            Mm(297.0),
            vec![
                Op::StartTextSection,
                Op::SetFont {
                    font: PdfFontHandle::External(id.clone()),
                    size: Pt(12.0),
                },
                Op::SetTextCursor {
                    pos: Point {
                        x: Pt(72.0),
                        y: Pt(700.0),
                    },
                },
                Op::ShowText {
                    items: vec![TextItem::Text(
                        "日本語のテキスト、Hello World「かっこ」。".into(),
                    )],
                },
                Op::EndTextSection,
            ],
        )])
        .to_lopdf_document(&PdfSaveOptions::default(), &mut w);
    eprintln!("to_lopdf {:?} warnings {:?}", t.elapsed(), w);
    let mut doc = doc;
    doc.compress();
    doc.save("/tmp/exp.pdf").unwrap();
}
