//! Renders the PDF test fixtures to /tmp for viewing:
//! `cargo run --release --example pdf_sample` → /tmp/whitepaper-sample-{ja,en}.pdf
use std::time::Instant;

use whitepaper_core::document::{DocMeta, Document};
use whitepaper_pdf::{Fonts, render};

fn doc(lang: &str) -> Document {
    let markdown = std::fs::read_to_string(format!("crates/pdf/tests/fixtures/sample-{lang}.md"))
        .expect("fixture");
    Document {
        edition: "whitepaper".into(),
        lang: lang.into(),
        markdown,
        meta: DocMeta::sample(lang),
        numbered: Vec::new(),
    }
}

fn main() {
    let t = Instant::now();
    let fonts = Fonts::builtin().expect("fonts");
    eprintln!("fonts: {:?}", t.elapsed());
    for lang in ["ja", "en"] {
        let d = doc(lang);
        let t = Instant::now();
        let bytes = render(&d, &fonts).unwrap_or_else(|e| panic!("{lang}: {e}"));
        let path = format!("/tmp/whitepaper-sample-{lang}.pdf");
        std::fs::write(&path, &bytes).expect("write");
        eprintln!("{path}: {} bytes in {:?}", bytes.len(), t.elapsed());
    }
}
