//! Renders the fixtures and reads the PDFs back with lopdf.

use std::sync::OnceLock;

use lopdf::{Dictionary, Document as Lo, Object, ObjectId};

use super::{Fonts, PdfError, render};
use whitepaper_core::document::{DocMeta, Document};

fn fonts() -> &'static Fonts {
    static F: OnceLock<Fonts> = OnceLock::new();
    F.get_or_init(|| Fonts::builtin().expect("builtin fonts"))
}

pub(crate) fn sample_doc(lang: &str, markdown: &str) -> Document {
    Document {
        edition: "whitepaper".into(),
        lang: lang.into(),
        markdown: markdown.into(),
        meta: DocMeta::sample(lang),
        numbered: Vec::new(),
    }
}

const JA: &str = include_str!("../tests/fixtures/sample-ja.md");
const EN: &str = include_str!("../tests/fixtures/sample-en.md");

fn rendered(lang: &str) -> &'static Vec<u8> {
    static JA_PDF: OnceLock<Vec<u8>> = OnceLock::new();
    static EN_PDF: OnceLock<Vec<u8>> = OnceLock::new();
    let (cell, md) = if lang == "ja" {
        (&JA_PDF, JA)
    } else {
        (&EN_PDF, EN)
    };
    cell.get_or_init(|| render(&sample_doc(lang, md), fonts()).expect("render"))
}

fn load(lang: &str) -> Lo {
    Lo::load_mem(rendered(lang)).expect("lopdf parses the output")
}

fn text_of(o: &Object) -> String {
    match o {
        Object::String(b, _) if b.starts_with(&[0xFE, 0xFF]) => {
            let u: Vec<u16> = b[2..]
                .chunks(2)
                .map(|c| u16::from_be_bytes([c[0], c[1]]))
                .collect();
            String::from_utf16_lossy(&u)
        }
        Object::String(b, _) => String::from_utf8_lossy(b).into_owned(),
        _ => String::new(),
    }
}

fn dict<'a>(doc: &'a Lo, o: &'a Object) -> &'a Dictionary {
    match o {
        Object::Reference(id) => doc.get_dictionary(*id).unwrap(),
        Object::Dictionary(d) => d,
        _ => panic!("not a dictionary: {o:?}"),
    }
}

fn catalog(doc: &Lo) -> &Dictionary {
    dict(doc, doc.trailer.get(b"Root").unwrap())
}

/// (depth, title) of every outline entry in document order, checking the links.
fn outline(doc: &Lo) -> Vec<(usize, String)> {
    fn walk(
        doc: &Lo,
        first: Option<ObjectId>,
        parent: ObjectId,
        depth: usize,
        out: &mut Vec<(usize, String)>,
    ) {
        let mut cur = first;
        let mut prev: Option<ObjectId> = None;
        while let Some(id) = cur {
            let d = doc.get_dictionary(id).unwrap();
            assert_eq!(d.get(b"Parent").unwrap().as_reference().unwrap(), parent);
            if let Some(p) = prev {
                assert_eq!(d.get(b"Prev").unwrap().as_reference().unwrap(), p);
            }
            let dest = d.get(b"Dest").unwrap().as_array().unwrap();
            assert!(matches!(dest[0], Object::Reference(_)));
            out.push((depth, text_of(d.get(b"Title").unwrap())));
            let child = d.get(b"First").ok().map(|o| o.as_reference().unwrap());
            walk(doc, child, id, depth + 1, out);
            prev = Some(id);
            cur = d.get(b"Next").ok().map(|o| o.as_reference().unwrap());
        }
    }
    let root = catalog(doc)
        .get(b"Outlines")
        .unwrap()
        .as_reference()
        .unwrap();
    let od = doc.get_dictionary(root).unwrap();
    let first = od.get(b"First").ok().map(|o| o.as_reference().unwrap());
    let mut out = Vec::new();
    walk(doc, first, root, 0, &mut out);
    out
}

fn all_text(doc: &Lo) -> String {
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let t = doc.extract_text(&pages).expect("text extraction");
    t.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn renders_under_size_budget_and_deterministically() {
    for lang in ["ja", "en"] {
        let a = rendered(lang);
        assert!(a.starts_with(b"%PDF-1.7"));
        assert!(a.len() < 400 * 1024, "{lang}: {} bytes", a.len());
        let b = render(
            &sample_doc(lang, if lang == "ja" { JA } else { EN }),
            fonts(),
        )
        .unwrap();
        assert!(*a == b, "{lang}: two renders differ");
    }
}

#[test]
fn metadata_and_catalog() {
    let doc = load("ja");
    let cat = catalog(&doc);
    assert_eq!(text_of(cat.get(b"Lang").unwrap()), "ja");
    let info = dict(&doc, doc.trailer.get(b"Info").unwrap());
    assert_eq!(
        text_of(info.get(b"Title").unwrap()),
        "サンプルセキュリティホワイトペーパー"
    );
    assert_eq!(text_of(info.get(b"Author").unwrap()), "株式会社サンプル");
    assert_eq!(text_of(info.get(b"Creator").unwrap()), "whitepaper");
    assert_eq!(
        text_of(info.get(b"CreationDate").unwrap()),
        "D:20230518000000Z"
    );
    assert!(info.get(b"Subject").is_ok());
    // A4
    let (_, first) = doc.get_pages().into_iter().next().unwrap();
    let mb = doc
        .get_dictionary(first)
        .unwrap()
        .get(b"MediaBox")
        .unwrap()
        .as_array()
        .unwrap();
    let h = mb[3].as_float().unwrap();
    assert!((h - 841.89).abs() < 0.5, "{h}");
}

#[test]
fn outline_is_nested_in_document_order() {
    let doc = load("ja");
    let o = outline(&doc);
    let top: Vec<&str> = o
        .iter()
        .filter(|(d, _)| *d == 0)
        .map(|(_, t)| t.as_str())
        .collect();
    assert_eq!(
        top,
        [
            "1. はじめに",
            "2. 組織的な取り組み",
            "3. データの保管と暗号化",
            "4. アクセス制御",
            "5. インシデント対応"
        ]
    );
    let pos = |t: &str| {
        o.iter()
            .position(|(_, x)| x == t)
            .unwrap_or_else(|| panic!("{t} missing"))
    };
    assert_eq!(o[pos("2.2 委託先の管理")].0, 1);
    assert_eq!(o[pos("3.1.1 削除証明書")].0, 2);
    assert!(pos("3.1 データの削除") < pos("3.1.1 削除証明書"));
    assert!(pos("2.1 従業員教育") < pos("2.2 委託先の管理"));
}

#[test]
fn links_are_annotations() {
    let doc = load("ja");
    let mut uris = Vec::new();
    let mut internal = 0;
    for (_, pid) in doc.get_pages() {
        let page = doc.get_dictionary(pid).unwrap();
        let Ok(annots) = page.get(b"Annots").and_then(|a| a.as_array()) else {
            continue;
        };
        for a in annots {
            let d = dict(&doc, a);
            assert_eq!(d.get(b"Subtype").unwrap().as_name().unwrap(), b"Link");
            if let Ok(act) = d.get(b"A") {
                uris.push(text_of(dict(&doc, act).get(b"URI").unwrap()));
            } else {
                let dest = d.get(b"Dest").unwrap().as_array().unwrap();
                assert!(matches!(dest[0], Object::Reference(_)));
                internal += 1;
            }
        }
    }
    assert!(
        uris.iter()
            .any(|u| u.starts_with("https://example.com/security/")),
        "{uris:?}"
    );
    // contents entries (h2 + h3) and the in-text link to #incident
    assert!(internal >= 11, "{internal}");
}

#[test]
fn fonts_are_embedded_subsets_with_tounicode() {
    let doc = load("ja");
    let mut seen = 0;
    for (_, obj) in doc.objects.iter() {
        let Ok(d) = obj.as_dict() else { continue };
        if d.get(b"Subtype").ok().and_then(|s| s.as_name().ok()) != Some(b"Type0") {
            continue;
        }
        seen += 1;
        let base = d.get(b"BaseFont").unwrap().as_name().unwrap();
        assert_eq!(
            base.get(6),
            Some(&b'+'),
            "subset tag on {}",
            String::from_utf8_lossy(base)
        );
        assert!(d.get(b"ToUnicode").is_ok());
        let desc = d.get(b"DescendantFonts").unwrap().as_array().unwrap();
        let cid = dict(&doc, &desc[0]);
        let fd = dict(&doc, cid.get(b"FontDescriptor").unwrap());
        assert!(fd.get(b"FontFile2").is_ok() || fd.get(b"FontFile3").is_ok());
    }
    assert_eq!(seen, 2, "regular and bold");
}

#[test]
fn text_extracts_in_order_with_japanese_intact() {
    let doc = load("ja");
    let t = all_text(&doc);
    for s in [
        "株式会社サンプル",
        "目次",
        "本書は、株式会社サンプルが提供するクラウドサービス（以下「本サービス」）のセキュリティに関する取り組みをまとめたものです。",
        "お客様が本サービスを安心してご利用いただけるよう、当社は情報セキュリティ基本方針に基づき",
        "※1当社はISO/IEC27001:2013",
        "さくらインターネット株式会社",
    ] {
        let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
        assert!(t.contains(&s), "missing {s:?}");
    }
    let n = doc.get_pages().len();
    assert!(
        t.contains(&format!("2/{n}")) && t.contains(&format!("{n}/{n}")),
        "page footer"
    );
    assert!(!t.contains(&format!("1/{n}")), "no footer on the cover");
    let a = t.find("1.はじめに本書は").expect("heading then body");
    let b = t.find("2.組織的な取り組み当社では").expect("section 2");
    assert!(a < b);
    let en = all_text(&load("en"));
    assert!(en.contains("Thisdocumentdescribes"));
}

#[test]
fn missing_glyph_names_character_and_place() {
    let md = "## 1. 概要 {#a}\n\n本文\n\n## 2. Emoji \u{1F600} here {#b}\n\ntext\n";
    let err = render(&sample_doc("ja", md), fonts()).unwrap_err();
    match &err {
        PdfError::MissingGlyph { ch, context } => {
            assert_eq!(*ch, '\u{1F600}');
            assert!(context.contains("2. Emoji"), "{context}");
        }
        other => panic!("{other:?}"),
    }
    assert!(err.to_string().contains("U+1F600"), "{err}");

    // in a long paragraph: the text around the character and the section
    let md = format!(
        "## 1. 概要 {{#a}}\n\n{}絵文字\u{1F980}はここ{}\n",
        "前置き".repeat(30),
        "後書き".repeat(30)
    );
    let err = render(&sample_doc("ja", &md), fonts()).unwrap_err();
    let msg = err.to_string();
    assert!(
        msg.contains("U+1F980") && msg.contains("絵文字") && msg.contains("1. 概要"),
        "{msg}"
    );
}

#[test]
fn long_tables_repeat_header_and_split_tall_rows() {
    // a table whose single row is taller than a page, plus many rows
    let long = "長い説明文です。".repeat(400);
    let mut md = String::from("## 1. 表 {#t}\n\n| 項目 | 説明 |\n|---|---|\n");
    md.push_str(&format!("| 巨大 | {long} |\n"));
    for i in 0..40 {
        md.push_str(&format!("| 行{i} | 通常の行です。 |\n"));
    }
    let pdf = render(&sample_doc("ja", &md), fonts()).unwrap();
    let doc = Lo::load_mem(&pdf).unwrap();
    let pages = doc.get_pages();
    assert!(pages.len() >= 5);
    // header text appears on every body page the table spans
    let body_pages: Vec<u32> = pages.keys().copied().filter(|p| *p >= 3).collect();
    for p in body_pages {
        let t = doc.extract_text(&[p]).unwrap();
        assert!(t.contains("項目"), "page {p} lacks the header row");
    }
}

#[test]
fn edge_cases_render() {
    let deep: String = (0..8)
        .map(|d| format!("{}- level {d} 階層{d}\n", "  ".repeat(d)))
        .collect();
    let long_word = "x".repeat(400);
    let cases = [
        String::new(),
        "## 1. Only a heading {#only}\n".to_string(),
        format!("## 1. Deep {{#deep}}\n\n{deep}"),
        format!("## 1. Long {{#long}}\n\n{long_word}\n\n| a | b |\n|---|---|\n| {long_word} | https://example.com/{long_word} |\n|  |  |\n"),
        "## 1. Code {#code}\n\n```\nfn main() { println!(\"a very long line of code that certainly does not fit on one line of the page at all\"); }\n\n```\n".to_string(),
        "## 1. Links {#l}\n\n[nowhere](#missing) and <https://example.com/a> and **[bold link](#l)**\n\n1) one\n2) two\n\n> quote\n> more\n\n---\n\n~~gone~~ `code`  \nhard break\n".to_string(),
        "Text before any heading。\n\n### 0.1 orphan h3 {#h3}\n\n#### 0.1.1 h4 {#h4}\n\n## 1. Then h2 {#h2}\n".to_string(),
    ];
    for (i, md) in cases.iter().enumerate() {
        for lang in ["ja", "en"] {
            let pdf =
                render(&sample_doc(lang, md), fonts()).unwrap_or_else(|e| panic!("case {i}: {e}"));
            let doc = Lo::load_mem(&pdf).unwrap_or_else(|e| panic!("case {i}: {e}"));
            assert!(doc.get_pages().len() >= 2, "case {i}");
            let _ = outline(&doc);
        }
    }
}

#[test]
fn fonts_can_be_shared_across_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Fonts>();
}

#[test]
fn a_script_link_is_text_never_a_link_annotation() {
    let md = "# T {#t}\n\nSee [a](javascript:alert(1)), [b](JaVaScRiPt:x), [c](vbscript:x), \
              [d](data:text/html,x), [e](file:///etc/passwd) and [ok](https://example.com/).\n";
    let pdf = render(&sample_doc("en", md), fonts()).expect("render");
    let doc = Lo::load_mem(&pdf).unwrap();
    let mut uris = Vec::new();
    for (_, pid) in doc.get_pages() {
        let page = doc.get_dictionary(pid).unwrap();
        let Ok(annots) = page.get(b"Annots").and_then(|a| a.as_array()) else {
            continue;
        };
        for a in annots {
            if let Ok(act) = dict(&doc, a).get(b"A") {
                uris.push(text_of(dict(&doc, act).get(b"URI").unwrap()));
            }
        }
    }
    assert_eq!(uris, vec!["https://example.com/".to_string()]);
}

#[test]
fn japanese_in_an_english_document_is_marked_as_japanese() {
    let md = "## Section {#s}\n\nAn English paragraph.\n\n日本語の段落です。\n";
    let pdf = render(&sample_doc("en", md), fonts()).expect("render");
    let doc = Lo::load_mem(&pdf).unwrap();
    let langs: Vec<String> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.get(b"S").is_ok_and(|s| s.as_name().is_ok()))
        .filter_map(|d| d.get(b"Lang").ok().map(text_of))
        .collect();
    assert_eq!(
        langs,
        vec!["ja".to_string()],
        "one element, the Japanese paragraph"
    );
}

/// A subset holds exactly the characters asked for (and `.notdef`), each mapped by its
/// cmap to a glyph with the face's advance, whatever the characters: none, Latin, Japanese,
/// one the face lacks.
#[test]
fn subsets_map_just_their_characters() {
    use std::collections::BTreeSet;
    let face = fonts().face(super::fonts::Weight::Regular);
    let empty = face.subset(&BTreeSet::new()).expect("an empty subset");
    assert_eq!(empty.lookup_glyph_index('A' as u32), None);
    let chars: BTreeSet<char> = "Aa日本語。\u{10FFFD}".chars().collect();
    let sub = face.subset(&chars).expect("a subset");
    let mut gids = BTreeSet::new();
    for c in "Aa日本語。".chars() {
        let g = sub
            .lookup_glyph_index(c as u32)
            .unwrap_or_else(|| panic!("{c} is mapped"));
        assert!(g > 0 && gids.insert(g), "{c}: a glyph of its own");
    }
    assert_eq!(
        sub.lookup_glyph_index('B' as u32),
        None,
        "only what was asked"
    );
    assert_eq!(sub.lookup_glyph_index(0x10FFFD), None, "not in the face");
}
