//! Tagged PDF read back with lopdf: the structure tree against the document it tags.
//!
//! The reader here decodes every page's content stream (the glyphs through each font's
//! `/ToUnicode`), notes which marked-content sequence (MCID, or `/Artifact`) each string is
//! in, and walks the structure tree from `/StructTreeRoot`, so an element's text is what a
//! screen reader would read for it.

use std::collections::BTreeMap;

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId};

use crate::project::Project;

/// A structure element, read back.
#[derive(Debug)]
struct Elem {
    role: String,
    dict: Dictionary,
    kids: Vec<Kid>,
}

#[derive(Debug)]
enum Kid {
    Elem(Elem),
    /// Marked content: (page index, MCID).
    Mcid(usize, i64),
    /// An annotation.
    Objr(ObjectId),
}

struct Tagged {
    doc: Document,
    root: Elem,
    /// (page index, MCID) → the text inside.
    marked: BTreeMap<(usize, i64), String>,
    /// Text drawn outside any MCID sequence but inside an `/Artifact` one, per page.
    artifacts: Vec<String>,
    /// Text drawn in no marked-content sequence at all.
    unmarked: String,
    /// The MCID sequences' texts in content-stream order.
    content_order: Vec<String>,
}

fn resolve<'a>(doc: &'a Document, o: &'a Object) -> &'a Object {
    match o {
        Object::Reference(r) => doc.get_object(*r).unwrap(),
        o => o,
    }
}

fn read(bytes: &[u8]) -> Tagged {
    let doc = Document::load_mem(bytes).expect("lopdf parses the PDF");
    let pages: Vec<ObjectId> = doc.get_pages().values().copied().collect();
    let page_index: BTreeMap<ObjectId, usize> =
        pages.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    let mut marked = BTreeMap::new();
    let mut artifacts = vec![String::new(); pages.len()];
    let mut unmarked = String::new();
    let mut content_order = Vec::new();
    for (pi, &pid) in pages.iter().enumerate() {
        let fonts = doc.get_page_fonts(pid).unwrap();
        let enc: BTreeMap<Vec<u8>, lopdf::Encoding> = fonts
            .into_iter()
            .map(|(n, f)| (n, f.get_font_encoding(&doc).unwrap()))
            .collect();
        let content = Content::decode(&doc.get_page_content(pid)).unwrap();
        // the open marked-content sequences: Some(MCID), or None (an artifact, or no MCID)
        let mut stack: Vec<(Option<i64>, bool)> = Vec::new();
        let mut font: Option<Vec<u8>> = None;
        for op in &content.operations {
            match op.operator.as_str() {
                "BDC" | "BMC" => {
                    let artifact = op.operands[0].as_name().unwrap() == b"Artifact";
                    let mcid = match op.operands.get(1) {
                        Some(Object::Dictionary(d)) => {
                            d.get(b"MCID").ok().and_then(|m| m.as_i64().ok())
                        }
                        _ => None,
                    };
                    if let Some(m) = mcid {
                        marked.insert((pi, m), String::new());
                        content_order.push(String::new());
                    }
                    stack.push((mcid, artifact));
                }
                "EMC" => {
                    stack.pop();
                }
                "Tf" => font = Some(op.operands[0].as_name().unwrap().to_vec()),
                "Tj" | "TJ" => {
                    let e = &enc[font.as_ref().unwrap()];
                    let mut s = String::new();
                    let mut strings = |o: &Object| {
                        if let Object::String(b, _) = o {
                            s.push_str(&Document::decode_text(e, b).unwrap());
                        }
                    };
                    match &op.operands[0] {
                        Object::Array(a) => a.iter().for_each(&mut strings),
                        o => strings(o),
                    }
                    match stack.iter().rev().find_map(|m| m.0) {
                        Some(m) => {
                            marked.get_mut(&(pi, m)).unwrap().push_str(&s);
                            content_order.last_mut().unwrap().push_str(&s);
                        }
                        None if stack.iter().any(|m| m.1) => artifacts[pi].push_str(&s),
                        None => unmarked.push_str(&s),
                    }
                }
                _ => {}
            }
        }
    }
    let catalog = doc.catalog().unwrap();
    let root_ref = catalog
        .get(b"StructTreeRoot")
        .unwrap()
        .as_reference()
        .unwrap();
    let tree_root = doc.get_dictionary(root_ref).unwrap();
    fn elem(doc: &Document, d: &Dictionary, page_index: &BTreeMap<ObjectId, usize>) -> Elem {
        let role = String::from_utf8_lossy(d.get(b"S").unwrap().as_name().unwrap()).into_owned();
        let pg = d
            .get(b"Pg")
            .ok()
            .and_then(|p| p.as_reference().ok())
            .map(|p| page_index[&p]);
        let k = d.get(b"K").cloned().unwrap_or(Object::Null);
        let list = match k {
            Object::Array(a) => a,
            Object::Null => Vec::new(),
            o => vec![o],
        };
        let mut kids = Vec::new();
        for item in &list {
            match item {
                Object::Integer(m) => kids.push(Kid::Mcid(pg.expect("a bare MCID needs /Pg"), *m)),
                Object::Reference(r) => {
                    let kd = doc.get_dictionary(*r).unwrap();
                    kids.push(Kid::Elem(elem(doc, kd, page_index)));
                }
                Object::Dictionary(kd) => match kd.get(b"Type").unwrap().as_name().unwrap() {
                    b"MCR" => kids.push(Kid::Mcid(
                        page_index[&kd.get(b"Pg").unwrap().as_reference().unwrap()],
                        kd.get(b"MCID").unwrap().as_i64().unwrap(),
                    )),
                    b"OBJR" => {
                        kids.push(Kid::Objr(kd.get(b"Obj").unwrap().as_reference().unwrap()))
                    }
                    t => panic!("unexpected kid type {t:?}"),
                },
                o => panic!("unexpected kid {o:?}"),
            }
        }
        Elem {
            role,
            dict: d.clone(),
            kids,
        }
    }
    let top = resolve(&doc, tree_root.get(b"K").unwrap());
    let root = elem(&doc, top.as_dict().unwrap(), &page_index);
    Tagged {
        doc,
        root,
        marked,
        artifacts,
        unmarked,
        content_order,
    }
}

impl Tagged {
    /// The text of `e` and its descendants, in structure order.
    fn text(&self, e: &Elem) -> String {
        let mut s = String::new();
        for k in &e.kids {
            match k {
                Kid::Elem(c) => s.push_str(&self.text(c)),
                Kid::Mcid(p, m) => s.push_str(&self.marked[&(*p, *m)]),
                Kid::Objr(_) => {}
            }
        }
        s
    }

    /// Every element, depth first.
    fn all(&self) -> Vec<&Elem> {
        fn walk<'a>(e: &'a Elem, out: &mut Vec<&'a Elem>) {
            out.push(e);
            for k in &e.kids {
                if let Kid::Elem(c) = k {
                    walk(c, out);
                }
            }
        }
        let mut v = Vec::new();
        walk(&self.root, &mut v);
        v
    }

    /// The outline: (depth from 1, title).
    fn outline(&self) -> Vec<(usize, String)> {
        let cat = self.doc.catalog().unwrap();
        let outlines = self
            .doc
            .get_dictionary(cat.get(b"Outlines").unwrap().as_reference().unwrap())
            .unwrap();
        let mut out = Vec::new();
        fn walk(
            doc: &Document,
            first: Option<ObjectId>,
            depth: usize,
            out: &mut Vec<(usize, String)>,
        ) {
            let mut cur = first;
            while let Some(id) = cur {
                let d = doc.get_dictionary(id).unwrap();
                let title = lopdf::decode_text_string(d.get(b"Title").unwrap()).unwrap();
                out.push((depth, title));
                walk(
                    doc,
                    d.get(b"First").and_then(|f| f.as_reference()).ok(),
                    depth + 1,
                    out,
                );
                cur = d.get(b"Next").and_then(|n| n.as_reference()).ok();
            }
        }
        walk(
            &self.doc,
            outlines.get(b"First").and_then(|f| f.as_reference()).ok(),
            1,
            &mut out,
        );
        out
    }
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn built() -> &'static Project {
    static P: std::sync::OnceLock<Project> = std::sync::OnceLock::new();
    P.get_or_init(|| {
        let p = Project::shipped();
        p.run(&["build", "--format", "md,pdf"]).assert_code(0);
        p
    })
}

fn tagged(lang: &str, edition: &str) -> Tagged {
    read(&std::fs::read(built().path(&format!("out/{lang}/{edition}.pdf"))).unwrap())
}

#[test]
fn every_glyph_is_tagged_or_an_artifact_and_reads_in_document_order() {
    for lang in ["ja", "en"] {
        for edition in ["whitepaper", "supplementary-terms"] {
            let t = tagged(lang, edition);
            assert_eq!(t.root.role, "Document");
            assert!(
                t.unmarked.is_empty(),
                "{lang} {edition}: untagged text {:?}",
                t.unmarked
            );
            // structure order is the order the pages draw the text in
            let (a, b) = (
                squeeze(&t.text(&t.root)),
                squeeze(&t.content_order.concat()),
            );
            if a != b {
                let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
                let i = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
                let around = |v: &[char]| {
                    v[i.saturating_sub(30)..(i + 60).min(v.len())]
                        .iter()
                        .collect::<String>()
                };
                panic!(
                    "{lang} {edition}: structure order differs from the page order at {i}:\n  structure: {}\n  pages:     {}",
                    around(&a),
                    around(&b)
                );
            }
            // running header and footer are artifacts, never read: "3 / 16" and the like
            let n = t.doc.get_pages().len();
            assert!(
                t.artifacts[1].contains(&format!("/ {n}")),
                "{lang} {edition}: footer is an artifact"
            );
            assert!(
                !squeeze(&t.text(&t.root)).contains(&format!("2/{n}")),
                "{lang} {edition}: page numbers are read"
            );
        }
    }
}

#[test]
fn headings_are_the_outline_with_its_levels() {
    for lang in ["ja", "en"] {
        let t = tagged(lang, "whitepaper");
        let headings: Vec<(usize, String)> = t
            .all()
            .into_iter()
            .filter(|e| e.role.len() == 2 && e.role.starts_with('H'))
            .map(|e| (e.role[1..].parse().unwrap(), squeeze(&t.text(e))))
            .collect();
        let outline: Vec<(usize, String)> = t
            .outline()
            .into_iter()
            .map(|(d, s)| (d, squeeze(&s)))
            .collect();
        assert!(outline.len() > 19, "{lang}: the outline has the sections");
        assert_eq!(
            headings, outline,
            "{lang}: heading elements = outline entries"
        );
    }
}

#[test]
fn tables_have_header_cells_with_scope_and_the_markdown_cell_counts() {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let t = tagged("ja", "whitepaper");
    let md = built().read("out/ja/whitepaper.md");
    let mut md_tables = Vec::new();
    for ev in Parser::new_ext(&md, Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES) {
        match ev {
            Event::Start(Tag::Table(_)) => md_tables.push(0),
            Event::End(TagEnd::TableCell) => *md_tables.last_mut().unwrap() += 1,
            _ => {}
        }
    }
    let tables: Vec<&Elem> = t.all().into_iter().filter(|e| e.role == "Table").collect();
    let mut counts = Vec::new();
    for table in &tables {
        let rows: Vec<&Elem> = table
            .kids
            .iter()
            .filter_map(|k| match k {
                Kid::Elem(e) if e.role == "TR" => Some(e),
                _ => None,
            })
            .collect();
        let cells = |r: &Elem| -> Vec<(String, Dictionary)> {
            r.kids
                .iter()
                .filter_map(|k| match k {
                    Kid::Elem(e) => Some((e.role.clone(), e.dict.clone())),
                    _ => None,
                })
                .collect()
        };
        for (role, d) in cells(rows[0]) {
            assert_eq!(role, "TH", "the first row is header cells");
            let a = d.get(b"A").unwrap().as_dict().unwrap();
            assert_eq!(a.get(b"Scope").unwrap().as_name().unwrap(), b"Column");
        }
        for r in &rows[1..] {
            assert!(cells(r).iter().all(|(role, _)| role == "TD"));
        }
        counts.push(rows.iter().map(|r| cells(r).len()).sum::<usize>());
    }
    assert!(!tables.is_empty());
    // an empty cell draws nothing, so it may have no element: compare with the cells that
    // have text, at most the Markdown's
    assert_eq!(
        counts.len(),
        md_tables.len(),
        "one Table element per Markdown table"
    );
    for (got, want) in counts.iter().zip(&md_tables) {
        assert!(
            got <= want && *got * 10 >= *want * 9,
            "cells {got} of {want}"
        );
    }
}

#[test]
fn every_link_annotation_has_a_link_element_and_says_where_it_leads() {
    for lang in ["ja", "en"] {
        let t = tagged(lang, "whitepaper");
        let mut objr = std::collections::BTreeSet::new();
        for e in t.all() {
            for k in &e.kids {
                if let Kid::Objr(id) = k {
                    assert_eq!(e.role, "Link", "an annotation's parent is a Link element");
                    objr.insert(*id);
                }
            }
        }
        let mut annots = 0;
        for (_, pid) in t.doc.get_pages() {
            let page = t.doc.get_dictionary(pid).unwrap();
            assert_eq!(page.get(b"Tabs").unwrap().as_name().unwrap(), b"S");
            let Ok(list) = page.get(b"Annots").and_then(|a| a.as_array()) else {
                continue;
            };
            for a in list {
                let id = a.as_reference().unwrap();
                assert!(
                    objr.contains(&id),
                    "annotation {id:?} is in the structure tree"
                );
                let d = t.doc.get_dictionary(id).unwrap();
                let words = lopdf::decode_text_string(d.get(b"Contents").unwrap()).unwrap();
                assert!(!words.trim().is_empty());
                annots += 1;
            }
        }
        assert!(annots > 20, "{lang}: the contents and the body link");
    }
}

#[test]
fn catalog_declares_the_language_title_and_pdf_ua() {
    let t = tagged("ja", "whitepaper");
    let cat = t.doc.catalog().unwrap();
    assert!(
        cat.get(b"MarkInfo")
            .unwrap()
            .as_dict()
            .unwrap()
            .get(b"Marked")
            .unwrap()
            .as_bool()
            .unwrap()
    );
    let xmp = t
        .doc
        .get_object(cat.get(b"Metadata").unwrap().as_reference().unwrap())
        .unwrap()
        .as_stream()
        .unwrap()
        .decompressed_content()
        .unwrap();
    let xmp = String::from_utf8(xmp).unwrap();
    assert!(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"));
    assert!(xmp.contains("<rdf:li>ja</rdf:li>"));
    assert!(xmp.contains("セキュリティホワイトペーパー"), "{xmp}");
}

#[test]
fn pdf_a_2b_on_request_from_the_flag_or_the_config_and_still_reproducible() {
    let p = Project::fixture("second-company");
    let args = [
        "build",
        "--format",
        "pdf",
        "--lang",
        "en",
        "--pdf-standard",
        "a-2b",
    ];
    p.run(&args).assert_code(0);
    let first = std::fs::read(p.path("out/en/whitepaper.pdf")).unwrap();
    p.run(&args).assert_code(0);
    assert_eq!(
        first,
        std::fs::read(p.path("out/en/whitepaper.pdf")).unwrap(),
        "reproducible"
    );
    let check = |bytes: &[u8]| {
        let doc = Document::load_mem(bytes).unwrap();
        let cat = doc.catalog().unwrap();
        let intents = cat
            .get(b"OutputIntents")
            .expect("an output intent")
            .as_array()
            .unwrap();
        let oi = resolve(&doc, &intents[0]).as_dict().unwrap();
        assert_eq!(oi.get(b"S").unwrap().as_name().unwrap(), b"GTS_PDFA1");
        let icc = resolve(&doc, oi.get(b"DestOutputProfile").unwrap())
            .as_stream()
            .unwrap();
        assert_eq!(icc.dict.get(b"N").unwrap().as_i64().unwrap(), 3);
        assert_eq!(
            &icc.decompressed_content().unwrap_or(icc.content.clone())[36..40],
            b"acsp"
        );
        let xmp = resolve(&doc, cat.get(b"Metadata").unwrap())
            .as_stream()
            .unwrap();
        assert!(
            xmp.dict.get(b"Filter").is_err(),
            "PDF/A metadata is not compressed"
        );
        let xmp = String::from_utf8(xmp.content.clone()).unwrap();
        assert!(xmp.contains(">2</pdfaid:part>") && xmp.contains(">B</pdfaid:conformance>"));
        assert!(
            xmp.contains("<pdfuaid:part>1</pdfuaid:part>"),
            "still PDF/UA"
        );
        assert!(
            xmp.contains("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"),
            "pdfuaid described"
        );
        // the document info says what the XMP says
        let info = resolve(&doc, doc.trailer.get(b"Info").unwrap())
            .as_dict()
            .unwrap();
        let title = lopdf::decode_text_string(info.get(b"Title").unwrap()).unwrap();
        assert!(xmp.contains(&format!("<rdf:li xml:lang=\"x-default\">{title}</rdf:li>")));
    };
    check(&first);
    // the same from whitepaper.toml
    let q = Project::fixture("second-company");
    q.edit(
        "whitepaper.toml",
        "formats = ",
        "pdf_standard = \"a-2b\"\nformats = ",
    );
    q.run(&["build", "--format", "pdf", "--lang", "en"])
        .assert_code(0);
    assert_eq!(
        std::fs::read(q.path("out/en/whitepaper.pdf")).unwrap(),
        first
    );
    // and not without it
    let r = Project::fixture("second-company");
    r.run(&["build", "--format", "pdf", "--lang", "en"])
        .assert_code(0);
    let plain =
        Document::load_mem(&std::fs::read(r.path("out/en/whitepaper.pdf")).unwrap()).unwrap();
    assert!(plain.catalog().unwrap().get(b"OutputIntents").is_err());
    // a standard the tool does not know is named at its line
    q.edit(
        "whitepaper.toml",
        "pdf_standard = \"a-2b\"",
        "pdf_standard = \"a-3u\"",
    );
    let out = q.run(&["check"]);
    out.assert_code(1)
        .assert_stderr_contains("whitepaper.toml:");
}
