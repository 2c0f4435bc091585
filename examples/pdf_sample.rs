//! Renders the PDF test fixtures to /tmp for viewing:
//! `cargo run --release --example pdf_sample` → /tmp/whitepaper-sample-{ja,en}.pdf
use std::time::Instant;

use whitepaper::document::{Alternate, DocMeta, Document};
use whitepaper::render::pdf::{Fonts, render};

fn doc(lang: &str) -> Document {
    let ja = lang == "ja";
    let markdown =
        std::fs::read_to_string(format!("tests/fixtures/pdf/sample-{lang}.md")).expect("fixture");
    Document {
        edition: "whitepaper".into(),
        lang: lang.into(),
        markdown,
        meta: DocMeta {
            lang: lang.into(),
            lang_name: if ja { "日本語" } else { "English" }.into(),
            title: if ja {
                "サンプルセキュリティホワイトペーパー"
            } else {
                "Sample Security Whitepaper"
            }
            .into(),
            subject: if ja {
                "サンプル社のセキュリティへの取り組み"
            } else {
                "How Sample Inc. keeps your data safe"
            }
            .into(),
            company: if ja {
                "株式会社サンプル"
            } else {
                "Sample Inc."
            }
            .into(),
            version: "1.7".into(),
            version_label: if ja { "1.7版" } else { "Version 1.7" }.into(),
            date: if ja {
                "2023年5月18日"
            } else {
                "May 18, 2023"
            }
            .into(),
            date_iso: "2023-05-18".into(),
            date_label: if ja {
                "最終改定日"
            } else {
                "Last revised"
            }
            .into(),
            toc_title: if ja { "目次" } else { "Contents" }.into(),
            timestamp: None,
            alternates: vec![Alternate {
                lang: if ja { "en" } else { "ja" }.into(),
                lang_name: if ja { "English" } else { "日本語" }.into(),
                href_stem: format!("../{}/whitepaper", if ja { "en" } else { "ja" }),
            }],
        },
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
