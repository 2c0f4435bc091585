//! `cargo bench -p whitepaper-pdf`: the PDF engine alone, on its fixtures (a Japanese and an
//! English sample document): the median time of each stage over N renders (default 15;
//! `-- --iterations N`), after one warm-up. A plain harness, no extra crates; compare medians
//! and ratios, as the machine is shared and noisy.

use std::time::Duration;

use whitepaper_core::document::{DocMeta, Document};
use whitepaper_pdf::{Fonts, Stages, render_with_stages};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let iterations = std::env::args()
        .skip_while(|a| a != "--iterations")
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(15usize);
    let fonts = Fonts::builtin().expect("the built-in fonts");
    println!(
        "{:<6} {:>10} {:>10} {:>10} {:>10} {:>9}",
        "doc", "layout", "subset", "write", "total", "bytes"
    );
    for lang in ["ja", "en"] {
        let path = format!(
            "{}/tests/fixtures/sample-{lang}.md",
            env!("CARGO_MANIFEST_DIR")
        );
        let doc = Document {
            edition: "whitepaper".into(),
            lang: lang.into(),
            markdown: std::fs::read_to_string(&path).expect("fixture"),
            meta: DocMeta::sample(lang),
            numbered: Vec::new(),
        };
        let (bytes, _) = render_with_stages(&doc, &fonts).expect("renders");
        let runs: Vec<Stages> = (0..iterations)
            .map(|_| render_with_stages(&doc, &fonts).expect("renders").1)
            .collect();
        let stage = |f: fn(&Stages) -> Duration| median(runs.iter().map(f).collect());
        let ms = |d: Duration| format!("{:.2} ms", d.as_secs_f64() * 1e3);
        println!(
            "{:<6} {:>10} {:>10} {:>10} {:>10} {:>9}",
            lang,
            ms(stage(|s| s.layout)),
            ms(stage(|s| s.subset)),
            ms(stage(|s| s.write)),
            ms(stage(|s| s.layout + s.subset + s.write)),
            bytes.len()
        );
    }
}
