//! For sales and customers: stamped copies for a named recipient (`build --recipient`), the
//! ledger of every copy, `trace`, and `security.txt`.

use crate::project::{Output, Project};

/// 2026-12-01T00:00:00Z
const DEC_1_2026: i64 = 1_796_083_200;

fn page_texts(p: &Project, rel: &str) -> Vec<String> {
    let doc = lopdf::Document::load(p.path(rel)).unwrap();
    doc.get_pages()
        .keys()
        .map(|&n| {
            doc.extract_text(&[n])
                .unwrap()
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect()
        })
        .collect()
}

fn info(p: &Project, rel: &str, key: &[u8]) -> Option<String> {
    let doc = lopdf::Document::load(p.path(rel)).unwrap();
    let info = doc.trailer.get(b"Info").ok()?.as_reference().ok()?;
    let dict = doc.get_dictionary(info).ok()?;
    lopdf::decode_text_string(dict.get(key).ok()?).ok()
}

fn ledger(p: &Project) -> Vec<serde_json::Value> {
    p.read(".whitepaper/recipients.jsonl")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn sha256(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn stamp(p: &Project, args: &[&str]) -> Output {
    let mut all = vec!["build", "--recipient"];
    all.extend_from_slice(args);
    p.run_at(&all, Some(DEC_1_2026))
}

#[test]
fn stamped_copies_name_the_recipient_on_every_page_and_leave_the_editions_alone() {
    let p = Project::shipped();
    p.run(&["build"]).assert_code(0);
    let before = p.snapshot_out();
    let out = stamp(&p, &["ACME Corp", "--watermark", "--edition", "whitepaper"]);
    out.assert_code(0).assert_stderr_contains("built 2 files");

    // the canonical outputs are byte for byte as they were; the copies are beside them
    let after = p.snapshot_out();
    let canonical: Vec<_> = after
        .iter()
        .filter(|(path, _)| !path.starts_with("out/recipients"))
        .cloned()
        .collect();
    assert_eq!(canonical, before, "canonical outputs untouched");
    let copies: Vec<_> = after
        .iter()
        .filter(|(path, _)| path.starts_with("out/recipients"))
        .map(|(path, _)| path.to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        copies,
        [
            "out/recipients/acme-corp/en/whitepaper.pdf",
            "out/recipients/acme-corp/ja/whitepaper.pdf"
        ]
    );

    for (rel, date) in [
        (
            "out/recipients/acme-corp/en/whitepaper.pdf",
            "December1,2026",
        ),
        (
            "out/recipients/acme-corp/ja/whitepaper.pdf",
            "2026年12月1日",
        ),
    ] {
        let pages = page_texts(&p, rel);
        assert!(pages.len() > 10);
        for (i, text) in pages.iter().enumerate() {
            assert!(
                text.contains("ACMECorp(acme-corp)") || text.contains("ACMECorp（acme-corp）"),
                "{rel} page {}: {text}",
                i + 1
            );
            assert!(text.contains(date), "{rel} page {}: the date", i + 1);
        }
        // the watermark is drawn, not written: the body's text has the name only in the stamp
        let body = &pages[3];
        assert_eq!(body.matches("ACMECorp").count(), 1, "{body}");
        assert_eq!(info(&p, rel, b"Recipient").as_deref(), Some("ACME Corp"));
        assert_eq!(info(&p, rel, b"RecipientID").as_deref(), Some("acme-corp"));
        assert!(info(&p, rel, b"Keywords").unwrap().contains("ACME Corp"));
    }

    // one ledger line per copy, with the copy's SHA-256, chained
    let lines = ledger(&p);
    assert_eq!(lines.len(), 2);
    for (n, l) in lines.iter().enumerate() {
        assert_eq!(l["n"], n as u64 + 1);
        assert_eq!(l["recipient"], "ACME Corp");
        assert_eq!(l["id"], "acme-corp");
        assert_eq!(l["edition"], "whitepaper");
        assert_eq!(l["version"], "1.7");
        assert_eq!(l["prepared"], "2026-12-01");
        let file = format!("out/{}", l["file"].as_str().unwrap());
        assert_eq!(l["sha256"], sha256(&std::fs::read(p.path(&file)).unwrap()));
    }
    assert_eq!(lines[0]["lang"], "ja");
    assert_eq!(lines[1]["lang"], "en");

    // a later canonical build keeps the copies
    p.run(&["build"]).assert_code(0);
    assert!(
        p.path("out/recipients/acme-corp/en/whitepaper.pdf")
            .exists()
    );
}

#[test]
fn trace_finds_a_copy_by_its_hash_and_an_altered_one_by_its_stamp() {
    let p = Project::shipped();
    stamp(&p, &["ACME Corp", "--lang", "en"]).assert_code(0);
    stamp(&p, &["Globex", "--lang", "en"]).assert_code(0);
    p.run(&["build", "--format", "pdf"]).assert_code(0);

    let copy = "out/recipients/acme-corp/en/whitepaper.pdf";
    let out = p.run(&["trace", copy]);
    out.assert_code(0);
    out.assert_stdout_contains("prepared for ACME Corp (acme-corp)");
    out.assert_stdout_contains("unaltered");
    out.assert_stdout_contains("ledger entry 1:");

    let out = p.run(&["trace", "out/en/whitepaper.pdf"]);
    out.assert_code(1);
    out.assert_stdout_contains("is not a stamped copy");

    // altered: an incremental update appended (as an editor saving it would)
    let mut bytes = std::fs::read(p.path(copy)).unwrap();
    bytes.extend_from_slice(b"\n% annotated by someone\n");
    p.write("leaked.pdf", "");
    std::fs::write(p.path("leaked.pdf"), &bytes).unwrap();
    let out = p.run(&["trace", "leaked.pdf"]);
    out.assert_code(0);
    out.assert_stdout_contains("was altered");
    out.assert_stdout_contains("metadata names ACME Corp (acme-corp)");
    assert!(!out.stdout.contains("Globex"), "{}", out.stdout);

    // metadata stripped too: the stamp in the page text still names the recipient
    let mut doc = lopdf::Document::load_mem(&bytes).unwrap();
    let info = doc.trailer.get(b"Info").unwrap().as_reference().unwrap();
    let dict = doc.get_dictionary_mut(info).unwrap();
    for key in [&b"Recipient"[..], b"RecipientID", b"Prepared", b"Keywords"] {
        assert!(dict.remove(key).is_some());
    }
    doc.save(p.path("stripped.pdf")).unwrap();
    let out = p.run(&["trace", "stripped.pdf"]);
    out.assert_code(0);
    out.assert_stdout_contains("text names ACME Corp (acme-corp)");

    // cut short (no PDF reader opens it): the ids in what still inflates
    let len = bytes.len();
    std::fs::write(p.path("cut.pdf"), &bytes[..len - 200]).unwrap();
    assert!(lopdf::Document::load(p.path("cut.pdf")).is_err());
    let out = p.run(&["trace", "cut.pdf"]);
    out.assert_code(0);
    out.assert_stdout_contains("names ACME Corp (acme-corp)");

    let out = p.run(&["trace", "nowhere.pdf"]);
    out.assert_code(2)
        .assert_stderr_contains("cannot read nowhere.pdf");
}

#[test]
fn any_recipient_name_is_stamped_or_refused_clearly() {
    let p = Project::shipped();
    for (name, id, text) in [
        ("O'Reilly & Söhne <GmbH>", None, "O'Reilly&Söhne<GmbH>"),
        (
            "株式会社テスト商事",
            Some("test-shoji"),
            "株式会社テスト商事",
        ),
    ] {
        let mut args = vec![name, "--edition", "whitepaper", "--watermark"];
        if let Some(id) = id {
            args.extend(["--recipient-id", id]);
        }
        stamp(&p, &args).assert_code(0);
        let l = ledger(&p).pop().unwrap();
        assert_eq!(l["recipient"], name);
        let rel = format!("out/{}", l["file"].as_str().unwrap());
        for page in page_texts(&p, &rel) {
            assert!(page.contains(text), "{rel}: {text:?} not in {page}");
            assert!(page.contains(l["id"].as_str().unwrap()), "{rel}: {page}");
        }
    }
    // 200 characters, Japanese: smaller type, more lines, still on every page
    let long = "長".repeat(200);
    stamp(&p, &[&long, "--edition", "whitepaper", "--lang", "ja"]).assert_code(0);
    let l = ledger(&p).pop().unwrap();
    let rel = format!("out/{}", l["file"].as_str().unwrap());
    assert!(page_texts(&p, &rel).iter().all(|t| t.contains(&long)));

    let count = ledger(&p).len();
    let before = p.snapshot_out();
    for (name, why) in [
        (
            "Emoji 😀 Inc",
            "no glyph for '😀' (U+1F600) in the recipient's name",
        ),
        (
            "ACME\nCorp",
            "U+000A, a control or direction-changing character",
        ),
        ("evil\u{202E}txt.pdf", "U+202E"),
        ("   ", "the recipient's name is empty"),
    ] {
        let out = stamp(&p, &[name]);
        out.assert_code(2).assert_stderr_contains(why);
    }
    stamp(&p, &[&"x".repeat(300)])
        .assert_code(2)
        .assert_stderr_contains("has 300 characters: at most 256");
    stamp(&p, &["ACME", "--recipient-id", "../../etc"])
        .assert_code(2)
        .assert_stderr_contains("recipient id `../../etc`");
    stamp(&p, &["Someone Else", "--recipient-id", "test-shoji"])
        .assert_code(2)
        .assert_stderr_contains("recipient id `test-shoji` is “株式会社テスト商事” in the ledger");
    stamp(&p, &["ACME", "--format", "html"])
        .assert_code(2)
        .assert_stderr_contains("a recipient's copies are PDFs");
    assert_eq!(p.snapshot_out(), before, "a refused copy writes nothing");
    assert_eq!(ledger(&p).len(), count, "and lists nothing");
}

#[test]
fn a_corrupt_or_busy_ledger_stops_the_build_and_is_never_rewritten() {
    let p = Project::shipped();
    stamp(&p, &["ACME Corp", "--lang", "en"]).assert_code(0);
    let good = p.read(".whitepaper/recipients.jsonl");

    // an edited entry: the chain breaks at the next line
    let edited = good.replacen("\"version\":\"1.7\"", "\"version\":\"1.6\"", 1);
    p.write(".whitepaper/recipients.jsonl", &edited);
    let out = stamp(&p, &["Globex", "--lang", "en"]);
    out.assert_code(1)
        .assert_stderr_contains("error[1:ledger]: line 2 does not follow from line 1")
        .assert_stderr_contains(".whitepaper/recipients.jsonl:2:1")
        .assert_stderr_contains("restore it from version control");
    assert_eq!(
        p.read(".whitepaper/recipients.jsonl"),
        edited,
        "not rewritten"
    );
    assert!(!p.path("out/recipients/globex").exists());

    // a line that is not an entry: named at its column
    p.write(
        ".whitepaper/recipients.jsonl",
        &format!("{good}{{\"n\": 3, oops}}\n"),
    );
    stamp(&p, &["Globex", "--lang", "en"])
        .assert_code(1)
        .assert_stderr_contains("line 3 is not a ledger entry")
        .assert_stderr_contains(".whitepaper/recipients.jsonl:3:10");
    // trace refuses to read a corrupt ledger too
    p.run(&["trace", "out/recipients/acme-corp/en/whitepaper.pdf"])
        .assert_code(1)
        .assert_stderr_contains("line 3 is not a ledger entry");

    // another run holding the ledger: an error, not a wait and not an interleaving
    p.write(".whitepaper/recipients.jsonl", &good);
    let held = std::fs::OpenOptions::new()
        .append(true)
        .open(p.path(".whitepaper/recipients.jsonl"))
        .unwrap();
    held.lock().unwrap();
    stamp(&p, &["Globex", "--lang", "en"])
        .assert_code(2)
        .assert_stderr_contains("is in use by another whitepaper run");
    drop(held);
    stamp(&p, &["Globex", "--lang", "en"]).assert_code(0);
    assert_eq!(ledger(&p).len(), 4);
}

#[test]
fn security_txt_is_written_from_the_facts() {
    // the shipped company: its contact page, which exists in Japanese only; no review date,
    // so the file expires 364 days after the build
    let p = Project::shipped_content_only();
    p.run_at(&["build", "--format", "md"], Some(DEC_1_2026))
        .assert_code(0);
    let txt = p.read("out/.well-known/security.txt");
    assert!(txt.contains("\nContact: https://"), "{txt}");
    assert!(
        txt.contains("\nExpires: 2027-11-30T23:59:59.000Z\n"),
        "{txt}"
    );
    assert!(txt.contains("\nPreferred-Languages: ja\n"), "{txt}");
    assert!(!txt.contains("Canonical"), "no URL configured: {txt}");
    // what stops the build stops check too, with or without a [company.security_txt] table
    p.edit(
        "whitepaper.toml",
        "contact_url = \"https://",
        "contact_url = \"http://",
    );
    p.run(&["check"])
        .assert_code(1)
        .assert_stderr_contains("is not https");

    // the second company: its own contacts, review date and canonical URL
    let p = Project::fixture("second-company");
    p.run_at(&["build", "--format", "md"], Some(DEC_1_2026))
        .assert_code(0);
    let txt = p.read("out/.well-known/security.txt");
    let fields: Vec<&str> = txt.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(
        fields,
        [
            "Contact: mailto:security@hoshizora.example",
            "Contact: https://hoshizora.example/security/contact",
            "Expires: 2027-09-12T23:59:59.000Z",
            "Preferred-Languages: ja, en",
            "Canonical: https://hoshizora.example/.well-known/security.txt",
            "Policy: https://hoshizora.example/security/disclosure",
        ]
    );
    p.run_at(&["check", "--deny-warnings"], Some(DEC_1_2026))
        .assert_code(0);
    // within 60 days of the review date: a warning; past it: an error at the line
    let aug_18_2027 = DEC_1_2026 + 260 * 86_400;
    p.run_at(&["check", "--deny-warnings"], Some(aug_18_2027))
        .assert_code(1)
        .assert_stderr_contains("security.txt is to be reviewed by 2027-09-12, in 25 day(s)");
    p.run_at(&["check"], Some(DEC_1_2026 + 400 * 86_400))
        .assert_code(1)
        .assert_stderr_contains("error[1:expired]: security.txt was to be reviewed by 2027-09-12")
        .assert_stderr_contains("whitepaper.toml:16:13");
    // http:// is not allowed (RFC 9116 §2.5.3)
    p.edit(
        "whitepaper.toml",
        "\"https://hoshizora.example/security/contact\"]",
        "\"http://hoshizora.example/security/contact\"]",
    );
    p.run_at(&["check"], Some(DEC_1_2026))
        .assert_code(1)
        .assert_stderr_contains("is not https");
    // publish = false: none
    p.edit(
        "whitepaper.toml",
        "[company.security_txt]\n",
        "[company.security_txt]\npublish = false\n",
    );
    p.run_at(
        &["build", "--format", "md", "--out", "out2"],
        Some(DEC_1_2026),
    )
    .assert_code(0);
    assert!(!p.path("out2/.well-known/security.txt").exists());
}
