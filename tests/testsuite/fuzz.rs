//! Fuzz targets (proptest: cargo-fuzz needs a nightly compiler, which CI does not have).
//! Each property feeds random or mutated input to one stage, in process, and asserts that it
//! answers with a value or an error, never a panic:
//!
//! - `facts_loader`: a content file of the second company mutated (bytes cut, repeated,
//!   replaced by TOML tokens, control characters, non-UTF-8) → `check`;
//! - `fluent_and_tera`: random Fluent messages and Tera templates in a project → `check`
//!   (which loads, renders every edition and checks it);
//! - `markdown_to_pdf`: random Markdown from a grammar of what templates write (headings,
//!   lists, tables, notes, links, Japanese, long words) → the PDF engine; the PDF parses back;
//! - `font_loading`: the built-in fonts with random bytes overwritten or cut → font loading
//!   and, when they load, a PDF.
//!
//! `cargo test --test testsuite fuzz` runs a few cases of each; run them for a while with
//! `PROPTEST_CASES=5000 cargo test --release --test testsuite fuzz`. A failure is kept in
//! `tests/testsuite/proptest-regressions/` and replayed first from then on.

use std::path::Path;

use proptest::prelude::*;
use proptest::test_runner::{Config, FileFailurePersistence};

use crate::project::Project;

fn config(default_cases: u32) -> Config {
    Config {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|c| c.parse().ok())
            .unwrap_or(default_cases),
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource(
            "proptest-regressions",
        ))),
        ..Config::default()
    }
}

fn check(root: &Path) -> anyhow::Result<whitepaper::check::Report> {
    whitepaper::check::check(&whitepaper::check::CheckOptions {
        root: root.to_path_buf(),
        today: whitepaper_core::date::Date::new(2026, 1, 1).expect("a date"),
    })
}

/// Bits of TOML, Fluent, Tera and Markdown syntax, odd characters and limits, spliced into
/// inputs: random bytes alone rarely get past the first parser.
const TOKENS: &[&str] = &[
    "[",
    "]",
    "[[",
    "]]",
    "{",
    "}",
    "{{",
    "}}",
    "{%",
    "%}",
    "\"",
    "'''",
    "\"\"\"",
    "=",
    ",",
    ".",
    "\n",
    "\r\n",
    "\t",
    " ",
    "#",
    "-",
    "->",
    "*",
    "$",
    "ja = ",
    "en = ",
    "id = ",
    "\"x\"",
    "2025-13-40",
    "1e999",
    "-0",
    "9999999999999999999999",
    "true",
    "[]",
    "{}",
    "\u{0}",
    "\u{1b}[2J",
    "\u{7}",
    "\u{feff}",
    "\u{202e}",
    "日本語",
    "（",
    "」",
    "😀",
    "\\",
    "\\u",
    "\\UFFFFFFFF",
    "javascript:alert(1)",
    "<script>",
    "](",
    "[^1]",
    "|",
    "---",
    "{#x}",
];

#[derive(Debug, Clone)]
enum Edit {
    Cut { at: usize, len: usize },
    Insert { at: usize, token: usize },
    Repeat { at: usize, len: usize, times: usize },
    Byte { at: usize, byte: u8 },
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), 1usize..40).prop_map(|(at, len)| Edit::Cut { at, len }),
        (any::<usize>(), 0..TOKENS.len()).prop_map(|(at, token)| Edit::Insert { at, token }),
        (any::<usize>(), 1usize..30, 2usize..50).prop_map(|(at, len, times)| Edit::Repeat {
            at,
            len,
            times
        }),
        (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Edit::Byte { at, byte }),
    ]
}

fn mutate(mut bytes: Vec<u8>, edits: &[Edit]) -> Vec<u8> {
    for e in edits {
        let n = bytes.len().max(1);
        match *e {
            Edit::Cut { at, len } => {
                let at = at % n;
                let end = (at + len).min(bytes.len());
                if at < end {
                    bytes.drain(at..end);
                }
            }
            Edit::Insert { at, token } => {
                let at = at % (bytes.len() + 1);
                bytes.splice(at..at, TOKENS[token].bytes());
            }
            Edit::Repeat { at, len, times } => {
                let at = at % n;
                let end = (at + len).min(bytes.len());
                let piece = bytes.get(at..end).unwrap_or_default().to_vec();
                for _ in 0..times {
                    bytes.splice(end..end, piece.iter().copied());
                }
            }
            Edit::Byte { at, byte } => {
                if !bytes.is_empty() {
                    let at = at % bytes.len();
                    bytes[at] = byte;
                }
            }
        }
    }
    bytes
}

const CONTENT_FILES: &[&str] = &[
    "content/services.toml",
    "content/storage.toml",
    "content/deletion.toml",
    "content/subprocessors.toml",
    "content/certifications.toml",
    "content/backups.toml",
    "content/vocabulary.toml",
    "content/editions/whitepaper.toml",
    "whitepaper.toml",
];

proptest! {
    #![proptest_config(config(12))]

    #[test]
    fn facts_loader(file in 0..CONTENT_FILES.len(), edits in prop::collection::vec(edit(), 1..8)) {
        let p = Project::fixture("second-company");
        let rel = CONTENT_FILES[file];
        let bytes = std::fs::read(p.path(rel)).unwrap();
        std::fs::write(p.path(rel), mutate(bytes, &edits)).unwrap();
        // Ok (maybe with findings) or a tool error; a panic fails the property
        let _ = check(p.dir.path());
    }
}

/// A Fluent message from a small grammar: text, variables, references, selects, nesting.
fn fluent_pattern() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        "[a-zA-Z 日本語。、]{0,12}".prop_map(|s| s),
        Just("{ $version }".to_string()),
        Just("{ $nosuch }".to_string()),
        Just("{ -brand }".to_string()),
        Just("{ lang-name }".to_string()),
        Just("{ \"literal\" }".to_string()),
        Just("{ NUMBER($n) }".to_string()),
        Just("{".to_string()),
        Just("}".to_string()),
        Just("[x](javascript:alert(1))".to_string()),
    ];
    leaf.prop_recursive(4, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 1..4).prop_map(|v| v.concat()),
            inner
                .clone()
                .prop_map(|s| format!("{{ $n ->\n    [one] {s}\n   *[other] {s}\n}}")),
            inner.prop_map(|s| format!("{{ \"{s}\" }}")),
        ]
    })
}

/// A Tera template from a small grammar over the facts the templates see.
fn tera_template() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        "[a-zA-Z #|*-]{0,10}".prop_map(|s| s),
        Just("{{ company.name }}".to_string()),
        Just("{{ t(key=\"wp-storage-title\") }}".to_string()),
        Just("{{ t(key=\"nosuch\") }}".to_string()),
        Just("{{ services | length }}".to_string()),
        Just("{{ nosuch.field }}".to_string()),
        Just("{% for s in services %}{{ s.name }}{% endfor %}".to_string()),
        Just("{{ 1 / 0 }}".to_string()),
        Just("{{ \"x\" ~ 1 }}".to_string()),
        Just("{% if".to_string()),
        Just("{{ anchor(id=\"x y\") }}".to_string()),
        Just("\n".to_string()),
    ];
    leaf.prop_recursive(3, 16, 3, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 1..4).prop_map(|v| v.concat()),
            inner
                .clone()
                .prop_map(|s| format!("{{% if true %}}{s}{{% endif %}}")),
            inner.prop_map(|s| format!("{{% for i in range(end=3) %}}{s}{{% endfor %}}")),
        ]
    })
}

proptest! {
    #![proptest_config(config(12))]

    #[test]
    fn fluent_and_tera(messages in prop::collection::vec(fluent_pattern(), 1..4), template in tera_template()) {
        let p = Project::fixture("second-company");
        let ftl: String = messages
            .iter()
            .enumerate()
            .map(|(i, m)| format!("fuzz-{i} = {m}\n"))
            .collect();
        p.write("locales/en/fuzz.ftl", &ftl);
        p.write("locales/ja/fuzz.ftl", &ftl);
        p.write(
            "templates/whitepaper/storage.md",
            &format!("## Storage {{{{ anchor(id=\"storage\") }}}}\n\n{template}\n"),
        );
        let _ = check(p.dir.path());
    }
}

/// Markdown from a grammar of what templates write.
fn markdown() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        "[a-z]{1,12}".prop_map(|s| s),
        "[A-Z][a-z]{0,8}".prop_map(|s| s),
        Just("データ保管場所".to_string()),
        Just("ISO/IEC 27001:2013".to_string()),
        Just("13か月".to_string()),
        Just("（注）".to_string()),
        Just("「引用」".to_string()),
        Just("、".to_string()),
        Just("。".to_string()),
        Just("x".repeat(300)),
        Just("長".repeat(200)),
        Just("**bold**".to_string()),
        Just("[link](https://example.com/a)".to_string()),
        Just("[in](#h1)".to_string()),
        Just("[bad](javascript:alert(1))".to_string()),
        Just("[^n1]".to_string()),
        Just("`code`".to_string()),
        Just("<br>".to_string()),
        Just("\\*".to_string()),
    ];
    let para = prop::collection::vec(word, 1..30).prop_map(|w| w.join(" "));
    let block = prop_oneof![
        para.clone(),
        para.clone().prop_map(|p| format!("## {p} {{#h1}}")),
        para.clone().prop_map(|p| format!("### {p}")),
        prop::collection::vec(para.clone(), 1..5)
            .prop_map(|v| v.iter().map(|p| format!("- {p}\n")).collect::<String>()),
        prop::collection::vec(para.clone(), 1..4)
            .prop_map(|v| v.iter().map(|p| format!("1. {p}\n    - {p}\n")).collect()),
        (1usize..5, prop::collection::vec(para.clone(), 1..40)).prop_map(|(cols, cells)| {
            let mut t = format!("|{}\n|{}\n", " h |".repeat(cols), " --- |".repeat(cols));
            for row in cells.chunks(cols) {
                t.push('|');
                for c in 0..cols {
                    t.push_str(&format!(" {} |", row.get(c).map_or("", |s| s.as_str())));
                }
                t.push('\n');
            }
            t
        }),
        para.prop_map(|p| format!("[^n1]: {p}")),
    ];
    prop::collection::vec(block, 1..25).prop_map(|b| b.join("\n\n") + "\n")
}

proptest! {
    #![proptest_config(config(16))]

    #[test]
    fn markdown_to_pdf(md in markdown(), ja in any::<bool>()) {
        let lang = if ja { "ja" } else { "en" };
        let doc = whitepaper_core::document::Document {
            edition: "whitepaper".into(),
            lang: lang.into(),
            markdown: md,
            meta: whitepaper_core::document::DocMeta::sample(lang),
            numbered: Vec::new(),
        };
        let fonts = builtin_fonts();
        let pdf = whitepaper::render::pdf_bytes(&doc, fonts);
        prop_assert!(pdf.is_ok(), "every character of the grammar has a glyph: {:?}", pdf.err());
        let pdf = pdf.unwrap();
        prop_assert!(lopdf::Document::load_mem(&pdf).is_ok(), "the PDF parses back");
    }
}

fn builtin_fonts() -> &'static whitepaper_pdf::Fonts {
    static F: std::sync::OnceLock<whitepaper_pdf::Fonts> = std::sync::OnceLock::new();
    F.get_or_init(|| whitepaper_pdf::Fonts::builtin().expect("built-in fonts"))
}

fn font_bytes() -> &'static (Vec<u8>, Vec<u8>) {
    static B: std::sync::OnceLock<(Vec<u8>, Vec<u8>)> = std::sync::OnceLock::new();
    B.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/fonts");
        (
            std::fs::read(dir.join("NotoSansJP-Regular.ttf")).unwrap(),
            std::fs::read(dir.join("NotoSansJP-Bold.ttf")).unwrap(),
        )
    })
}

proptest! {
    #![proptest_config(config(8))]

    #[test]
    fn font_loading(
        damage in prop::collection::vec((0usize..4096, any::<u8>()), 1..16),
        cut in prop::option::of(0usize..100_000),
        bold in any::<bool>(),
    ) {
        let (regular, boldf) = font_bytes();
        let mut broken = if bold { boldf.clone() } else { regular.clone() };
        // the table directory and the first tables' headers are in the first 4 KB
        for (at, byte) in damage {
            if at < broken.len() {
                broken[at] = byte;
            }
        }
        if let Some(c) = cut {
            broken.truncate(c);
        }
        let (r, b) = if bold { (regular.clone(), broken) } else { (broken, boldf.clone()) };
        if let Ok(fonts) = whitepaper_pdf::Fonts::from_bytes(r, b) {
            let doc = whitepaper_core::document::Document {
                edition: "whitepaper".into(),
                lang: "ja".into(),
                markdown: "## 見出し {#h}\n\n本文 **太字** text.\n".into(),
                meta: whitepaper_core::document::DocMeta::sample("ja"),
                numbered: Vec::new(),
            };
            let _ = whitepaper::render::pdf_bytes(&doc, &fonts);
        }
    }
}
