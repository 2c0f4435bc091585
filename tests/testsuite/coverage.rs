//! Coverage per disclosure catalog: every item answered, declared not applicable, or not;
//! catalogs as data, a project's own among them; the appendix and the items that do not apply.

use crate::project::Project;

fn coverage(p: &Project) -> serde_json::Value {
    let out = p.run(&["check", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
    v["coverage"].clone()
}

/// The shipped project: every ISO/IEC 27017 item listed (over thirty, the seven cloud-specific
/// ones among them) with its state, and the ISO/IEC 27018 catalog the terms answer.
#[test]
fn every_item_of_every_catalog_is_listed_with_its_state() {
    let p = Project::shipped();
    let c = coverage(&p);
    let iso27017 = &c[0];
    assert_eq!(iso27017["id"], "iso-27017");
    let items = iso27017["items"].as_array().unwrap();
    assert!(items.len() > 30, "{}", items.len());
    assert_eq!(
        items.iter().filter(|i| i["cloud_specific"] == true).count(),
        7
    );
    for i in items {
        assert!(
            ["answered", "not-applicable", "unanswered"].contains(&i["state"].as_str().unwrap()),
            "{i}"
        );
        assert!(!i["title"]["ja"].as_str().unwrap().is_empty());
    }
    // what its seeds answer, and nothing more: the cloud-specific items beyond 6.3.1 and 8.1.5
    // are unanswered
    let state = |id: &str| {
        items.iter().find(|i| i["id"] == id).unwrap()["state"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(state("shared-roles"), "answered");
    assert_eq!(state("asset-removal"), "answered");
    for id in [
        "tenant-segregation",
        "vm-hardening",
        "admin-operations",
        "service-monitoring",
        "network-alignment",
    ] {
        assert_eq!(state(id), "unanswered", "{id}");
    }
    assert_eq!(
        iso27017["answered"].as_u64().unwrap() + iso27017["unanswered"].as_u64().unwrap(),
        items.len() as u64
    );
    let iso27018 = &c[1];
    assert_eq!(iso27018["id"], "iso-27018");
    let terms: Vec<&str> = iso27018["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["state"] == "answered")
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert!(
        terms.contains(&"breach-notification") && terms.contains(&"return-and-disposal"),
        "{terms:?}"
    );
    // the human summary says it per catalog
    let human = p.run(&["check"]);
    assert!(
        human.stderr.contains(
            "ISO/IEC 27017: 19 of 43 items answered, 0 declared not applicable, 24 unanswered"
        ),
        "{}",
        human.stderr
    );
}

/// The second company answers or declares every cloud-specific item, and its documents say so
/// in both languages: the sections in its own words, the items that do not apply, the appendix.
#[test]
fn the_second_company_answers_or_declares_the_cloud_specific_items() {
    let p = Project::fixture("second-company");
    let c = coverage(&p);
    for i in c[0]["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["cloud_specific"] == true)
    {
        assert_ne!(i["state"], "unanswered", "{i}");
    }
    let na = c[0]["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "vm-hardening")
        .unwrap();
    assert_eq!(na["state"], "not-applicable");
    assert!(
        na["reason"]["en"]
            .as_str()
            .unwrap()
            .contains("no virtual machines")
    );
    p.run(&["build", "--format", "md,html"]).assert_code(0);
    let en = p.read("out/en/whitepaper.md");
    let ja = p.read("out/ja/whitepaper.md");
    assert!(en.contains("## 8. Segregation between customers"), "{en}");
    assert!(ja.contains("顧客間の分離"));
    assert!(en.contains("Items of ISO/IEC 27017 that do not apply"));
    assert!(
        en.contains(
            "- CLD.9.5.2 Virtual machine hardening: We offer customers no virtual machines"
        )
    );
    assert!(ja.contains("ISO/IEC 27017の項目のうち適用されないもの"));
    assert!(ja.contains("CLD.9.5.2 仮想マシンの要塞化：当社は利用者に仮想マシンを提供しておらず"));
    // the appendix: every item, with the numbered section that answers it
    assert!(en.contains("| CLD.9.5.1 | Segregation in virtual computing environments | [8. Segregation between customers](#tenant-segregation) |"), "{en}");
    assert!(en.contains("| CLD.9.5.2 | Virtual machine hardening | Not applicable: We offer"));
    assert!(en.contains("| 10.1.2 | Key management | Not covered in this document |"));
    assert!(ja.contains("| 10.1.2 | 鍵管理 | 本書では扱っていません |"));
    let rows = en
        .lines()
        .filter(|l| {
            l.starts_with("| ")
                && l.contains(" | ")
                && !l.starts_with("| Clause")
                && !l.starts_with("| ---")
        })
        .count();
    assert!(rows >= 43, "{rows}");
    let terms = p.read("out/en/supplementary-terms.md");
    assert!(terms.contains("ISO/IEC 27018: where this document answers each item"));
    assert!(terms.contains("| A.10.1 | Notification of a data breach involving PII | [(2) Security incidents](#security-incidents) |"), "{terms}");
    // the HTML links each section
    let html = p.read("out/en/whitepaper.html");
    assert!(html.contains("href=\"#tenant-segregation\""));
}

/// A catalog of a project's own, reported without code; an item of it answered by declaring it
/// not applicable, and one unknown item refused at its line.
#[test]
fn a_projects_own_catalog_is_reported() {
    let p = Project::fixture("second-company");
    p.write(
        "catalogs/customer-checklist.toml",
        r#"id = "customer-checklist"
name = { ja = "A社チェックリスト", en = "ACME checklist" }
source = "ACME's cloud vendor questionnaire"

[[item]]
id = "data-residency"
clause = "Q1"
title = { ja = "データの保管国", en = "Where data is stored" }
summary = { ja = "データを保管する国。", en = "The countries data is stored in." }

[[item]]
id = "pen-test"
clause = "Q2"
title = { ja = "侵入テスト", en = "Penetration tests" }
summary = { ja = "侵入テストの頻度。", en = "How often penetration tests are run." }
"#,
    );
    let text = p.read("content/applicability.toml");
    p.write(
        "content/applicability.toml",
        &format!("{text}\n[[not_applicable]]\nitem = \"customer-checklist:pen-test\"\nreason = {{ ja = \"理由\", en = \"A reason\" }}\n"),
    );
    let c = coverage(&p);
    let own = c
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "customer-checklist")
        .expect("listed");
    assert_eq!(own["items"][0]["state"], "unanswered");
    assert_eq!(own["items"][1]["state"], "not-applicable");
    let human = p.run(&["check"]);
    assert!(
        human.stderr.contains(
            "ACME checklist: 0 of 2 items answered, 1 declared not applicable, 1 unanswered"
        ),
        "{}",
        human.stderr
    );
    assert!(human.stderr.contains(":unanswered-item]: no edition informs customers on ACME checklist Q1 (Where data is stored)"));
    // an item no catalog has
    p.edit(
        "content/applicability.toml",
        "customer-checklist:pen-test",
        "customer-checklist:pentest",
    );
    p.run(&["check"])
        .assert_code(1)
        .assert_stderr_contains(
            "error[1:unknown-item]: no catalog has the item `customer-checklist:pentest`",
        )
        .assert_stderr_contains("did you mean `customer-checklist:pen-test`?");
}

/// A template that answers an item no catalog has stops at its line.
#[test]
fn a_template_answering_an_unknown_item_is_an_error() {
    let p = Project::fixture("minimal");
    p.edit(
        "templates/whitepaper.md",
        "{{ anchor(id=\"storage\"",
        "{{ anchor(answers=\"bakup\", id=\"storage\"",
    );
    let out = p.run(&["build"]);
    out.assert_code(1);
    assert!(
        out.stderr
            .contains("`bakup` is not an item of a catalog (did you mean `backup`?)"),
        "{}",
        out.stderr
    );
}
