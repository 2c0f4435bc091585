//! PDFs checked by what a reader gets: parsed back with lopdf.

use lopdf::{Document, Object};

use crate::project::Project;

fn build_pdf(p: &Project, lang: &str) -> (Vec<u8>, Document) {
    p.run(&["build", "--format", "pdf", "--lang", lang])
        .assert_code(0);
    let bytes = std::fs::read(p.path(&format!("out/{lang}/whitepaper.pdf"))).unwrap();
    let doc = Document::load_mem(&bytes).expect("lopdf parses the PDF");
    (bytes, doc)
}

fn text_of(doc: &Document) -> String {
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).unwrap_or_default()
}

fn name(o: &Object) -> String {
    match o {
        Object::Name(n) => String::from_utf8_lossy(n).into_owned(),
        _ => String::new(),
    }
}

#[test]
fn pdf_text_fonts_metadata_and_outline() {
    let p = Project::fixture("minimal");
    let (bytes, doc) = build_pdf(&p, "ja");
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(doc.get_pages().len() >= 2, "cover and body");
    let text = text_of(&doc).replace(['\n', ' '], "");
    for want in [
        "データ保管場所",
        "Alpha",
        "ベータ管理画面",
        "改定履歴",
        "テスト白書",
    ] {
        assert!(text.contains(want), "PDF text lacks {want}: {text}");
    }
    let catalog = doc.catalog().unwrap();
    assert!(catalog.get(b"Lang").is_ok(), "catalog has /Lang");
    assert!(catalog.get(b"Outlines").is_ok(), "catalog has an outline");
    // every font embedded (FontFile2 in its descriptor) and subset (ABCDEF+Name)
    let mut fonts = 0;
    for (_, obj) in doc.objects.iter() {
        if let Ok(d) = obj.as_dict()
            && d.get(b"Type").map(name).unwrap_or_default() == "FontDescriptor"
        {
            fonts += 1;
            assert!(
                d.get(b"FontFile2").is_ok() || d.get(b"FontFile3").is_ok(),
                "font embedded"
            );
            let base = d.get(b"FontName").map(name).unwrap_or_default();
            assert!(
                base.len() > 7 && base.as_bytes()[6] == b'+',
                "font {base} is a subset"
            );
        }
    }
    assert!(fonts >= 1);
}

#[test]
fn pdf_builds_are_byte_identical() {
    let p = Project::fixture("minimal");
    let (a, _) = build_pdf(&p, "en");
    let (b, _) = build_pdf(&p, "en");
    assert!(a == b, "two builds of the same content differ");
}

#[test]
fn missing_glyph_is_a_build_error_naming_the_character() {
    let p = Project::fixture("minimal");
    p.run(&["build", "--format", "pdf", "--lang", "en"])
        .assert_code(0);
    let before = p.snapshot_out();
    p.edit(
        "content/services.toml",
        "name = \"Alpha\"",
        "name = \"Alpha \u{1F980}\"",
    );
    let out = p.run(&["build", "--format", "pdf", "--lang", "en"]);
    out.assert_code(1);
    assert!(out.stderr.contains("U+1F980"), "{}", out.stderr);
    out.assert_stderr_contains("missing-glyph")
        .assert_stderr_contains("content/services.toml:");
    assert_eq!(before, p.snapshot_out(), "out/ untouched");
    // `check` finds it too, at the fact.
    let out = p.run(&["check"]);
    out.assert_code(1);
    out.assert_stderr_contains("missing-glyph")
        .assert_stderr_contains("content/services.toml:");
    // Markdown and HTML need no fonts: they build.
    p.run(&["build", "--format", "md,html"]).assert_code(0);
}

#[test]
fn pdf_dates_come_from_the_revision_history_or_source_date_epoch() {
    let p = Project::fixture("minimal");
    let (_, doc) = build_pdf(&p, "en");
    let info = |doc: &Document| {
        let id = doc.trailer.get(b"Info").unwrap().as_reference().unwrap();
        let d = doc.get_dictionary(id).unwrap();
        String::from_utf8_lossy(d.get(b"CreationDate").unwrap().as_str().unwrap()).into_owned()
    };
    assert_eq!(
        info(&doc),
        "D:20211224000000Z",
        "the latest revision's date"
    );
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_whitepaper"))
        .args(["build", "--format", "pdf", "--lang", "en"])
        .current_dir(p.dir.path())
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .output()
        .unwrap();
    assert!(out.status.success());
    let bytes = std::fs::read(p.path("out/en/whitepaper.pdf")).unwrap();
    let doc = Document::load_mem(&bytes).unwrap();
    assert_eq!(info(&doc), "D:20231114221320Z", "SOURCE_DATE_EPOCH");
}
