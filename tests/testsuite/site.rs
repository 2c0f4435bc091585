//! `whitepaper site`: the trust center on the shipped content and on the second company, its
//! feed and JSON read back by parsers, announcements kept out of the editions until their day,
//! and two runs byte-identical.

use crate::project::Project;

/// 2026-12-01 and 2027-03-02 (UTC), as SOURCE_DATE_EPOCH.
const BEFORE: i64 = 1_796_083_200;
const AFTER: i64 = 1_803_945_600;

fn files(dir: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                out.push((rel, std::fs::read(&p).unwrap()));
            }
        }
    }
    out.sort();
    out
}

/// Every feed and entry has an id, a title and an updated date; ids are unique.
fn check_atom(text: &str) -> Vec<(String, String)> {
    let doc = roxmltree::Document::parse(text).expect("well-formed XML");
    let atom = "http://www.w3.org/2005/Atom";
    let feed = doc.root_element();
    assert!(feed.has_tag_name((atom, "feed")), "an Atom feed");
    let child = |n: roxmltree::Node, name: &str| {
        n.children()
            .find(|c| c.has_tag_name((atom, name)))
            .and_then(|c| c.text())
            .map(str::to_string)
    };
    for name in ["id", "title", "updated"] {
        assert!(
            child(feed, name).is_some_and(|t| !t.is_empty()),
            "feed {name}"
        );
    }
    let mut entries = Vec::new();
    for e in feed.children().filter(|c| c.has_tag_name((atom, "entry"))) {
        let id = child(e, "id").expect("entry id");
        let updated = child(e, "updated").expect("entry updated");
        assert!(
            child(e, "title").is_some_and(|t| !t.is_empty()),
            "entry title"
        );
        assert_eq!(updated.len(), 20, "RFC 3339: {updated}");
        assert!(!entries.iter().any(|(i, _)| *i == id), "id {id} twice");
        entries.push((id, child(e, "title").unwrap()));
    }
    entries
}

#[test]
fn the_shipped_trust_center_has_every_page_feed_and_edition_and_is_reproducible() {
    let p = Project::shipped();
    let out = p.run_at(&["site"], Some(BEFORE));
    assert_eq!(out.code, 0, "{}", out.stderr);
    let first = files(&p.path("out/site"));
    let names: Vec<&str> = first.iter().map(|(n, _)| n.as_str()).collect();
    for want in [
        "index.html",
        "subprocessors.json",
        ".well-known/security.txt",
        "ja/index.html",
        "en/index.html",
        "ja/subprocessors.html",
        "en/changes.html",
        "ja/changes.atom",
        "en/changes.atom",
        "en/whitepaper.pdf",
        "ja/supplementary-terms.html",
        "en/whitepaper.md",
    ] {
        assert!(names.contains(&want), "{want} in {names:?}");
    }
    let index = p.read("out/site/index.html");
    assert!(index.contains("href=\"ja/index.html\"") && index.contains("href=\"en/index.html\""));
    assert!(!index.contains("<script"), "no script");
    let home = p.read("out/site/en/index.html");
    for link in [
        "whitepaper.pdf",
        "whitepaper.html",
        "supplementary-terms.md",
        "changes.atom",
    ] {
        assert!(home.contains(&format!("href=\"{link}\"")), "{link}");
    }
    assert!(home.contains("ISO/IEC 27017"), "the certifications");
    let feed = check_atom(&p.read("out/site/ja/changes.atom"));
    assert!(feed.iter().any(|(_, t)| t.contains("1.7版")), "{feed:?}");
    let json: serde_json::Value =
        serde_json::from_str(&p.read("out/site/subprocessors.json")).unwrap();
    assert_eq!(json["schema"], "whitepaper-subprocessors/1");
    assert_eq!(json["subprocessors"].as_array().unwrap().len(), 18);
    // a second run writes the same bytes
    let out = p.run_at(&["site"], Some(BEFORE));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(first == files(&p.path("out/site")), "two runs differ");
}

#[test]
fn an_announced_subprocessor_is_in_the_feed_json_and_page_and_in_no_edition_until_its_day() {
    let p = Project::fixture("second-company");
    let out = p.run_at(&["site"], Some(BEFORE));
    assert_eq!(out.code, 0, "{}", out.stderr);
    let page = p.read("out/site/en/subprocessors.html");
    assert!(
        page.contains("Kumo Helpdesk") && page.contains("March 1, 2027"),
        "{page}"
    );
    let ja = p.read("out/site/ja/subprocessors.html");
    assert!(ja.contains("Kumo Helpdesk") && ja.contains("2027年3月1日"));
    let feed = check_atom(&p.read("out/site/en/changes.atom"));
    let entry = feed
        .iter()
        .find(|(_, t)| t.contains("Kumo Helpdesk"))
        .expect("the announcement in the feed");
    assert_eq!(
        entry.0,
        "https://trust.hoshizora.example/en/subprocessors.html#helpdesk-from-2027-03-01"
    );
    assert!(
        p.read("out/site/en/changes.atom")
            .contains("<updated>2026-11-20T00:00:00Z</updated>")
    );
    let json: serde_json::Value =
        serde_json::from_str(&p.read("out/site/subprocessors.json")).unwrap();
    let helpdesk = json["subprocessors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "helpdesk")
        .unwrap();
    assert_eq!(helpdesk["status"], "announced");
    assert_eq!(helpdesk["effective"], "2027-03-01");
    for ed in [
        "ja/whitepaper",
        "en/whitepaper",
        "ja/supplementary-terms",
        "en/supplementary-terms",
    ] {
        for ext in ["md", "html"] {
            let text = p.read(&format!("out/site/{ed}.{ext}"));
            assert!(
                !text.contains("Kumo Helpdesk"),
                "{ed}.{ext} lists it before its day"
            );
        }
    }
    // from its day on, the editions list it and the leaving one stays until its own
    let out = p.run_at(&["build"], Some(AFTER));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(p.read("out/en/whitepaper.md").contains("Kumo Helpdesk"));
    assert!(p.read("out/en/whitepaper.md").contains("Postmark"));
}

#[test]
fn check_warns_when_the_notice_is_shorter_than_the_contracts_promise() {
    let p = Project::fixture("second-company");
    p.edit(
        "content/subprocessors.toml",
        "effective = 2027-03-01",
        "effective = 2026-12-10",
    );
    let out = p.run_at(&["check", "--deny-warnings"], Some(BEFORE));
    assert_ne!(out.code, 0);
    assert!(out.stderr.contains("subprocessor-notice"), "{}", out.stderr);
    assert!(out.stderr.contains("20 day(s)"), "{}", out.stderr);
    assert!(
        out.stderr.contains("content/subprocessors.toml:"),
        "{}",
        out.stderr
    );
    let out = p.run_at(&["check", "--deny-warnings"], Some(BEFORE));
    assert!(
        out.stderr
            .contains("move `effective` to 2026-12-20 or later"),
        "{}",
        out.stderr
    );
}
